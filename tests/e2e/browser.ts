import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const SCREENS_DIR = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screens');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORTS = {
  desktop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
  'phone-landscape': { width: 844, height: 390 },
} as const;
/** The viewports of touch screens: their pages are told to tap. */
const TOUCH: ReadonlySet<keyof typeof VIEWPORTS> = new Set(['phone', 'phone-landscape']);

/**
 * Console messages that are expected and harmless: SwiftShader's WebGL warnings, and Playwright's
 * own note when it blocks the service worker (sessions block it unless a test allows it).
 */
const ALLOWED_CONSOLE = [/GPU stall due to ReadPixels/, /Automatic fallback to software WebGL/, /WebGL.*(performance|fallback)/i, /^Service Worker registration blocked by Playwright$/];

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Page errors and unexpected console errors or warnings seen so far. */
  problems: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

let browser: Browser | undefined;
/** Sessions not yet closed: a test that fails stops before its own close(). */
const openContexts = new Set<BrowserContext>();

export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
  });
  return browser;
}

/**
 * Closes the sessions a test left open. A page left running after a failure kept loading the
 * shared browser until the next tests in its file timed out too.
 */
export async function closeSessions() {
  await Promise.all([...openContexts].map((context) => context.close()));
  openContexts.clear();
}

export async function closeBrowser() {
  await closeSessions();
  await browser?.close();
  browser = undefined;
}

export async function openSession(
  baseUrl: string,
  options: {
    viewport?: keyof typeof VIEWPORTS;
    reducedMotion?: boolean;
    allowConsole?: RegExp[];
    /**
     * Service workers are blocked unless a test asks for them: a worker that precaches the game
     * and then answers every request would make the other tests measure its cache, not the page.
     */
    serviceWorkers?: 'allow' | 'block';
  } = {},
): Promise<Session> {
  const b = await launch();
  const context = await b.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    deviceScaleFactor: 1,
    hasTouch: TOUCH.has(options.viewport ?? 'desktop'),
    isMobile: TOUCH.has(options.viewport ?? 'desktop'),
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  openContexts.add(context);
  const page = await context.newPage();
  const problems: string[] = [];
  const allowed = [...ALLOWED_CONSOLE, ...(options.allowConsole ?? [])];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    if (allowed.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console ${message.type()}: ${message.text()}`);
  });
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.goto(baseUrl);
  return {
    page,
    context,
    problems,
    screenshot: async (name) => {
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
    },
    close: async () => {
      openContexts.delete(context);
      await context.close();
    },
  };
}

/** Shows the rest of the lines at once, as an impatient reader does, with Space. */
export async function skipLines(page: Page) {
  const skip = page.locator('button.skip');
  const ready = page.locator('button.choice, button.primary.big').first();
  while (!(await ready.isVisible())) {
    if (await skip.isVisible()) await page.keyboard.press('Space');
    else await page.waitForTimeout(50);
  }
}

/** Picks an option the way a trainee does: by pressing its number key, or by clicking it. */
export async function pick(page: Page, optionId: string, how: 'key' | 'click') {
  const choice = page.locator(`button.choice[data-option-id="${optionId}"]`);
  await skipLines(page);
  await choice.waitFor();
  if (how === 'click') {
    await choice.click();
  } else {
    const key = await choice.getAttribute('aria-keyshortcuts');
    await page.keyboard.press(key!);
  }
  await choice.waitFor({ state: 'detached' });
}


/** From the title to the catalogue, creating a profile on the way when this browser has none. */
export async function toCatalogue(page: Page, name = 'Mei') {
  await page.getByRole('button', { name: 'Choose an encounter' }).click();
  const catalogue = page.getByRole('heading', { name: 'Encounters' });
  const profiles = page.getByRole('heading', { name: 'Who is practising?' });
  await catalogue.or(profiles).waitFor();
  if (await profiles.isVisible()) {
    await page.getByLabel('Your name').fill(name);
    await page.keyboard.press('Enter');
    await catalogue.waitFor();
  }
}

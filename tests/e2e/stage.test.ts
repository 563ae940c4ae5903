import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHARACTERS, EXPRESSIONS, SETTINGS, type Character, type Setting } from '../../src/core/vocabulary';
import { discoverScenarios } from '../../tools/ink/scenarios';
import { closeBrowser, openSession, SCREENS_DIR, type Session } from './browser';
import { decodePng } from './png';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);

/** Global tags and speakers of each shipped scenario, read straight from its main ink file. */
const stories = discoverScenarios(path.resolve(import.meta.dirname, '..', '..', 'scenarios')).map(({ mainFile }) => {
  const text = readFileSync(mainFile, 'utf8');
  const tag = (key: string) => new RegExp(`^#\\s*${key}:\\s*([\\w-]+)`, 'm').exec(text)?.[1];
  return { setting: tag('setting') as Setting, customer: tag('customer') as Character, speakers: new Set([...text.matchAll(/#\s*speaker:\s*([\w-]+)/g)].map((m) => m[1]!)) };
});
const customerIn = (setting: Setting) => stories.find((s) => s.setting === setting)?.customer ?? CHARACTERS[0];
const settingOf = (character: Character) => stories.find((s) => s.speakers.has(character))?.setting ?? SETTINGS[0];
/** Everyone who has a line in some scenario; their faces are what players read. */
const SPEAKING = CHARACTERS.filter((c) => stories.some((s) => s.speakers.has(c)));

type Shot = { setting: Setting; character: Character; expression: string; speaker?: Character };
const queryOf = ({ setting, character, expression, speaker }: Shot) => new URLSearchParams({ setting, character, expression, ...(speaker ? { speaker } : {}) }).toString();

/** Waits until the preview says it has drawn exactly this shot (it sets `<body data-ready>`). */
const drawn = (page: Page, query: string) => page.waitForFunction((q) => document.body?.dataset.ready === q, query, { polling: 50, timeout: 20_000 });

/** A drawn shot: the page's clock when it was done, and where the canvas is. */
interface Drawn {
  now: number;
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Shows a shot and waits until the preview says it has drawn it (`<body data-ready>`). After the
 * first, shots are shown on the same page as Back and Forward do: the page redraws on the same
 * Phaser game without reloading. Asking and waiting is one round trip, which matters while
 * Phaser keeps the page's main thread busy under software WebGL.
 */
async function show(page: Page, shot: Shot): Promise<Drawn> {
  const query = queryOf(shot);
  const reload = !page.url().includes('stage-preview.html?');
  if (reload) await page.goto(new URL(`stage-preview.html?${query}`, baseUrl).href);
  // A link clicked just before may still be loading its page: wait until it has a body to watch.
  await page.waitForLoadState('domcontentloaded');
  return page.evaluate(
    ({ q, navigate }) =>
      new Promise<Drawn>((resolve, reject) => {
        const done = () => {
          if (document.body.dataset.ready !== q) return false;
          const r = document.querySelector('.stage canvas')!.getBoundingClientRect();
          resolve({ now: Date.now(), box: { left: Math.ceil(r.left), top: Math.ceil(r.top), right: Math.floor(r.right), bottom: Math.floor(r.bottom) } });
          return true;
        };
        const observer = new MutationObserver(() => done() && observer.disconnect());
        observer.observe(document.body, { attributes: true, attributeFilter: ['data-ready'] });
        setTimeout(() => reject(new Error(`the preview did not draw ${q}; it shows ${document.body.dataset.ready ?? 'nothing'}`)), 20_000);
        if (navigate) {
          history.pushState(null, '', `?${q}`);
          dispatchEvent(new PopStateEvent('popstate'));
        } else if (done()) observer.disconnect();
      }),
    { q: query, navigate: !reload },
  );
}

/**
 * Saves a screenshot of the whole viewport and reads back the canvas's part of it: how many
 * distinct colours it has (a blank or uniform canvas has one) and a hash of its pixels.
 *
 * The page's clock is paused while the screenshot is taken: Phaser redraws the stage every frame,
 * and under software WebGL that loop otherwise makes each capture several times slower.
 */
async function shoot(page: Page, name: string, { now, box }: Drawn): Promise<{ width: number; height: number; colours: number; signature: string }> {
  // A second past the moment it was drawn; if the page's clock already passed that, from its time now.
  await page.clock.pauseAt(now + 1000).catch(async () => page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000));
  const png = await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`) });
  await page.clock.resume();
  const { width, rgba } = decodePng(png);
  const { left, top, right, bottom } = box;
  const colours = new Set<number>();
  const hash = createHash('sha1');
  for (let y = top; y < bottom; y++) {
    const row = rgba.subarray((y * width + left) * 4, (y * width + right) * 4);
    hash.update(row);
    for (let i = 0; i < row.length; i += 4) colours.add(((row[i]! >> 4) << 8) | ((row[i + 1]! >> 4) << 4) | (row[i + 2]! >> 4));
  }
  return { width: right - left, height: bottom - top, colours: colours.size, signature: hash.digest('hex') };
}

/** The canvas shows art: it fills the stage's width and is far from one flat colour. */
function expectArt(pixels: Awaited<ReturnType<typeof shoot>>, viewport: 'desktop' | 'phone') {
  expect(pixels.width).toBeGreaterThan(viewport === 'phone' ? 300 : 800);
  expect(pixels.height).toBeCloseTo((pixels.width * 9) / 16, -1);
  expect(pixels.colours).toBeGreaterThan(40);
}

describe.each(['desktop', 'phone'] as const)('the stage preview, %s', (viewport) => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession(baseUrl, { viewport, reducedMotion: true });
    await session.page.clock.install();
  });
  afterAll(() => session?.close());

  it('lists every setting and every character × expression, and its links and controls draw them', async () => {
    const { page } = session;
    await page.goto(new URL('stage-preview.html', baseUrl).href);
    await page.getByRole('heading', { name: 'Counterpart stage preview' }).waitFor();
    const hrefs = await page.locator('main a[href*="?"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).search.slice(1)));
    for (const setting of SETTINGS) expect(hrefs).toContain(queryOf({ setting, character: customerIn(setting), expression: 'neutral' }));
    for (const character of CHARACTERS) {
      for (const expression of EXPRESSIONS) expect(hrefs).toContainEqual(expect.stringContaining(`character=${character}&expression=${expression}`));
    }
    await page.screenshot({ path: path.join(SCREENS_DIR, `stage-${viewport}-index.png`) });

    const first = SETTINGS[0];
    await page.getByRole('link', { name: `${first} with ${customerIn(first)}` }).click();
    await drawn(page, queryOf({ setting: first, character: customerIn(first), expression: 'neutral' }));
    expect(await page.getByRole('img', { name: /^The stage:/ }).count()).toBe(1);
    await page.getByLabel('Expression').selectOption('surprised');
    await drawn(page, queryOf({ setting: first, character: customerIn(first), expression: 'surprised' }));
    expect(new URL(page.url()).searchParams.get('expression')).toBe('surprised');
    await page.getByLabel('Second speaker').selectOption('manager');
    await drawn(page, queryOf({ setting: first, character: customerIn(first), expression: 'surprised', speaker: 'manager' }));

    await page.goto(new URL('stage-preview.html?setting=the-moon', baseUrl).href);
    expect(await page.getByRole('alert').textContent()).toContain('Unknown setting “the-moon”');
    expect(session.problems.splice(0)).toEqual([]);
  });

  it('draws every setting with its customer', async () => {
    const { page } = session;
    const signatures = new Set<string>();
    for (const setting of SETTINGS) {
      const shown = await show(page, { setting, character: customerIn(setting), expression: 'neutral' });
      const pixels = await shoot(page, `stage-${viewport}-setting-${setting}`, shown);
      expectArt(pixels, viewport);
      signatures.add(pixels.signature);
    }
    expect(signatures.size).toBe(SETTINGS.length);
    expect(session.problems.splice(0)).toEqual([]);
  });

  it('draws a second character speaking beside the customer', async () => {
    const { page } = session;
    const shown = await show(page, { setting: 'shop-floor', character: 'shopper', expression: 'doubtful', speaker: 'mentor' });
    expectArt(await shoot(page, `stage-${viewport}-two-speakers`, shown), viewport);
    expect(session.problems.splice(0)).toEqual([]);
  });

  it.each(SPEAKING)('draws %s with each of the six expressions, each one different', async (character) => {
    const { page } = session;
    const signatures = new Set<string>();
    for (const expression of EXPRESSIONS) {
      const shown = await show(page, { setting: settingOf(character), character, expression });
      const pixels = await shoot(page, `stage-${viewport}-${character}-${expression}`, shown);
      expectArt(pixels, viewport);
      signatures.add(pixels.signature);
    }
    expect(signatures.size, 'two expressions drew the same pixels').toBe(EXPRESSIONS.length);
    expect(session.problems.splice(0)).toEqual([]);
  });
});

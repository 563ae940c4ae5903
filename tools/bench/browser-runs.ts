/**
 * Everything measured in Chromium against the built app: bytes, load times, and a scripted
 * playthrough (game-loop cost and the leak check).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Request } from 'playwright-core';
import { en } from '../../src/i18n/en';
import { ByteCounter, type RequestedFile } from './bytes';
import { heapBreakdown, type HeapBreakdown } from './heap-snapshot';
import { installProbe, type ProbeConfig, type ProbeState } from './page-probe';
import { mulberry32 } from '../analyze';

/**
 * The e2e tests' flags (tests/e2e/browser.ts) except `--disable-gpu`: with it, Chromium
 * composites in software and reads every WebGL frame back from SwiftShader ("GPU stall due to
 * ReadPixels"), which on a busy machine froze the page for 20–50 s at a time during the
 * playthrough. Here SwiftShader (through ANGLE) also does the compositing, so no read-back.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const DESKTOP = { width: 1280, height: 720 } as const;
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * Chrome DevTools' "Slow 4G" preset, exactly as DevTools sends it (front_end/core/sdk/NetworkManager.ts):
 * 150 ms target RTT × 3.75 = 562.5 ms request latency, 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up.
 */
export const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 84_375,
  connectionType: 'cellular4g',
} as const;
export const CPU_SLOWDOWN = 4;

export type Profile = 'desktop' | 'phone';

export interface LoadRun {
  profile: Profile;
  /** Navigation start → start button visible and enabled (ms). */
  titleInteractiveMs: number;
  /** Click on the scenario → first line complete in the aria-live transcript (ms). */
  firstLineMs: number;
  /** Click on the scenario → first line finished on screen (typed out, when the typewriter is on). */
  firstLineShownMs: number;
  firstLineText: string;
  /** How long the catalogue waited for the background downloads to settle before the click. */
  catalogueWaitMs: number;
  /** Uncaught errors the page threw. */
  pageErrors: string[];
  beforeTitle: RequestedFile[];
  beforeFirstLine: RequestedFile[];
}

declare global {
  interface Window {
    __bench?: ProbeState;
    counterpartDiagnostics?: { stage(): Promise<{ textures: number; displayObjects: number; tweens: number } | null> };
  }
}

const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Tracks requests in flight, to wait until the page's background downloads have settled. */
class NetworkWatch {
  readonly requests: Request[] = [];
  private readonly inflight = new Set<Request>();
  private changedAt = Date.now();

  constructor(page: Page) {
    page.on('request', (r) => {
      this.requests.push(r);
      this.inflight.add(r);
      this.changedAt = Date.now();
    });
    const done = (r: Request) => {
      this.inflight.delete(r);
      this.changedAt = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** Resolves once `mustSee` have all been requested and finished and nothing was in flight for `quietMs`. */
  async settled(mustSee: RegExp[], quietMs: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const seen = mustSee.every((re) => this.requests.some((r) => re.test(r.url()) && !this.inflight.has(r)));
      if (seen && this.inflight.size === 0 && Date.now() - this.changedAt >= quietMs) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }
}

async function newPage(browser: Browser, profile: Profile, hookFrames: boolean): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; net: NetworkWatch; errors: string[] }> {
  const phone = profile === 'phone';
  const context = await browser.newContext({
    viewport: phone ? PHONE_VIEWPORT : DESKTOP,
    deviceScaleFactor: 1,
    isMobile: phone,
    hasTouch: phone,
    reducedMotion: 'no-preference',
  });
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installProbe, { startLabel: en.title.start, hookFrames } satisfies ProbeConfig);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (phone) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { ...SLOW_4G });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, net: new NetworkWatch(page), errors };
}

/** Polls `read(window.__bench)` in the page until it returns something other than null. */
async function waitForProbe<T>(page: Page, read: (bench: ProbeState) => T | null, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const expression = `window.__bench ? (${read.toString()})(window.__bench) : null`;
  while (Date.now() < deadline) {
    const value = (await page.evaluate(expression).catch(() => null)) as T | null;
    if (value !== null && value !== undefined) return value as T;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** The engines the title warms up in the background while the trainee reads the catalogue. */
const WARM_UP = [/\/stage-[\w-]+\.js$/, /\/ink-story-[\w-]+\.js$/];

/** From the title to the catalogue, creating a profile on the way (a fresh browser has none), as tests/e2e/browser.ts does. */
async function openCatalogue(page: Page, net: NetworkWatch, timeoutMs: number): Promise<number> {
  await page.getByRole('button', { name: en.title.start }).click();
  const catalogue = page.getByRole('heading', { name: en.catalogue.heading });
  const profiles = page.getByRole('heading', { name: en.profiles.heading });
  await catalogue.or(profiles).waitFor({ timeout: timeoutMs });
  if (await profiles.isVisible()) {
    await page.getByLabel(en.profiles.nameLabel).fill('Bench');
    await page.keyboard.press('Enter');
    await catalogue.waitFor({ timeout: timeoutMs });
  }
  const started = Date.now();
  // The trainee reads the catalogue: Phaser and inkjs finish downloading and the page goes idle.
  await net.settled(WARM_UP, 500, timeoutMs);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })));
  return Date.now() - started;
}

export async function loadRun(browser: Browser, baseUrl: string, counter: ByteCounter, profile: Profile, scenarioId: string): Promise<LoadRun> {
  const timeout = profile === 'phone' ? 90_000 : 20_000;
  const { context, page, net, errors } = await newPage(browser, profile, false);
  try {
    await page.goto(baseUrl, { waitUntil: 'commit', timeout });
    const titleInteractiveMs = await waitForProbe(page, (b) => b.titleInteractiveAt, timeout, 'the title to be interactive');
    const catalogueWaitMs = await openCatalogue(page, net, timeout);
    await page.locator(`button[data-scenario="${scenarioId}"]`).click({ timeout });
    const clickAt = await waitForProbe(page, (b) => b.clickAt, timeout, 'the click on the scenario');
    await waitForProbe(page, (b) => b.firstLine, timeout, 'the first line of the encounter');
    // Complete: the line has not changed for 300 ms, on screen either (or the next line has appeared).
    const line = await waitForProbe(
      page,
      (b) => (b.firstLine && (b.linesSeen > 1 || performance.now() - Math.max(b.firstLine.lastChangeAt, b.firstLine.lastVisualChangeAt) >= 300) ? b.firstLine : null),
      timeout,
      'the first line to be complete',
    );
    const firstLineAt = line.lastChangeAt;

    // When each request started, on the page's own clock: Resource Timing, or else the
    // request's wall-clock start against the page's time origin.
    const timing = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      entries: performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime })),
    }));
    const unused = [...timing.entries];
    const files = net.requests.map((request) => {
      let startedAt: number;
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        startedAt = 0;
      } else {
        const i = unused.findIndex((e) => e.name === request.url());
        if (i >= 0) startedAt = unused.splice(i, 1)[0]!.start;
        else {
          const wall = request.timing().startTime;
          startedAt = wall > 0 ? wall - timing.origin : Number.POSITIVE_INFINITY;
        }
      }
      return counter.describe(request.url(), baseUrl, startedAt);
    });
    return {
      profile,
      titleInteractiveMs,
      firstLineMs: firstLineAt - clickAt,
      firstLineShownMs: line.lastVisualChangeAt - clickAt,
      firstLineText: line.text,
      catalogueWaitMs,
      pageErrors: errors,
      beforeTitle: files.filter((f) => f.startedAt < titleInteractiveMs),
      beforeFirstLine: files.filter((f) => f.startedAt < firstLineAt),
    };
  } finally {
    await context.close();
  }
}

export interface LeakSnapshot {
  afterEncounter: number;
  jsHeapUsedBytes: number;
  jsEventListeners: number;
  domNodes: number;
  stage: { textures: number; displayObjects: number; tweens: number } | null;
  /** The same heap from a heap snapshot, split into compiled code and the rest. */
  breakdown: HeapBreakdown | null;
}

export interface PlayResult {
  encounters: number;
  /** Phaser steps recorded while the encounter screen was shown. */
  stepsOnEncounter: { wallMs: number[]; cpuMs: number[] };
  /** Phaser steps recorded on the other screens (the stage is not on screen there). */
  stepsElsewhere: { count: number; wallMs: number[]; cpuMs: number[] };
  recordedSeconds: number;
  cpuSource: 'trace' | 'wall';
  otherRafCallbacks: number;
  snapshots: LeakSnapshot[];
  choices: number;
  /** Uncaught errors the page threw. */
  pageErrors: string[];
}

async function clickButton(page: Page, label: string): Promise<void> {
  const clicked = await page.evaluate((text) => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === text || b.getAttribute('aria-label') === text);
    button?.click();
    return Boolean(button);
  }, label);
  if (!clicked) throw new Error(`no button "${label}" on screen`);
}

/** Polls `fn(arg)` in the page until it returns something other than null. */
async function pollPage<A, T>(page: Page, fn: (arg: A) => T | null, arg: A, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = (await page.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as T | null;
    if (value !== null && value !== undefined) return value as T;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}

type EncounterState = 'error' | 'end' | 'choice' | 'skip';

/** Polls the encounter screen from here (page.waitForFunction stalled under tracing) until there is something to do. */
async function pollState(page: Page, timeoutMs = 20_000): Promise<EncounterState> {
  const deadline = Date.now() + timeoutMs;
  const labels = { showAll: en.encounter.showAll, toDebrief: en.encounter.continueToDebrief };
  while (Date.now() < deadline) {
    const state = await page.evaluate(({ showAll, toDebrief }): EncounterState | null => {
      if (document.querySelector('[role="alert"]')) return 'error';
      const buttons = Array.from(document.querySelectorAll('button'));
      if (buttons.some((b) => b.textContent?.trim() === toDebrief)) return 'end';
      if (document.querySelector('button.choice')) return 'choice';
      if (buttons.some((b) => b.textContent?.trim() === showAll)) return 'skip';
      return null;
    }, labels);
    if (state) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const buttons = await page.evaluate(() => Array.from(document.querySelectorAll('button')).map((b) => b.textContent?.trim())).catch(() => []);
  const transcript = await page.evaluate(() => document.querySelector('ol.transcript')?.textContent?.slice(-160)).catch(() => '?');
  throw new Error(`nothing to do on the encounter screen for ${timeoutMs / 1000} s (buttons: ${buttons.join(' | ')}; transcript ends "${transcript}")`);
}

/** Plays one encounter to its debrief: reads each beat for a moment, skips the rest, picks seeded options. */
async function playEncounter(page: Page, random: () => number, paceMs: number, picks: number[]): Promise<number> {
  let choices = 0;
  for (let step = 0; step < 500; step++) {
    const what = await pollState(page);
    if (what === 'error') throw new Error(`the encounter showed an error: ${await page.locator('[role="alert"]').textContent()}`);
    await page.waitForTimeout(paceMs);
    if (what === 'skip') {
      await page.evaluate((label) => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === label)?.click(), en.encounter.showAll);
    } else if (what === 'choice') {
      // `picks` holds the draws of an earlier encounter to replay, or collects this one's.
      const pick = choices < picks.length ? picks[choices]! : random();
      if (choices >= picks.length) picks.push(pick);
      await page.evaluate((p) => {
        const buttons = document.querySelectorAll<HTMLButtonElement>('button.choice');
        buttons[Math.floor(p * buttons.length)]?.click();
      }, pick);
      choices++;
    } else {
      await clickButton(page, en.encounter.continueToDebrief);
      await pollPage(page, () => (document.getElementById('app')?.dataset.screen === 'debrief' ? true : null), undefined, 20_000, 'the debrief');
      return choices;
    }
  }
  throw new Error('the encounter did not end within 500 steps');
}

async function leakSnapshot(page: Page, cdp: CDPSession, afterEncounter: number): Promise<LeakSnapshot> {
  // Let the stage settle first: a scene still loading (or a tween still running) holds on to
  // the encounter that asked for it, which would show as growth that is not a leak.
  const readStage = () => page.evaluate(() => window.counterpartDiagnostics?.stage() ?? null);
  let stage = await readStage();
  let stableFor = 0;
  for (let waited = 0; waited < 6000 && stableFor < 3; waited += 300) {
    await page.waitForTimeout(300);
    const next = await readStage();
    stableFor = JSON.stringify(next) === JSON.stringify(stage) ? stableFor + 1 : 0;
    stage = next;
  }
  // And let a few frames run: Chromium holds events queued for the next frame (the transcript's
  // scroll events) and their targets until a frame is drawn, and frames are rare under SwiftShader.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 0;
        const tick = () => (++frames >= 3 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
        setTimeout(resolve, 5000);
      }),
  );
  stage = await readStage();
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const breakdown = await heapBreakdown(cdp).catch(() => null);
  return {
    afterEncounter,
    jsHeapUsedBytes: metric('JSHeapUsedSize'),
    jsEventListeners: metric('JSEventListeners'),
    domNodes: metric('Nodes'),
    stage,
    breakdown,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tdur?: number;
  args?: { data?: { id?: number } };
}

export async function playRun(
  browser: Browser,
  baseUrl: string,
  scenarioId: string,
  options: {
    encounters: number;
    seed: number;
    paceMs: number;
    snapshotsAfter?: number[];
    /** Called after each leak snapshot, to look further (a heap snapshot, say) while the page is up. */
    inspect?: (snapshot: LeakSnapshot, page: Page, cdp: CDPSession) => Promise<void>;
  },
): Promise<PlayResult> {
  const snapshotAfter = new Set(options.snapshotsAfter ?? [1, options.encounters]);
  const { context, page, cdp, net, errors } = await newPage(browser, 'desktop', true);
  try {
    await cdp.send('Performance.enable');
    await page.goto(`${baseUrl}?diagnostics`);
    await waitForProbe(page, (b) => b.titleInteractiveAt, 20_000, 'the title to be interactive');
    await openCatalogue(page, net, 20_000);

    // CPU time of each step comes from a trace (FireAnimationFrame's thread time), matched to
    // Phaser's steps by requestAnimationFrame id; the in-page wall time is kept beside it.
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const traceDone = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
    await page.evaluate(() => {
      window.__bench!.frames.recording = true;
    });
    const startedAt = Date.now();
    let pausedMs = 0;

    const random = mulberry32(options.seed);
    const snapshots: LeakSnapshot[] = [];
    let choices = 0;
    // Encounters alternate between "Play again" and going through the catalogue, arranged so the
    // last one starts the way the first did (from the catalogue) and replays its choices: the two
    // leak snapshots then look at the same screen after the same path.
    const fromCatalogue = (n: number) => n === 1 || (options.encounters - n) % 2 === 0;
    const firstPicks: number[] = [];
    for (let n = 1; n <= options.encounters; n++) {
      if (fromCatalogue(n)) {
        if (n > 1) await clickButton(page, en.debrief.catalogue);
        await pollPage(page, (id) => (document.querySelector(`button[data-scenario="${id}"]`) ? true : null), scenarioId, 20_000, 'the catalogue');
        await page.evaluate((id) => document.querySelector<HTMLButtonElement>(`button[data-scenario="${id}"]`)!.click(), scenarioId);
      } else {
        await clickButton(page, en.debrief.replay);
      }
      const picks = n === 1 || n === options.encounters ? firstPicks : [];
      choices += await playEncounter(page, random, options.paceMs, picks).catch((error: Error) => {
        throw new Error(`encounter ${n} (${fromCatalogue(n) ? 'from the catalogue' : '"Play again"'}): ${error.message}`);
      });
      if (snapshotAfter.has(n)) {
        const pauseStart = Date.now();
        await page.evaluate(() => {
          window.__bench!.frames.recording = false;
        });
        const snapshot = await leakSnapshot(page, cdp, n);
        snapshots.push(snapshot);
        await options.inspect?.(snapshot, page, cdp);
        await page.evaluate(() => {
          window.__bench!.frames.recording = true;
        });
        pausedMs += Date.now() - pauseStart;
      }
    }
    const recordedSeconds = (Date.now() - startedAt - pausedMs) / 1000;
    const frames = await page.evaluate(() => {
      window.__bench!.frames.recording = false;
      return window.__bench!.frames;
    });
    await cdp.send('Tracing.end');
    await traceDone;

    const cpuById = new Map<number, number>();
    for (const e of events) {
      if (e.name === 'FireAnimationFrame' && e.ph === 'X' && typeof e.tdur === 'number' && typeof e.args?.data?.id === 'number') {
        cpuById.set(e.args.data.id, e.tdur / 1000);
      }
    }
    const matched = frames.ids.filter((id) => cpuById.has(id)).length;
    const cpuSource = frames.ids.length > 0 && matched / frames.ids.length > 0.9 ? 'trace' : 'wall';
    const onEncounter: PlayResult['stepsOnEncounter'] = { wallMs: [], cpuMs: [] };
    const elsewhere: PlayResult['stepsElsewhere'] = { count: 0, wallMs: [], cpuMs: [] };
    frames.durations.forEach((wall, i) => {
      const bucket = frames.screens[i] === 'encounter' ? onEncounter : elsewhere;
      bucket.wallMs.push(wall);
      const cpu = cpuById.get(frames.ids[i]!);
      if (cpu !== undefined) bucket.cpuMs.push(cpu);
    });
    elsewhere.count = elsewhere.wallMs.length;
    return {
      encounters: options.encounters,
      stepsOnEncounter: onEncounter,
      stepsElsewhere: elsewhere,
      recordedSeconds,
      cpuSource,
      otherRafCallbacks: frames.others,
      snapshots,
      choices,
      pageErrors: errors,
    };
  } finally {
    await context.close();
  }
}

export function openBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

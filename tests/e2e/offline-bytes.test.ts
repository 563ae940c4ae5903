import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadRun } from '../../tools/bench/browser-runs';
import { BUDGETS } from '../../tools/bench/budgets';
import { ByteCounter, split } from '../../tools/bench/bytes';
import { installProbe, type ProbeConfig } from '../../tools/bench/page-probe';
import { en } from '../../src/i18n/en';
import { closeBrowser, launch, VIEWPORTS } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const storyIds = new Set((JSON.parse(readFileSync(path.join(distDir, 'catalogue.json'), 'utf8')) as { scenarios: { id: string }[] }).scenarios.map((s) => s.id));
const counter = new ByteCounter(distDir, storyIds);
const WORKER_FILES = /\/(sw\.js|workbox-[\w.-]+\.js|register-[\w-]+\.js)$/;

afterAll(closeBrowser);

/**
 * Every request of the page and of its service worker (context-wide) started before the title
 * was first interactive, as the benchmark's probe sees that moment.
 */
async function requestsBeforeTitle(serviceWorkers: 'allow' | 'block') {
  const browser = await launch();
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, deviceScaleFactor: 1, serviceWorkers });
  try {
    await context.addInitScript('globalThis.__name ??= (fn) => fn;');
    await context.addInitScript(installProbe, { startLabel: en.title.start, hookFrames: false } satisfies ProbeConfig);
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    const page = await context.newPage();
    await page.goto(baseUrl, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { __bench?: { titleInteractiveAt: number | null } }).__bench?.titleInteractiveAt != null);
    if (serviceWorkers === 'allow') await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
    // A request's timing is known once it has finished; one that starts later started after the title.
    const seen = [...requests];
    await Promise.all(seen.map((r) => r.response().catch(() => null)));
    const { origin, interactiveAt } = await page.evaluate(() => ({ origin: performance.timeOrigin, interactiveAt: (window as unknown as { __bench: { titleInteractiveAt: number } }).__bench.titleInteractiveAt }));
    // Wall-clock start of each request; one without timing counts as early, to be safe.
    const startedBefore = (request: Request) => {
      const start = request.timing().startTime;
      return !(start > 0) || start - origin < interactiveAt;
    };
    return { beforeTitle: seen.filter(startedBefore).map((r) => r.url()), all: seen.map((r) => r.url()) };
  } finally {
    await context.close();
  }
}

/**
 * The engines main.ts fetches on the first idle moment: with or without a worker, that moment
 * can fall just before the probe sees the title, so they are left out of the comparison.
 */
const WARM_UP = /\/(stage|ink-story)-[\w-]+\.js$/;
const jsBytes = (urls: string[]) => split(urls.filter((url) => !WARM_UP.test(url)).map((url) => counter.describe(url, baseUrl, 0))).js;

describe("the service worker and the benchmark's byte budgets", () => {
  it('adds nothing to what the title requests: nothing of the worker, and the same JS bytes as without it', async () => {
    const withWorker = await requestsBeforeTitle('allow');
    const without = await requestsBeforeTitle('block');
    expect(withWorker.beforeTitle.filter((u) => WORKER_FILES.test(u))).toEqual([]);
    // Nor is the registration bundled into what the title loads.
    const titleScripts = withWorker.beforeTitle.map((u) => counter.fileOf(u, baseUrl)).filter((f) => f.endsWith('.js'));
    expect(titleScripts.length).toBeGreaterThan(0);
    expect(titleScripts.filter((f) => readFileSync(path.join(distDir, f), 'utf8').includes('serviceWorker'))).toEqual([]);
    expect(withWorker.all.filter((u) => /\/sw\.js$/.test(u)).length).toBeGreaterThan(0);
    expect(jsBytes(withWorker.beforeTitle)).toBe(jsBytes(without.beforeTitle));
    expect(jsBytes(withWorker.beforeTitle)).toBeLessThanOrEqual(BUDGETS.titleJsBytes);
    console.log(`title JS before interactive (gzip): ${jsBytes(withWorker.beforeTitle)} bytes with the worker, ${jsBytes(without.beforeTitle)} without; budget ${BUDGETS.titleJsBytes}`);
  });

  it("keeps the bench's load run within its title and first-line budgets with service workers allowed", async () => {
    const run = await loadRun(await launch(), baseUrl, counter, 'desktop', 'tutorial');
    const title = split(run.beforeTitle);
    const first = split(run.beforeFirstLine);
    console.log(`bench load run: title JS ${title.js} bytes (all ${title.total}); before the first line ${first.total} bytes`);
    expect(run.pageErrors).toEqual([]);
    expect(title.js).toBeLessThanOrEqual(BUDGETS.titleJsBytes);
    expect(first.total).toBeLessThanOrEqual(BUDGETS.firstLineBytes);
  });
});

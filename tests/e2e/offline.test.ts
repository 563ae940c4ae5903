import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, playTutorialFromCatalogue, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const root = path.resolve(import.meta.dirname, '..', '..');

/** Precaching the whole game and playing four encounters takes a minute on a busy machine. */
const LONG = 240_000;

afterAll(closeBrowser);
afterEach(closeSessions);

/** The service worker has installed (precached everything) and answers this page's requests. */
async function controlledByServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, { timeout: 60_000 });
}

/** The tutorial along the model path, from the title to its debrief. */
async function playTutorialToDebrief(page: Page) {
  await toCatalogue(page);
  await playTutorialFromCatalogue(page);
}

describe('offline play', () => {
  it('after one visit holds every story, picture and sound, and plays the tutorial to its debrief offline after a reload', async () => {
    const session = await openSession(baseUrl, { serviceWorkers: 'allow' });
    const { page, context } = session;
    await page.getByRole('button', { name: 'Choose an encounter' }).waitFor();
    await controlledByServiceWorker(page);

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname.slice(1));
      return urls;
    });
    const built = readdirSync(path.join(distDir, 'assets')).map((f) => `assets/${f}`);
    const game = built.filter((f) => /\.(js|css|svg|mp3)$/.test(f) && !/^assets\/preview-/.test(f));
    expect(game.filter((f) => f.endsWith('.mp3')).length).toBeGreaterThan(0);
    expect(game.filter((f) => f.endsWith('.svg')).length).toBeGreaterThan(0);
    expect(cached).toEqual(expect.arrayContaining([...game, 'index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/maskable-512.png']));
    // The artists' stage preview is not part of the game.
    expect(cached.filter((u) => /stage-preview|^assets\/preview-/.test(u))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await playTutorialToDebrief(page);
    expect(await page.locator('.score-card .score-value').allTextContents()).toEqual(['100', '100', '100']);
    await session.screenshot('offline-debrief');
    expect(session.problems).toEqual([]);
    await session.close();
  }, LONG);

  it('comes back after the browser is restarted offline: every encounter opens, and the tutorial plays to its debrief', async () => {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'counterpart-restart-'));
    const launch = () =>
      chromium.launchPersistentContext(profileDir, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'],
        viewport: { width: 1280, height: 720 },
        serviceWorkers: 'allow',
      });
    let context: BrowserContext | undefined;
    try {
      context = await launch();
      const first = context.pages()[0] ?? (await context.newPage());
      await first.goto(baseUrl);
      await controlledByServiceWorker(first);
      await context.close();

      context = await launch();
      await context.setOffline(true);
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseUrl);
      await toCatalogue(page);
      // Every other encounter opens, with its story, and reaches its first decision...
      const scenarios = (JSON.parse(readFileSync(path.join(distDir, 'catalogue.json'), 'utf8')) as { scenarios: { id: string; title: string }[] }).scenarios;
      for (const { title } of scenarios.filter((s) => s.id !== 'tutorial')) {
        await page.getByRole('button', { name: `Play “${title}”` }).click();
        await skipLines(page);
        expect(await page.locator('button.choice').count(), title).toBeGreaterThan(1);
        await page.getByRole('button', { name: 'Leave encounter' }).click();
        await page.getByRole('heading', { name: 'Encounters' }).waitFor();
      }
      // ...and the tutorial plays to its debrief.
      await playTutorialFromCatalogue(page);
    } finally {
      await context?.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, LONG);
});

describe('installing', () => {
  it('ships a web app manifest whose icons are built PNGs of the sizes it states, one of them maskable', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Counterpart', start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
    for (const icon of manifest.icons as { src: string; sizes: string }[]) {
      const png = readFileSync(path.join(distDir, icon.src));
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    expect(readFileSync(path.join(distDir, 'index.html'), 'utf8')).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  });
});

describe('a new version', () => {
  it('is announced with an "update available" prompt, and taken only when the trainee says so', async () => {
    // A copy of the build, served on its own, so that "deploying" a new version touches nothing else.
    const deployDir = mkdtempSync(path.join(os.tmpdir(), 'counterpart-deploy-'));
    cpSync(distDir, deployDir, { recursive: true });
    const server = await preview({ root, configFile: path.join(root, 'vite.config.ts'), configLoader: 'runner', logLevel: 'error', build: { outDir: deployDir }, preview: { host: '127.0.0.1', port: 0 } });
    try {
      const url = server.resolvedUrls!.local[0]!;
      const session = await openSession(url, { serviceWorkers: 'allow' });
      const { page } = session;
      await controlledByServiceWorker(page);
      const prompt = page.getByRole('status', { name: 'A new version of Counterpart is ready.' });
      expect(await prompt.count()).toBe(0);

      // Deploy: any change to the worker's script is a new version to the browser.
      appendFileSync(path.join(deployDir, 'sw.js'), '\n// the next version\n');
      await page.reload();
      await prompt.waitFor({ timeout: 60_000 });
      await session.screenshot('offline-update-prompt');

      // Until then the new version only waits: the page keeps the one it started with.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
      await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
      await prompt.getByRole('button', { name: 'Update now' }).click();
      await page.waitForFunction(() => !('beforeUpdate' in window) && document.querySelector('#app[data-screen]') !== null, undefined, { timeout: 30_000 });
      const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
      expect(waiting).toBeNull();
      expect(await prompt.count()).toBe(0);
      expect(session.problems).toEqual([]);
      await session.close();
    } finally {
      await server.close();
      rmSync(deployDir, { recursive: true, force: true });
    }
  });
});

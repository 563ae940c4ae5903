import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, playTutorialFromCatalogue, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

/**
 * Console messages these tests expect, each with why it is harmless. Anything else the page
 * logs as an error or warning fails the test (see `openSession`); a suspended AudioContext is
 * expected to log nothing at all.
 */
const ALLOWED = {
  /** Chromium itself reports every request the test aborts; the game logs nothing about it. */
  abortedRequest: /^Failed to load resource: net::ERR_FAILED$/,
};

/** Plays the tutorial's model path from the title to its debrief, with keys and clicks. */
async function playTutorial(page: Page) {
  await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
  await toCatalogue(page);
  await playTutorialFromCatalogue(page);
  const scores = await page.locator('.score-card .score-value').allTextContents();
  expect(scores).toEqual(['100', '100', '100']);
}

describe('sound never stands in the way of play', () => {
  it('plays the tutorial to the debrief when every sound file fails to load', async () => {
    const session = await openSession(baseUrl, { allowConsole: [ALLOWED.abortedRequest] });
    const { page } = session;
    const aborted: string[] = [];
    await page.route(/\.mp3(\?|$)/, async (route) => {
      aborted.push(new URL(route.request().url()).pathname);
      await route.abort('failed');
    });
    await page.reload();
    await playTutorial(page);
    // The sound engine did try: the ambience and the voices were asked for and refused.
    expect(aborted.some((p) => /ambience-shop-floor-[\w-]+\.mp3$/.test(p))).toBe(true);
    expect(aborted.some((p) => /voice-(mentor|shopper|you)-[\w-]+\.mp3$/.test(p))).toBe(true);
    await session.screenshot('audio-no-files-debrief');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('plays the tutorial to the debrief when the browser keeps the AudioContext suspended', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    // As a browser that never grants audio: every context stays 'suspended' and resume() never settles.
    await page.addInitScript(() => {
      const seen = { resumes: 0 };
      Object.assign(window, { suspendedAudio: seen });
      Object.defineProperty(BaseAudioContext.prototype, 'state', { configurable: true, get: () => 'suspended' });
      AudioContext.prototype.resume = function resume() {
        seen.resumes += 1;
        return new Promise<void>(() => undefined);
      };
    });
    await page.reload();
    await playTutorial(page);
    // The game did ask for sound, and carried on without it.
    expect(await page.evaluate(() => (window as unknown as { suspendedAudio: { resumes: number } }).suspendedAudio.resumes)).toBeGreaterThan(0);
    await session.screenshot('audio-suspended-debrief');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('keeps the Sound setting across a reload, and the sound engine starts muted', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    const sound = page.getByRole('checkbox', { name: 'Sound', exact: true });
    const howlerMuted = () => page.evaluate(() => (window as unknown as { Howler?: { _muted: boolean } }).Howler?._muted ?? null);
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    expect(await sound.isChecked()).toBe(true);
    await sound.uncheck();
    const saved = await page.evaluate(() => localStorage.getItem('counterpart.settings'));
    expect(JSON.parse(saved!)).toMatchObject({ muted: true });

    await page.reload();
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    expect(await sound.isChecked()).toBe(false);
    // The first gesture loads the sound engine, which must come up muted.
    await toCatalogue(page);
    await expect.poll(howlerMuted).toBe(true);

    await page.reload();
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    await sound.check();
    await page.reload();
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    expect(await sound.isChecked()).toBe(true);
    await toCatalogue(page);
    await expect.poll(howlerMuted).toBe(false);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { closeBrowser, closeSessions, openSession, pick, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

/** Collects every state's serious and critical axe findings, so one run lists them all. */
function auditor(page: Page) {
  const findings: string[] = [];
  return {
    findings,
    audit: async (state: string, alsoRules: readonly string[] = []) => {
      for (const line of await seriousViolations(page, alsoRules)) findings.push(`${state}: ${line}`);
    },
  };
}


const focusIsOnBody = (page: Page) => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName.toLowerCase(), className: document.activeElement?.className, option: document.activeElement?.getAttribute('data-option-id') ?? null, text: document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '' }));

/** Presses Tab until the focused element's name (its label, else its text) is the one wanted. */
async function tabTo(page: Page, text: string) {
  for (let presses = 0; presses < 30 && (await focused(page)).text !== text; presses++) await page.keyboard.press('Tab');
  expect((await focused(page)).text).toBe(text);
}

/** Enter on a choice that has only just appeared is ignored by design (the tail of a skip), so press until it is taken. */
async function enterOn(page: Page, optionId: string) {
  const choice = page.locator(`button.choice[data-option-id="${optionId}"]`);
  // The guard lasts 350 ms, so a few presses half a second apart always get past it.
  for (let presses = 0; (await choice.count()) > 0; presses++) {
    if (presses === 10) throw new Error(`Enter on the choice "${optionId}" was still ignored after ${presses} presses`);
    await page.keyboard.press('Enter');
    await choice.waitFor({ state: 'detached', timeout: 500 }).catch(() => undefined);
  }
}

describe('keyboard only', () => {
  it('plays the tutorial to its debrief with Tab, arrows and Enter, and focus never falls to the page after a choice', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    await tabTo(page, 'Choose an encounter');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Who is practising?' }).waitFor();
    await page.keyboard.type('Mei');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Encounters' }).waitFor();
    await tabTo(page, 'Play “Your first shift”');
    await page.keyboard.press('Enter');

    const path: [string, string[]][] = [
      ['needs.let-her-finish', ['ArrowDown']],
      ['promise.call-thursday', ['ArrowUp']],
      ['keep.call-now', ['ArrowDown', 'ArrowUp']],
    ];
    for (const [i, [optionId, keys]] of path.entries()) {
      await skipLines(page);
      await page.waitForFunction(() => document.activeElement?.classList.contains('choice'));
      if (i === 0) {
        // The conversation is a stop on the way: the keyboard can reach it to scroll back.
        await page.keyboard.press('Shift+Tab');
        expect((await focused(page)).className).toBe('transcript');
        await page.keyboard.press('Tab');
      }
      for (const key of keys) await page.keyboard.press(key);
      expect((await focused(page)).option).toBe(optionId);
      await enterOn(page, optionId);
      expect(await focusIsOnBody(page)).toBe(false);
      expect((await focused(page)).className).toBe('transcript');
      if (i === 0) await session.screenshot('keyboard-after-a-choice');
    }
    await skipLines(page);
    await page.waitForFunction(() => document.activeElement?.textContent === 'See your debrief');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Debrief: Your first shift' }).waitFor();
    expect((await focused(page)).tag).toBe('h1');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

describe('accessibility, checked with axe-core in Chromium', () => {
  it('finds no serious or critical problem on any screen of a played encounter', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    const { findings, audit } = auditor(page);
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    await audit('title');
    await page.getByRole('button', { name: 'Choose an encounter' }).click();
    await page.getByRole('heading', { name: 'Who is practising?' }).waitFor();
    await audit('profiles');
    await page.getByLabel('Your name').fill('Mei');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Encounters' }).waitFor();
    await audit('catalogue');

    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    // Mid-line: the typewriter is still writing the first line.
    await page.locator('.transcript .line .text [aria-hidden="true"]').first().waitFor();
    await audit('mid-line');
    await skipLines(page);
    await audit('choices');
    await pick(page, 'needs.let-her-finish', 'click');
    await page.locator('.coaching:not([hidden])').waitFor();
    await audit('coaching');
    // One live region: the coaching is read out there, after the trainee's line, not from a second region.
    expect(await page.locator('[aria-live]').count()).toBe(1);
    const transcript = page.locator('.transcript');
    const note = transcript.locator('.coaching-note').last();
    expect(await note.textContent()).toContain('Coaching: She was still telling you what matters.');
    expect(await note.evaluate((li) => li.previousElementSibling?.className)).toBe('line you');
    // The speaker's name is kept apart from the words in the accessibility tree.
    expect(await transcript.locator('.line.them').first().ariaSnapshot()).toMatch(/Grace ?: Welcome to your first shift\./);
    await pick(page, 'promise.call-thursday', 'click');
    await pick(page, 'keep.call-now', 'click');
    await skipLines(page);
    await audit('ending');

    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: 'Debrief: Your first shift' }).waitFor();
    await page.locator('.all-options summary').first().click();
    await audit('debrief');
    await page.getByRole('button', { name: 'Back to the catalogue' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.getByRole('heading', { name: /My progress/ }).waitFor();
    await audit('progress');
    await page.getByRole('button', { name: 'Review' }).first().click();
    await page.locator('.review-steps').waitFor();
    await audit('review', ['heading-order']);
    await page.getByRole('button', { name: 'Try another option from here' }).first().click();
    await skipLines(page);
    await page.getByRole('button', { name: 'Leave encounter' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.locator('.attempt .notes').first().waitFor();
    await audit('progress, with a practice attempt\'s note');
    expect(findings).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('finds none in the settings at their largest text, or on a phone', async () => {
    const session = await openSession(baseUrl, { viewport: 'phone' });
    const { page } = session;
    const { findings, audit } = auditor(page);
    await page.getByRole('heading', { name: 'Counterpart' }).waitFor();
    const sizes = page.getByRole('combobox', { name: 'Text size' });
    const largest = await sizes.locator('option').last().getAttribute('value');
    await sizes.selectOption(largest!);
    await page.getByRole('checkbox').first().focus();
    await audit('settings');
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await skipLines(page);
    await audit('choices on a phone');
    expect(findings).toEqual([]);
    await session.close();
  });

  it('finds none in each notice: damaged data put aside, a newer version\'s data, storage refused, progress not being saved', async () => {
    const states: [string, (page: Page) => Promise<void>][] = [
      ['the damaged-data notice', (page) => page.evaluate(() => localStorage.setItem('counterpart.profiles', '{not json'))],
      ['the newer-version notice', (page) => page.evaluate(() => localStorage.setItem('counterpart.profiles', JSON.stringify({ version: 99, profiles: [] })))],
    ];
    const findings: string[] = [];
    for (const [state, prepare] of states) {
      const session = await openSession(baseUrl);
      const { page } = session;
      await prepare(page);
      await page.reload();
      await page.locator('.notice').waitFor();
      findings.push(...(await seriousViolations(page)).map((line) => `${state}: ${line}`));
      await session.close();
    }

    // Storage refused from the start.
    const session = await openSession(baseUrl);
    const { page, context } = session;
    await toCatalogue(page);
    await context.addInitScript(() => {
      Object.defineProperty(Storage.prototype, 'setItem', {
        value: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    });
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'not saving' }).waitFor();
    findings.push(...(await seriousViolations(page)).map((line) => `the storage-refused warning: ${line}`));
    await session.close();

    // Storage that fills up in the middle of play.
    const filling = await openSession(baseUrl);
    await toCatalogue(filling.page);
    await filling.page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(filling.page, 'needs.let-her-finish', 'click');
    await filling.page.evaluate(() => {
      Object.defineProperty(Storage.prototype, 'setItem', {
        value: () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
      });
    });
    await pick(filling.page, 'promise.call-thursday', 'click');
    await filling.page.getByRole('alert').filter({ hasText: 'Your progress is not being saved' }).waitFor();
    findings.push(...(await seriousViolations(filling.page)).map((line) => `the progress-not-saved notice: ${line}`));
    expect(findings).toEqual([]);
    await filling.close();
  });
});

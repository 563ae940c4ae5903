import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, pick, skipLines, toCatalogue } from './browser';
import { expectStageDrawn } from './stage-check';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

const MODEL_PATH = ['needs.let-her-finish', 'promise.call-thursday', 'keep.call-now'];

/** Plays the tutorial (the shortest encounter) from the decision on screen to its debrief. */
async function finishTutorial(page: Page, fromDecision = 0) {
  for (const option of MODEL_PATH.slice(fromDecision)) await pick(page, option, 'key');
  await skipLines(page);
  await page.getByRole('button', { name: 'See your debrief' }).click();
  await page.getByRole('heading', { name: 'Debrief: Your first shift' }).waitFor();
}

async function play(page: Page, scenario: string) {
  await page.locator(`button[data-scenario="${scenario}"]`).click();
  await skipLines(page);
}

describe.each(['desktop', 'phone'] as const)('five encounters in one tab, %s', (viewport) => {
  it(
    'draws the stage in its box after "Play again", a rewind from My progress, the catalogue and "Leave encounter"',
    async () => {
      const session = await openSession(baseUrl, { viewport, reducedMotion: true });
      const { page } = session;
      await toCatalogue(page);
      await play(page, 'tutorial');
      await expectStageDrawn(page, 'the first encounter');
      await finishTutorial(page);

      await page.getByRole('button', { name: 'Play again' }).click();
      await skipLines(page);
      await expectStageDrawn(page, 'the second encounter, after "Play again"');
      await finishTutorial(page);

      // Rewound to the last decision, so this encounter is one choice from its end.
      await page.getByRole('button', { name: 'Back to the catalogue' }).click();
      await page.getByRole('button', { name: 'My progress' }).click();
      await page.locator('.progress-card .scores-table').waitFor();
      const { width } = page.viewportSize()!;
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), 'My progress fits the screen\'s width').toBeLessThanOrEqual(width);
      await page.getByRole('button', { name: 'Review' }).first().click();
      await page.locator('.review-steps').waitFor();
      await page.getByRole('button', { name: 'Try another option from here' }).last().click();
      await skipLines(page);
      await expectStageDrawn(page, 'the third encounter, after a rewind');
      await finishTutorial(page, 2);

      // Another setting and customer: the stage sets a new scene on the same game.
      await page.getByRole('button', { name: 'Back to the catalogue' }).click();
      await play(page, 'towel');
      await expectStageDrawn(page, 'the fourth encounter, picked from the catalogue');

      await page.getByRole('button', { name: 'Leave encounter' }).click();
      await play(page, 'tutorial');
      await expectStageDrawn(page, 'the fifth encounter, after "Leave encounter"');
      expect(session.problems).toEqual([]);
      await session.close();
    },
    300_000,
  );
});

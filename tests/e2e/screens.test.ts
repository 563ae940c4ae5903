import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, SCREENS_DIR, skipLines, toCatalogue, VIEWPORTS } from './browser';
import { expectStageDrawn } from './stage-check';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

/** What a decision shows: the customer's last line and each choice, where they are and how big. */
async function decisionOnScreen(page: Page) {
  return page.evaluate(() => {
    // On screen, and not scrolled out of the conversation's own scrolling box.
    const transcript = document.querySelector('.transcript')!.getBoundingClientRect();
    const inside = (e: Element) => {
      const r = e.getBoundingClientRect();
      const inView = r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= document.documentElement.clientWidth;
      return inView && (!e.closest('.transcript') || (r.top >= transcript.top - 1 && r.bottom <= transcript.bottom + 1));
    };
    const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    const lastLine = [...document.querySelectorAll('.transcript .line.them')].at(-1)!;
    const choices = [...document.querySelectorAll('button.choice')];
    return {
      lastLine: { text: lastLine.textContent, box: [lastLine.getBoundingClientRect().top, lastLine.getBoundingClientRect().bottom, transcript.top, transcript.bottom], visible: inside(lastLine), fontSize: px(lastLine.querySelector('.text')!) },
      choices: choices.map((c) => ({ text: c.textContent, visible: inside(c), fontSize: px(c.querySelector('.choice-text')!) })),
      hint: document.querySelector('.choices .hint')?.textContent ?? '',
    };
  });
}

async function pickFirst(page: Page) {
  await skipLines(page);
  const first = page.locator('button.choice').first();
  await first.click();
  await first.waitFor({ state: 'detached' });
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('a decision in the second encounter of a tab, %s', (viewport) => {
  const touch = viewport.startsWith('phone');

  it('shows the picture, the customer\'s last line and every choice without scrolling', async () => {
    const session = await openSession(baseUrl, { viewport, reducedMotion: true });
    const { page } = session;
    await toCatalogue(page);
    await page.locator('button[data-scenario="tutorial"]').click();
    const skip = page.locator('button.skip');
    await skip.waitFor();
    // A touch screen has no Space bar or number keys to be told about.
    if (touch) expect(await skip.textContent()).not.toMatch(/space/i);
    else expect(await skip.textContent()).toContain('(Space)');
    await skipLines(page);
    await page.getByRole('button', { name: 'Leave encounter' }).click();

    await page.locator('button[data-scenario="towel"]').click();
    // The second decision, with the first one's coaching on screen.
    await pickFirst(page);
    await skipLines(page);
    await expectStageDrawn(page, `the second encounter at ${viewport}`);
    const { width, height } = VIEWPORTS[viewport];
    await page.screenshot({ path: path.join(SCREENS_DIR, `second-encounter-decision-${width}x${height}.png`) });
    const shown = await decisionOnScreen(page);
    expect(shown.choices.length).toBeGreaterThanOrEqual(3);
    expect(shown.lastLine, 'the customer\'s last line is on screen').toMatchObject({ visible: true });
    for (const choice of shown.choices) expect(choice, 'every choice is on screen').toMatchObject({ visible: true });
    if (touch) expect(shown.hint).toBe('');
    else expect(shown.hint).toContain('number key');
    if (viewport === 'projector') {
      expect(shown.lastLine.fontSize).toBeGreaterThanOrEqual(32);
      for (const choice of shown.choices) expect(choice.fontSize).toBeGreaterThanOrEqual(32);
    }
    expect(session.problems).toEqual([]);
    await session.close();
  }, 180_000);
});

describe('on a projector (1920×1080)', () => {
  it('centres the title card, and offers a text size larger than "Larger"', async () => {
    const session = await openSession(baseUrl, { viewport: 'projector', reducedMotion: true });
    const { page } = session;
    const card = await page.locator('.title-card').boundingBox();
    expect(Math.abs(card!.x - (1920 - card!.x - card!.width)), 'as far from the left edge as from the right').toBeLessThanOrEqual(3);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const select = page.getByLabel('Text size');
    await select.selectOption('larger');
    const larger = await rootSize();
    await select.selectOption('largest');
    expect(await rootSize()).toBeGreaterThan(larger * 1.15);
    await session.close();
  });
});

import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, pick, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

describe('the debrief, in Chromium', () => {
  it('quotes what the customer said, and expands a decision to every option with its coaching and score', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.best-seller', 'click');
    await pick(page, 'promise.call-thursday', 'click');
    await pick(page, 'keep.call-now', 'click');
    await skipLines(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: 'Debrief: Your first shift' }).waitFor();

    const first = page.locator('.decision').first();
    expect(await first.locator('.context').textContent()).toBe('Mrs. Chen: “Excuse me. I need a kettle for my mother. She\'s eighty-one, and her hands aren\'t what they were, so…”');
    const options = first.locator('.all-options .option');
    expect(await options.first().isVisible()).toBe(false);
    await first.getByText('Every option here, and what each earns').click();
    await options.first().waitFor();
    const shown = await options.evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-option-id'),
        chosen: item.classList.contains('chosen-option'),
        coach: item.querySelector('.coach')?.textContent,
        deltas: item.querySelector('.deltas')?.textContent,
      })),
    );
    expect(shown).toEqual([
      { id: 'needs.best-seller', chosen: true, coach: expect.stringContaining('You answered the question you expected'), deltas: '−1 Listening' },
      { id: 'needs.let-her-finish', chosen: false, coach: expect.stringContaining('She was still telling you'), deltas: '+2 Listening' },
      { id: 'needs.let-her-browse', chosen: false, coach: expect.stringContaining('Pointing at a shelf'), deltas: '−1 Listening−1 Ownership' },
    ]);
    for (const i of [0, 1, 2]) expect(await options.nth(i).isVisible()).toBe(true);
    await session.screenshot('debrief-all-options');
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

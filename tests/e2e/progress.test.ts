import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { closeBrowser, closeSessions, openSession, pick, SCREENS_DIR, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

/** Makes every storage write fail as a full (or private-mode) browser storage does. */
const refuseWrites = () => {
  Object.defineProperty(Storage.prototype, 'setItem', {
    value: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  });
};

const optionsOnScreen = (page: import('playwright-core').Page) => page.locator('button.choice').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-option-id')));

describe('progress, in Chromium', () => {
  it('resumes exactly where the trainee was after a reload: the same lines and the same choices', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.let-her-finish', 'key');
    await skipLines(page);
    const before = { options: await optionsOnScreen(page), lines: await page.locator('.transcript .line').allTextContents() };
    expect(before.options).toEqual(['promise.guarantee', 'promise.check-back', 'promise.call-thursday']);

    await page.reload();
    await skipLines(page);
    expect(await optionsOnScreen(page)).toEqual(before.options);
    expect(await page.locator('.transcript .line').allTextContents()).toEqual(before.lines);
    await session.screenshot('progress-1-resumed');

    // The resumed attempt goes on to the end and shows up in the progress screen with a picture.
    await pick(page, 'promise.call-thursday', 'key');
    await pick(page, 'keep.call-now', 'key');
    await skipLines(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('button', { name: 'Back to the catalogue' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.getByRole('heading', { name: /My progress/ }).waitFor();
    expect(await page.locator('.progress-card svg.score-chart').count()).toBe(1);
    expect(await page.locator('.scores-table tbody tr').first().textContent()).toContain('100');
    await session.screenshot('progress-2-history');

    // Review it, and rewind to the first decision: a new practice attempt, the record kept.
    await page.getByRole('button', { name: 'Review' }).first().click();
    await page.getByRole('heading', { name: 'Review: Your first shift' }).waitFor();
    // The heading shows at once; the steps follow when the replay of the record is done.
    await page.locator('.review-steps').waitFor();
    expect(await page.locator('.review-step .decision').count()).toBe(3);
    await session.screenshot('progress-3-review');
    await page.getByRole('button', { name: 'Try another option from here' }).first().click();
    await skipLines(page);
    expect(await optionsOnScreen(page)).toEqual(['needs.best-seller', 'needs.let-her-finish', 'needs.let-her-browse']);
    await page.getByRole('button', { name: 'Leave encounter' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    expect(await page.locator('.attempt').count()).toBe(2);
    expect(await page.locator('.attempt .notes').allTextContents()).toContain('Practice from a rewind');
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('shows a rewound run that reaches 100/100/100 on the chart and in the table, marked as practice, apart from first, best and latest', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.let-her-finish', 'key');
    await pick(page, 'promise.call-thursday', 'key');
    await pick(page, 'keep.restock-first', 'key');
    await skipLines(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('button', { name: 'Back to the catalogue' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    const latest = await page.locator('.scores-table tbody tr').nth(2).locator('td').allTextContents();
    expect(latest).not.toEqual(['100', '100', '100']);

    await page.getByRole('button', { name: 'Review' }).first().click();
    await page.locator('.review-steps').waitFor();
    await page.getByRole('button', { name: 'Try another option from here' }).nth(2).click();
    await pick(page, 'keep.call-now', 'key');
    await skipLines(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('button', { name: 'Back to the catalogue' }).click();
    await page.getByRole('button', { name: 'My progress' }).click();
    await page.getByRole('heading', { name: /My progress/ }).waitFor();

    const practiceRow = page.locator('.scores-table tbody.practice-runs tr');
    expect(await practiceRow.count()).toBe(1);
    expect(await practiceRow.locator('th').textContent()).toMatch(/^Practice from decision 3 · /);
    expect(await practiceRow.locator('td').allTextContents()).toEqual(['100', '100', '100']);
    // First, best and latest are still the full attempt's.
    expect(await page.locator('.scores-table tbody:not(.practice-runs) tr').nth(2).locator('td').allTextContents()).toEqual(latest);
    expect(await page.locator('.score-chart circle.practice').count()).toBe(3);
    expect(await page.locator('.score-chart circle:not(.practice)').count()).toBe(3);
    await page.locator('.progress-card').screenshot({ path: path.join(SCREENS_DIR, 'progress-5-practice.png') });
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('says once in private mode (storage refused) that nothing is kept, and plays on in memory', async () => {
    const session = await openSession(baseUrl);
    const { page, context } = session;
    await context.addInitScript(refuseWrites);
    await page.reload();
    expect(await page.getByRole('alert').filter({ hasText: 'does not let Counterpart keep anything' }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'not saving' }).count()).toBe(1);
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.let-her-finish', 'click');
    await pick(page, 'promise.call-thursday', 'click');
    // Said once: the saves that fail after it are the same news.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('reads the saved profile and resumes when storage is full at page load, and says so with an export at the next save', async () => {
    const session = await openSession(baseUrl);
    const { page, context } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.let-her-finish', 'click');
    await context.addInitScript(refuseWrites);
    await page.reload();
    await skipLines(page);
    expect(await optionsOnScreen(page)).toEqual(['promise.guarantee', 'promise.check-back', 'promise.call-thursday']);
    expect(await page.getByRole('alert').count()).toBe(0);

    await pick(page, 'promise.call-thursday', 'click');
    const notice = page.getByRole('alert').filter({ hasText: 'Your progress is not being saved' });
    await notice.waitFor();
    expect(await notice.getByRole('button', { name: 'Export my data now' }).isVisible()).toBe(true);
    await session.screenshot('progress-4-not-saved');

    // Another tab on this device still finds the profile and the attempt left in the middle.
    const other = await context.newPage();
    await other.goto(baseUrl);
    await other.getByRole('button', { name: 'Choose an encounter' }).click();
    await other.getByRole('heading', { name: 'Who is practising?' }).waitFor();
    expect(await other.getByRole('button', { name: 'Practise as Mei' }).isVisible()).toBe(true);
    expect(await other.getByRole('button', { name: 'Continue “Your first shift”' }).isVisible()).toBe(true);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('says plainly when a save fails in the middle of play, and exports everything played so far', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    await pick(page, 'needs.let-her-finish', 'click');
    await page.evaluate(refuseWrites);
    await pick(page, 'promise.call-thursday', 'click');
    const notice = page.getByRole('alert').filter({ hasText: 'Your progress is not being saved' });
    await notice.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export my data now' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { profile: { name: string }; attempts: { choices: { optionId: string }[] }[] };
    expect(file.profile.name).toBe('Mei');
    expect(file.attempts.map((a) => a.choices.map((c) => c.optionId))).toEqual([['needs.let-her-finish', 'promise.call-thursday']]);
    expect(session.problems).toEqual([]);
    await session.close();
  });

  it('rejects a hostile import file with a clear message, shows its text as plain text, and changes nothing', async () => {
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: 'My progress' }).click();
    const hostile = path.join(tmpdir(), 'hostile-profile.json');
    // Written as text: JSON.stringify would drop a "__proto__" key, and the file must carry one.
    writeFileSync(
      hostile,
      '{"format":"counterpart-profile","version":2,"exportedAt":1,"profile":{"id":"x","name":"<img src=x onerror=alert(1)>","createdAt":1},"attempts":[{"__proto__":{"polluted":true}}]}',
    );
    await page.locator('input[type=file]').setInputFiles(hostile);
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await alert.waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await page.locator('.attempt').count()).toBe(0);
    expect(session.problems).toEqual([]);
    await session.close();
  });
});

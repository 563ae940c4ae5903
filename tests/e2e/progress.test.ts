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

  it('imports another trainee’s file only where asked, names whose it is, refuses a copied attempt, can be undone, and says a rejection next to the button', async () => {
    // Liu plays on her phone and exports her profile.
    const phone = await openSession(baseUrl);
    await toCatalogue(phone.page, 'Liu');
    await phone.page.getByRole('button', { name: 'Play “Your first shift”' }).click();
    for (const option of ['needs.let-her-finish', 'promise.call-thursday', 'keep.call-now']) await pick(phone.page, option, 'key');
    await skipLines(phone.page);
    await phone.page.getByRole('button', { name: 'See your debrief' }).click();
    await phone.page.getByRole('button', { name: 'Back to the catalogue' }).click();
    await phone.page.getByRole('button', { name: 'My progress' }).click();
    const [download] = await Promise.all([phone.page.waitForEvent('download'), phone.page.getByRole('button', { name: 'Export my data' }).click()]);
    const clean = path.join(tmpdir(), 'liu-profile.json');
    writeFileSync(clean, readFileSync((await download.path())!, 'utf8'));
    await phone.close();

    // Mei, signed in on the laptop, imports it.
    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page, 'Mei');
    await page.getByRole('button', { name: 'My progress' }).click();
    expect(await page.getByText('a manager’s trusted results come from the team server, not from a file').isVisible()).toBe(true);
    const importOnce = async (file: string, where: RegExp) => {
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByText('This file holds the progress of “Liu”').waitFor();
      await page.getByLabel(where).check();
    };
    await page.locator('input[type=file]').setInputFiles(clean);
    await page.getByText('This file holds the progress of “Liu”').waitFor();
    expect(await page.locator('.import-where label').allTextContents()).toEqual(['Into my profile, “Mei”', 'Apart, as a new profile called “Liu” (you can delete it later)']);
    await session.screenshot('progress-6-import-where');
    // Nothing is chosen for her.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Choose where the attempts go first.').waitFor();

    await page.getByLabel(/Apart, as a new profile/).check();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 attempt(s) into “Liu”. Switch to that profile to see them.').waitFor();
    expect(await page.locator('.attempt').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await page.getByText('The import was taken back.').waitFor();

    await importOnce(clean, /Into my profile, “Mei”/);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 1 attempt(s) into “Mei”.').waitFor();
    expect(await page.locator('.attempt').count()).toBe(1);

    // The same attempt again under a new id and an earlier date, and one of an encounter this app lacks.
    const file = JSON.parse(readFileSync(clean, 'utf8')) as { attempts: Record<string, unknown>[] };
    const [real] = file.attempts;
    file.attempts.push({ ...real, id: 'copy-1', startedAt: 1_000, updatedAt: 2_000, finishedAt: 2_000 }, { ...real, id: 'other-1', scenarioId: 'nonexistent', seed: 7 });
    const tampered = path.join(tmpdir(), 'liu-tampered.json');
    writeFileSync(tampered, JSON.stringify(file));
    await importOnce(tampered, /Into my profile, “Mei”/);
    const details = page.locator('.import-details');
    await details.getByText('1 attempt(s) are refused: each is a copy of another attempt').waitFor();
    expect(await details.textContent()).toContain('of an encounter this app does not have (“nonexistent”)');
    expect(await details.textContent()).not.toContain('did not match');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A rejected file is answered right by the button that was pressed, on screen, even when the
    // trainee scrolled only as far as the button (it sits at the bottom edge of the window).
    const button = page.locator('button', { hasText: 'Import a profile file' });
    await button.evaluate((b) => b.scrollIntoView({ block: 'end' }));
    const notJson = path.join(tmpdir(), 'not-a-profile.json');
    writeFileSync(notJson, 'hello');
    await page.locator('input[type=file]').setInputFiles(notJson);
    const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
    await alert.waitFor();
    const [at, said] = [(await button.boundingBox())!, (await alert.boundingBox())!];
    expect(said.y - (at.y + at.height)).toBeLessThan(150);
    expect(said.y).toBeGreaterThanOrEqual(0);
    expect(said.y + said.height).toBeLessThanOrEqual(720);
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

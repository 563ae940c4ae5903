import path from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { normaliseAll } from '../../src/core/scoring';
import { DIMENSIONS } from '../../src/core/vocabulary';
import { buildScenario } from '../../tools/ink/scenarios';
import { closeBrowser, closeSessions, openSession, pick, skipLines, toCatalogue } from './browser';

const baseUrl = inject('baseUrl');
afterAll(closeBrowser);
afterEach(closeSessions);

const scenarioFile = (id: string) => path.resolve(import.meta.dirname, '..', '..', 'scenarios', `${id}.ink`);

describe.each(['farmer', 'towel', 'juice'])('the %s encounter, played in Chromium', (id) => {
  it('plays its model path to the debrief and shows the scores the analyzer predicts', async () => {
    const built = buildScenario(id, scenarioFile(id));
    if (!built.ok) throw new Error(`${id} does not build`);
    const { meta, analysis } = built.scenario;
    const expected = normaliseAll(analysis.best.totals, analysis.ranges);

    const session = await openSession(baseUrl);
    const { page } = session;
    await toCatalogue(page);
    await page.getByRole('button', { name: `Play “${meta.title}”` }).click();
    await skipLines(page);
    await session.screenshot(`${id}-desktop-1-first-decision`);
    for (const [i, optionId] of analysis.best.optionIds.entries()) {
      await pick(page, optionId, i % 2 === 0 ? 'key' : 'click');
      if (i === Math.floor(analysis.best.optionIds.length / 2)) {
        await skipLines(page);
        await session.screenshot(`${id}-desktop-2-midway`);
      }
    }
    await skipLines(page);
    await page.getByRole('button', { name: 'See your debrief' }).click();
    await page.getByRole('heading', { name: `Debrief: ${meta.title}` }).waitFor();
    const shown = Object.fromEntries(
      await page.locator('.score-card').evaluateAll((cards) => cards.map((c) => [c.getAttribute('data-dimension'), Number(c.querySelector('.score-value')!.textContent)])),
    );
    expect(shown).toEqual(expected);
    for (const d of DIMENSIONS) expect(shown[d]).toBeGreaterThanOrEqual(90);
    expect(await page.locator('.reveal').textContent()).toContain(meta.reveal!.slice(0, 40));
    expect(await page.locator('.decision').count()).toBe(analysis.best.optionIds.length);
    await session.screenshot(`${id}-desktop-3-debrief`);
    expect(session.problems).toEqual([]);
    await session.close();
    // A whole encounter, built and analysed first: 46–60 s on an idle machine, twice that under load.
  }, 300_000);
});

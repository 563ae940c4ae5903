import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';
import { settle } from './browser';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The impacts that fail a screen: a trainee using a keyboard or a screen reader is blocked or badly hindered. */
const FAILING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Runs axe-core on the page once it has settled and returns its serious and critical findings, one
 * readable line each, plus any finding of the rules named in `alsoRules` whatever its impact.
 */
export async function seriousViolations(page: Page, alsoRules: readonly string[] = []): Promise<string[]> {
  // Colours are judged as the trainee reads them: a line caught halfway through fading in
  // measured 2:1 against the page and failed a screen that is fine a quarter-second later.
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => (v.impact && FAILING.includes(v.impact)) || alsoRules.includes(v.id))
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} — ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}

/** Fails with the list of findings when the page has any serious or critical accessibility violation. */
export async function expectAccessible(page: Page, state: string, alsoRules: readonly string[] = []): Promise<void> {
  const found = await seriousViolations(page, alsoRules);
  if (found.length > 0) throw new Error(`axe found ${found.length} serious or critical problem(s) on ${state}:\n  ${found.join('\n  ')}`);
}

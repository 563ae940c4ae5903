import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileInk } from '../../tools/ink/compile';

export const fixture = (name: string) => path.resolve(import.meta.dirname, '..', 'fixtures', name);
export const readFixture = (name: string) => readFileSync(fixture(name), 'utf8');

/** Compiles a fixture and fails loudly if it does not compile. */
export function compiledFixture(name: string): string {
  const result = compileInk(fixture(name));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.json;
}

/** Writes ink files into a fresh temporary folder and returns the folder. */
export function inkFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'counterpart-ink-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The tiny fixture with one piece of text swapped, for the contract's error cases. */
export function tinyWith(from: string | RegExp, to: string): string {
  const text = readFixture('tiny.ink');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`tiny.ink does not contain ${String(from)}`);
  return changed;
}

/** The 1-based line of the first occurrence of a snippet in a text. */
export const lineOf = (text: string, snippet: string) => text.slice(0, text.indexOf(snippet)).split('\n').length;

const LONG_STORY_LESSONS = ['let-them-finish', 'never-argue', 'ask-before-assuming', 'own-it-until-handed-over'] as const;

/**
 * A story shaped like a published ink game adapted to the contract: one knot per decision, three
 * sticky options each, and counters and flags of its own that keep almost every path a state
 * apart — far more states than the explorer's default bound. 14 lines per decision.
 */
export function longStoryWithItsOwnState(decisions: number): string {
  const out = [
    '# title: A long story',
    '# summary: Many decisions, with counters and flags of its own.',
    '# role: Sales assistant',
    '# setting: shop-floor',
    '# minutes: 30',
    '# customer: shopper',
    '# cast: shopper = Ann, a shopper',
    '# ending: loyal = Ann comes back',
    '# ending: walks-out = Ann walks out',
    '',
    'VAR listening = 0',
    'VAR promise_keeping = 0',
    'VAR ownership = 0',
    'VAR trust = 5',
    'VAR patience = 6',
    'VAR visits = 0',
    'VAR coffee = false',
    'VAR stories_told = 0',
    '',
    'The doors slide open. # speaker: shopper',
    '-> d1',
    '',
  ];
  for (let d = 1; d <= decisions; d++) {
    const next = d < decisions ? `d${d + 1}` : 'finish';
    const lesson = (k: number) => LONG_STORY_LESSONS[(d + k) % LONG_STORY_LESSONS.length];
    out.push(
      `=== d${d} ===`,
      '{ stories_told >= 6: -> walks_out }',
      `{ coffee: She sips the coffee you brought. | She looks at the shelf. } ({visits} visits, {stories_told} stories)`,
      `About item ${d}, I was told something different. # speaker: shopper`,
      `+ [Let her finish (${d}) #id: d${d}.listen #coach: Listening first. #lesson: ${lesson(0)}]`,
      '    ~ listening += 1',
      '    ~ visits += 1',
      `+ [Bring her a coffee (${d}) #id: d${d}.coffee #coach: Kind, but not the point. #lesson: ${lesson(1)}]`,
      '    ~ ownership += 1',
      '    ~ coffee = not coffee',
      `+ [Tell her a story (${d}) #id: d${d}.story #coach: A story about yourself. #lesson: ${lesson(2)}]`,
      '    ~ promise_keeping -= 1',
      '    ~ stories_told += 1',
      `- -> ${next}`,
    );
  }
  out.push('=== finish ===', 'Ann smiles. # speaker: shopper', '# outcome: loyal', '-> END', '', '=== walks_out ===', 'Ann walks out. # speaker: shopper', '# outcome: walks-out', '-> END', '');
  return out.join('\n');
}

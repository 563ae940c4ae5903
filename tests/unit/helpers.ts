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

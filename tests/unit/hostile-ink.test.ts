import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BeatInterruptedError, Encounter } from '../../src/core/encounter';
import { exploreStory } from '../../src/core/explore';
import { StoryRuntimeError } from '../../src/core/ports';
import { openInkStory, sequentialInkOpener, SILENT_LOOP, TEXT_LOOP } from '../../src/narrative/ink-story';
import { analyzeScenario } from '../../tools/analyze';
import { compileInk, NOT_UTF8 } from '../../tools/ink/compile';
import { buildScenario, parseExploreBound } from '../../tools/ink/scenarios';
import { inkFolder, lineOf, longStoryWithItsOwnState, readFixture, tinyWith } from './helpers';

/** Each case must answer within seconds; a hang fails here instead of stalling the suite. */
const QUICK = 20_000;

/** Builds one scenario from files (the first is the main file) and returns its errors as "file:line: message". */
function errorsOf(files: Record<string, string | Buffer>): string[] {
  const dir = inkFolder({});
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const result = buildScenario('story', path.join(dir, Object.keys(files)[0]!));
  return result.ok ? [] : result.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`);
}

function compiled(text: string): string {
  const dir = inkFolder({ 'story.ink': text });
  const result = compileInk(path.join(dir, 'story.ink'));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.json;
}

/** The tiny fixture, ending in a knot that diverts to itself forever without a word. */
const silentLoop = tinyWith(/-> END\n$/, '-> spin\n\n== spin ==\n-> spin\n');
const spinLine = lineOf(silentLoop, '== spin ==') + 1;

describe('a trainer\'s own ink', () => {
  it('stops a story that loops without text or choice, naming its file and line', { timeout: QUICK }, () => {
    expect(errorsOf({ 'story.ink': silentLoop })[0]).toMatch(new RegExp(`^story\\.ink:${spinLine}: ${SILENT_LOOP} \\(after choosing ask\\.(listen|point) → hold\\.(promise|manager)\\)$`));
  });

  it('stops the loop in the analyzer too, and at run time with a clear error instead of a frozen tab', { timeout: QUICK }, () => {
    const dir = inkFolder({ 'story.ink': silentLoop });
    expect(analyzeScenario('story', path.join(dir, 'story.ink'), 20).errors[0]).toMatch(new RegExp(`story\\.ink:${spinLine}: \\(knot spin\\) ${SILENT_LOOP}`));
    const encounter = Encounter.start({ open: openInkStory, compiled: compiled(silentLoop), seed: 1 });
    encounter.choose('ask.listen');
    expect(() => encounter.choose('hold.promise')).toThrow(SILENT_LOOP);
  });

  it('stops a silent loop just as quickly on a story reused for thousands of walks', { timeout: QUICK }, () => {
    const open = sequentialInkOpener();
    const json = compiled(silentLoop);
    for (let i = 0; i < 5000; i++) open(json, 1);
    const encounter = Encounter.start({ open, compiled: json, seed: 1 });
    encounter.choose('ask.point');
    expect(() => encounter.choose('hold.manager')).toThrow(SILENT_LOOP);
  });

  it('shows the lines before a silent loop, then stops', { timeout: QUICK }, () => {
    const text = tinyWith(/-> END\n$/, 'One last word. # speaker: shopper\n-> spin\n\n== spin ==\n-> spin\n');
    const encounter = Encounter.start({ open: openInkStory, compiled: compiled(text), seed: 1 });
    encounter.choose('ask.listen');
    const error = (() => {
      try {
        encounter.choose('hold.promise');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BeatInterruptedError);
    expect((error as BeatInterruptedError).message).toBe(SILENT_LOOP);
    expect((error as BeatInterruptedError).lines.map((l) => l.text).filter(Boolean)).toEqual(['Ann smiles.', 'One last word.']);
  });

  it('stops a story that shows the same lines over and over without a choice, naming the divert that loops', { timeout: QUICK }, () => {
    const text = tinyWith(/-> END\n$/, '-> again\n\n== again ==\nAnn waits. # speaker: shopper\n-> again\n');
    expect(errorsOf({ 'story.ink': text })[0]).toMatch(new RegExp(`^story\\.ink:${lineOf(text, '== again ==') + 2}: ${TEXT_LOOP}`));
  });

  it('reads a long passage before the first choice whole: a long passage is not a loop', { timeout: QUICK }, () => {
    const passage = Array.from({ length: 5000 }, (_, i) => `Ann tells you about her kettle, part ${i + 1}.`).join('\n');
    const text = tinyWith('I need a kettle. # speaker: shopper', `${passage}\nI need a kettle. # speaker: shopper`);
    expect(errorsOf({ 'story.ink': text })).toEqual([]);
    const encounter = Encounter.start({ open: openInkStory, compiled: compiled(text), seed: 1 });
    expect(encounter.beat.lines).toHaveLength(5002);
    expect(encounter.beat.decision?.id).toBe('ask');
  });

  it('keeps the text that comes back together with a runtime error, then reports the error at its line', { timeout: QUICK }, () => {
    const text = tinyWith('Ann smiles. # speaker: shopper # expression: pleased', 'Ann smiles. # speaker: shopper # expression: pleased\n    Your ticket is number {RANDOM(5, 1)}.');
    expect(errorsOf({ 'story.ink': text })).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(text, 'Your ticket')}: RUNTIME ERROR.*RANDOM was called with minimum as 5`)));
    const port = openInkStory(compiled('Your ticket is number {RANDOM(5, 1)}.\n-> END\n'), 1);
    expect(port.next().text.trim()).toBe('Your ticket is number');
    expect(port.canContinue).toBe(true);
    expect(() => port.next()).toThrow(StoryRuntimeError);
  });

  it('refuses a Latin-1 file at its first line that is not UTF-8, and says nothing else', { timeout: QUICK }, () => {
    const text = tinyWith('I need a kettle.', 'I need a kettle for my café.');
    expect(errorsOf({ 'story.ink': Buffer.from(text, 'latin1') })).toEqual([`story.ink:${lineOf(text, 'café')}: ${NOT_UTF8}`]);
  });

  it('refuses a UTF-16 file, with or without a byte-order mark', { timeout: QUICK }, () => {
    const tiny = readFixture('tiny.ink');
    expect(errorsOf({ 'story.ink': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tiny, 'utf16le')]) })).toEqual([`story.ink:1: ${NOT_UTF8}`]);
    expect(errorsOf({ 'story.ink': Buffer.from(tiny, 'utf16le') })).toEqual([`story.ink:1: ${NOT_UTF8}`]);
  });

  it('accepts UTF-8 with a byte-order mark, as some editors save it', { timeout: QUICK }, () => {
    expect(errorsOf({ 'story.ink': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readFixture('tiny.ink'))]) })).toEqual([]);
  });

  it('names an included file that is not UTF-8', { timeout: QUICK }, () => {
    const main = tinyWith('VAR patience = 5', 'VAR patience = 5\nINCLUDE extra.ink');
    expect(errorsOf({ 'story.ink': main, 'extra.ink': Buffer.from('=== extra ===\nUn café.\n-> END\n', 'latin1') })).toEqual([`extra.ink:2: ${NOT_UTF8}`]);
  });

  it('reports ink\'s own errors first and alone, before any contract check', { timeout: QUICK }, () => {
    const text = tinyWith('Ann thinks it over.', 'Ann {thinks it over.').replace('# expression: annoyed', '# expression: grumpy');
    const errors = errorsOf({ 'story.ink': text });
    expect(errors[0]).toMatch(new RegExp(`^story\\.ink:${lineOf(text, 'Ann {thinks')}: `));
    expect(errors.join('\n')).not.toContain('grumpy');
  });

  it('explores a story 2,600 decisions deep without overflowing the stack', { timeout: 45_000 }, () => {
    const decisions = 2600;
    // One knot met 2,600 times in a row keeps ink's saved state small; the explorer still goes 2,600 decisions deep.
    const text = [
      'VAR listening = 0', 'VAR promise_keeping = 0', 'VAR ownership = 0', 'VAR trust = 5', 'VAR patience = 5', 'VAR asked = 0', '-> ask',
      '=== ask ===', `{ asked >= ${decisions}: -> finish }`, '~ asked += 1',
      '+ [Listen #id: ask.listen #coach: Good.]', '    ~ listening += 1',
      '+ [Own it #id: ask.own #coach: Also good.]', '    ~ ownership += 1', '    ~ promise_keeping += 1',
      '- -> ask',
      '=== finish ===', '# outcome: done', '-> END',
    ].join('\n');
    const analysis = exploreStory({ open: openInkStory, compiled: compiled(text), seed: 1, endings: ['done'], maxStates: 3 * decisions });
    expect(analysis.problems).toEqual([]);
    expect(analysis.complete).toBe(true);
    expect(analysis.ranges).toEqual({ listening: { min: 0, max: decisions }, promise_keeping: { min: 0, max: decisions }, ownership: { min: 0, max: decisions } });
    expect(analysis.best.optionIds).toHaveLength(decisions);
    expect(analysis.endings.done!.example).toHaveLength(decisions);
  });

  it('builds a 1,700-line story of 125 decisions with counters and flags of its own in under 30 s, estimating past the bound with a warning', { timeout: 60_000 }, () => {
    const text = longStoryWithItsOwnState(125);
    expect(text.split('\n').length).toBeGreaterThanOrEqual(1700);
    const dir = inkFolder({ 'long.ink': text });
    const started = performance.now();
    const result = buildScenario('long', path.join(dir, 'long.ink'));
    const seconds = (performance.now() - started) / 1000;
    expect(result.ok, result.ok ? '' : result.errors.map((e) => `${e.line}: ${e.message}`).join('\n')).toBe(true);
    if (!result.ok) return;
    expect(seconds).toBeLessThan(30);
    expect(result.scenario.analysis.complete).toBe(false);
    expect(result.scenario.warnings).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringMatching(/^exploration stopped at its bound of 3000 distinct story states/) }));
    // Every decision's best option for listening and for ownership is one walk each.
    expect(result.scenario.meta.scoreRanges.listening.max).toBe(125);
    expect(result.scenario.meta.scoreRanges.ownership.max).toBe(125);
    expect(result.scenario.meta.scoreRanges.promise_keeping.min).toBeLessThan(0);
  });

  it('lets a story raise or lower its own bound with "# explore:", and the command line override it', { timeout: QUICK }, () => {
    const text = tinyWith('# reveal:', '# explore: 2\n# reveal:');
    const dir = inkFolder({ 'story.ink': text });
    const file = path.join(dir, 'story.ink');
    const bounded = buildScenario('story', file);
    expect(bounded.ok && bounded.scenario.warnings).toEqual([expect.objectContaining({ line: lineOf(text, '# explore: 2'), message: expect.stringContaining('bound of 2 distinct story states') })]);
    const overridden = buildScenario('story', file, { maxStates: 100 });
    expect(overridden.ok && overridden.scenario.analysis.complete).toBe(true);
    const report = analyzeScenario('story', file, 20);
    expect(report).toMatchObject({ ok: true, complete: false, warnings: [expect.stringContaining(`story.ink:${lineOf(text, '# explore: 2')}: exploration stopped at its bound`)] });
    expect(() => parseExploreBound('lots', '--explore')).toThrow('--explore must be a whole number of story states from 1 to 2000000, got "lots"');
    expect(errorsOf({ 'story.ink': tinyWith('# reveal:', '# explore: many\n# reveal:') })).toContainEqual(expect.stringContaining('explore must be a whole number from 1 to 2000000, got "many"'));
  });
});

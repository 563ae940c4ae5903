import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario, formatMessage } from '../../tools/ink/scenarios';
import { fixture, inkFolder, lineOf, readFixture, tinyWith } from './helpers';

/** Builds one scenario from ink text and returns its errors as "file:line: message". */
function errorsOf(text: string, name = 'story.ink'): string[] {
  const dir = inkFolder({ [name]: text });
  const result = buildScenario('story', path.join(dir, name));
  return result.ok ? [] : result.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`);
}

describe('the scenario contract', () => {
  it('accepts the tiny fixture and reads its catalogue metadata', () => {
    const result = buildScenario('tiny', fixture('tiny.ink'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.meta).toMatchObject({
      id: 'tiny',
      title: 'Tiny',
      role: 'Tester',
      setting: 'shop-floor',
      minutes: 1,
      customer: 'shopper',
      cast: { shopper: 'Ann, a shopper', manager: 'Mr. Bo, the manager' },
      endings: [{ id: 'happy', title: 'Ann is happy' }, { id: 'sad', title: 'Ann is sad' }],
      reveal: "In the real story, Ann was the owner's aunt.",
      scoreRanges: { listening: { min: -1, max: 2 }, promise_keeping: { min: 0, max: 1 }, ownership: { min: -1, max: 1 } },
    });
    expect(result.scenario.meta.storyHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('resolves INCLUDE relative to the main file, as Inky does', () => {
    const result = buildScenario('folder-story', fixture('folder-story/main.ink'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario.files.map((f) => path.basename(f))).toEqual(['main.ink', 'scores.ink']);
  });

  it('reports an ink syntax error with its file and line', () => {
    const text = tinyWith('Ann thinks it over.', 'Ann {thinks it over.');
    expect(errorsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(text, 'Ann {thinks')}: `)));
  });

  it('reports an ink error inside an included file with that file\'s name and line', () => {
    const dir = inkFolder({
      'main.ink': '# title: T\nINCLUDE more.ink\nHi.\n-> END\n',
      'more.ink': '=== knot ===\nText {broken\n-> END\n',
    });
    const result = buildScenario('main', path.join(dir, 'main.ink'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining({ file: path.join(dir, 'more.ink'), line: 2 }));
  });

  it('rejects an unknown tag', () => {
    const text = tinyWith('# speaker: you # sfx: till-beep', '# speaker: you # volume: 11');
    expect(errorsOf(text)).toContainEqual(`story.ink:${lineOf(text, '# volume')}: unknown tag "volume" (known: title, summary, role, setting, minutes, customer, cast, ending, order, reveal, explore, speaker, actor, expression, sfx, outcome, prompt, id, coach, lesson)`);
  });

  it('rejects a malformed tag value', () => {
    const text = tinyWith('# expression: doubtful', '# expression: grumpy');
    expect(errorsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(text, 'grumpy')}: expression "grumpy" is not one of: neutral, pleased`)));
    expect(errorsOf(tinyWith('# minutes: 1', '# minutes: soon'))).toContainEqual('story.ink:5: minutes must be a whole number from 1 to 60, got "soon"');
    expect(errorsOf(tinyWith('#id: ask.listen', '#id: Ask Listen'))).toContainEqual(expect.stringContaining('id "Ask Listen" must look like "decision.option"'));
  });

  it('rejects a choice tag written after the closing bracket, where ink would move it to the next line', () => {
    const text = tinyWith('* [Let her finish #id: ask.listen #coach: She had more to say. #lesson: let-them-finish]', '* [Let her finish #id: ask.listen #coach: She had more to say.] #lesson: let-them-finish');
    expect(errorsOf(text)).toContainEqual(
      `story.ink:${lineOf(text, 'Let her finish')}: tag "#lesson: let-them-finish" is after the closing bracket, where ink gives it to the next line instead; move it inside the [brackets]`,
    );
  });

  it('rejects a duplicate option id and names the first place it is used', () => {
    const text = tinyWith('#id: hold.manager', '#id: hold.promise');
    expect(errorsOf(text)).toContainEqual(`story.ink:${lineOf(text, 'Ask the manager')}: option id "hold.promise" is already used at story.ink line ${lineOf(text, 'Promise to call')}`);
  });

  it('rejects a decision id used at two different places in the story', () => {
    const text = tinyWith(/#id: hold\.(promise|manager)/g, '#id: ask.$1');
    expect(errorsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(text, 'Promise to call')}: decision id "ask" is already used by the choices at story\\.ink line ${lineOf(text, 'Let her finish')}`)));
  });

  it('rejects choices offered together under different decision ids', () => {
    const text = tinyWith('#id: hold.manager', '#id: other.manager');
    expect(errorsOf(text)).toContainEqual(expect.stringContaining('this choice\'s decision "other" differs from "hold"'));
  });

  it('requires an id and coaching on every choice', () => {
    const text = tinyWith(' #id: ask.listen #coach: She had more to say.', '');
    const line = lineOf(text, 'Let her finish');
    expect(errorsOf(text)).toEqual(expect.arrayContaining([
      `story.ink:${line}: this choice needs coaching: add "#coach: …" inside the [brackets]`,
      `story.ink:${line}: this choice needs a stable id: add "#id: decision.option" inside the [brackets]`,
    ]));
  });

  it('only lets scores change in the lines right under a choice', () => {
    const text = tinyWith('Can you hold one for me? # speaker: shopper', 'Can you hold one for me? # speaker: shopper\n~ ownership += 1');
    expect(errorsOf(text)).toContainEqual(`story.ink:${lineOf(text, '~ ownership += 1')}: change ownership only in the lines right under a choice (the score belongs to that choice)`);
  });

  it('forbids branching on a score', () => {
    const text = tinyWith('{ trust >= 7:', '{ listening >= 2:');
    expect(errorsOf(text)).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(text, 'listening >= 2')}: the story may only change scores`)));
  });

  it('requires the three score variables at 0 and the customer\'s state', () => {
    expect(errorsOf(tinyWith('VAR patience = 5\n', ''))).toContainEqual('story.ink:1: declare "VAR patience = 5" (every scenario has the three scores and the customer\'s trust and patience)');
    const text = tinyWith('VAR listening = 0', 'VAR listening = 3');
    expect(errorsOf(text)).toContainEqual(`story.ink:${lineOf(text, 'VAR listening')}: VAR listening must start at 0: scores count what the trainee's choices add`);
  });

  it('requires the catalogue metadata', () => {
    expect(errorsOf(tinyWith('# role: Tester\n', ''))).toContainEqual('story.ink:1: missing global tag "role" (example: "# role: New sales assistant")');
  });

  it('checks speakers against the cast and outcomes against the declared endings', () => {
    const speaker = tinyWith('Ask me later. # speaker: manager', 'Ask me later. # speaker: farmer');
    expect(errorsOf(speaker)).toContainEqual(expect.stringMatching(new RegExp(`^story\\.ink:${lineOf(speaker, 'Ask me later')}: speaker "farmer" is not in the cast`)));
    const outcome = tinyWith('# outcome: sad', '# outcome: gloomy');
    expect(errorsOf(outcome)).toContainEqual(`story.ink:${lineOf(outcome, 'gloomy')}: outcome "gloomy" is not declared; add "# ending: gloomy = Title" at the top`);
  });

  it('needs a speaker or an actor on the line whose expression changes', () => {
    const text = tinyWith('Ann thinks it over. # actor: shopper # expression: neutral', 'Ann thinks it over. # expression: neutral');
    expect(errorsOf(text)).toContainEqual(`story.ink:${lineOf(text, 'Ann thinks it over')}: an "# expression:" needs a "# speaker:" or "# actor:" on the same line, to say whose face changes`);
  });

  it('keeps spoken lines and narrated actions apart, and checks actors against the cast', () => {
    const both = tinyWith('# actor: shopper', '# actor: shopper # speaker: shopper');
    expect(errorsOf(both)).toContainEqual(`story.ink:${lineOf(both, 'Ann thinks it over')}: a line is either spoken ("# speaker:") or narrates what someone does ("# actor:"), not both`);
    const stranger = tinyWith('# actor: shopper', '# actor: farmer');
    expect(errorsOf(stranger)).toContainEqual(`story.ink:${lineOf(stranger, 'Ann thinks it over')}: actor "farmer" is not in the cast; add "# cast: farmer = Name" at the top`);
  });

  it('finds a declared ending that no path reaches', () => {
    const text = tinyWith('# ending: sad = Ann is sad', '# ending: sad = Ann is sad\n# ending: lost = Nobody gets here');
    expect(errorsOf(text)).toContainEqual('story.ink:1: no path reaches the ending "lost"');
  });

  it('finds a dead end: a path that stops without an outcome', () => {
    const text = tinyWith('    # outcome: sad\n', '');
    expect(errorsOf(text)).toContainEqual(expect.stringMatching(/^story\.ink:\d+: the story stops without an "# outcome:" line: a dead end \(after choosing ask\.(listen|point) → hold\.(promise|manager)\)$/));
  });

  it('does not mistake a conditional\'s "- else:" inside a choice for a gather', () => {
    const text = tinyWith('    Tell me more. # speaker: you', '    { patience > 4:\n        Tell me more. # speaker: you\n    - else:\n        Go on. # speaker: you\n    }');
    expect(errorsOf(text)).toEqual([]);
  });

  it('names the knot of a problem found while exploring', () => {
    const dir = inkFolder({
      'main.ink': readFixture('folder-story/main.ink'),
      'parts/scores.ink': readFixture('folder-story/parts/scores.ink').replace('# outcome: done\n', ''),
    });
    const result = buildScenario('folder', path.join(dir, 'main.ink'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatMessage(result.errors[0]!, dir)).toMatch(/^parts\/scores\.ink:\d+: \(knot parts_knot\) the story stops without an "# outcome:" line/);
  });

  it('refuses a scenario file name that is not a valid id', () => {
    const dir = inkFolder({ 'My Story.ink': readFixture('tiny.ink') });
    const result = buildScenario('My Story', path.join(dir, 'My Story.ink'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toBe('scenario name "My Story" must be lower-case words joined by hyphens');
  });
});

import { describe, expect, it } from 'vitest';
import { Encounter, ReplayMismatchError } from '../../src/core/encounter';
import { StoryRuntimeError } from '../../src/core/ports';
import { openInkStory } from '../../src/narrative/ink-story';
import { compiledFixture } from './helpers';

const tiny = compiledFixture('tiny.ink');
const start = (seed = 1) => Encounter.start({ open: openInkStory, compiled: tiny, seed });

describe('the encounter runner', () => {
  it('reads each line with its speaker, expression, text and sound cues', () => {
    const encounter = start();
    const [greeting, request] = encounter.beat.lines;
    expect(greeting).toMatchObject({ speaker: 'shopper', expression: 'doubtful', expressionChanged: true });
    expect(greeting!.text).toMatch(/^(Hello|Good morning) there\.$/);
    expect(request).toMatchObject({ speaker: 'shopper', expression: 'doubtful', expressionChanged: false, text: 'I need a kettle.', sfx: [] });
  });

  it('does not hand the story\'s global tags to the first line', () => {
    expect(() => start()).not.toThrow();
    expect(start().beat.lines[0]!.outcome).toBeNull();
  });

  it('offers choices with their stable ids, coaching and lesson', () => {
    expect(start().beat.decision).toEqual({
      id: 'ask',
      options: [
        { id: 'ask.listen', index: 0, text: 'Let her finish', coach: 'She had more to say.', lesson: 'let-them-finish' },
        { id: 'ask.point', index: 1, text: 'Point at aisle four', coach: 'Pointing is not serving.', lesson: 'ask-before-assuming' },
      ],
    });
  });

  it('records each choice by id with the score changes it made', () => {
    const encounter = start();
    const beat = encounter.choose('ask.point');
    expect(encounter.log).toEqual([
      expect.objectContaining({ decisionId: 'ask', optionId: 'ask.point', deltas: { listening: -1, promise_keeping: 0, ownership: 0 } }),
    ]);
    expect(beat.lines[0]).toMatchObject({ speaker: 'you', text: 'Aisle four.', sfx: ['till-beep'] });
    expect(encounter.dimensions).toEqual({ listening: -1, promise_keeping: 0, ownership: 0 });
    expect(encounter.customer).toEqual({ trust: 3, patience: 5 });
  });

  it('keeps a speaker\'s expression until a line changes it, and says when it changed', () => {
    const encounter = start();
    encounter.choose('ask.listen');
    const thinks = encounter.beat.lines.find((l) => l.text === 'Ann thinks it over.');
    expect(thinks).toMatchObject({ speaker: null, actor: 'shopper', expression: 'neutral', expressionChanged: true });
    expect(encounter.expressionOf('shopper')).toBe('neutral');
  });

  it('reaches an ending and names its outcome', () => {
    const encounter = start();
    encounter.choose('ask.listen');
    encounter.choose('hold.promise');
    expect(encounter.ended).toBe(true);
    expect(encounter.outcome).toBe('happy');
    expect(encounter.beat.decision).toBeNull();
  });

  it('refuses an option that is not on screen', () => {
    expect(() => start().choose('hold.promise')).toThrow(/not one of the options on screen/);
  });

  it('replays the same seed and choice log to the same state, line for line', () => {
    for (const seed of [1, 2, 3, 99, 12345]) {
      const first = start(seed);
      first.choose('ask.listen');
      const again = Encounter.replay({ open: openInkStory, compiled: tiny, seed, optionIds: ['ask.listen'] });
      expect(again.snapshot().storyState).toBe(first.snapshot().storyState);
      expect(again.beat).toEqual(first.beat);
    }
  });

  it('varies wording with the seed', () => {
    const greetings = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => start(seed).beat.lines[0]!.text));
    expect(greetings.size).toBe(2);
  });

  it('stops a replay whose log no longer fits the story, naming the step and what is offered', () => {
    const replay = () => Encounter.replay({ open: openInkStory, compiled: tiny, seed: 1, optionIds: ['ask.listen', 'hold.renamed'] });
    expect(replay).toThrow(ReplayMismatchError);
    expect(replay).toThrow('choice 2 ("hold.renamed") is not offered here; the story now offers "hold.promise", "hold.manager"');
  });

  it('stops a replay that goes past the end of the story', () => {
    const replay = () => Encounter.replay({ open: openInkStory, compiled: tiny, seed: 1, optionIds: ['ask.listen', 'hold.promise', 'ask.listen'] });
    expect(replay).toThrow(/comes after the story has ended/);
  });

  it('returns to a snapshot exactly, forgetting later choices', () => {
    const encounter = start();
    const before = encounter.snapshot();
    encounter.choose('ask.point');
    encounter.restore(before);
    expect(encounter.log).toHaveLength(0);
    expect(encounter.dimensions.listening).toBe(0);
    expect(encounter.beat.decision?.id).toBe('ask');
  });

  it('turns a story that fails while running into a StoryRuntimeError', () => {
    const broken = compiledFixture('runtime-error.ink');
    expect(() => Encounter.start({ open: openInkStory, compiled: broken, seed: 1 })).toThrow(StoryRuntimeError);
  });
});

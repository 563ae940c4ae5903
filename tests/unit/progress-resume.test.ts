import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/core/encounter';
import {
  IDLE_CAP_MS,
  abandonAttempt,
  migrate,
  newAttempt,
  recordEncounter,
  resumeAttempt,
  rewindAttempt,
  scoresOf,
  transcriptOf,
  type Attempt,
  type StoryVersion,
} from '../../src/core/progress';
import { openInkStory } from '../../src/narrative/ink-story';
import { START, tiny, tinyRenamed, tinyReworded } from '../fixtures/progress/stories';

const open = openInkStory;

/** Plays the tiny story, recording after each choice as the UI does, a minute apart. */
function played(optionIds: string[], story: StoryVersion = tiny(), seed = 5): { attempt: Attempt; encounter: Encounter } {
  const encounter = Encounter.start({ open, compiled: story.compiled, seed });
  let attempt = newAttempt({ id: 'a-1', meta: story.meta, seed, now: START });
  optionIds.forEach((id, i) => {
    encounter.choose(id);
    attempt = recordEncounter(attempt, encounter, START + (i + 1) * 60_000);
  });
  return { attempt, encounter };
}

const resume = (attempt: Attempt, story: StoryVersion = tiny(), now = START + 3_600_000) => resumeAttempt({ attempt, open, story, now });

describe('resuming an attempt', () => {
  it('stands on the same lines and the same choices as when the trainee left', () => {
    const { attempt, encounter } = played(['ask.point']);
    const resumed = resume(attempt);
    if (!resumed.ok) throw new Error(resumed.message);
    expect(resumed.encounter.beat).toEqual(encounter.beat);
    expect(resumed.encounter.log).toEqual(encounter.log);
    expect(resumed.encounter.dimensions).toEqual(encounter.dimensions);
    expect(resumed).toMatchObject({ changed: false, attempt });
  });

  it('uses the seed the attempt was played with, so randomised wording comes back the same', () => {
    const openings = new Set<string>();
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { attempt, encounter } = played([], tiny(), seed);
      const resumed = resume(attempt);
      expect(resumed.ok && resumed.encounter.beat).toEqual(encounter.beat);
      openings.add(encounter.beat.lines[0]!.text);
    }
    expect(openings.size).toBe(2);
  });

  it('replays through a changed story where every choice still fits, and marks the attempt', () => {
    const { attempt } = played(['ask.listen']);
    const resumed = resume(attempt, tinyReworded());
    if (!resumed.ok) throw new Error(resumed.message);
    const inNewStory = Encounter.replay({ open, compiled: tinyReworded().compiled, seed: attempt.seed, optionIds: ['ask.listen'] });
    expect(resumed.encounter.beat).toEqual(inNewStory.beat);
    expect(resumed.encounter.beat.decision?.id).toBe('hold');
    expect(resumed.changed).toBe(true);
    expect(resumed.attempt).toMatchObject({ storyHash: tinyReworded().meta.storyHash, flags: { storyChanged: true }, choices: attempt.choices, status: 'in-progress' });
    expect(resumed.attempt.updatedAt).toBeGreaterThan(attempt.updatedAt);
  });

  it('says plainly when the story changed so much that the choices no longer fit, and keeps the attempt', () => {
    const { attempt } = played(['ask.listen', 'hold.promise']);
    const unfinished = { ...attempt, status: 'in-progress' as const, finishedAt: null };
    const resumed = resume(unfinished, tinyRenamed());
    expect(resumed).toMatchObject({
      ok: false,
      reason: 'story-changed',
      message: 'This encounter has been updated since you started this attempt, and your choice 2 is no longer offered, so it cannot continue. The attempt stays in your history; start the encounter again to play the new version.',
      attempt: { id: attempt.id, status: 'abandoned', storyHash: attempt.storyHash, choices: attempt.choices, totals: attempt.totals, flags: { storyChanged: true } },
    });
  });

  it('leaves an attempt as it was when the story fails while replaying, so it can be tried again later', () => {
    const { attempt } = played(['ask.listen']);
    const broken: StoryVersion = { meta: tiny().meta, compiled: '{"inkVersion": 21, "root": 5}' };
    expect(resume(attempt, broken)).toMatchObject({ ok: false, reason: 'story-failed', attempt });
  });

  it('repairs and flags scores that do not match a replay of the choices (a hand-edited save)', () => {
    const { attempt } = played(['ask.point']);
    const edited = { ...attempt, totals: { listening: 2, promise_keeping: 1, ownership: 1 } };
    const resumed = resume(edited);
    if (!resumed.ok) throw new Error(resumed.message);
    expect(resumed.attempt.totals).toEqual(attempt.totals);
    expect(resumed.attempt.flags).toEqual({ scoresMismatch: true });
    expect(resumed.changed).toBe(true);
  });

  it('fills in the score changes per choice that version 1 did not keep, without calling it a mismatch', () => {
    const { attempt } = played(['ask.listen']);
    const { choices: _choices, totals, scoreRanges, storyHash, seed, scenarioId, startedAt } = attempt;
    const v1 = { version: 1, name: 'Liu', attempts: [{ scenarioId, storyHash, seed, optionIds: ['ask.listen'], totals, scoreRanges, startedAt, finishedAt: null }] };
    const result = migrate(v1);
    if (!result.ok) throw new Error(result.message);
    const resumed = resume(result.record.attempts[0]!);
    if (!resumed.ok) throw new Error(resumed.message);
    expect(resumed.attempt.choices).toEqual(attempt.choices);
    expect(resumed.attempt.flags).toEqual({});
    expect(resumed.changed).toBe(true);
  });

  it('refuses a story of another scenario', () => {
    const { attempt } = played([]);
    expect(() => resume(attempt, { ...tiny(), meta: { ...tiny().meta, id: 'towel' } })).toThrow(/is for "tiny", not "towel"/);
  });
});

describe('recording an attempt', () => {
  it('counts playing time but not a long pause, such as a tab closed overnight', () => {
    const { attempt, encounter } = played(['ask.listen']);
    expect(attempt.activeMs).toBe(60_000);
    encounter.choose('hold.promise');
    const next = recordEncounter(attempt, encounter, attempt.updatedAt + 12 * 3_600_000);
    expect(next.activeMs).toBe(60_000 + IDLE_CAP_MS);
  });

  it('always moves the update time forward, so a tab\'s later save wins over its earlier one', () => {
    const { attempt, encounter } = played(['ask.listen']);
    encounter.choose('hold.promise');
    expect(recordEncounter(attempt, encounter, attempt.updatedAt - 5_000).updatedAt).toBe(attempt.updatedAt + 1);
  });

  it('marks an attempt left behind as abandoned, and leaves a finished one alone', () => {
    const open1 = played(['ask.listen']).attempt;
    expect(abandonAttempt(open1, START + 1e6)).toMatchObject({ status: 'abandoned', updatedAt: START + 1e6 });
    const done = played(['ask.listen', 'hold.promise']).attempt;
    expect(abandonAttempt(done, START + 1e6)).toBe(done);
  });

  it('scores on 0–100 against the ranges saved with the attempt', () => {
    const { attempt } = played(['ask.listen', 'hold.promise']);
    expect(scoresOf(attempt)).toEqual({ listening: 100, promise_keeping: 100, ownership: 100 });
    expect(scoresOf(played(['ask.point', 'hold.manager']).attempt)).toEqual({ listening: 0, promise_keeping: 0, ownership: 0 });
  });
});

describe('rewinding to a decision', () => {
  const rewind = (source: Attempt, step: number, story: StoryVersion = tiny()) => rewindAttempt({ source, step, id: 'r-1', now: START + 7_200_000, open, story });

  it('starts a new practice attempt at that decision, with the same lines and options as then', () => {
    const { attempt: source } = played(['ask.point', 'hold.manager']);
    const atSecond = Encounter.replay({ open, compiled: tiny().compiled, seed: source.seed, optionIds: ['ask.point'] });
    const rewound = rewind(source, 1);
    if (!rewound.ok) throw new Error(rewound.message);
    expect(rewound.encounter.beat).toEqual(atSecond.beat);
    expect(rewound.attempt).toMatchObject({
      id: 'r-1',
      seed: source.seed,
      choices: [source.choices[0]],
      totals: { listening: -1, promise_keeping: 0, ownership: 0 },
      status: 'in-progress',
      origin: { kind: 'rewind-of', attemptId: source.id, step: 1 },
      startedAt: START + 7_200_000,
      finishedAt: null,
    });
    expect(rewound.changed).toBe(true);
  });

  it('lets the trainee try the other option there, and never touches the original', () => {
    const { attempt: source } = played(['ask.point', 'hold.manager']);
    const copy = structuredClone(source);
    const rewound = rewind(source, 0);
    if (!rewound.ok) throw new Error(rewound.message);
    rewound.encounter.choose('ask.listen');
    rewound.encounter.choose('hold.promise');
    const tried = recordEncounter(rewound.attempt, rewound.encounter, START + 7_300_000);
    expect(tried).toMatchObject({ status: 'finished', outcome: 'happy', id: 'r-1' });
    expect(source).toEqual(copy);
  });

  it('refuses a decision the attempt never reached', () => {
    const { attempt } = played(['ask.point']);
    expect(() => rewind(attempt, 1)).toThrow(RangeError);
    expect(() => rewind(attempt, -1)).toThrow(RangeError);
  });

  it('says plainly when the story has changed too much to rewind', () => {
    const { attempt } = played(['ask.listen', 'hold.promise']);
    expect(rewind(attempt, 1, tinyRenamed()).ok).toBe(true);
    expect(rewind({ ...attempt, choices: [...attempt.choices, { optionId: 'extra.step', deltas: null }] }, 2, tinyRenamed())).toMatchObject({
      ok: false,
      reason: 'story-changed',
      message: 'This encounter has been updated since that attempt, so it cannot be rewound. Start the encounter again to play the new version.',
      attempt: { id: attempt.id },
    });
  });
});

describe('the transcript of a past attempt', () => {
  it('lists every line, each decision with the choice made and its coaching, and the ending', () => {
    const { attempt } = played(['ask.point', 'hold.manager']);
    const transcript = transcriptOf({ attempt, open, story: tiny() });
    if (!transcript.ok) throw new Error(transcript.message);
    expect(transcript.outcome).toBe('sad');
    expect(transcript.storyChanged).toBe(false);
    expect(transcript.steps.map((s) => s.choice?.optionId ?? null)).toEqual(['ask.point', 'hold.manager', null]);
    expect(transcript.steps[0]!.lines.map((l) => l.text)).toContain('I need a kettle.');
    expect(transcript.steps[0]!.decision?.options.map((o) => o.id)).toEqual(['ask.listen', 'ask.point']);
    expect(transcript.steps[0]!.choice).toMatchObject({ text: 'Point at aisle four', coach: 'Pointing is not serving.', lesson: 'ask-before-assuming' });
    expect(transcript.steps[1]!.lines.map((l) => l.text)).toEqual(['Aisle four.', 'Ann thinks it over.', 'Can you hold one for me?']);
    expect(transcript.steps[2]!.lines.map((l) => l.text).filter((t) => t !== '')).toEqual(['Ask me later.', 'Ann leaves.']);
    expect(transcript.steps[2]!.decision).toBeNull();
  });

  it('shows an unfinished attempt up to the decision still open', () => {
    const { attempt, encounter } = played(['ask.listen']);
    const transcript = transcriptOf({ attempt, open, story: tiny() });
    expect(transcript.ok && transcript.steps.at(-1)).toEqual({ lines: encounter.beat.lines, decision: encounter.beat.decision, choice: null });
  });

  it('says plainly when the story has changed too much to show the lines', () => {
    const { attempt } = played(['ask.listen', 'hold.promise']);
    expect(transcriptOf({ attempt, open, story: tinyRenamed() })).toEqual({
      ok: false,
      reason: 'story-changed',
      message: 'This encounter has been updated since this attempt, so its lines cannot be shown any more. Its scores are still in your history.',
    });
    expect(transcriptOf({ attempt, open, story: tinyReworded() })).toMatchObject({ ok: true, storyChanged: true });
  });
});

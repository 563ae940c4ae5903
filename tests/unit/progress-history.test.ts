import { describe, expect, it } from 'vitest';
import { historyOf, newAttempt, type Attempt } from '../../src/core/progress';
import type { ScoreRanges } from '../../src/core/scenario';

const ranges: ScoreRanges = { listening: { min: 0, max: 10 }, promise_keeping: { min: 0, max: 10 }, ownership: { min: 0, max: 10 } };
const DAY = 86_400_000;

let next = 0;
/** A finished attempt on `day` with raw totals that read directly as tenths of the score. */
function finished(day: number, [listening, promise_keeping, ownership]: [number, number, number], change: Partial<Attempt> = {}): Attempt {
  const startedAt = day * DAY;
  return {
    ...newAttempt({ id: `a-${++next}`, meta: { id: 'juice', storyHash: 'v-one', scoreRanges: ranges }, seed: 1, now: startedAt }),
    totals: { listening, promise_keeping, ownership },
    status: 'finished',
    finishedAt: startedAt + 240_000,
    updatedAt: startedAt + 240_000,
    activeMs: 200_000,
    ...change,
  };
}

const current = new Map([
  ['juice', 'v-one'],
  ['towel', 't-one'],
]);

describe('the history of a scenario', () => {
  it('gives the first, the best per dimension and the latest score, each with its date and duration', () => {
    const attempts = [finished(1, [2, 5, 5]), finished(2, [9, 3, 4]), finished(3, [6, 7, 4])];
    const [juice] = historyOf(attempts, current);
    const [version] = juice!.versions;
    expect(version!.first).toEqual({ attemptId: attempts[0]!.id, scores: { listening: 20, promise_keeping: 50, ownership: 50 }, finishedAt: DAY + 240_000, durationMs: 200_000 });
    expect(version!.latest).toMatchObject({ attemptId: attempts[2]!.id, scores: { listening: 60, promise_keeping: 70, ownership: 40 } });
    expect(version!.best).toEqual({
      listening: { score: 90, attemptId: attempts[1]!.id, finishedAt: 2 * DAY + 240_000 },
      promise_keeping: { score: 70, attemptId: attempts[2]!.id, finishedAt: 3 * DAY + 240_000 },
      ownership: { score: 50, attemptId: attempts[0]!.id, finishedAt: DAY + 240_000 },
    });
    expect(version!.series.map((s) => s.scores.listening)).toEqual([20, 90, 60]);
  });

  it('orders by when attempts finished, not the order they are stored in', () => {
    const early = finished(1, [1, 1, 1]);
    const late = finished(5, [3, 3, 3]);
    const [juice] = historyOf([late, early], current);
    expect(juice!.versions[0]!.first?.attemptId).toBe(early.id);
    expect(juice!.versions[0]!.latest?.attemptId).toBe(late.id);
  });

  it('keeps rewinds, unfinished and unverified attempts out of first, best and latest, and counts them', () => {
    const counted = finished(1, [5, 5, 5]);
    const attempts = [
      counted,
      finished(2, [10, 10, 10], { origin: { kind: 'rewind-of', attemptId: counted.id, step: 1 } }),
      finished(3, [10, 10, 10], { flags: { unverified: true } }),
      finished(4, [10, 10, 10], { status: 'in-progress', finishedAt: null }),
      finished(5, [10, 10, 10], { status: 'abandoned', finishedAt: null }),
    ];
    const [version] = historyOf(attempts, current)[0]!.versions;
    expect(version!.series.map((s) => s.attemptId)).toEqual([counted.id]);
    expect(version!.best!.listening.score).toBe(50);
    expect(version!.counts).toEqual({ counted: 1, practice: 1, inProgress: 1, abandoned: 1, unverified: 1 });
  });

  it('lists finished rewinds apart as practice, oldest first, with the decision each began from', () => {
    const full = finished(1, [5, 5, 5]);
    const later = finished(3, [9, 9, 9], { origin: { kind: 'rewind-of', attemptId: full.id, step: 2 } });
    const earlier = finished(2, [10, 10, 10], { origin: { kind: 'rewind-of', attemptId: full.id, step: 0 } });
    const unfinished = finished(4, [10, 10, 10], { origin: { kind: 'rewind-of', attemptId: full.id, step: 1 }, status: 'in-progress', finishedAt: null });
    const unchecked = finished(5, [10, 10, 10], { origin: { kind: 'rewind-of', attemptId: full.id, step: 1 }, flags: { unverified: true } });
    const [version] = historyOf([full, later, earlier, unfinished, unchecked], current)[0]!.versions;
    expect(version!.practice).toEqual([
      { attemptId: earlier.id, scores: { listening: 100, promise_keeping: 100, ownership: 100 }, finishedAt: 2 * DAY + 240_000, durationMs: 200_000, fromStep: 0, sourceAttemptId: full.id },
      { attemptId: later.id, scores: { listening: 90, promise_keeping: 90, ownership: 90 }, finishedAt: 3 * DAY + 240_000, durationMs: 200_000, fromStep: 2, sourceAttemptId: full.id },
    ]);
    expect([version!.first?.attemptId, version!.best!.listening.attemptId, version!.latest?.attemptId]).toEqual([full.id, full.id, full.id]);
  });

  it('has nothing to compare before a first finished attempt', () => {
    const [version] = historyOf([finished(1, [5, 5, 5], { status: 'in-progress', finishedAt: null })], current)[0]!.versions;
    expect(version).toMatchObject({ first: null, best: null, latest: null, series: [], practice: [] });
  });

  it('labels scores from different story versions apart instead of comparing them, current version first', () => {
    const old1 = finished(1, [9, 9, 9], { storyHash: 'v-zero' });
    const now1 = finished(2, [3, 3, 3]);
    const old2 = finished(3, [8, 8, 8], { storyHash: 'v-zero' });
    const [juice] = historyOf([old1, now1, old2], current);
    expect(juice!.versions.map((v) => [v.storyHash, v.version, v.current])).toEqual([
      ['v-one', 2, true],
      ['v-zero', 1, false],
    ]);
    expect(juice!.versions[0]!.best!.listening).toMatchObject({ score: 30, attemptId: now1.id });
    expect(juice!.versions[1]!.series.map((s) => s.attemptId)).toEqual([old1.id, old2.id]);
  });

  it('covers every scenario played, for the progress screen', () => {
    const towel = finished(1, [1, 2, 3], { scenarioId: 'towel', storyHash: 't-one' });
    const history = historyOf([finished(1, [5, 5, 5]), towel], current);
    expect(history.map((h) => h.scenarioId)).toEqual(['juice', 'towel']);
    expect(history[1]!.versions[0]!.latest?.scores).toEqual({ listening: 10, promise_keeping: 20, ownership: 30 });
  });
});

import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { historyOf, migrate, newAttempt, PROGRESS_VERSION, type Attempt, type ProfileRecord } from '../../src/core/progress';
import { attemptSchema, formatFor } from '../../src/core/progress/model';
import { DIMENSIONS } from '../../src/core/vocabulary';
import { fixture } from './helpers';

const v2Storage = () => JSON.parse(readFileSync(fixture('progress/v2-storage.json'), 'utf8')) as Record<string, { attempts: Record<string, unknown>[] } & Record<string, unknown>>;
const v2Record = () => v2Storage()['counterpart.profile/mei-1']!;
const v1Save = () => JSON.parse(readFileSync(fixture('progress/v1-save.json'), 'utf8')) as { attempts: Record<string, unknown>[] } & Record<string, unknown>;

const meta = {
  id: 'tiny',
  storyHash: 'abc123',
  scoreRanges: { listening: { min: -1, max: 2 }, promise_keeping: { min: 0, max: 1 }, ownership: { min: -1, max: 1 } },
};
const anAttempt = (change: Partial<Attempt> = {}): Attempt => ({ ...newAttempt({ id: 'a-1', meta, seed: 7, now: 1000 }), ...change });

describe('migrating saved progress from version 1', () => {
  it('turns the single unnamed-by-id player of version 1 into a profile with an id and the same name', () => {
    const result = migrate(v1Save());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.from).toBe(1);
    expect(result.record.version).toBe(PROGRESS_VERSION);
    expect(result.record.profile).toEqual({ id: expect.stringMatching(/^v1-[0-9a-f]{16}$/), name: 'Liu', createdAt: 1763920000000 });
  });

  it('keeps every attempt with its choices by id, totals, ranges and times, and gives each an id and a status', () => {
    const result = migrate(v1Save());
    if (!result.ok) throw new Error(result.message);
    const [finished, open] = result.record.attempts;
    expect(finished).toMatchObject({
      scenarioId: 'juice',
      storyHash: 'e7c3c61ffe34048d',
      seed: 48213,
      choices: [
        { optionId: 'opening.listen-first', deltas: null },
        { optionId: 'cause.ask-when', deltas: null },
        { optionId: 'fix.replace-now', deltas: null },
      ],
      totals: { listening: 4, promise_keeping: 2, ownership: 3 },
      scoreRanges: { listening: { min: -4, max: 6 }, promise_keeping: { min: -3, max: 4 }, ownership: { min: -2, max: 5 } },
      startedAt: 1763920000000,
      finishedAt: 1763920240000,
      activeMs: 240000,
      status: 'finished',
      origin: { kind: 'new' },
      flags: {},
    });
    expect(open).toMatchObject({ status: 'in-progress', finishedAt: null, updatedAt: 1764006400000 });
    expect(new Set(result.record.attempts.map((a) => a.id)).size).toBe(2);
    expect(result.damaged).toEqual([]);
  });

  it('gives the same ids every time, so two tabs migrating the same save agree', () => {
    const first = migrate(v1Save());
    const second = migrate(v1Save());
    expect(first).toEqual(second);
  });

  it('sets aside a version 1 attempt that cannot be read and keeps the others', () => {
    const save = v1Save();
    save.attempts.push({ scenarioId: 'juice', seed: 'not a number' });
    const result = migrate(save);
    if (!result.ok) throw new Error(result.message);
    expect(result.record.attempts).toHaveLength(2);
    expect(result.damaged).toEqual([{ scenarioId: 'juice', seed: 'not a number' }]);
  });
});

describe('reading a saved record', () => {
  const record: ProfileRecord = { version: PROGRESS_VERSION, profile: { id: 'p-1', name: 'Mei', createdAt: 5 }, attempts: [anAttempt()] };

  it('passes a current record through as it is', () => {
    expect(migrate(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, from: PROGRESS_VERSION, record, damaged: [] });
  });

  it('keeps the readable attempts of a record with one damaged attempt, and hands back the damaged one', () => {
    const damaged = { ...anAttempt({ id: 'a-2' }), seed: -5 };
    const result = migrate({ ...record, attempts: [anAttempt(), damaged] });
    expect(result).toMatchObject({ ok: true, record: { attempts: [{ id: 'a-1' }] }, damaged: [damaged] });
  });

  it('says plainly when a newer version of the app saved the data, rather than calling it damaged', () => {
    expect(migrate({ ...record, version: PROGRESS_VERSION + 1 })).toMatchObject({ ok: false, problem: 'newer-version', message: expect.stringMatching(/newer version of Counterpart/) });
  });

  it.each([
    ['nothing', null],
    ['a list', []],
    ['a string', 'Mei'],
    ['no version', { profile: record.profile, attempts: [] }],
    ['an unknown version', { ...record, version: 0 }],
    ['attempts that are not a list', { ...record, attempts: 'none' }],
    ['a profile with a hostile id', { ...record, profile: { ...record.profile, id: '__proto__' } }],
  ])('calls %s unreadable', (_what, raw) => {
    expect(migrate(raw)).toMatchObject({ ok: false, problem: 'unreadable', message: expect.stringMatching(/^The saved progress could not be read/) });
  });
});

const check = (attempt: unknown) => v.safeParse(attemptSchema, attempt).success;

describe('the attempt schema', () => {
  it('accepts an attempt as the app makes it', () => {
    expect(check(anAttempt())).toBe(true);
  });

  it.each([
    ['an id like __proto__', { id: '__proto__' }],
    ['an id with markup', { id: '<b>x</b>' }],
    ['a fractional seed', { seed: 1.5 }],
    ['a negative seed', { seed: -1 }],
    ['an option id that is not decision.option', { choices: [{ optionId: 'listen', deltas: null }] }],
    ['a score that is not a whole number', { totals: { listening: 0.5, promise_keeping: 0, ownership: 0 } }],
    ['a range whose min is above its max', { scoreRanges: { ...meta.scoreRanges, listening: { min: 3, max: 1 } } }],
    ['an unknown status', { status: 'won' }],
    ['a finished attempt with no finish time', { status: 'finished', finishedAt: null }],
    ['an update before the start', { updatedAt: 999 }],
    ['a rewind of itself', { origin: { kind: 'rewind-of', attemptId: 'a-1', step: 0 } }],
  ])('rejects %s', (_what, change) => {
    expect(check({ ...anAttempt(), ...change })).toBe(false);
  });

  it('rejects keys it does not know, __proto__ included', () => {
    expect(check({ ...anAttempt(), extra: 1 })).toBe(false);
    expect(check(JSON.parse(JSON.stringify(anAttempt()).replace('{', '{"__proto__":{"polluted":true},')))).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('migrating saved progress from version 2', () => {
  it('records each finished attempt\'s scores with formula 1, the one version 2 showed them by, and leaves the rest as they were', () => {
    const result = migrate(v2Record());
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ from: 2, damaged: [], record: { version: PROGRESS_VERSION, profile: { id: 'mei-1', name: 'Mei' } } });
    const [first, second, open] = result.record.attempts;
    expect(first!.scored).toEqual({ formula: 1, scores: { listening: 0, promise_keeping: 0, ownership: 0 }, overall: 0 });
    expect(second!.scored).toEqual({ formula: 1, scores: { listening: 100, promise_keeping: 0, ownership: 0 }, overall: 33 });
    expect(open!.scored).toBeNull();
    const { scored: _scored, ...rest } = second!;
    expect(rest).toEqual(v2Record().attempts[1]);
  });

  it('runs a version 1 save through version 2 on its way to version 3', () => {
    const result = migrate(v1Save());
    if (!result.ok) throw new Error(result.message);
    expect(result.record.attempts.map((a) => a.scored?.overall ?? null)).toEqual([Math.round((80 + 71 + 71) / 3), null]);
  });

  it('sets aside a version 2 attempt that breaks the version 2 rules, keeping the others', () => {
    const saved = v2Record();
    saved.attempts[0]!.scored = { formula: 1, scores: {}, overall: 0 };
    const result = migrate(saved);
    if (!result.ok) throw new Error(result.message);
    expect(result.record.attempts.map((a) => a.id)).toEqual(['a-second', 'a-open']);
    expect(result.damaged).toEqual([saved.attempts[0]]);
  });
});

describe('a dimension added to the vocabulary', () => {
  const grown = formatFor([...DIMENSIONS, 'empathy']);

  it('still loads saves of every older format, the new dimension as one their story could not move', () => {
    for (const [saved, count] of [[v1Save(), 2], [v2Record(), 3]] as const) {
      const result = migrate(saved, grown);
      if (!result.ok) throw new Error(result.message);
      expect(result.damaged).toEqual([]);
      expect(result.record.attempts).toHaveLength(count);
      const attempt = result.record.attempts[0]! as unknown as Record<string, Record<string, unknown>>;
      expect(attempt.totals!.empathy).toBe(0);
      expect(attempt.scoreRanges!.empathy).toEqual({ min: 0, max: 0 });
    }
  });

  it('still loads a version 3 save made before it, recorded scores and all', () => {
    const before = migrate(v2Record());
    if (!before.ok) throw new Error(before.message);
    const result = migrate(JSON.parse(JSON.stringify(before.record)), grown);
    if (!result.ok) throw new Error(result.message);
    expect(result.damaged).toEqual([]);
    const scored = result.record.attempts[1]!.scored as unknown as { scores: Record<string, number>; overall: number };
    expect(scored).toEqual({ formula: 1, scores: { listening: 100, promise_keeping: 0, ownership: 0, empathy: 100 }, overall: 33 });
  });
});

describe('recorded scores', () => {
  it('are what history shows, even where the formula of today would score the totals differently', () => {
    const ranges = meta.scoreRanges;
    const recorded = { formula: 1 as const, scores: { listening: 40, promise_keeping: 40, ownership: 40 }, overall: 40 };
    const attempt = anAttempt({ totals: { listening: 2, promise_keeping: 1, ownership: 1 }, scoreRanges: ranges, status: 'finished', finishedAt: 2000, updatedAt: 2000, scored: recorded });
    const [juice] = historyOf([attempt], new Map([['tiny', 'abc123']]));
    expect(juice!.versions[0]!.latest!.scores).toEqual(recorded.scores);
  });

  it('keep the formula version they were made with', () => {
    expect(check({ ...anAttempt(), scored: { formula: 1, scores: { listening: 1, promise_keeping: 2, ownership: 3 }, overall: 2 } })).toBe(true);
    expect(check({ ...anAttempt(), scored: { formula: 99, scores: { listening: 1, promise_keeping: 2, ownership: 3 }, overall: 2 } })).toBe(false);
    expect(check({ ...anAttempt(), scored: { formula: 1, scores: { listening: 101, promise_keeping: 2, ownership: 3 }, overall: 2 } })).toBe(false);
  });
});

describe('what version 3 adds to an attempt', () => {
  const setup = { variant: 'in-a-hurry', values: { patience: 3, mood: 'tired', regular: true } };

  it('accepts a setup, an assignment and a language, each optional', () => {
    expect(check({ ...anAttempt(), setup, assignmentId: 'as-12', locale: 'zh-Hans' })).toBe(true);
    expect(check({ ...anAttempt(), setup: { variant: null, values: {} } })).toBe(true);
  });

  it.each([
    ['a starting value named __proto__', { setup: { variant: null, values: JSON.parse('{"__proto__":1}') as Record<string, number> } }],
    ['a starting value that is a list', { setup: { variant: null, values: { patience: [3] } } }],
    ['a variant that is not an id', { setup: { ...setup, variant: 'In A Hurry!' } }],
    ['an assignment id with markup', { assignmentId: '<b>' }],
    ['a language that is not a language tag', { locale: 'English please' }],
  ])('rejects %s', (_what, change) => {
    expect(check({ ...anAttempt(), ...change })).toBe(false);
  });
});

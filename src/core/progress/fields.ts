/**
 * Field checks every saved format shares: ids, times, names. A frozen format depends on these, so
 * one is never loosened or tightened in place — a format that needs another rule gets a new check.
 */
import * as v from 'valibot';
import { ID_PART } from '../vocabulary';

export const PROGRESS_LIMITS = {
  /**
   * A profile file may be at most 5 MB: about what a browser lets a site store in all, so any
   * profile this app could have saved fits in one file (1,000 attempts of a 14-decision encounter
   * take about 2 MB).
   */
  fileBytes: 5_000_000,
  attemptsPerFile: 3_000,
  choicesPerAttempt: 200,
  nameLength: 40,
  /** Our files nest six levels deep; anything deeper is not ours and is refused before parsing. */
  jsonDepth: 8,
} as const;

const MAX_TIME = 8_640_000_000_000_000;
const MAX_RAW = 1_000_000;

/** Profile and attempt ids: what a UUID or our own ids look like; never `__proto__` and the like. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
/** Control and text-direction characters let a name hide or disguise itself on screen. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

export const recordId = v.pipe(v.string(), v.regex(RECORD_ID, 'is not a valid id'));
export const idPart = v.pipe(v.string(), v.maxLength(64), v.regex(ID_PART, 'is not a valid id'));
export const optionId = v.pipe(
  v.string(),
  v.maxLength(129),
  v.check((s) => {
    const parts = s.split('.');
    return parts.length === 2 && parts.every((p) => ID_PART.test(p));
  }, 'is not an option id like "decision.option"'),
);
export const storyHash = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not a story hash'));
export const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
export const raw = v.pipe(v.number(), v.integer(), v.minValue(-MAX_RAW), v.maxValue(MAX_RAW));
export const seed = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
export const rangeSchema = v.pipe(
  v.strictObject({ min: raw, max: raw }),
  v.check((r) => r.min <= r.max, 'min is above max'),
);

export const nameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a name is needed'),
  v.maxLength(PROGRESS_LIMITS.nameLength, `a name has at most ${PROGRESS_LIMITS.nameLength} characters`),
  v.check((s) => !INVISIBLE.test(s), 'a name may not contain invisible or control characters'),
);

export const profileSummarySchema = v.strictObject({ id: recordId, name: nameSchema, createdAt: time });

export const ATTEMPT_STATUSES = ['in-progress', 'finished', 'abandoned'] as const;

export const originSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('new') }),
  v.strictObject({ kind: v.literal('rewind-of'), attemptId: recordId, step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PROGRESS_LIMITS.choicesPerAttempt)) }),
]);

export const flagsSchema = v.strictObject({
  storyChanged: v.optional(v.boolean()),
  scoresMismatch: v.optional(v.boolean()),
  unverified: v.optional(v.boolean()),
});

/** The first problem a schema found, said with where it is: `attempts[3].seed: …`. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const where = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return where ? `${where}: ${issue.message}` : issue.message;
}

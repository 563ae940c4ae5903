/**
 * The saved shape of a trainee's progress, and the schemas every stored record and imported file
 * is checked against. Records are plain JSON: ids, numbers and short strings only, so nothing a
 * file carries can ever be run or injected, whatever it says.
 */
import * as v from 'valibot';
import type { DimensionValues } from '../encounter';
import type { ScoreRanges } from '../scenario';
import { ID_PART } from '../vocabulary';

export const PROGRESS_VERSION = 2;
export const PROFILE_FILE_FORMAT = 'counterpart-profile';

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

export const ATTEMPT_STATUSES = ['in-progress', 'finished', 'abandoned'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

/** A rewind is a new practice attempt that began from another attempt's first `step` choices. */
export type AttemptOrigin = { kind: 'new' } | { kind: 'rewind-of'; attemptId: string; step: number };

export interface AttemptFlags {
  /** The story changed after this attempt began; its choices were replayed through the new one. */
  storyChanged?: boolean;
  /** The saved or imported scores did not match a replay of the choices; the replayed ones are kept. */
  scoresMismatch?: boolean;
  /** The scores could not be checked by a replay (story missing or changed), so they are not trusted. */
  unverified?: boolean;
}

export interface SavedChoice {
  optionId: string;
  /** Null for choices saved by version 1, which kept totals only; the next replay fills them in. */
  deltas: DimensionValues | null;
}

export interface Attempt {
  id: string;
  scenarioId: string;
  storyHash: string;
  seed: number;
  choices: SavedChoice[];
  /** The raw dimension totals. */
  totals: DimensionValues;
  /** The ranges the totals are normalised against, as the story had them. */
  scoreRanges: ScoreRanges;
  /** The ending the story reached, once finished. */
  outcome: string | null;
  startedAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** Time spent playing, with long pauses (a closed tab) left out. */
  activeMs: number;
  status: AttemptStatus;
  origin: AttemptOrigin;
  flags: AttemptFlags;
}

export interface ProfileSummary {
  id: string;
  /** Shown as plain text only. */
  name: string;
  createdAt: number;
}

/** One profile's record, stored under its own key. */
export interface ProfileRecord {
  version: typeof PROGRESS_VERSION;
  profile: ProfileSummary;
  attempts: Attempt[];
}

export interface DamagedEntry {
  key: string;
  at: number;
  profileId: string | null;
}

/** The list of profiles on this device. */
export interface ProfileIndex {
  version: typeof PROGRESS_VERSION;
  profiles: ProfileSummary[];
  lastProfileId: string | null;
  /** Profiles deleted here: a stale tab must not bring one back by saving to it. */
  deleted: string[];
  /** Where damaged data was put aside, since storage cannot list its keys. */
  damaged: DamagedEntry[];
}

/** One profile's data as an exported file. */
export interface ProfileFile {
  format: typeof PROFILE_FILE_FORMAT;
  version: typeof PROGRESS_VERSION;
  exportedAt: number;
  profile: ProfileSummary;
  attempts: Attempt[];
}

// ---- schemas ------------------------------------------------------------------------------

const MAX_TIME = 8_640_000_000_000_000;
const MAX_RAW = 1_000_000;

/** Profile and attempt ids: what a UUID or our own ids look like; never `__proto__` and the like. */
export const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
/** Control and text-direction characters let a name hide or disguise itself on screen. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

const recordId = v.pipe(v.string(), v.regex(RECORD_ID, 'is not a valid id'));
const idPart = v.pipe(v.string(), v.maxLength(64), v.regex(ID_PART, 'is not a valid id'));
const optionId = v.pipe(
  v.string(),
  v.maxLength(129),
  v.check((s) => {
    const parts = s.split('.');
    return parts.length === 2 && parts.every((p) => ID_PART.test(p));
  }, 'is not an option id like "decision.option"'),
);
const storyHash = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/, 'is not a story hash'));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const raw = v.pipe(v.number(), v.integer(), v.minValue(-MAX_RAW), v.maxValue(MAX_RAW));

export const nameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'a name is needed'),
  v.maxLength(PROGRESS_LIMITS.nameLength, `a name has at most ${PROGRESS_LIMITS.nameLength} characters`),
  v.check((s) => !INVISIBLE.test(s), 'a name may not contain invisible or control characters'),
);

export const dimensionValuesSchema = v.strictObject({ listening: raw, promise_keeping: raw, ownership: raw });
const rangeSchema = v.pipe(
  v.strictObject({ min: raw, max: raw }),
  v.check((r) => r.min <= r.max, 'min is above max'),
);
export const scoreRangesSchema = v.strictObject({ listening: rangeSchema, promise_keeping: rangeSchema, ownership: rangeSchema });

const choiceSchema = v.strictObject({ optionId, deltas: v.nullable(dimensionValuesSchema) });

const originSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('new') }),
  v.strictObject({ kind: v.literal('rewind-of'), attemptId: recordId, step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PROGRESS_LIMITS.choicesPerAttempt)) }),
]);

const flagsSchema = v.strictObject({
  storyChanged: v.optional(v.boolean()),
  scoresMismatch: v.optional(v.boolean()),
  unverified: v.optional(v.boolean()),
});

export const attemptSchema = v.pipe(
  v.strictObject({
    id: recordId,
    scenarioId: idPart,
    storyHash,
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
    choices: v.pipe(v.array(choiceSchema), v.maxLength(PROGRESS_LIMITS.choicesPerAttempt)),
    totals: dimensionValuesSchema,
    scoreRanges: scoreRangesSchema,
    outcome: v.nullable(idPart),
    startedAt: time,
    updatedAt: time,
    finishedAt: v.nullable(time),
    activeMs: time,
    status: v.picklist(ATTEMPT_STATUSES),
    origin: originSchema,
    flags: flagsSchema,
  }),
  v.check((a) => a.updatedAt >= a.startedAt, 'was updated before it started'),
  v.check((a) => a.status !== 'finished' || a.finishedAt !== null, 'is finished without a finish time'),
  v.check((a) => a.origin.kind !== 'rewind-of' || a.origin.attemptId !== a.id, 'is a rewind of itself'),
);

export const profileSummarySchema = v.strictObject({ id: recordId, name: nameSchema, createdAt: time });

const version = v.literal(PROGRESS_VERSION);

/** The envelope only: attempts are checked one by one so one damaged attempt does not take the rest. */
export const profileRecordEnvelopeSchema = v.strictObject({ version, profile: profileSummarySchema, attempts: v.array(v.unknown()) });

const damagedSchema = v.strictObject({ key: v.pipe(v.string(), v.maxLength(300)), at: time, profileId: v.nullable(recordId) });

export const profileIndexSchema = v.strictObject({
  version,
  profiles: v.array(profileSummarySchema),
  lastProfileId: v.nullable(recordId),
  deleted: v.array(recordId),
  damaged: v.array(damagedSchema),
});

export const profileFileSchema = v.strictObject({
  format: v.literal(PROFILE_FILE_FORMAT),
  version,
  exportedAt: time,
  profile: profileSummarySchema,
  attempts: v.pipe(
    v.array(attemptSchema),
    v.maxLength(PROGRESS_LIMITS.attemptsPerFile, `a file holds at most ${PROGRESS_LIMITS.attemptsPerFile} attempts`),
    v.check((attempts) => new Set(attempts.map((a) => a.id)).size === attempts.length, 'lists the same attempt twice'),
  ),
});

// The hand-written types above are the documentation; these lines keep the schemas honest to them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SchemasMatchTypes = [
  Same<v.InferOutput<typeof attemptSchema>, Attempt>,
  Same<v.InferOutput<typeof profileIndexSchema>, ProfileIndex>,
  Same<v.InferOutput<typeof profileFileSchema>, ProfileFile>,
  Same<v.InferOutput<typeof scoreRangesSchema>, ScoreRanges>,
] extends [true, true, true, true]
  ? true
  : never;
const schemasMatchTypes: SchemasMatchTypes = true;
void schemasMatchTypes;

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

export const emptyIndex = (): ProfileIndex => ({ version: PROGRESS_VERSION, profiles: [], lastProfileId: null, deleted: [], damaged: [] });

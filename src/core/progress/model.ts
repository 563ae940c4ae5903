/**
 * The saved shape of a trainee's progress, and the schemas every stored record and imported file
 * is checked against. Records are plain JSON: ids, numbers and short strings only, so nothing a
 * file carries can ever be run or injected, whatever it says.
 */
import * as v from 'valibot';
import type { DimensionValues } from '../encounter';
import type { ScoreRanges } from '../scenario';
import { SCORING_FORMULAS, type RecordedScores } from '../scoring';
import { DIMENSIONS } from '../vocabulary';
import { ATTEMPT_STATUSES, PROGRESS_LIMITS, flagsSchema, idPart, optionId, originSchema, profileSummarySchema, rangeSchema, raw, recordId, seed, storyHash, time } from './fields';

export { PROGRESS_LIMITS, RECORD_ID, describeIssue, nameSchema, profileSummarySchema } from './fields';

/** The save format this app writes. Older formats are read by their own frozen schemas (formats/) and migrated. */
export const PROGRESS_VERSION = 3;
/** The profile list's own format; it has not changed since format 2 of the records. */
export const INDEX_VERSION = 2;
export const PROFILE_FILE_FORMAT = 'counterpart-profile';

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

/** What an attempt started from beyond the story itself: a customer variant and ink variables set before the first line. */
export interface AttemptSetup {
  variant: string | null;
  values: Record<string, number | string | boolean>;
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
  /**
   * The scores as recorded when the attempt finished, with the formula that made them (null
   * until then): history shows these, so a later formula change never rewrites a past result.
   */
  scored: RecordedScores | null;
  setup?: AttemptSetup;
  /** The manager's assignment this attempt was played for. */
  assignmentId?: string;
  /** The language it was played in, as a BCP 47 tag such as "en" or "zh-Hans". */
  locale?: string;
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
  version: typeof INDEX_VERSION;
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

const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
/** Ink variable names; never `__proto__` and the like, which a plain record would take as its prototype. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const FORBIDDEN_NAMES = ['__proto__', 'constructor', 'prototype'];
const isVariableName = (s: string) => VARIABLE_NAME.test(s) && !FORBIDDEN_NAMES.includes(s);
const setupSchema = v.strictObject({
  variant: v.nullable(idPart),
  values: v.pipe(
    // Checked on the input's own keys: a record schema would quietly drop a `__proto__` key, not refuse it.
    v.custom<object>((x) => typeof x === 'object' && x !== null && !Array.isArray(x) && Object.keys(x).every(isVariableName), 'names a starting value that is not an ink variable'),
    v.check((x) => Object.keys(x).length <= 50, 'sets more than 50 values'),
    v.record(v.string(), v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(200)), v.boolean()])),
  ),
});
const localeSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}$/, 'is not a language tag'));

/**
 * The current format's schemas for a list of dimensions: the app's own list (below), or a longer
 * one in a test that shows a save survives a dimension being added. A dimension a save does not
 * have is filled in as one its story could not move — 0, within a range of 0 to 0, scored 100 as
 * the scoring rules give such a dimension — so adding one to the vocabulary never damages a save.
 */
export function formatFor<const D extends string>(dimensions: readonly D[]) {
  const each = <T extends v.GenericSchema>(schema: T, fill: v.InferOutput<T>) =>
    v.strictObject(Object.fromEntries(dimensions.map((d) => [d, v.optional(schema, fill)])) as Record<D, v.OptionalSchema<T, v.InferOutput<T>>>);
  const dimensionValues = each(raw, 0);
  const scoreRanges = each(rangeSchema, { min: 0, max: 0 });
  const scored = v.strictObject({ formula: v.picklist(SCORING_FORMULAS), scores: each(score, 100), overall: score });
  const attempt = v.pipe(
    v.strictObject({
      id: recordId,
      scenarioId: idPart,
      storyHash,
      seed,
      choices: v.pipe(v.array(v.strictObject({ optionId, deltas: v.nullable(dimensionValues) })), v.maxLength(PROGRESS_LIMITS.choicesPerAttempt)),
      totals: dimensionValues,
      scoreRanges,
      outcome: v.nullable(idPart),
      startedAt: time,
      updatedAt: time,
      finishedAt: v.nullable(time),
      activeMs: time,
      status: v.picklist(ATTEMPT_STATUSES),
      origin: originSchema,
      flags: flagsSchema,
      scored: v.nullable(scored),
      setup: v.optional(setupSchema),
      assignmentId: v.optional(recordId),
      locale: v.optional(localeSchema),
    }),
    v.check((a) => a.updatedAt >= a.startedAt, 'was updated before it started'),
    v.check((a) => a.status !== 'finished' || a.finishedAt !== null, 'is finished without a finish time'),
    v.check((a) => a.origin.kind !== 'rewind-of' || a.origin.attemptId !== a.id, 'is a rewind of itself'),
  );
  const version = v.literal(PROGRESS_VERSION);
  return {
    dimensionValues,
    scoreRanges,
    attempt,
    /** The envelope only: attempts are checked one by one so one damaged attempt does not take the rest. */
    recordEnvelope: v.strictObject({ version, profile: profileSummarySchema, attempts: v.array(v.unknown()) }),
    file: v.strictObject({
      format: v.literal(PROFILE_FILE_FORMAT),
      version,
      exportedAt: time,
      profile: profileSummarySchema,
      attempts: v.pipe(
        v.array(attempt),
        v.maxLength(PROGRESS_LIMITS.attemptsPerFile, `a file holds at most ${PROGRESS_LIMITS.attemptsPerFile} attempts`),
        v.check((attempts) => new Set(attempts.map((a) => a.id)).size === attempts.length, 'lists the same attempt twice'),
      ),
    }),
  };
}
/** What migration needs of a current format, whatever its dimensions. */
export interface Format {
  attempt: v.GenericSchema<unknown, unknown>;
  recordEnvelope: v.GenericSchema<unknown, { profile: ProfileSummary; attempts: unknown[] }>;
}

export const CURRENT_FORMAT = formatFor(DIMENSIONS);
export const { attempt: attemptSchema, dimensionValues: dimensionValuesSchema, scoreRanges: scoreRangesSchema, file: profileFileSchema, recordEnvelope: profileRecordEnvelopeSchema } = CURRENT_FORMAT;

const damagedSchema = v.strictObject({ key: v.pipe(v.string(), v.maxLength(300)), at: time, profileId: v.nullable(recordId) });

export const profileIndexSchema = v.strictObject({
  version: v.literal(INDEX_VERSION),
  profiles: v.array(profileSummarySchema),
  lastProfileId: v.nullable(recordId),
  deleted: v.array(recordId),
  damaged: v.array(damagedSchema),
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

export const emptyIndex = (): ProfileIndex => ({ version: INDEX_VERSION, profiles: [], lastProfileId: null, deleted: [], damaged: [] });

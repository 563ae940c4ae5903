/**
 * Save format 2, frozen as it shipped: profiles with ids, attempts with a score change per choice,
 * a status and an origin. It names its three dimensions itself, so a dimension added to the
 * vocabulary later never changes what a version 2 save is read as.
 */
import * as v from 'valibot';
import { PROGRESS_LIMITS, ATTEMPT_STATUSES, flagsSchema, idPart, optionId, originSchema, profileSummarySchema, rangeSchema, raw, recordId, seed, storyHash, time } from '../fields';

export const dimensionValuesV2 = v.strictObject({ listening: raw, promise_keeping: raw, ownership: raw });
export const scoreRangesV2 = v.strictObject({ listening: rangeSchema, promise_keeping: rangeSchema, ownership: rangeSchema });

export const attemptV2 = v.pipe(
  v.strictObject({
    id: recordId,
    scenarioId: idPart,
    storyHash,
    seed,
    choices: v.pipe(v.array(v.strictObject({ optionId, deltas: v.nullable(dimensionValuesV2) })), v.maxLength(PROGRESS_LIMITS.choicesPerAttempt)),
    totals: dimensionValuesV2,
    scoreRanges: scoreRangesV2,
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
export type AttemptV2 = v.InferOutput<typeof attemptV2>;

/** The envelope only: attempts are checked one by one so one damaged attempt does not take the rest. */
export const recordEnvelopeV2 = v.strictObject({ version: v.literal(2), profile: profileSummarySchema, attempts: v.array(v.unknown()) });

/** A version 2 profile file: refused whole when any attempt in it does not read. */
export const fileV2 = v.strictObject({
  format: v.literal('counterpart-profile'),
  version: v.literal(2),
  exportedAt: time,
  profile: profileSummarySchema,
  attempts: v.array(attemptV2),
});

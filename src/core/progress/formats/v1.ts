/**
 * Save format 1, frozen as it shipped: one player per device, no ids, and each attempt kept its
 * totals only — no score change per choice, no status, no origin. It had the same three
 * dimensions as format 2.
 */
import * as v from 'valibot';
import { nameSchema } from '../fields';
import { dimensionValuesV2, scoreRangesV2 } from './v2';

export const recordEnvelopeV1 = v.object({ version: v.literal(1), name: nameSchema, attempts: v.array(v.unknown()) });
export const attemptV1 = v.object({
  scenarioId: v.string(),
  storyHash: v.string(),
  seed: v.number(),
  optionIds: v.array(v.string()),
  totals: dimensionValuesV2,
  scoreRanges: scoreRangesV2,
  startedAt: v.number(),
  finishedAt: v.nullable(v.number()),
});

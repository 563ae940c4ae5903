import type { DimensionValues } from './encounter';
import type { ScoreRange, ScoreRanges } from './scenario';
import { DIMENSIONS, type Dimension } from './vocabulary';

export type Scores = Record<Dimension, number>;

/** Places a raw total on 0–100 between the lowest and highest total the story allows. */
export function normalise(raw: number, range: ScoreRange): number {
  if (range.max <= range.min) return 100;
  const clamped = Math.min(range.max, Math.max(range.min, raw));
  return Math.round((100 * (clamped - range.min)) / (range.max - range.min));
}

export function normaliseAll(raw: DimensionValues, ranges: ScoreRanges): Scores {
  const scores = {} as Scores;
  for (const d of DIMENSIONS) scores[d] = normalise(raw[d], ranges[d]);
  return scores;
}

export const VERDICT_BANDS = ['excellent', 'good', 'mixed', 'poor'] as const;
export type VerdictBand = (typeof VERDICT_BANDS)[number];

export function verdictBand(score: number): VerdictBand {
  if (score >= 90) return 'excellent';
  if (score >= 70) return 'good';
  if (score >= 40) return 'mixed';
  return 'poor';
}

/** How a choice compares, weighing each dimension by its range so no dimension dominates. */
export function weightedGain(deltas: DimensionValues, ranges: ScoreRanges): number {
  return DIMENSIONS.reduce((sum, d) => {
    const span = ranges[d].max - ranges[d].min;
    return span > 0 ? sum + deltas[d] / span : sum;
  }, 0);
}

/**
 * Every score Counterpart shows or records is worked out here, from raw dimension totals: each
 * dimension on 0–100, an overall score from per-dimension weights, and a pass/fail verdict against
 * pass marks. Pure data in, data out; the dimensions come from the vocabulary list.
 */
import type { DimensionValues } from './encounter';
import type { ScoreRange, ScoreRanges } from './scenario';
import { DIMENSIONS, type Dimension } from './vocabulary';

export type Scores = Record<Dimension, number>;

/**
 * Versions of the formula below. A recorded attempt keeps the version it was scored with, so a
 * later change (new weights, another rounding) adds a version here instead of rewriting history;
 * an old attempt is still recomputed, when a replay changes its totals, with its own version.
 */
export const SCORING_FORMULAS = [1] as const;
export type ScoringFormula = (typeof SCORING_FORMULAS)[number];
/** The formula new attempts are scored with. */
export const SCORING_FORMULA: ScoringFormula = 1;

/** How much each dimension counts towards the overall score: equally, for now. */
export const WEIGHTS: Readonly<Record<Dimension, number>> = Object.fromEntries(DIMENSIONS.map((d) => [d, 1])) as Record<Dimension, number>;

/** Places a raw total on 0–100 between the lowest and highest total the story allows. */
export function normalise(raw: number, range: ScoreRange): number {
  // A dimension the story cannot move is no fault of the trainee's.
  if (range.max <= range.min) return 100;
  const clamped = Math.min(range.max, Math.max(range.min, raw));
  return Math.round((100 * (clamped - range.min)) / (range.max - range.min));
}

export function normaliseAll(raw: DimensionValues, ranges: ScoreRanges): Scores {
  const scores = {} as Scores;
  for (const d of DIMENSIONS) scores[d] = normalise(raw[d], ranges[d]);
  return scores;
}

/** The weighted mean of the dimension scores, 0–100. With no weight anywhere there is nothing to fail, so 100. */
export function overallScore(scores: Scores, weights: Readonly<Record<Dimension, number>> = WEIGHTS): number {
  let total = 0;
  let weighed = 0;
  for (const d of DIMENSIONS) {
    const w = weights[d];
    if (!Number.isFinite(w) || w < 0) throw new Error(`the weight of ${d} is ${w}; a weight is a number of 0 or more`);
    total += w * scores[d];
    weighed += w;
  }
  return weighed > 0 ? Math.round(total / weighed) : 100;
}

/** The scores an attempt records, with the formula that made them. */
export interface RecordedScores {
  formula: ScoringFormula;
  scores: Scores;
  overall: number;
}

/** Scores raw totals with one formula version (the current one unless told). */
export function scoreTotals(raw: DimensionValues, ranges: ScoreRanges, formula: ScoringFormula = SCORING_FORMULA): RecordedScores {
  switch (formula) {
    case 1: {
      const scores = normaliseAll(raw, ranges);
      return { formula, scores, overall: overallScore(scores, WEIGHTS) };
    }
  }
}

const VERDICT_BANDS = ['excellent', 'good', 'mixed', 'poor'] as const;
export type VerdictBand = (typeof VERDICT_BANDS)[number];

/** The lowest score of each band above "poor". */
const BAND_FLOORS = { excellent: 90, good: 70, mixed: 40 } as const;

export function verdictBand(score: number): VerdictBand {
  if (score >= BAND_FLOORS.excellent) return 'excellent';
  if (score >= BAND_FLOORS.good) return 'good';
  if (score >= BAND_FLOORS.mixed) return 'mixed';
  return 'poor';
}

/** The lowest score that passes, per dimension (an assignment may set its own); by default where "good" starts. */
export type PassMarks = Record<Dimension, number>;
export const DEFAULT_PASS_MARKS: Readonly<PassMarks> = Object.fromEntries(DIMENSIONS.map((d) => [d, BAND_FLOORS.good])) as PassMarks;

export interface Verdict {
  passed: boolean;
  /** The dimensions below their pass mark, in vocabulary order. */
  below: Dimension[];
}

/** Passed when every dimension reaches its pass mark. */
export function verdict(scores: Scores, passMarks: Readonly<PassMarks> = DEFAULT_PASS_MARKS): Verdict {
  const below = DIMENSIONS.filter((d) => scores[d] < passMarks[d]);
  return { passed: below.length === 0, below };
}

export function verdictBands(scores: Scores): Record<Dimension, VerdictBand> {
  const bands = {} as Record<Dimension, VerdictBand>;
  for (const d of DIMENSIONS) bands[d] = verdictBand(scores[d]);
  return bands;
}

/**
 * How a choice or a path compares, on the normalised scale: each dimension weighs by its range, so
 * a wide dimension does not drown a narrow one; one the story cannot move counts for nothing.
 */
export function weightedGain(deltas: DimensionValues, ranges: ScoreRanges): number {
  return DIMENSIONS.reduce((sum, d) => {
    const span = ranges[d].max - ranges[d].min;
    return span > 0 ? sum + deltas[d] / span : sum;
  }, 0);
}

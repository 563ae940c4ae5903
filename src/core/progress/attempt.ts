import type { DimensionValues, Encounter } from '../encounter';
import type { ScenarioMeta } from '../scenario';
import { SCORING_FORMULA, scoreTotals, type RecordedScores, type Scores } from '../scoring';
import { DIMENSIONS } from '../vocabulary';
import type { Attempt, AttemptOrigin } from './model';

/** A pause longer than this (a closed tab, a lunch break) counts as this much playing time. */
export const IDLE_CAP_MS = 5 * 60_000;

export type StoryIdentity = Pick<ScenarioMeta, 'id' | 'storyHash' | 'scoreRanges'>;

/** The record of an encounter that has just started. */
export function newAttempt(options: { id: string; meta: StoryIdentity; seed: number; now: number; origin?: AttemptOrigin }): Attempt {
  const { meta, now } = options;
  return {
    id: options.id,
    scenarioId: meta.id,
    storyHash: meta.storyHash,
    seed: options.seed,
    choices: [],
    totals: Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) as DimensionValues,
    scoreRanges: meta.scoreRanges,
    outcome: null,
    startedAt: now,
    updatedAt: now,
    finishedAt: null,
    activeMs: 0,
    status: 'in-progress',
    origin: options.origin ?? { kind: 'new' },
    flags: {},
    scored: null,
  };
}

/** The attempt as the encounter now stands: call after every choice, then save it. */
export function recordEncounter(attempt: Attempt, encounter: Encounter, now: number): Attempt {
  // Strictly later than the last save, so this tab's own saves always supersede each other.
  const updatedAt = Math.max(now, attempt.updatedAt + 1);
  return {
    ...attempt,
    choices: encounter.log.map((c) => ({ optionId: c.optionId, deltas: { ...c.deltas } })),
    totals: { ...encounter.dimensions },
    outcome: encounter.outcome,
    updatedAt,
    activeMs: attempt.activeMs + Math.min(IDLE_CAP_MS, Math.max(0, now - attempt.updatedAt)),
    status: encounter.ended ? 'finished' : 'in-progress',
    finishedAt: encounter.ended ? (attempt.finishedAt ?? updatedAt) : null,
    scored: encounter.ended ? scoreAgain(attempt, encounter.dimensions) : null,
  };
}

/** The trainee left for good (restarted, or the story changed under them); the record stays. */
export function abandonAttempt(attempt: Attempt, now: number): Attempt {
  if (attempt.status !== 'in-progress') return attempt;
  return { ...attempt, status: 'abandoned', updatedAt: Math.max(now, attempt.updatedAt + 1) };
}

/**
 * Scores for new totals, by the formula the attempt was already scored with (the current one for
 * an attempt not scored yet): replaying an old attempt never re-scores it by a newer formula.
 */
export const scoreAgain = (attempt: Pick<Attempt, 'scored' | 'scoreRanges'>, totals: DimensionValues): RecordedScores =>
  scoreTotals(totals, attempt.scoreRanges, attempt.scored?.formula ?? SCORING_FORMULA);

/** The scores as recorded when the attempt finished; worked out now only for one that has none recorded. */
export const scoresOf = (attempt: Attempt): Scores => (attempt.scored ?? scoreAgain(attempt, attempt.totals)).scores;

export const optionIdsOf = (attempt: Attempt): string[] => attempt.choices.map((c) => c.optionId);

/**
 * Merges two lists of attempts by id; where both have one, the later `updatedAt` wins whole (a
 * record is never stitched from two). Nothing is dropped and nothing appears twice.
 */
export function mergeAttempts(here: readonly Attempt[], incoming: readonly Attempt[], onTie: 'here' | 'incoming' = 'incoming'): Attempt[] {
  const byId = new Map<string, Attempt>();
  for (const attempt of here) {
    const known = byId.get(attempt.id);
    if (!known || attempt.updatedAt > known.updatedAt) byId.set(attempt.id, attempt);
  }
  for (const attempt of incoming) {
    const known = byId.get(attempt.id);
    if (!known || attempt.updatedAt > known.updatedAt || (attempt.updatedAt === known.updatedAt && onTie === 'incoming')) byId.set(attempt.id, attempt);
  }
  return [...byId.values()].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The attempt to pick up on reload: the most recently saved one still in progress (for one scenario, if given). */
export function resumableAttempt(attempts: readonly Attempt[], scenarioId?: string): Attempt | null {
  let found: Attempt | null = null;
  for (const attempt of attempts) {
    if (attempt.status !== 'in-progress' || (scenarioId !== undefined && attempt.scenarioId !== scenarioId)) continue;
    if (!found || attempt.updatedAt > found.updatedAt) found = attempt;
  }
  return found;
}

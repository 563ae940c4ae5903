import type { Scores } from '../scoring';
import { DIMENSIONS, type Dimension } from '../vocabulary';
import { scoresOf } from './attempt';
import type { Attempt } from './model';

export interface ScoredAttempt {
  attemptId: string;
  scores: Scores;
  finishedAt: number;
  durationMs: number;
}

/** A finished rewind: practice from decision `fromStep` of another attempt, shown apart from full attempts. */
export interface PracticeRun extends ScoredAttempt {
  /** The rewind began after this many of the source attempt's choices (0: from the first decision). */
  fromStep: number;
  sourceAttemptId: string;
}

export interface BestScore {
  score: number;
  attemptId: string;
  finishedAt: number;
}

/**
 * One version of one scenario's story, as this trainee played it. Scores are only ever compared
 * within a version: a changed story may score differently.
 */
export interface VersionHistory {
  storyHash: string;
  /** 1 for the first version this trainee played, 2 for the next, and so on. */
  version: number;
  /** This is the version the app ships now. */
  current: boolean;
  first: ScoredAttempt | null;
  /** Per dimension, the best score and the attempt that reached it. */
  best: Record<Dimension, BestScore> | null;
  latest: ScoredAttempt | null;
  /** Every counted attempt, oldest first: the picture of progress over time. */
  series: ScoredAttempt[];
  /** Finished rewinds with checked scores, oldest first: shown, marked as practice, never counted. */
  practice: PracticeRun[];
  counts: {
    /** Finished attempts that count: played from the start, scores checked. */
    counted: number;
    /** Rewinds: practice that never enters first, best or latest. */
    practice: number;
    inProgress: number;
    abandoned: number;
    /** Finished, but with scores that could not be checked (an import from a story not here). */
    unverified: number;
  };
}

export interface ScenarioHistory {
  scenarioId: string;
  /** The current version first, then the others from the most recently played. */
  versions: VersionHistory[];
}

/**
 * First, best and latest scores per scenario and story version, for the history and progress
 * screens. `currentHashes` maps each shipped scenario id to its story hash.
 */
export function historyOf(attempts: readonly Attempt[], currentHashes: ReadonlyMap<string, string>): ScenarioHistory[] {
  const byScenario = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const list = byScenario.get(attempt.scenarioId) ?? [];
    list.push(attempt);
    byScenario.set(attempt.scenarioId, list);
  }
  return [...byScenario.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([scenarioId, list]) => {
      const byHash = new Map<string, Attempt[]>();
      for (const attempt of [...list].sort((a, b) => a.startedAt - b.startedAt)) {
        const group = byHash.get(attempt.storyHash) ?? [];
        group.push(attempt);
        byHash.set(attempt.storyHash, group);
      }
      const versions = [...byHash.entries()].map(([storyHash, group], i) => versionHistory(storyHash, i + 1, currentHashes.get(scenarioId) === storyHash, group));
      const lastActivity = (h: VersionHistory) => Math.max(0, ...(byHash.get(h.storyHash) ?? []).map((a) => a.updatedAt));
      versions.sort((a, b) => Number(b.current) - Number(a.current) || lastActivity(b) - lastActivity(a));
      return { scenarioId, versions };
    });
}

function versionHistory(storyHash: string, version: number, current: boolean, attempts: readonly Attempt[]): VersionHistory {
  const finished = attempts.filter((a) => a.status === 'finished' && a.finishedAt !== null);
  const counted = finished.filter((a) => a.origin.kind === 'new' && !a.flags.unverified).sort((a, b) => a.finishedAt! - b.finishedAt!);
  const scored = (a: Attempt): ScoredAttempt => ({ attemptId: a.id, scores: scoresOf(a), finishedAt: a.finishedAt!, durationMs: a.activeMs });
  const series = counted.map(scored);
  const practice = finished
    .filter((a) => !a.flags.unverified)
    .flatMap((a): PracticeRun[] => (a.origin.kind === 'rewind-of' ? [{ ...scored(a), fromStep: a.origin.step, sourceAttemptId: a.origin.attemptId }] : []))
    .sort((a, b) => a.finishedAt - b.finishedAt);
  let best: Record<Dimension, BestScore> | null = null;
  if (series.length > 0) {
    best = {} as Record<Dimension, BestScore>;
    for (const d of DIMENSIONS) {
      // The earliest attempt to reach the top score is the one that earned it.
      const top = series.reduce((b, s) => (s.scores[d] > b.scores[d] ? s : b));
      best[d] = { score: top.scores[d], attemptId: top.attemptId, finishedAt: top.finishedAt };
    }
  }
  return {
    storyHash,
    version,
    current,
    first: series[0] ?? null,
    best,
    latest: series.at(-1) ?? null,
    series,
    practice,
    counts: {
      counted: counted.length,
      practice: attempts.filter((a) => a.origin.kind === 'rewind-of').length,
      inProgress: attempts.filter((a) => a.status === 'in-progress').length,
      abandoned: attempts.filter((a) => a.status === 'abandoned').length,
      unverified: finished.filter((a) => a.origin.kind === 'new' && a.flags.unverified).length,
    },
  };
}

import { Encounter, ReplayMismatchError, type Beat, type ChoiceRecord } from '../encounter';
import type { OpenStory } from '../ports';
import { abandonAttempt, newAttempt, optionIdsOf, scoreAgain, type StoryIdentity } from './attempt';
import type { Attempt } from './model';

/** A scenario's story as this build ships it. */
export interface StoryVersion {
  meta: StoryIdentity;
  compiled: string;
}

export type ReplayFailure = 'story-changed' | 'does-not-fit' | 'story-failed';

export type ResumeResult =
  | {
      ok: true;
      /** Standing exactly where the trainee was: the lines since their last decision, the same options. */
      encounter: Encounter;
      attempt: Attempt;
      /** The attempt differs from what was saved (replayed through a new story, repaired scores): save it. */
      changed: boolean;
    }
  | {
      ok: false;
      reason: ReplayFailure;
      /** Plain words for the trainee. */
      message: string;
      /** The attempt to keep in history (abandoned when it can never be continued). */
      attempt: Attempt;
    };

/**
 * Picks an attempt up where it stopped by replaying its choices. The same story resumes as it was;
 * a changed story is replayed when every saved choice still fits it, and the attempt is marked.
 */
export function resumeAttempt(options: { attempt: Attempt; open: OpenStory; story: StoryVersion; now: number }): ResumeResult {
  const { attempt, story, now } = options;
  if (story.meta.id !== attempt.scenarioId) throw new Error(`attempt ${attempt.id} is for "${attempt.scenarioId}", not "${story.meta.id}"`);
  const sameStory = story.meta.storyHash === attempt.storyHash;
  const replayed = replayAttempt(attempt, options.open, story);
  if (!replayed.ok) {
    if (replayed.reason === 'story-failed') return { ok: false, reason: 'story-failed', message: replayed.message, attempt };
    let kept = abandonAttempt(attempt, now);
    if (!sameStory && !kept.flags.storyChanged) kept = { ...kept, flags: { ...kept.flags, storyChanged: true }, updatedAt: Math.max(now, kept.updatedAt + 1) };
    const reason = sameStory ? 'does-not-fit' : 'story-changed';
    return { ok: false, reason, message: FAILURE_MESSAGES[reason](replayed.step), attempt: kept };
  }
  const { encounter } = replayed;
  const recomputed = asReplayed(attempt, encounter, story, now);
  const flags = { ...attempt.flags };
  if (!sameStory) flags.storyChanged = true;
  if (sameStory && scoreDifferences(attempt, recomputed).length > 0) flags.scoresMismatch = true;
  const next: Attempt = { ...recomputed, flags };
  const changed = !jsonEqual(next, attempt);
  return { ok: true, encounter, attempt: changed ? { ...next, updatedAt: Math.max(now, attempt.updatedAt + 1) } : attempt, changed };
}

/**
 * Starts a new practice attempt from the first `step` choices of another, standing at decision
 * `step` (0 is the first decision). The source attempt is left exactly as it was.
 */
export function rewindAttempt(options: { source: Attempt; step: number; id: string; now: number; open: OpenStory; story: StoryVersion }): ResumeResult {
  const { source, step, now, story } = options;
  if (!Number.isInteger(step) || step < 0 || step >= source.choices.length) {
    throw new RangeError(`attempt ${source.id} has decisions 0 to ${source.choices.length - 1}; cannot rewind to ${step}`);
  }
  const start: Attempt = {
    ...newAttempt({ id: options.id, meta: story.meta, seed: source.seed, now, origin: { kind: 'rewind-of', attemptId: source.id, step } }),
    choices: source.choices.slice(0, step),
  };
  const replayed = replayAttempt(start, options.open, story);
  if (!replayed.ok) {
    const reason = replayed.reason === 'does-not-fit' && source.storyHash !== story.meta.storyHash ? 'story-changed' : replayed.reason;
    return { ok: false, reason, message: reason === 'story-changed' ? FAILURE_MESSAGES.rewindStoryChanged() : replayed.message, attempt: source };
  }
  const flags = source.storyHash === story.meta.storyHash ? {} : { storyChanged: true };
  return { ok: true, encounter: replayed.encounter, attempt: { ...asReplayed(start, replayed.encounter, story, now), flags }, changed: true };
}

export interface TranscriptStep {
  /** What was said and done before the decision (or, last, before the end or the open decision). */
  lines: Beat['lines'];
  decision: Beat['decision'];
  /** What the trainee chose here, with its coaching; null for the last step. */
  choice: ChoiceRecord | null;
}

export type TranscriptResult =
  | { ok: true; steps: TranscriptStep[]; outcome: string | null; /** Read through a newer story than it was played in. */ storyChanged: boolean }
  | { ok: false; reason: ReplayFailure; message: string };

/** A past attempt as a transcript: every line, every decision with the choice made and its coaching. */
export function transcriptOf(options: { attempt: Attempt; open: OpenStory; story: StoryVersion }): TranscriptResult {
  const { attempt, story } = options;
  const steps: TranscriptStep[] = [];
  const replayed = replayAttempt(attempt, options.open, story, (beat, choice) => steps.push({ lines: beat.lines, decision: beat.decision, choice }));
  if (!replayed.ok) {
    const reason = replayed.reason === 'does-not-fit' && attempt.storyHash !== story.meta.storyHash ? 'story-changed' : replayed.reason;
    return { ok: false, reason, message: reason === 'story-changed' ? FAILURE_MESSAGES.transcriptStoryChanged() : replayed.message };
  }
  const { encounter } = replayed;
  steps.push({ lines: encounter.beat.lines, decision: encounter.beat.decision, choice: null });
  return { ok: true, steps, outcome: encounter.outcome, storyChanged: attempt.storyHash !== story.meta.storyHash };
}

// ---- shared with import --------------------------------------------------------------------

export type Replayed =
  | { ok: true; encounter: Encounter }
  | { ok: false; reason: Exclude<ReplayFailure, 'story-changed'>; message: string; /** The 0-based choice that no longer fits. */ step: number };

const FAILURE_MESSAGES = {
  'story-changed': (step: number) =>
    `This encounter has been updated since you started this attempt, and your choice ${step + 1} is no longer offered, so it cannot continue. The attempt stays in your history; start the encounter again to play the new version.`,
  'does-not-fit': (step: number) =>
    `This attempt's saved choices do not fit the encounter (choice ${step + 1}), so it cannot continue. The attempt stays in your history; start the encounter again.`,
  'story-failed': () => 'The encounter ran into a problem while replaying this attempt. Nothing was lost; try again later.',
  rewindStoryChanged: () => 'This encounter has been updated since that attempt, so it cannot be rewound. Start the encounter again to play the new version.',
  transcriptStoryChanged: () => 'This encounter has been updated since this attempt, so its lines cannot be shown any more. Its scores are still in your history.',
} as const;

export function replayAttempt(attempt: Attempt, open: OpenStory, story: StoryVersion, onChoice?: (before: Beat, choice: ChoiceRecord) => void): Replayed {
  try {
    const encounter = Encounter.start({ open, compiled: story.compiled, seed: attempt.seed });
    optionIdsOf(attempt).forEach((optionId, step) => {
      const before = encounter.beat;
      const offered = before.decision?.options.map((o) => o.id) ?? [];
      if (!offered.includes(optionId)) throw new ReplayMismatchError(step, optionId, offered);
      encounter.choose(optionId);
      onChoice?.(before, encounter.log.at(-1)!);
    });
    return { ok: true, encounter };
  } catch (error) {
    if (error instanceof ReplayMismatchError) return { ok: false, reason: 'does-not-fit', message: FAILURE_MESSAGES['does-not-fit'](error.step), step: error.step };
    return { ok: false, reason: 'story-failed', message: FAILURE_MESSAGES['story-failed'](), step: -1 };
  }
}

/** The attempt as a replay of its choices through `story` says it is. */
export function asReplayed(attempt: Attempt, encounter: Encounter, story: StoryVersion, at: number): Attempt {
  const ended = encounter.ended;
  return {
    ...attempt,
    storyHash: story.meta.storyHash,
    scoreRanges: story.meta.scoreRanges,
    choices: encounter.log.map((c) => ({ optionId: c.optionId, deltas: { ...c.deltas } })),
    totals: { ...encounter.dimensions },
    outcome: encounter.outcome,
    status: attempt.status === 'abandoned' ? 'abandoned' : ended ? 'finished' : 'in-progress',
    finishedAt: ended ? (attempt.finishedAt ?? at) : null,
    scored: ended ? scoreAgain({ scored: attempt.scored, scoreRanges: story.meta.scoreRanges }, encounter.dimensions) : null,
  };
}

/** Where the saved numbers disagree with a replay; unknown values (null) are not disagreements. */
export function scoreDifferences(saved: Attempt, replayed: Attempt): string[] {
  const found: string[] = [];
  saved.choices.forEach((choice, i) => {
    const again = replayed.choices[i];
    if (choice.deltas !== null && (!again || !jsonEqual(choice.deltas, again.deltas))) found.push(`the score change of choice ${i + 1}`);
  });
  if (!jsonEqual(saved.totals, replayed.totals)) found.push('the totals');
  if (!jsonEqual(saved.scoreRanges, replayed.scoreRanges)) found.push('the score ranges');
  if (saved.scored !== null && !jsonEqual(saved.scored, replayed.scored)) found.push('the recorded scores');
  if (saved.outcome !== null && saved.outcome !== replayed.outcome) found.push('the ending');
  if (saved.status === 'finished' && replayed.status !== 'finished') found.push('the claim that it was finished');
  return found;
}

/** Equality of plain JSON values, independent of key order. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

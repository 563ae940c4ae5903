import * as v from 'valibot';
import { scoreTotals } from '../scoring';
import { describeIssue } from './fields';
import { attemptV1, recordEnvelopeV1 } from './formats/v1';
import { attemptV2, recordEnvelopeV2, type AttemptV2 } from './formats/v2';
import { CURRENT_FORMAT, PROGRESS_VERSION, type Attempt, type Format, type ProfileRecord, type ProfileSummary } from './model';

export type SavedVersion = 1 | 2 | typeof PROGRESS_VERSION;

export type MigrateResult =
  | {
      ok: true;
      record: ProfileRecord;
      /** The version the data was saved in. */
      from: SavedVersion;
      /** Attempts that failed their check, as found: to be kept aside, not dropped. */
      damaged: unknown[];
    }
  | { ok: false; problem: 'unreadable' | 'newer-version'; message: string };

/** One step of the chain: a record of one version, its attempts still unchecked, and what was put aside on the way. */
interface Step {
  profile: ProfileSummary;
  attempts: unknown[];
  damaged: unknown[];
}

/**
 * Brings a saved profile record of any known version to the current one, one version at a time
 * (1 → 2 → 3), each read by its own frozen schema. `format` is the current format to end in; a
 * test passes one with more dimensions.
 */
export function migrate(raw: unknown, format: Format = CURRENT_FORMAT): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return unreadable('it is not a saved profile');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { ok: false, problem: 'newer-version', message: `it was saved by a newer version of Counterpart (format ${version}); update the app to open it` };
  }
  let step: Step | string;
  if (version === 1) step = chain(v1ToV2(raw), v2ToV3);
  else if (version === 2) step = chain(readV2(raw), v2ToV3);
  else if (version === PROGRESS_VERSION) step = readV3(raw, format);
  else return unreadable('its format version is missing or unknown');
  if (typeof step === 'string') return unreadable(step);
  const { attempts, damaged } = checkAttempts(step.attempts, format);
  return { ok: true, from: version, record: { version: PROGRESS_VERSION, profile: step.profile, attempts }, damaged: [...step.damaged, ...damaged] };
}

function chain(step: Step | string, next: (attempt: AttemptV2) => unknown): Step | string {
  if (typeof step === 'string') return step;
  const attempts: unknown[] = [];
  const damaged = [...step.damaged];
  for (const item of step.attempts) {
    const old = v.safeParse(attemptV2, item);
    if (old.success) attempts.push(next(old.output));
    else damaged.push(item);
  }
  return { profile: step.profile, attempts, damaged };
}

function v1ToV2(raw: object): Step | string {
  const envelope = v.safeParse(recordEnvelopeV1, raw);
  if (!envelope.success) return describeIssue(envelope.issues);
  const attempts: AttemptV2[] = [];
  const damaged: unknown[] = [];
  for (const item of envelope.output.attempts) {
    const old = v.safeParse(attemptV1, item);
    if (!old.success) {
      damaged.push(item);
      continue;
    }
    const a = old.output;
    attempts.push({
      // Derived from the content, so two tabs migrating the same data agree on every id.
      id: `v1-${contentHash(JSON.stringify([a.scenarioId, a.storyHash, a.seed, a.startedAt, a.optionIds]))}`,
      scenarioId: a.scenarioId,
      storyHash: a.storyHash,
      seed: a.seed,
      choices: a.optionIds.map((optionId) => ({ optionId, deltas: null })),
      totals: a.totals,
      scoreRanges: a.scoreRanges,
      outcome: null,
      startedAt: a.startedAt,
      updatedAt: a.finishedAt ?? a.startedAt,
      finishedAt: a.finishedAt,
      activeMs: a.finishedAt === null ? 0 : Math.max(0, a.finishedAt - a.startedAt),
      status: a.finishedAt === null ? 'in-progress' : 'finished',
      origin: { kind: 'new' },
      flags: {},
    });
  }
  // Dated by its earliest attempt that version 2 can read, so an unreadable one cannot give the profile a date no format accepts.
  const readable = attempts.filter((a) => v.is(attemptV2, a));
  const createdAt = readable.length > 0 ? Math.min(...readable.map((a) => a.startedAt)) : 0;
  const profile = { id: `v1-${contentHash(envelope.output.name)}`, name: envelope.output.name, createdAt };
  return { profile, attempts, damaged };
}

function readV2(raw: object): Step | string {
  const envelope = v.safeParse(recordEnvelopeV2, raw);
  return envelope.success ? { profile: envelope.output.profile, attempts: envelope.output.attempts, damaged: [] } : describeIssue(envelope.issues);
}

/**
 * Format 3 records each finished attempt's scores. A version 2 save showed them through formula
 * 1, so that is the formula they are recorded with — never a newer one.
 */
export function v2ToV3(attempt: AttemptV2): Attempt {
  return { ...attempt, scored: attempt.status === 'finished' ? scoreTotals(attempt.totals, attempt.scoreRanges, 1) : null };
}

function readV3(raw: object, format: Format): Step | string {
  const envelope = v.safeParse(format.recordEnvelope, raw);
  return envelope.success ? { profile: envelope.output.profile, attempts: envelope.output.attempts, damaged: [] } : describeIssue(envelope.issues);
}

function checkAttempts(items: readonly unknown[], format: Format): { attempts: Attempt[]; damaged: unknown[] } {
  const attempts: Attempt[] = [];
  const damaged: unknown[] = [];
  for (const item of items) {
    const result = v.safeParse(format.attempt, item);
    // The app's own format gives Attempts; a test's longer dimension list gives the same shape with more keys.
    if (result.success) attempts.push(result.output as unknown as Attempt);
    else damaged.push(item);
  }
  return { attempts, damaged };
}

const unreadable = (why: string): MigrateResult => ({ ok: false, problem: 'unreadable', message: `The saved progress could not be read: ${why}.` });

/** A short stable fingerprint (two 32-bit multiplicative passes); for ids, not for security. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

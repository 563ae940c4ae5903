import * as v from 'valibot';
import {
  PROGRESS_VERSION,
  attemptSchema,
  describeIssue,
  dimensionValuesSchema,
  nameSchema,
  profileRecordEnvelopeSchema,
  scoreRangesSchema,
  type Attempt,
  type ProfileRecord,
} from './model';

/**
 * Version 1, the previous save format: one player per device, no ids, and each attempt kept its
 * totals only — no score change per choice, no status, no origin.
 */
const v1Envelope = v.object({ version: v.literal(1), name: nameSchema, attempts: v.array(v.unknown()) });
const v1Attempt = v.object({
  scenarioId: v.string(),
  storyHash: v.string(),
  seed: v.number(),
  optionIds: v.array(v.string()),
  totals: dimensionValuesSchema,
  scoreRanges: scoreRangesSchema,
  startedAt: v.number(),
  finishedAt: v.nullable(v.number()),
});

export type MigrateResult =
  | {
      ok: true;
      record: ProfileRecord;
      /** The version the data was saved in. */
      from: 1 | typeof PROGRESS_VERSION;
      /** Attempts that failed their check, as found: to be kept aside, not dropped. */
      damaged: unknown[];
    }
  | { ok: false; problem: 'unreadable' | 'newer-version'; message: string };

/** Brings a saved profile record of any known version to the current one. */
export function migrate(raw: unknown): MigrateResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return unreadable('it is not a saved profile');
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { ok: false, problem: 'newer-version', message: `it was saved by a newer version of Counterpart (format ${version}); update the app to open it` };
  }
  if (version === 1) return fromV1(raw);
  if (version !== PROGRESS_VERSION) return unreadable('its format version is missing or unknown');
  const envelope = v.safeParse(profileRecordEnvelopeSchema, raw);
  if (!envelope.success) return unreadable(describeIssue(envelope.issues));
  const { attempts, damaged } = checkAttempts(envelope.output.attempts);
  return { ok: true, from: PROGRESS_VERSION, record: { version: PROGRESS_VERSION, profile: envelope.output.profile, attempts }, damaged };
}

function fromV1(raw: object): MigrateResult {
  const envelope = v.safeParse(v1Envelope, raw);
  if (!envelope.success) return unreadable(describeIssue(envelope.issues));
  const converted: unknown[] = [];
  const damaged: unknown[] = [];
  for (const item of envelope.output.attempts) {
    const old = v.safeParse(v1Attempt, item);
    if (!old.success) {
      damaged.push(item);
      continue;
    }
    const a = old.output;
    const attempt: Attempt = {
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
    };
    converted.push(attempt);
  }
  const { attempts, damaged: invalid } = checkAttempts(converted);
  const createdAt = attempts.length > 0 ? Math.min(...attempts.map((a) => a.startedAt)) : 0;
  return {
    ok: true,
    from: 1,
    record: { version: PROGRESS_VERSION, profile: { id: `v1-${contentHash(envelope.output.name)}`, name: envelope.output.name, createdAt }, attempts },
    damaged: [...damaged, ...invalid],
  };
}

function checkAttempts(items: readonly unknown[]): { attempts: Attempt[]; damaged: unknown[] } {
  const attempts: Attempt[] = [];
  const damaged: unknown[] = [];
  for (const item of items) {
    const result = v.safeParse(attemptSchema, item);
    if (result.success) attempts.push(result.output);
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

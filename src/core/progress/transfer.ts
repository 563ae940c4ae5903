/**
 * Moving one profile between devices as a single file. A file is untrusted input: it is measured
 * before it is parsed, checked against the schema, and every attempt's scores are recomputed by
 * replaying its choices, so a hand-edited score is caught rather than believed.
 */
import * as v from 'valibot';
import type { OpenStory } from '../ports';
import { PROFILE_FILE_FORMAT, PROGRESS_LIMITS, PROGRESS_VERSION, describeIssue, profileFileSchema, type Attempt, type ProfileFile, type ProfileRecord, type ProfileSummary } from './model';
import { fileV2 } from './formats/v2';
import { v2ToV3 } from './migrate';
import { asReplayed, replayAttempt, scoreDifferences, type StoryVersion } from './resume';

export function exportProfile(record: ProfileRecord, now: number): string {
  const file: ProfileFile = { format: PROFILE_FILE_FORMAT, version: PROGRESS_VERSION, exportedAt: now, profile: record.profile, attempts: record.attempts };
  return JSON.stringify(file);
}

export type FileProblem = 'too-large' | 'too-deep' | 'not-json' | 'not-a-profile-file' | 'wrong-version' | 'invalid';

export type ReadFileResult =
  | { ok: true; file: ProfileFile; /** The stories to load before previewing the import. */ scenarioIds: string[] }
  | { ok: false; problem: FileProblem; /** Plain words for the trainee; show as plain text. */ message: string };

/** Checks a profile file's text; nothing is changed whatever it holds. */
export function readProfileFile(text: string): ReadFileResult {
  const limit = PROGRESS_LIMITS.fileBytes;
  // UTF-16 length never exceeds the UTF-8 size, so a string this long is too large without counting.
  if (text.length > limit || utf8Length(text) > limit) {
    return { ok: false, problem: 'too-large', message: `This file is too large to be a Counterpart profile: a profile file can be at most ${limit / 1_000_000} MB.` };
  }
  const notOurs = 'This is not a Counterpart profile file, so nothing was imported.';
  if (nestingDepth(text) > PROGRESS_LIMITS.jsonDepth) return { ok: false, problem: 'too-deep', message: notOurs };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'not-json', message: notOurs };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== PROFILE_FILE_FORMAT) {
    return { ok: false, problem: 'not-a-profile-file', message: notOurs };
  }
  const version = (data as { version?: unknown }).version;
  if (version === 2) return readV2File(data);
  if (version !== PROGRESS_VERSION) {
    const newer = typeof version === 'number' && version > PROGRESS_VERSION;
    return {
      ok: false,
      problem: 'wrong-version',
      message: newer
        ? `This profile file was made by a newer version of Counterpart (format ${version}). Update the app, then import it again. Nothing was imported.`
        : `This profile file's format (${typeof version === 'number' ? version : 'unknown'}) is not one this version of Counterpart reads (formats 2 to ${PROGRESS_VERSION}). Nothing was imported.`,
    };
  }
  return checkedFile(data);
}

/** A file exported by format 2 is read by that format's frozen schema, then brought to this one. */
function readV2File(data: unknown): ReadFileResult {
  const old = v.safeParse(fileV2, data);
  if (!old.success) return damagedFile(old.issues);
  return checkedFile({ ...old.output, version: PROGRESS_VERSION, attempts: old.output.attempts.map(v2ToV3) });
}

function checkedFile(data: unknown): ReadFileResult {
  const parsed = v.safeParse(profileFileSchema, data);
  if (!parsed.success) return damagedFile(parsed.issues);
  return { ok: true, file: parsed.output, scenarioIds: [...new Set(parsed.output.attempts.map((a) => a.scenarioId))].sort() };
}

const damagedFile = (issues: readonly v.BaseIssue<unknown>[]): ReadFileResult => ({
  ok: false,
  problem: 'invalid',
  message: `This profile file is damaged or was edited by hand, so nothing was imported. (${clip(describeIssue(issues), 160)})`,
});

export interface FlaggedAttempt {
  attemptId: string;
  scenarioId: string;
  flag: 'scoresMismatch' | 'unverified';
  /** Why: each is said differently, so an encounter this app lacks is never called a score mismatch. */
  reason: 'unknown-scenario' | 'story-changed' | 'does-not-fit' | 'replay-failed' | 'scores-mismatch';
  /** Plain words. */
  detail: string;
}

/** An attempt of the file refused as a copy: the same play (encounter, seed, choices) under another id. */
export interface DuplicateAttempt {
  attemptId: string;
  /** The attempt it copies: one on this device, or another of the file's. */
  copyOf: string;
}

/** What an import would do, to show before anything changes. */
export interface ImportPreview {
  /** Whose data the file holds, as the file says; shown as plain text. */
  fileProfile: ProfileSummary;
  /** The profile that receives the attempts: an existing one, or a new one made from the file's. */
  target: { kind: 'existing-profile'; profile: ProfileSummary } | { kind: 'new-profile'; profile: ProfileSummary };
  /** Attempts not here yet, with recomputed scores. */
  add: Attempt[];
  /** Attempts here that the file has a later state of. */
  update: Attempt[];
  skip: { attemptId: string; reason: 'already-here' | 'older-than-here' }[];
  /** Attempts among `add` and `update` whose scores did not match, or could not be checked. */
  flagged: FlaggedAttempt[];
  /** Refused and not imported: copies of another attempt under a new id (a way to fake a record). */
  duplicates: DuplicateAttempt[];
}

/**
 * Recomputes every attempt of a file and says what merging it into `here` would add, update and
 * skip. `stories` holds the current story of each scenario this app ships.
 */
export function previewImport(options: { file: ProfileFile; here: ProfileRecord | null; open: OpenStory; stories: ReadonlyMap<string, StoryVersion> }): ImportPreview {
  const { file, here } = options;
  const known = new Map((here?.attempts ?? []).map((a) => [a.id, a]));
  const preview: ImportPreview = {
    fileProfile: file.profile,
    target: here ? { kind: 'existing-profile', profile: here.profile } : { kind: 'new-profile', profile: file.profile },
    add: [],
    update: [],
    skip: [],
    flagged: [],
    duplicates: [],
  };
  const copies = copiesIn(file.attempts, here?.attempts ?? []);
  for (const claimed of file.attempts) {
    const mine = known.get(claimed.id);
    if (mine && claimed.updatedAt <= mine.updatedAt) {
      preview.skip.push({ attemptId: claimed.id, reason: claimed.updatedAt === mine.updatedAt ? 'already-here' : 'older-than-here' });
      continue;
    }
    const copyOf = copies.get(claimed.id);
    if (copyOf !== undefined) {
      preview.duplicates.push({ attemptId: claimed.id, copyOf });
      continue;
    }
    const { attempt, flag } = verifyAttempt(claimed, options.open, options.stories.get(claimed.scenarioId));
    (mine ? preview.update : preview.add).push(attempt);
    if (flag) preview.flagged.push({ attemptId: attempt.id, scenarioId: attempt.scenarioId, ...flag });
  }
  return preview;
}

/**
 * The file's attempts that copy another one under a new id, with the one each copies. Two full
 * attempts never share a seed and a whole choice log by chance (seeds are random 31-bit numbers),
 * so such a pair is one play counted twice, perhaps re-dated to look like an early first attempt.
 * A copy of an attempt here is refused and the one here kept; copies within the file are all
 * refused, since nothing tells which is the real one. Rewinds are left out: they share their
 * source's seed and first choices by design, and never count as first, best or latest.
 */
function copiesIn(incoming: readonly Attempt[], here: readonly Attempt[]): Map<string, string> {
  const play = (a: Attempt) => (a.origin.kind === 'new' ? JSON.stringify([a.scenarioId, a.seed, a.choices.map((c) => c.optionId)]) : null);
  const hereByPlay = new Map<string, string>();
  for (const a of here) {
    const key = play(a);
    if (key !== null && !hereByPlay.has(key)) hereByPlay.set(key, a.id);
  }
  const hereIds = new Set(here.map((a) => a.id));
  const fileByPlay = new Map<string, Attempt[]>();
  for (const a of incoming) {
    const key = play(a);
    if (key !== null) fileByPlay.set(key, [...(fileByPlay.get(key) ?? []), a]);
  }
  const copies = new Map<string, string>();
  for (const [key, group] of fileByPlay) {
    const original = hereByPlay.get(key);
    for (const a of group) {
      if (original !== undefined && original !== a.id && !hereIds.has(a.id)) copies.set(a.id, original);
      else if (original === undefined && group.length > 1) copies.set(a.id, group.find((b) => b.id !== a.id)!.id);
    }
  }
  return copies;
}

/** The attempt as a replay shows it; the claimed numbers are kept only where no replay is possible. */
function verifyAttempt(claimed: Attempt, open: OpenStory, story: StoryVersion | undefined): { attempt: Attempt; flag: Omit<FlaggedAttempt, 'attemptId' | 'scenarioId'> | null } {
  const untrusted = (reason: FlaggedAttempt['reason'], detail: string, mismatch = false) => ({
    attempt: { ...claimed, flags: { ...claimed.flags, unverified: true, ...(mismatch ? { scoresMismatch: true } : {}) } },
    flag: { flag: mismatch ? ('scoresMismatch' as const) : ('unverified' as const), reason, detail },
  });
  if (!story) return untrusted('unknown-scenario', `“${claimed.scenarioId}” is not an encounter in this app, so the scores of this attempt cannot be checked.`);
  if (story.meta.storyHash !== claimed.storyHash) return untrusted('story-changed', 'This attempt was played on another version of the encounter, so its scores cannot be checked.');
  const replayed = replayAttempt(claimed, open, story);
  if (!replayed.ok) {
    return replayed.reason === 'does-not-fit'
      ? untrusted('does-not-fit', 'The choices of this attempt do not fit the encounter it names, so its scores cannot be trusted.', true)
      : untrusted('replay-failed', 'The encounter could not replay this attempt, so its scores cannot be checked.');
  }
  const recomputed = asReplayed(claimed, replayed.encounter, story, claimed.updatedAt);
  const differences = scoreDifferences(claimed, recomputed);
  const { unverified: _unverified, ...flags } = claimed.flags;
  if (differences.length === 0) return { attempt: { ...recomputed, flags }, flag: null };
  return {
    attempt: { ...recomputed, flags: { ...flags, scoresMismatch: true } },
    flag: { flag: 'scoresMismatch', reason: 'scores-mismatch', detail: `The saved scores did not match a replay of the choices (${differences.join(', ')}); the replayed scores are kept.` },
  };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** How deeply the text's arrays and objects nest, counted without parsing it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return deepest;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

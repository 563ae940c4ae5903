import * as v from 'valibot';
import type { OpenStory, StoragePort } from '../ports';
import { mergeAttempts } from './attempt';
import { migrate } from './migrate';
import {
  INDEX_VERSION,
  PROGRESS_LIMITS,
  PROGRESS_VERSION,
  RECORD_ID,
  attemptSchema,
  describeIssue,
  emptyIndex,
  nameSchema,
  profileIndexSchema,
  profileSummarySchema,
  type Attempt,
  type DamagedEntry,
  type ProfileFile,
  type ProfileIndex,
  type ProfileRecord,
  type ProfileSummary,
} from './model';
import type { StoryVersion } from './resume';
import { exportProfile, previewImport, type ImportPreview } from './transfer';

/** Every storage key progress uses. */
export const PROGRESS_KEYS = {
  /** The list of profiles on this device (`ProfileIndex`). */
  index: 'counterpart.profiles',
  /** Each profile's record (`ProfileRecord`) is under this prefix plus the profile id. */
  profilePrefix: 'counterpart.profile/',
  /** Version 1 kept one player's progress under this single key. */
  legacyV1: 'counterpart.progress',
  /** A damaged value is moved to its key plus this infix plus the time it was found. */
  damagedInfix: '/damaged/',
} as const;

export const profileKey = (profileId: string): string => PROGRESS_KEYS.profilePrefix + profileId;

export type ProgressNotice =
  | {
      kind: 'damaged';
      what: 'profile-list' | 'profile' | 'attempts' | 'old-save';
      profileId: string | null;
      /** Where the damaged data was put aside. */
      damagedKey: string;
      count: number;
      /** Plain words for the trainee. */
      message: string;
    }
  | { kind: 'migrated'; from: 1; profileId: string; attempts: number; message: string }
  | { kind: 'newer-version'; key: string; message: string }
  /** Storage stopped keeping what is written; said once until it keeps a write again. */
  | { kind: 'not-saved'; message: string };

export type SaveResult =
  | { ok: true }
  | { ok: false; reason: 'unknown-profile' | 'profile-deleted' | 'newer-version' | 'invalid-attempt'; message: string };

/** What `undoImport` needs to take an import back. */
export interface ImportUndo {
  profileId: string;
  /** The import made this profile; undoing removes it. */
  newProfile: boolean;
  /** Attempts the import added. */
  added: string[];
  /** The attempts the import updated, as they were before. */
  replaced: Attempt[];
}

export type CreateProfileResult = { ok: true; profile: ProfileSummary } | { ok: false; reason: 'invalid-name' | 'name-taken' | 'newer-version'; message: string };

export interface ProgressClock {
  now: () => number;
  /** A fresh id for a profile or an attempt: letters, digits and hyphens (a UUID will do). */
  newId: () => string;
}

const NEWER = 'This progress was saved by a newer version of Counterpart. It is left untouched; update the app to keep saving.';
const NOT_SAVED = 'Your progress is not being saved: this browser’s storage is full or turned off. What you play now is kept only until this tab closes — export your data now to keep it.';
const MAX_DAMAGED_ENTRIES = 100;

/**
 * Profiles and their attempts over string storage, one key per profile. Every write re-reads what
 * is stored and merges by attempt id (the later `updatedAt` wins), so two tabs on one profile keep
 * each other's attempts. Damaged data is moved aside and reported, never fatal; the rest stays.
 */
export class ProgressStore {
  /** The last value seen under each key: if storage gives out mid-session, play goes on from memory. */
  private readonly lastSeen = new Map<string, string>();
  private notices: ProgressNotice[] = [];
  /** Damaged data put aside but not yet listed in the index (listing waits for the next index write). */
  private pendingDamaged: DamagedEntry[] = [];
  private readonly reportedNewer = new Set<string>();
  /** What storage refused to keep, read back from here for the rest of the session. */
  private readonly unsaved = new Map<string, string>();
  /** Storage refused the last write, and the trainee has been told. */
  private notSaving = false;
  /** Attempts already checked, by the exact text they were read from: a save need not re-check them all. */
  private readonly checked = new Map<string, { raw: string; attempts: Attempt[] }>();

  constructor(
    private readonly storage: StoragePort,
    private readonly clock: ProgressClock,
  ) {}

  /** Problems found and migrations made since last asked; the UI shows each once. */
  takeNotices(): ProgressNotice[] {
    const taken = this.notices;
    this.notices = [];
    return taken;
  }

  profiles(): ProfileSummary[] {
    return this.readIndex().index.profiles;
  }

  /** The profile picked last on this device, to offer first (never to enter silently on a shared device). */
  lastProfileId(): string | null {
    return this.readIndex().index.lastProfileId;
  }

  createProfile(name: string): CreateProfileResult {
    const parsed = v.safeParse(nameSchema, name);
    if (!parsed.success) return { ok: false, reason: 'invalid-name', message: `Please choose another name: ${describeIssue(parsed.issues)}.` };
    const { index, writable } = this.readIndex();
    if (!writable) return { ok: false, reason: 'newer-version', message: NEWER };
    const wanted = parsed.output.toLocaleLowerCase();
    if (index.profiles.some((p) => p.name.toLocaleLowerCase() === wanted)) {
      return { ok: false, reason: 'name-taken', message: `There is already a profile called “${parsed.output}” on this device. Pick it from the list, or choose another name.` };
    }
    const profile: ProfileSummary = { id: this.clock.newId(), name: parsed.output, createdAt: this.clock.now() };
    if (!RECORD_ID.test(profile.id)) throw new Error(`newId gave "${profile.id}"; ids are letters, digits and hyphens`);
    this.write(profileKey(profile.id), JSON.stringify(emptyRecord(profile)));
    this.updateIndex((i) => ({ ...i, profiles: [...i.profiles.filter((p) => p.id !== profile.id), profile], lastProfileId: profile.id }));
    return { ok: true, profile };
  }

  selectProfile(profileId: string): void {
    this.updateIndex((i) => (i.profiles.some((p) => p.id === profileId) ? { ...i, lastProfileId: profileId } : i));
  }

  /** "Delete my data": this profile's record and anything of it put aside; no other profile is touched. */
  deleteProfile(profileId: string): void {
    const { index } = this.readIndex();
    for (const entry of index.damaged) if (entry.profileId === profileId) this.remove(entry.key);
    this.remove(profileKey(profileId));
    this.updateIndex((i) => ({
      ...i,
      profiles: i.profiles.filter((p) => p.id !== profileId),
      lastProfileId: i.lastProfileId === profileId ? null : i.lastProfileId,
      deleted: i.deleted.includes(profileId) ? i.deleted : [...i.deleted, profileId],
      damaged: i.damaged.filter((e) => e.profileId !== profileId),
    }));
  }

  /** The profile's record as stored now, or null for a profile not on this device. */
  load(profileId: string): ProfileRecord | null {
    const summary = this.readIndex().index.profiles.find((p) => p.id === profileId);
    if (!summary) return null;
    const { record } = this.readRecord(summary);
    this.listDamaged();
    // A copy: the caller may change it without touching what this store has checked.
    return structuredClone(record);
  }

  /** Autosave: merges one attempt into what is stored now. */
  saveAttempt(profileId: string, attempt: Attempt): SaveResult {
    const checked = v.safeParse(attemptSchema, attempt);
    if (!checked.success) return { ok: false, reason: 'invalid-attempt', message: `The attempt could not be saved: ${describeIssue(checked.issues)}.` };
    return this.mergeInto(profileId, [checked.output], 'incoming');
  }

  /** One profile as a file's text, or null for a profile not on this device. */
  exportProfile(profileId: string): string | null {
    const record = this.load(profileId);
    return record ? exportProfile(record, this.clock.now()) : null;
  }

  /**
   * What importing a checked file would do. The attempts go to the profile `into`, else to the
   * file's own profile (made new if it is not on this device; renamed when another profile here
   * has its name, so the two stay apart in the list).
   */
  previewImport(file: ProfileFile, options: { open: OpenStory; stories: ReadonlyMap<string, StoryVersion>; into?: string }): ImportPreview {
    const targetId = options.into ?? file.profile.id;
    const { profiles } = this.readIndex().index;
    const summary = profiles.find((p) => p.id === targetId);
    if (!summary && options.into !== undefined) throw new Error(`no profile "${options.into}" to import into`);
    const here = summary ? this.readRecord(summary).record : null;
    this.listDamaged();
    const preview = previewImport({ file, here, open: options.open, stories: options.stories });
    if (preview.target.kind === 'new-profile') preview.target.profile = { ...preview.target.profile, name: freeName(file.profile.name, profiles) };
    return preview;
  }

  /**
   * Adds and updates what the preview listed; never deletes an attempt, never duplicates one.
   * What it returns undoes it (`undoImport`), so an import into the wrong profile can be taken back.
   */
  applyImport(preview: ImportPreview): ({ ok: true; undo: ImportUndo } | Extract<SaveResult, { ok: false }>) & { profileId: string } {
    const profile = preview.target.profile;
    const { index, writable } = this.readIndex();
    if (!writable) return { ok: false, reason: 'newer-version', message: NEWER, profileId: profile.id };
    const newProfile = !index.profiles.some((p) => p.id === profile.id);
    if (newProfile) {
      this.updateIndex((i) => ({ ...i, profiles: [...i.profiles.filter((p) => p.id !== profile.id), profile], deleted: i.deleted.filter((id) => id !== profile.id) }));
    }
    const before = new Map(this.readRecord(profile).record.attempts.map((a) => [a.id, a]));
    const incoming = [...preview.add, ...preview.update];
    const result = this.mergeInto(profile.id, incoming, 'here');
    if (!result.ok) return { ...result, profileId: profile.id };
    const undo: ImportUndo = {
      profileId: profile.id,
      newProfile,
      added: incoming.filter((a) => !before.has(a.id)).map((a) => a.id),
      replaced: incoming.flatMap((a) => before.get(a.id) ?? []),
    };
    return { ok: true, profileId: profile.id, undo };
  }

  /** Takes an import back: a profile it made is removed, else its attempts go and the ones it updated return. */
  undoImport(undo: ImportUndo): SaveResult {
    if (undo.newProfile) {
      this.deleteProfile(undo.profileId);
      return { ok: true };
    }
    const { index, writable } = this.readIndex();
    if (!writable) return { ok: false, reason: 'newer-version', message: NEWER };
    const summary = index.profiles.find((p) => p.id === undo.profileId);
    if (!summary) return { ok: false, reason: 'unknown-profile', message: 'This profile is not on this device any more.' };
    const current = this.readRecord(summary);
    if (!current.writable) return { ok: false, reason: 'newer-version', message: NEWER };
    const added = new Set(undo.added);
    const replaced = new Map(undo.replaced.map((a) => [a.id, a]));
    this.writeRecord({ ...current.record, attempts: current.record.attempts.filter((a) => !added.has(a.id)).map((a) => replaced.get(a.id) ?? a) });
    return { ok: true };
  }

  // ---- reading and writing ----------------------------------------------------------------

  private mergeInto(profileId: string, attempts: Attempt[], onTie: 'here' | 'incoming'): SaveResult {
    const { index, writable } = this.readIndex();
    if (!writable) return { ok: false, reason: 'newer-version', message: NEWER };
    if (index.deleted.includes(profileId)) return { ok: false, reason: 'profile-deleted', message: 'This profile was deleted on this device, so nothing more is saved to it.' };
    const summary = index.profiles.find((p) => p.id === profileId);
    if (!summary) return { ok: false, reason: 'unknown-profile', message: 'This profile is not on this device any more.' };
    // Re-read right before writing: another tab may have saved since this one last looked.
    const current = this.readRecord(summary);
    if (!current.writable) return { ok: false, reason: 'newer-version', message: NEWER };
    const record: ProfileRecord = { ...current.record, attempts: mergeAttempts(current.record.attempts, attempts, onTie) };
    this.writeRecord(record);
    this.listDamaged();
    return { ok: true };
  }

  private readRecord(summary: ProfileSummary): { record: ProfileRecord; writable: boolean } {
    const key = profileKey(summary.id);
    const raw = this.read(key);
    if (raw === null) return { record: emptyRecord(summary), writable: true };
    const known = this.checked.get(key);
    if (known && known.raw === raw) return { record: { ...emptyRecord(summary), attempts: known.attempts }, writable: true };
    const data = parseJson(raw);
    const result = data === undefined ? null : migrate(data);
    if (result && !result.ok && result.problem === 'newer-version') {
      this.reportNewer(key);
      return { record: emptyRecord(summary), writable: false };
    }
    if (!result || !result.ok) {
      this.quarantine(key, raw, summary.id, 'profile', 1, `The saved progress of “${summary.name}” was damaged and could not be read. It has been put aside; new attempts are saved as usual.`);
      this.write(key, JSON.stringify(emptyRecord(summary)));
      return { record: emptyRecord(summary), writable: true };
    }
    // The index names the profile; a record never renames or re-identifies it.
    const record: ProfileRecord = { ...result.record, profile: summary, attempts: mergeAttempts([], result.record.attempts) };
    if (result.damaged.length > 0) {
      const count = result.damaged.length;
      this.quarantine(key, JSON.stringify(result.damaged), summary.id, 'attempts', count, `${count === 1 ? 'One saved attempt' : `${count} saved attempts`} of “${summary.name}” could not be read and ${count === 1 ? 'was' : 'were'} put aside. The rest of the history is intact.`);
    }
    if (result.damaged.length > 0 || result.from !== PROGRESS_VERSION) this.writeRecord(record);
    else this.checked.set(key, { raw, attempts: record.attempts });
    return { record, writable: true };
  }

  private readIndex(): { index: ProfileIndex; writable: boolean } {
    const raw = this.read(PROGRESS_KEYS.index);
    let index = emptyIndex();
    let changed = false;
    if (raw !== null) {
      const data = parseJson(raw);
      const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
      if (typeof version === 'number' && version > INDEX_VERSION) {
        this.reportNewer(PROGRESS_KEYS.index);
        return { index, writable: false };
      }
      const parsed = v.safeParse(profileIndexSchema, data);
      if (parsed.success) index = parsed.output;
      else {
        // Keep every profile entry that still reads; the whole text is put aside as it was.
        index = { ...index, profiles: salvageProfiles(data) };
        this.quarantine(
          PROGRESS_KEYS.index,
          raw,
          null,
          'profile-list',
          1,
          index.profiles.length > 0
            ? 'The list of profiles on this device was damaged. The profiles that could be read are listed; the damaged list has been put aside.'
            : 'The list of profiles on this device was damaged and has been put aside. Profiles may be missing from the list; their saved progress is still kept.',
        );
        changed = true;
      }
    }
    changed = this.migrateLegacy(index) || changed;
    if (this.pendingDamaged.length > 0) {
      index = { ...index, damaged: [...index.damaged, ...this.pendingDamaged].slice(-MAX_DAMAGED_ENTRIES) };
      this.pendingDamaged = [];
      changed = true;
    }
    if (changed) this.write(PROGRESS_KEYS.index, JSON.stringify(index));
    return { index, writable: true };
  }

  /** Moves a version 1 save into a profile of its own; returns whether the index changed. */
  private migrateLegacy(index: ProfileIndex): boolean {
    const raw = this.read(PROGRESS_KEYS.legacyV1);
    if (raw === null) return false;
    const data = parseJson(raw);
    const result = data === undefined ? null : migrate(data);
    if (result && !result.ok && result.problem === 'newer-version') {
      this.reportNewer(PROGRESS_KEYS.legacyV1);
      return false;
    }
    if (!result || !result.ok) {
      this.quarantine(PROGRESS_KEYS.legacyV1, raw, null, 'old-save', 1, 'Progress saved by an older version of Counterpart was damaged and could not be brought over. It has been put aside.');
      this.remove(PROGRESS_KEYS.legacyV1);
      return true;
    }
    const { profile } = result.record;
    if (index.deleted.includes(profile.id)) {
      this.remove(PROGRESS_KEYS.legacyV1);
      return false;
    }
    const summary = index.profiles.find((p) => p.id === profile.id) ?? profile;
    const existing = this.readRecord(summary).record;
    this.writeRecord({ ...existing, attempts: mergeAttempts(existing.attempts, result.record.attempts, 'here') });
    if (result.damaged.length > 0) {
      const count = result.damaged.length;
      this.quarantine(profileKey(profile.id), JSON.stringify(result.damaged), profile.id, 'attempts', count, `${count} attempts saved by an older version of Counterpart could not be read and were put aside. The rest were brought over.`);
    }
    if (!index.profiles.some((p) => p.id === profile.id)) index.profiles.push(profile);
    // Removed last: if anything above fails, the next start migrates again to the same ids.
    this.remove(PROGRESS_KEYS.legacyV1);
    this.notices.push({
      kind: 'migrated',
      from: 1,
      profileId: profile.id,
      attempts: result.record.attempts.length,
      message: `Progress saved by an older version of Counterpart is now the profile “${profile.name}”.`,
    });
    return true;
  }

  /** Lists damaged data put aside while reading a profile; a no-op when there is none. */
  private listDamaged(): void {
    if (this.pendingDamaged.length > 0) this.readIndex();
  }

  private updateIndex(change: (index: ProfileIndex) => ProfileIndex): void {
    const { index, writable } = this.readIndex();
    if (!writable) return;
    this.write(PROGRESS_KEYS.index, JSON.stringify(change(index)));
  }

  /** Puts a damaged value aside under a key of its own, reports it, and returns where it went. */
  private quarantine(key: string, raw: string, profileId: string | null, what: Extract<ProgressNotice, { kind: 'damaged' }>['what'], count: number, message: string): void {
    let at = this.clock.now();
    let target = `${key}${PROGRESS_KEYS.damagedInfix}${at}`;
    while (this.storage.read(target) !== null) target = `${key}${PROGRESS_KEYS.damagedInfix}${++at}`;
    this.storage.write(target, raw);
    this.notices.push({ kind: 'damaged', what, profileId, damagedKey: target, count, message });
    this.pendingDamaged.push({ key: target, at, profileId });
  }

  private reportNewer(key: string): void {
    if (this.reportedNewer.has(key)) return;
    this.reportedNewer.add(key);
    this.notices.push({ kind: 'newer-version', key, message: NEWER });
  }

  private read(key: string): string | null {
    // A full storage still holds the old value; the one it refused is the one that counts.
    const unsaved = this.unsaved.get(key);
    if (unsaved !== undefined) return unsaved;
    const raw = this.storage.read(key);
    if (raw !== null) this.lastSeen.set(key, raw);
    return raw ?? this.lastSeen.get(key) ?? null;
  }

  private writeRecord(record: ProfileRecord): void {
    const raw = JSON.stringify(record);
    this.write(profileKey(record.profile.id), raw);
    this.checked.set(profileKey(record.profile.id), { raw, attempts: record.attempts });
  }

  private write(key: string, value: string): void {
    this.lastSeen.set(key, value);
    if (this.storage.write(key, value)) {
      this.unsaved.delete(key);
      this.notSaving = false;
      return;
    }
    this.unsaved.set(key, value);
    if (this.notSaving) return;
    this.notSaving = true;
    this.notices.push({ kind: 'not-saved', message: NOT_SAVED });
  }

  private remove(key: string): void {
    this.lastSeen.delete(key);
    this.unsaved.delete(key);
    this.checked.delete(key);
    this.storage.remove(key);
  }
}

/** The name itself when no other profile here has it, else the name marked as imported. */
function freeName(name: string, profiles: readonly ProfileSummary[]): string {
  const taken = new Set(profiles.map((p) => p.name.toLocaleLowerCase()));
  if (!taken.has(name.toLocaleLowerCase())) return name;
  const mark = ' (imported)';
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? mark : ` (imported ${n})`;
    const candidate = name.slice(0, PROGRESS_LIMITS.nameLength - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

const emptyRecord = (profile: ProfileSummary): ProfileRecord => ({ version: PROGRESS_VERSION, profile, attempts: [] });

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

function salvageProfiles(data: unknown): ProfileSummary[] {
  const list = typeof data === 'object' && data !== null ? (data as { profiles?: unknown }).profiles : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const parsed = v.safeParse(profileSummarySchema, item);
    return parsed.success ? [parsed.output] : [];
  });
}

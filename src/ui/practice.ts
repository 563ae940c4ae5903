import type { Encounter } from '../core/encounter';
import type { StoragePort, StorageState } from '../core/ports';
import {
  abandonAttempt,
  newAttempt,
  recordEncounter,
  resumableAttempt,
  type Attempt,
  type AttemptOrigin,
  type ProfileSummary,
  type ProgressNotice,
  type ProgressStore,
} from '../core/progress';
import type { ScenarioMeta } from '../core/scenario';

/** What to tell the trainee: a storage that refuses everything, progress not being saved, or a message. */
export type PracticeNotice = { kind: 'storage-refused' } | { kind: 'not-saved'; message: string } | { kind: 'message'; message: string };

/**
 * Who is practising in this tab, and their attempts as they play: the glue between the screens
 * and the progress store. The tab remembers its profile (session storage) so a reload resumes
 * without asking; a new tab on a shared device asks again.
 */
export class Practice {
  private current: ProfileSummary | null = null;
  /** Save problems to show the trainee; the store's own notices join them. */
  private readonly pending: string[] = [];
  private toldRefused = false;

  constructor(
    private readonly options: {
      store: ProgressStore;
      tab: StoragePort;
      tabKey: string;
      now: () => number;
      newId: () => string;
      /** Whether the browser keeps what progress writes. */
      storageState: () => StorageState;
    },
  ) {
    const remembered = options.tab.read(options.tabKey);
    this.current = this.profiles().find((p) => p.id === remembered) ?? null;
  }

  get store(): ProgressStore {
    return this.options.store;
  }

  get profile(): ProfileSummary | null {
    return this.current;
  }

  profiles(): ProfileSummary[] {
    return this.options.store.profiles();
  }

  /** The last profile picked on this device, offered first in the list. */
  lastProfileId(): string | null {
    return this.options.store.lastProfileId();
  }

  select(profileId: string): void {
    this.current = this.profiles().find((p) => p.id === profileId) ?? null;
    if (!this.current) return;
    this.options.store.selectProfile(profileId);
    this.options.tab.write(this.options.tabKey, profileId);
  }

  create(name: string): { ok: true } | { ok: false; message: string } {
    const result = this.options.store.createProfile(name);
    if (!result.ok) return result;
    this.select(result.profile.id);
    return { ok: true };
  }

  remove(profileId: string): void {
    this.options.store.deleteProfile(profileId);
    if (this.current?.id === profileId) {
      this.current = null;
      this.options.tab.remove(this.options.tabKey);
    }
  }

  attempts(profileId = this.current?.id): Attempt[] {
    return profileId ? (this.options.store.load(profileId)?.attempts ?? []) : [];
  }

  /** The attempt this profile left in the middle, if any. */
  resumable(scenarioId?: string): Attempt | null {
    return resumableAttempt(this.attempts(), scenarioId);
  }

  /** Starts a fresh attempt; one left unfinished for the same scenario is closed, not erased. */
  begin(meta: ScenarioMeta, seed: number, origin?: AttemptOrigin): Attempt {
    return this.start(newAttempt({ id: this.options.newId(), meta, seed, now: this.options.now(), ...(origin ? { origin } : {}) }));
  }

  /** Saves a new attempt (fresh or rewound) as the one in progress for its scenario. */
  start(attempt: Attempt): Attempt {
    const left = this.resumable(attempt.scenarioId);
    if (left && left.id !== attempt.id) this.save(abandonAttempt(left, this.options.now()));
    this.save(attempt);
    return attempt;
  }

  /** Autosave: the attempt as the encounter stands now. */
  record(attempt: Attempt, encounter: Encounter): Attempt {
    const next = recordEncounter(attempt, encounter, this.options.now());
    this.save(next);
    return next;
  }

  save(attempt: Attempt): void {
    if (!this.current) return;
    const result = this.options.store.saveAttempt(this.current.id, attempt);
    if (!result.ok) this.pending.push(result.message);
  }

  newId(): string {
    return this.options.newId();
  }

  now(): number {
    return this.options.now();
  }

  /**
   * What to tell the trainee since last asked: save problems, damaged data put aside, migrations.
   * A browser that refuses storage outright (private mode) is said once, first; its failed saves
   * are that same news and are not repeated.
   */
  takeNotices(): PracticeNotice[] {
    const notices: PracticeNotice[] = [];
    const refused = this.options.storageState() === 'refused';
    if (refused && !this.toldRefused) notices.push({ kind: 'storage-refused' });
    this.toldRefused ||= refused;
    const messages = [...this.pending.splice(0)];
    for (const notice of this.options.store.takeNotices() as ProgressNotice[]) {
      if (notice.kind !== 'not-saved') messages.push(notice.message);
      else if (!refused) notices.push({ kind: 'not-saved', message: notice.message });
    }
    return [...notices, ...[...new Set(messages)].map((message) => ({ kind: 'message' as const, message }))];
  }
}

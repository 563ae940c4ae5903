import type { StoragePort, StorageState } from '../core/ports';

/** Storage keys, declared once. */
export const STORAGE_KEYS = {
  settings: 'counterpart.settings',
  /** Session storage: the profile this tab is playing as, so a reload resumes without asking. */
  tabProfile: 'counterpart.tab-profile',
} as const;

/**
 * localStorage (or sessionStorage). Reading goes on when writing fails: a full storage still holds
 * every profile saved before, and the app must show them. `write` says whether the value was kept;
 * `state` tells the interface what to warn about.
 */
export class BrowserStorage implements StoragePort {
  state: StorageState;

  constructor(private readonly store: Storage | null = storageArea('localStorage')) {
    this.state = probe(store);
  }

  read(key: string): string | null {
    try {
      return this.store?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  write(key: string, value: string): boolean {
    if (!this.store || this.state === 'refused') return false;
    try {
      this.store.setItem(key, value);
      this.state = 'kept';
      return true;
    } catch {
      this.state = 'full';
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.store?.removeItem(key);
    } catch {
      // Nothing to do: a value that cannot be removed is still read as it was.
    }
  }
}

/** The browser's local (kept) or session (this tab only) storage, or null when even reading it is refused. */
export function storageArea(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const store = globalThis[kind];
    store.getItem('counterpart.probe');
    return store;
  } catch {
    return null;
  }
}

/**
 * A storage that refuses a write and holds nothing is refused outright (private mode, storage
 * turned off); one that refuses a write but holds data is full, and its data is still read.
 */
function probe(store: Storage | null): StorageState {
  if (!store) return 'refused';
  const key = 'counterpart.probe';
  try {
    store.setItem(key, key);
    store.removeItem(key);
    return 'kept';
  } catch {
    try {
      return store.length > 0 ? 'full' : 'refused';
    } catch {
      return 'refused';
    }
  }
}

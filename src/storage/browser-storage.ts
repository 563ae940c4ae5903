import type { StoragePort } from '../core/ports';
import { MemoryStorage } from './memory-storage';

/** Storage keys, declared once. */
export const STORAGE_KEYS = {
  settings: 'counterpart.settings',
  /** Session storage: the profile this tab is playing as, so a reload resumes without asking. */
  tabProfile: 'counterpart.tab-profile',
} as const;

/**
 * localStorage, falling back to memory when the browser refuses it (private mode, quota full,
 * storage disabled). `available` tells the interface to warn that nothing will be kept.
 */
export class BrowserStorage implements StoragePort {
  private readonly fallback = new MemoryStorage();
  available: boolean;

  constructor(private readonly store: Storage | null = usableStorage('localStorage')) {
    this.available = store !== null;
  }

  read(key: string): string | null {
    if (!this.available) return this.fallback.read(key);
    try {
      return this.store!.getItem(key);
    } catch {
      this.available = false;
      return this.fallback.read(key);
    }
  }

  write(key: string, value: string): void {
    this.fallback.write(key, value);
    if (!this.available) return;
    try {
      this.store!.setItem(key, value);
    } catch {
      this.available = false;
    }
  }

  remove(key: string): void {
    this.fallback.remove(key);
    if (!this.available) return;
    try {
      this.store!.removeItem(key);
    } catch {
      this.available = false;
    }
  }
}

/** The browser's local (kept) or session (this tab only) storage, or null when it refuses. */
export function usableStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const store = globalThis[kind];
    const probe = 'counterpart.probe';
    store.setItem(probe, probe);
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

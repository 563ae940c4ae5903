import type { StoragePort } from '../core/ports';

/**
 * Keeps everything in memory: the twin tests use for browser storage. Set `refuseWrites` to act
 * as a full storage: what is there reads as before, and nothing new is kept.
 */
export class MemoryStorage implements StoragePort {
  private readonly values = new Map<string, string>();
  refuseWrites = false;

  read(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  write(key: string, value: string): boolean {
    if (this.refuseWrites) return false;
    this.values.set(key, value);
    return true;
  }
  remove(key: string): void {
    this.values.delete(key);
  }
}

import type { StoragePort } from '../core/ports';

/** Keeps everything in memory: the twin used by tests, and the fallback when the browser refuses storage. */
export class MemoryStorage implements StoragePort {
  private readonly values = new Map<string, string>();
  read(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  write(key: string, value: string): void {
    this.values.set(key, value);
  }
  remove(key: string): void {
    this.values.delete(key);
  }
}

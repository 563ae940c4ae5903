import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, writeSettings } from '../../src/core/settings';
import { BrowserStorage } from '../../src/storage/browser-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';

describe('settings', () => {
  it('round-trip through their saved form', () => {
    const settings = { ...DEFAULT_SETTINGS, muted: true, volume: 0.25 };
    expect(readSettings(writeSettings(settings))).toEqual(settings);
  });

  it('keep the largest text size, the one for a projector', () => {
    expect(readSettings(writeSettings({ ...DEFAULT_SETTINGS, textSize: 'largest' })).textSize).toBe('largest');
  });

  it('migrate version 1, which had no typewriter or text size', () => {
    expect(readSettings('{"version":1,"muted":true,"volume":0.5,"coachingDuringPlay":false}')).toEqual({
      version: 2, muted: true, volume: 0.5, coachingDuringPlay: false, typewriter: true, textSize: 'normal',
    });
  });

  it('fall back to the defaults for missing, corrupt or foreign data, field by field', () => {
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{not json')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('"a string"')).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('{"muted":true,"volume":7,"coachingDuringPlay":"yes","textSize":"huge"}')).toEqual({ ...DEFAULT_SETTINGS, muted: true });
  });
});

/** A browser storage over a map; `full` makes every write throw, as a full localStorage does. */
function fakeStorage(values: Record<string, string> = {}) {
  const map = new Map(Object.entries(values));
  const fake = {
    full: false,
    get length() {
      return map.size;
    },
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (fake.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
  return fake;
}

describe('browser storage', () => {
  it('keeps what it is given, and says so', () => {
    const storage = new BrowserStorage(fakeStorage() as unknown as Storage);
    expect(storage.write('k', 'v')).toBe(true);
    expect([storage.state, storage.read('k')]).toEqual(['kept', 'v']);
  });

  it('still reads what a full storage holds, and says each write it could not keep', () => {
    const full = fakeStorage({ k: 'saved before' });
    full.full = true;
    const storage = new BrowserStorage(full as unknown as Storage);
    expect(storage.state).toBe('full');
    expect(storage.read('k')).toBe('saved before');
    expect(storage.write('k', 'new')).toBe(false);
    expect(storage.read('k')).toBe('saved before');
    full.full = false;
    expect(storage.write('k', 'new')).toBe(true);
    expect(storage.state).toBe('kept');
  });

  it('becomes full when a write fails in the middle of a session', () => {
    const backing = fakeStorage();
    const storage = new BrowserStorage(backing as unknown as Storage);
    storage.write('k', 'v');
    backing.full = true;
    expect(storage.write('k', 'w')).toBe(false);
    expect([storage.state, storage.read('k')]).toEqual(['full', 'v']);
  });

  it('is refused when it holds nothing and keeps nothing (private mode), or is not there at all', () => {
    const empty = fakeStorage();
    empty.full = true;
    const refusing = new BrowserStorage(empty as unknown as Storage);
    expect([refusing.state, refusing.write('k', 'v'), refusing.read('k')]).toEqual(['refused', false, null]);
    const missing = new BrowserStorage(null);
    expect([missing.state, missing.write('k', 'v'), missing.read('k')]).toEqual(['refused', false, null]);
  });

  it('has an in-memory twin that stores, reads and forgets, or acts full and keeps nothing new', () => {
    const memory = new MemoryStorage();
    expect(memory.write('a', '1')).toBe(true);
    expect(memory.read('a')).toBe('1');
    memory.refuseWrites = true;
    expect(memory.write('a', '2')).toBe(false);
    expect(memory.read('a')).toBe('1');
    memory.remove('a');
    expect(memory.read('a')).toBeNull();
  });
});

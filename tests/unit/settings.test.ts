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

describe('browser storage', () => {
  it('keeps working in memory, and says so, when the browser refuses to store', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined } as unknown as Storage;
    const storage = new BrowserStorage(refusing);
    expect(storage.available).toBe(true);
    storage.write('k', 'v');
    expect(storage.available).toBe(false);
    expect(storage.read('k')).toBe('v');
  });

  it('uses memory alone when there is no browser storage at all', () => {
    const storage = new BrowserStorage(null);
    storage.write('k', 'v');
    expect([storage.available, storage.read('k')]).toEqual([false, 'v']);
  });

  it('has an in-memory twin that stores, reads and forgets', () => {
    const memory = new MemoryStorage();
    memory.write('a', '1');
    expect(memory.read('a')).toBe('1');
    memory.remove('a');
    expect(memory.read('a')).toBeNull();
  });
});

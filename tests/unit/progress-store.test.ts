import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/core/encounter';
import type { StoragePort } from '../../src/core/ports';
import {
  PROGRESS_KEYS,
  ProgressStore,
  newAttempt,
  profileKey,
  recordEncounter,
  resumableAttempt,
  resumeAttempt,
} from '../../src/core/progress';
import { openInkStory } from '../../src/narrative/ink-story';
import { BrowserStorage } from '../../src/storage/browser-storage';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { ListableStorage, testClock, tiny } from '../fixtures/progress/stories';
import { fixture } from './helpers';

const open = openInkStory;

function setUp(storage: StoragePort = new MemoryStorage(), prefix = 'id') {
  const clock = testClock(prefix);
  return { storage, clock, store: new ProgressStore(storage, clock) };
}

function profileOf(store: ProgressStore, name: string) {
  const created = store.createProfile(name);
  if (!created.ok) throw new Error(created.message);
  return created.profile;
}

/** Starts the tiny encounter and saves after every choice, as the UI does. */
function play(store: ProgressStore, profileId: string, clock: ReturnType<typeof testClock>, optionIds: string[], seed = 3) {
  const story = tiny();
  const encounter = Encounter.start({ open, compiled: story.compiled, seed });
  let attempt = newAttempt({ id: clock.newId(), meta: story.meta, seed, now: clock.now() });
  expect(store.saveAttempt(profileId, attempt)).toEqual({ ok: true });
  for (const optionId of optionIds) {
    clock.advance(10_000);
    encounter.choose(optionId);
    attempt = recordEncounter(attempt, encounter, clock.now());
    expect(store.saveAttempt(profileId, attempt)).toEqual({ ok: true });
  }
  return { encounter, attempt };
}


describe('profiles on a shared device', () => {
  it('creates a profile from a name alone and lists it', () => {
    const { store } = setUp();
    const mei = profileOf(store, '  Mei  ');
    expect(mei).toEqual({ id: 'id-1', name: 'Mei', createdAt: expect.any(Number) });
    expect(store.profiles()).toEqual([mei]);
    expect(store.load(mei.id)).toEqual({ version: 3, profile: mei, attempts: [] });
  });

  it.each([
    ['an empty name', '   ', /a name is needed/],
    ['a very long name', 'x'.repeat(41), /at most 40 characters/],
    ['a name with control characters', 'Mei\u0000', /invisible or control characters/],
    ['a name that reverses the text direction', 'Mei\u202eoL', /invisible or control characters/],
  ])('refuses %s with a reason', (_what, name, reason) => {
    const { store } = setUp();
    expect(store.createProfile(name)).toMatchObject({ ok: false, reason: 'invalid-name', message: expect.stringMatching(reason) });
    expect(store.profiles()).toEqual([]);
  });

  it('refuses a second profile with the same name, so trainees can tell them apart', () => {
    const { store } = setUp();
    profileOf(store, 'Mei');
    expect(store.createProfile('mei')).toMatchObject({ ok: false, reason: 'name-taken' });
  });

  it('keeps markup in a name as the very text typed, to be shown as text', () => {
    const { storage, store } = setUp();
    const name = '<img src=x onerror=alert(1)>';
    const profile = profileOf(store, name);
    expect(new ProgressStore(storage, testClock()).profiles()[0]!.name).toBe(name);
    expect(profile.name).toBe(name);
  });

  it('remembers which profile was picked last, to offer it first', () => {
    const { store } = setUp();
    const mei = profileOf(store, 'Mei');
    const liu = profileOf(store, 'Liu');
    expect(store.lastProfileId()).toBe(liu.id);
    store.selectProfile(mei.id);
    expect(store.lastProfileId()).toBe(mei.id);
    store.selectProfile('nobody');
    expect(store.lastProfileId()).toBe(mei.id);
  });

  it('deletes one profile\'s data and nothing of anyone else\'s', () => {
    const { storage, store, clock } = setUp();
    const mei = profileOf(store, 'Mei');
    const liu = profileOf(store, 'Liu');
    play(store, mei.id, clock, ['ask.listen']);
    play(store, liu.id, clock, ['ask.point', 'hold.manager']);
    const liuBefore = store.load(liu.id);
    store.deleteProfile(mei.id);
    expect(store.profiles()).toEqual([liu]);
    expect(store.load(mei.id)).toBeNull();
    expect(storage.read(profileKey(mei.id))).toBeNull();
    expect(store.load(liu.id)).toEqual(liuBefore);
    expect(store.lastProfileId()).toBe(liu.id);
  });

  it('deletes what was put aside from a deleted profile too', () => {
    const { storage, store } = setUp();
    const mei = profileOf(store, 'Mei');
    storage.write(profileKey(mei.id), '{broken');
    store.load(mei.id);
    const [notice] = store.takeNotices();
    expect(notice).toMatchObject({ kind: 'damaged' });
    const damagedKey = (notice as { damagedKey: string }).damagedKey;
    expect(storage.read(damagedKey)).toBe('{broken');
    store.deleteProfile(mei.id);
    expect(storage.read(damagedKey)).toBeNull();
  });

  it('does not let a stale tab bring a deleted profile back by saving to it', () => {
    const storage = new MemoryStorage();
    const tabA = setUp(storage, 'a');
    const tabB = setUp(storage, 'b');
    const mei = profileOf(tabA.store, 'Mei');
    const { attempt } = play(tabB.store, mei.id, tabB.clock, ['ask.listen']);
    tabA.store.deleteProfile(mei.id);
    expect(tabB.store.saveAttempt(mei.id, { ...attempt, updatedAt: attempt.updatedAt + 1 })).toMatchObject({ ok: false, reason: 'profile-deleted' });
    expect(storage.read(profileKey(mei.id))).toBeNull();
    expect(tabB.store.profiles()).toEqual([]);
  });
});

describe('autosave and resume', () => {
  it('saves after every decision the scenario, story hash, seed, choices by id, score changes, ranges and times', () => {
    const { store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    const { attempt } = play(store, liu.id, clock, ['ask.listen']);
    const saved = store.load(liu.id)!.attempts;
    expect(saved).toEqual([attempt]);
    expect(saved[0]).toMatchObject({
      scenarioId: 'tiny',
      storyHash: tiny().meta.storyHash,
      seed: 3,
      choices: [{ optionId: 'ask.listen', deltas: { listening: 2, promise_keeping: 0, ownership: 0 } }],
      totals: { listening: 2, promise_keeping: 0, ownership: 0 },
      scoreRanges: tiny().meta.scoreRanges,
      status: 'in-progress',
      origin: { kind: 'new' },
    });
    expect(saved[0]!.updatedAt).toBeGreaterThan(saved[0]!.startedAt);
  });

  it('after a reload, resumes on the same lines and the same choices', () => {
    const { storage, store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    const { encounter } = play(store, liu.id, clock, ['ask.point']);
    const reloaded = new ProgressStore(storage, clock);
    const attempt = resumableAttempt(reloaded.load(liu.id)!.attempts, 'tiny')!;
    const resumed = resumeAttempt({ attempt, open, story: tiny(), now: clock.now() });
    if (!resumed.ok) throw new Error(resumed.message);
    expect(resumed.encounter.beat).toEqual(encounter.beat);
    expect(resumed.encounter.beat.decision?.options.map((o) => o.id)).toEqual(['hold.promise', 'hold.manager']);
    expect(resumed.changed).toBe(false);
  });

  it('marks the attempt finished, with its ending, after the last decision', () => {
    const { store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    play(store, liu.id, clock, ['ask.listen', 'hold.promise']);
    const [attempt] = store.load(liu.id)!.attempts;
    expect(attempt).toMatchObject({ status: 'finished', outcome: 'happy', finishedAt: clock.now() });
    expect(resumableAttempt(store.load(liu.id)!.attempts)).toBeNull();
  });

  it('hands out copies, so changing a loaded record changes nothing stored', () => {
    const { store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    play(store, liu.id, clock, ['ask.listen']);
    const loaded = store.load(liu.id)!;
    loaded.attempts[0]!.totals.listening = 99;
    loaded.attempts.pop();
    expect(store.load(liu.id)!.attempts[0]!.totals.listening).toBe(2);
  });

  it('refuses to save an attempt that would not read back', () => {
    const { store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    const { attempt } = play(store, liu.id, clock, []);
    expect(store.saveAttempt(liu.id, { ...attempt, seed: Number.NaN })).toMatchObject({ ok: false, reason: 'invalid-attempt' });
    expect(store.saveAttempt('nobody', attempt)).toMatchObject({ ok: false, reason: 'unknown-profile' });
  });
});

describe('two tabs on the same profile', () => {
  it('keeps both tabs\' attempts when they save in turn', () => {
    const storage = new MemoryStorage();
    const tabA = setUp(storage, 'a');
    const tabB = setUp(storage, 'b');
    const liu = profileOf(tabA.store, 'Liu');
    const a = play(tabA.store, liu.id, tabA.clock, ['ask.listen']);
    const b = play(tabB.store, liu.id, tabB.clock, ['ask.point']);
    tabA.clock.advance(5_000);
    a.encounter.choose('hold.promise');
    expect(tabA.store.saveAttempt(liu.id, recordEncounter(a.attempt, a.encounter, tabA.clock.now()))).toEqual({ ok: true });
    const attempts = new ProgressStore(storage, testClock()).load(liu.id)!.attempts;
    expect(attempts.map((x) => x.id).sort()).toEqual([a.attempt.id, b.attempt.id]);
    expect(attempts.find((x) => x.id === a.attempt.id)).toMatchObject({ status: 'finished' });
    expect(attempts.find((x) => x.id === b.attempt.id)).toEqual(b.attempt);
  });

  it('lets the later save of one attempt win whole, and never lets an older one overwrite it', () => {
    const storage = new MemoryStorage();
    const tabA = setUp(storage, 'a');
    const tabB = setUp(storage, 'b');
    const liu = profileOf(tabA.store, 'Liu');
    const { attempt } = play(tabA.store, liu.id, tabA.clock, ['ask.listen']);
    const story = tiny();
    const other = Encounter.replay({ open, compiled: story.compiled, seed: attempt.seed, optionIds: ['ask.listen'] });
    other.choose('hold.manager');
    const newer = recordEncounter(attempt, other, attempt.updatedAt + 60_000);
    expect(tabB.store.saveAttempt(liu.id, newer)).toEqual({ ok: true });
    expect(tabA.store.saveAttempt(liu.id, attempt)).toEqual({ ok: true });
    expect(tabA.store.load(liu.id)!.attempts).toEqual([newer]);
  });

  it('lists profiles created in two tabs at once', () => {
    const storage = new MemoryStorage();
    const tabA = setUp(storage, 'a');
    const tabB = setUp(storage, 'b');
    tabA.store.profiles();
    tabB.store.profiles();
    profileOf(tabA.store, 'Mei');
    profileOf(tabB.store, 'Liu');
    expect(tabA.store.profiles().map((p) => p.name)).toEqual(['Mei', 'Liu']);
  });
});

describe('damaged saves', () => {
  it('puts an unreadable profile record aside, says so, and goes on saving', () => {
    const { storage, store, clock } = setUp();
    const mei = profileOf(store, 'Mei');
    const liu = profileOf(store, 'Liu');
    play(store, liu.id, clock, ['ask.listen']);
    const liuBefore = store.load(liu.id);
    storage.write(profileKey(mei.id), '{"version":2,"profile":');
    expect(store.load(mei.id)).toEqual({ version: 3, profile: mei, attempts: [] });
    const notices = store.takeNotices();
    expect(notices).toEqual([
      {
        kind: 'damaged',
        what: 'profile',
        profileId: mei.id,
        damagedKey: `${profileKey(mei.id)}/damaged/${clock.now()}`,
        count: 1,
        message: 'The saved progress of “Mei” was damaged and could not be read. It has been put aside; new attempts are saved as usual.',
      },
    ]);
    expect(storage.read(`${profileKey(mei.id)}/damaged/${clock.now()}`)).toBe('{"version":2,"profile":');
    expect(store.takeNotices()).toEqual([]);
    play(store, mei.id, clock, ['ask.point']);
    expect(store.load(mei.id)!.attempts).toHaveLength(1);
    expect(store.load(liu.id)).toEqual(liuBefore);
  });

  it('puts only the damaged attempt aside and keeps the rest of the history', () => {
    const { storage, store, clock } = setUp();
    const liu = profileOf(store, 'Liu');
    play(store, liu.id, clock, ['ask.listen', 'hold.promise']);
    play(store, liu.id, clock, ['ask.point']);
    const record = JSON.parse(storage.read(profileKey(liu.id))!) as { attempts: Record<string, unknown>[] };
    record.attempts[0]!.totals = 'lots';
    storage.write(profileKey(liu.id), JSON.stringify(record));
    const attempts = store.load(liu.id)!.attempts;
    expect(attempts.map((a) => a.id)).toEqual([record.attempts[1]!.id]);
    const [notice] = store.takeNotices();
    expect(notice).toMatchObject({ kind: 'damaged', what: 'attempts', count: 1, message: expect.stringMatching(/One saved attempt of “Liu” could not be read.*The rest of the history is intact/) });
    const aside = JSON.parse(storage.read((notice as { damagedKey: string }).damagedKey)!) as unknown[];
    expect(aside).toEqual([record.attempts[0]]);
    expect(JSON.parse(storage.read(PROGRESS_KEYS.index)!).damaged).toEqual([{ key: (notice as { damagedKey: string }).damagedKey, at: clock.now(), profileId: liu.id }]);
  });

  it('puts a damaged profile list aside and still lists every profile entry that reads', () => {
    const { storage, store } = setUp();
    const mei = profileOf(store, 'Mei');
    profileOf(store, 'Liu');
    const index = JSON.parse(storage.read(PROGRESS_KEYS.index)!) as { profiles: Record<string, unknown>[]; deleted: unknown };
    index.profiles[1]!.name = 42;
    index.deleted = 'oops';
    storage.write(PROGRESS_KEYS.index, JSON.stringify(index));
    const reloaded = new ProgressStore(storage, testClock());
    expect(reloaded.profiles()).toEqual([mei]);
    expect(reloaded.takeNotices()).toMatchObject([{ kind: 'damaged', what: 'profile-list', message: expect.stringMatching(/could be read are listed/) }]);
  });

  it('never stops on a profile list that is not even JSON', () => {
    const { storage, store } = setUp();
    storage.write(PROGRESS_KEYS.index, '\u0000\u0001garbage');
    expect(store.profiles()).toEqual([]);
    expect(store.takeNotices()).toMatchObject([{ kind: 'damaged', what: 'profile-list' }]);
    expect(store.createProfile('Mei')).toMatchObject({ ok: true });
  });

  it('puts aside a record too deeply nested to parse, or holding a huge string where a name belongs', () => {
    const { storage, store } = setUp();
    const mei = profileOf(store, 'Mei');
    storage.write(profileKey(mei.id), '['.repeat(200_000) + ']'.repeat(200_000));
    expect(store.load(mei.id)!.attempts).toEqual([]);
    storage.write(profileKey(mei.id), JSON.stringify({ version: 2, profile: { ...mei, name: 'M'.repeat(1_000_000) }, attempts: [] }));
    expect(store.load(mei.id)!.profile).toEqual(mei);
    expect(store.takeNotices().map((n) => n.kind)).toEqual(['damaged', 'damaged']);
  });

  it('puts damaged data found in the same millisecond under distinct keys', () => {
    const { storage, store } = setUp();
    const mei = profileOf(store, 'Mei');
    storage.write(profileKey(mei.id), 'first');
    store.load(mei.id);
    storage.write(profileKey(mei.id), 'second');
    store.load(mei.id);
    const keys = store.takeNotices().map((n) => (n as { damagedKey: string }).damagedKey);
    expect(new Set(keys).size).toBe(2);
    expect(keys.map((k) => storage.read(k))).toEqual(['first', 'second']);
  });

  it('leaves data saved by a newer version untouched and refuses to write over it', () => {
    const { storage, store, clock } = setUp();
    const mei = profileOf(store, 'Mei');
    const future = JSON.stringify({ version: 4, profile: { id: mei.id }, everything: 'new' });
    storage.write(profileKey(mei.id), future);
    const attempt = newAttempt({ id: 'x-1', meta: tiny().meta, seed: 1, now: clock.now() });
    expect(store.saveAttempt(mei.id, attempt)).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(storage.read(profileKey(mei.id))).toBe(future);
    expect(store.takeNotices()).toMatchObject([{ kind: 'newer-version', key: profileKey(mei.id) }]);
  });
});

describe('when storage is full or refused', () => {
  it('plays on in memory when the browser refuses storage: profiles, autosave and resume all work for the session', () => {
    const storage = new BrowserStorage(null);
    expect(storage.state).toBe('refused');
    const { store, clock } = setUp(storage);
    const liu = profileOf(store, 'Liu');
    const { encounter } = play(store, liu.id, clock, ['ask.listen']);
    const attempt = resumableAttempt(store.load(liu.id)!.attempts)!;
    const resumed = resumeAttempt({ attempt, open, story: tiny(), now: clock.now() });
    expect(resumed.ok && resumed.encounter.beat).toEqual(encounter.beat);
  });

  it('reads every profile and attempt a full storage holds at page load, and resumes the attempt left in the middle', () => {
    const backing = new Map<string, string>();
    const full = {
      get length() {
        return backing.size;
      },
      getItem: (k: string) => backing.get(k) ?? null,
      setItem: (k: string, value: string) => void backing.set(k, value),
      removeItem: (k: string) => void backing.delete(k),
    };
    const before = setUp(new BrowserStorage(full as unknown as Storage));
    const liu = profileOf(before.store, 'Liu');
    const { encounter } = play(before.store, liu.id, before.clock, ['ask.listen']);
    full.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };

    const storage = new BrowserStorage(full as unknown as Storage);
    expect(storage.state).toBe('full');
    const { store, clock } = setUp(storage, 'later');
    expect(store.profiles()).toEqual([liu]);
    const resumed = resumeAttempt({ attempt: resumableAttempt(store.load(liu.id)!.attempts)!, open, story: tiny(), now: clock.now() });
    expect(resumed.ok && resumed.encounter.beat).toEqual(encounter.beat);
  });

  it('says once that progress is not being saved, keeps every attempt played meanwhile, and exports them', () => {
    const storage = new MemoryStorage();
    const { store, clock } = setUp(storage);
    const liu = profileOf(store, 'Liu');
    const saved = play(store, liu.id, clock, ['ask.listen', 'hold.promise']).attempt;
    expect(store.takeNotices()).toEqual([]);

    storage.refuseWrites = true;
    const first = play(store, liu.id, clock, ['ask.point', 'hold.manager']).attempt;
    const second = play(store, liu.id, clock, ['ask.listen']).attempt;
    expect(store.takeNotices()).toEqual([{ kind: 'not-saved', message: expect.stringMatching(/^Your progress is not being saved.*export your data now/) }]);
    expect(store.load(liu.id)!.attempts).toEqual([saved, first, second]);
    expect(JSON.parse(store.exportProfile(liu.id)!).attempts).toEqual([saved, first, second]);
    expect(JSON.parse(storage.read(profileKey(liu.id))!).attempts).toEqual([saved]);
  });

  it('saves everything kept in memory once storage keeps writes again, and says so again if it fails again', () => {
    const storage = new MemoryStorage();
    const { store, clock } = setUp(storage);
    const liu = profileOf(store, 'Liu');
    storage.refuseWrites = true;
    const lost = play(store, liu.id, clock, ['ask.point', 'hold.manager']).attempt;
    store.takeNotices();
    storage.refuseWrites = false;
    const next = play(store, liu.id, clock, ['ask.listen']).attempt;
    expect(JSON.parse(storage.read(profileKey(liu.id))!).attempts).toEqual([lost, next]);
    expect(store.takeNotices()).toEqual([]);
    storage.refuseWrites = true;
    play(store, liu.id, clock, ['ask.listen']);
    expect(store.takeNotices()).toMatchObject([{ kind: 'not-saved' }]);
  });

  it('keeps what it had read when storage gives out in the middle of a session', () => {
    const backing = new Map<string, string>();
    let broken = false;
    const fail = () => {
      if (broken) throw new Error('QuotaExceededError');
    };
    const fakeLocalStorage = {
      get length() {
        return backing.size;
      },
      getItem: (k: string) => (fail(), backing.get(k) ?? null),
      setItem: (k: string, value: string) => (fail(), void backing.set(k, value)),
      removeItem: (k: string) => (fail(), void backing.delete(k)),
    } as unknown as Storage;
    const first = setUp(new BrowserStorage(fakeLocalStorage));
    const liu = profileOf(first.store, 'Liu');
    play(first.store, liu.id, first.clock, ['ask.listen']);

    const storage = new BrowserStorage(fakeLocalStorage);
    const { store, clock } = setUp(storage, 'later');
    expect(store.profiles()).toEqual([liu]);
    const [before] = store.load(liu.id)!.attempts;
    broken = true;
    const { attempt } = play(store, liu.id, clock, ['ask.point']);
    expect(storage.state).toBe('full');
    expect(store.profiles()).toEqual([liu]);
    expect(store.load(liu.id)!.attempts).toEqual([before, attempt]);
  });
});

describe('progress saved by version 1', () => {
  const v1 = () => readFileSync(fixture('progress/v1-save.json'), 'utf8');

  it('becomes a profile the first time progress is read, and the old key is cleared', () => {
    const storage = new MemoryStorage();
    storage.write(PROGRESS_KEYS.legacyV1, v1());
    const { store } = setUp(storage);
    const [liu] = store.profiles();
    expect(liu).toMatchObject({ name: 'Liu' });
    expect(store.load(liu!.id)!.attempts).toHaveLength(2);
    expect(storage.read(PROGRESS_KEYS.legacyV1)).toBeNull();
    expect(store.takeNotices()).toEqual([{ kind: 'migrated', from: 1, profileId: liu!.id, attempts: 2, message: 'Progress saved by an older version of Counterpart is now the profile “Liu”.' }]);
  });

  it('gives no duplicates when two tabs migrate the same old save', () => {
    const storage = new MemoryStorage();
    storage.write(PROGRESS_KEYS.legacyV1, v1());
    const tabA = setUp(storage, 'a');
    const tabB = setUp(storage, 'b');
    tabA.store.profiles();
    // Tab B read the old key before tab A cleared it, and migrates it again.
    storage.write(PROGRESS_KEYS.legacyV1, v1());
    tabB.store.profiles();
    expect(tabA.store.profiles()).toHaveLength(1);
    expect(tabA.store.load(tabA.store.profiles()[0]!.id)!.attempts).toHaveLength(2);
  });

  it('does not bring back a deleted profile when the old key turns up again (a tab still running the old app)', () => {
    const storage = new MemoryStorage();
    storage.write(PROGRESS_KEYS.legacyV1, v1());
    const { store } = setUp(storage);
    const [liu] = store.profiles();
    store.deleteProfile(liu!.id);
    storage.write(PROGRESS_KEYS.legacyV1, v1());
    expect(store.profiles()).toEqual([]);
    expect(storage.read(profileKey(liu!.id))).toBeNull();
    expect(storage.read(PROGRESS_KEYS.legacyV1)).toBeNull();
  });

  it('puts a damaged old save aside rather than failing', () => {
    const storage = new MemoryStorage();
    storage.write(PROGRESS_KEYS.legacyV1, '{"version":1,"name":');
    const { store } = setUp(storage);
    expect(store.profiles()).toEqual([]);
    const [notice] = store.takeNotices();
    expect(notice).toMatchObject({ kind: 'damaged', what: 'old-save' });
    expect(storage.read((notice as { damagedKey: string }).damagedKey)).toBe('{"version":1,"name":');
    expect(storage.read(PROGRESS_KEYS.legacyV1)).toBeNull();
  });
});

describe('progress saved by version 2', () => {
  /** The browser storage of a device that ran version 2: the profile list and one profile's record. */
  const v2Device = () => {
    const storage = new MemoryStorage();
    const saved = JSON.parse(readFileSync(fixture('progress/v2-storage.json'), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(saved)) storage.write(key, JSON.stringify(value));
    return storage;
  };

  it('still loads: the same profile, every attempt, the finished ones with their scores recorded', () => {
    const storage = v2Device();
    const { store } = setUp(storage);
    expect(store.profiles()).toEqual([{ id: 'mei-1', name: 'Mei', createdAt: 1795456800000 }]);
    expect(store.lastProfileId()).toBe('mei-1');
    const record = store.load('mei-1')!;
    expect(record.version).toBe(3);
    expect(record.attempts.map((a) => [a.id, a.status, a.scored?.overall ?? null])).toEqual([
      ['a-first', 'finished', 0],
      ['a-second', 'finished', 33],
      ['a-open', 'in-progress', null],
    ]);
    expect(store.takeNotices()).toEqual([]);
    // Written back in the new format, so the next read needs no migration.
    expect(JSON.parse(storage.read(profileKey('mei-1'))!)).toMatchObject({ version: 3, attempts: [{ id: 'a-first' }, { id: 'a-second' }, { id: 'a-open' }] });
  });

  it('goes on saving to the migrated profile', () => {
    const storage = v2Device();
    const { store, clock } = setUp(storage);
    const { attempt } = play(store, 'mei-1', clock, ['ask.listen', 'hold.promise']);
    expect(store.load('mei-1')!.attempts.map((a) => a.id).sort()).toEqual(['a-first', 'a-open', 'a-second', attempt.id]);
    expect(attempt.scored).toEqual({ formula: 1, scores: { listening: 100, promise_keeping: 100, ownership: 100 }, overall: 100 });
  });
});

describe('storage keys', () => {
  it('uses one key for the profile list and one per profile', () => {
    const storage = new ListableStorage();
    const { store, clock } = setUp(storage);
    const mei = profileOf(store, 'Mei');
    const liu = profileOf(store, 'Liu');
    play(store, mei.id, clock, ['ask.listen']);
    expect([...storage.values.keys()].sort()).toEqual([PROGRESS_KEYS.index, profileKey(liu.id), profileKey(mei.id)].sort());
    expect(profileKey('p-1')).toBe('counterpart.profile/p-1');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { Encounter } from '../../src/core/encounter';
import {
  PROFILE_FILE_FORMAT,
  PROGRESS_LIMITS,
  ProgressStore,
  historyOf,
  newAttempt,
  readProfileFile,
  recordEncounter,
  type Attempt,
  type ImportUndo,
  type ProfileFile,
  type StoryVersion,
} from '../../src/core/progress';
import { openInkStory } from '../../src/narrative/ink-story';
import { ListableStorage, START, stories, testClock, tiny, tinyReworded } from '../fixtures/progress/stories';

const open = openInkStory;

function device(prefix: string) {
  const storage = new ListableStorage();
  const clock = testClock(prefix);
  return { storage, clock, store: new ProgressStore(storage, clock) };
}

/** Each attempt gets a seed of its own, as the app gives each new encounter a random one. */
let nextSeed = 11;

function playInto(store: ProgressStore, profileId: string, clock: ReturnType<typeof testClock>, optionIds: string[], story: StoryVersion = tiny()): Attempt {
  const seed = nextSeed++;
  const encounter = Encounter.start({ open, compiled: story.compiled, seed });
  let attempt = newAttempt({ id: clock.newId(), meta: story.meta, seed, now: clock.now() });
  for (const id of optionIds) {
    clock.advance(30_000);
    encounter.choose(id);
    attempt = recordEncounter(attempt, encounter, clock.now());
  }
  expect(store.saveAttempt(profileId, attempt)).toEqual({ ok: true });
  return attempt;
}

/** Mei's phone: two finished attempts and one in progress. */
function meiPhone() {
  const phone = device('phone');
  const created = phone.store.createProfile('Mei');
  if (!created.ok) throw new Error(created.message);
  const mei = created.profile;
  const attempts = [
    playInto(phone.store, mei.id, phone.clock, ['ask.point', 'hold.manager']),
    playInto(phone.store, mei.id, phone.clock, ['ask.listen', 'hold.promise']),
    playInto(phone.store, mei.id, phone.clock, ['ask.listen']),
  ];
  return { ...phone, mei, attempts, file: () => phone.store.exportProfile(mei.id)! };
}

/** The whole import as the UI runs it: check the file, preview, then apply. */
function importText(store: ProgressStore, text: string, known: Map<string, StoryVersion> = stories(tiny()), into?: string) {
  const read = readProfileFile(text);
  if (!read.ok) return { read };
  const preview = store.previewImport(read.file, { open, stories: known, ...(into ? { into } : {}) });
  return { read, preview, applied: store.applyImport(preview) };
}

const edit = (text: string, change: (file: ProfileFile) => void) => {
  const file = JSON.parse(text) as ProfileFile;
  change(file);
  return JSON.stringify(file);
};

describe('exporting a profile', () => {
  it('writes one JSON file marked as a Counterpart profile, with its format version and every attempt', () => {
    const { file, mei, attempts, clock } = meiPhone();
    expect(JSON.parse(file())).toEqual({ format: PROFILE_FILE_FORMAT, version: 3, exportedAt: clock.now(), profile: mei, attempts });
    expect(clock.now()).toBeGreaterThan(START);
    expect(PROFILE_FILE_FORMAT).toBe('counterpart-profile');
  });

  it('gives nothing for a profile that is not on the device', () => {
    expect(device('x').store.exportProfile('nobody')).toBeNull();
  });
});

describe('importing a profile', () => {
  it('shows what it will add before changing anything, then adds it', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const read = readProfileFile(phone.file());
    if (!read.ok) throw new Error(read.message);
    expect(read.scenarioIds).toEqual(['tiny']);
    const before = laptop.storage.snapshot();
    const preview = laptop.store.previewImport(read.file, { open, stories: stories(tiny()) });
    expect(laptop.storage.snapshot()).toEqual(before);
    expect(preview).toMatchObject({ fileProfile: phone.mei, target: { kind: 'new-profile', profile: phone.mei }, update: [], skip: [], flagged: [] });
    expect(preview.add.map((a) => a.id)).toEqual(phone.attempts.map((a) => a.id));
    expect(laptop.store.applyImport(preview)).toMatchObject({ ok: true, profileId: phone.mei.id });
    expect(laptop.store.profiles()).toEqual([phone.mei]);
    expect(laptop.store.load(phone.mei.id)!.attempts).toEqual(phone.attempts);
  });

  it('never duplicates: importing the same file again adds nothing and changes nothing', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    importText(laptop.store, phone.file());
    const before = laptop.storage.snapshot();
    const again = importText(laptop.store, phone.file());
    expect(again.preview).toMatchObject({ add: [], update: [], target: { kind: 'existing-profile' } });
    expect(again.preview!.skip.map((s) => s.reason)).toEqual(['already-here', 'already-here', 'already-here']);
    expect(laptop.storage.snapshot()).toEqual(before);
  });

  it('never deletes: attempts only on this device stay, and a later state of a shared attempt updates it', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    importText(laptop.store, phone.file());
    const onlyHere = playInto(laptop.store, phone.mei.id, laptop.clock, ['ask.point']);
    // On the phone, Mei finishes the attempt she had left open.
    const open3 = phone.attempts[2]!;
    const encounter = Encounter.replay({ open, compiled: tiny().compiled, seed: open3.seed, optionIds: ['ask.listen'] });
    encounter.choose('hold.manager');
    const finishedLater = recordEncounter(open3, encounter, open3.updatedAt + 60_000);
    phone.store.saveAttempt(phone.mei.id, finishedLater);
    const { preview } = importText(laptop.store, phone.file());
    expect(preview!.update.map((a) => a.id)).toEqual([open3.id]);
    expect(preview!.add).toEqual([]);
    const here = laptop.store.load(phone.mei.id)!.attempts;
    expect(here.map((a) => a.id).sort()).toEqual([...phone.attempts.map((a) => a.id), onlyHere.id].sort());
    expect(here.find((a) => a.id === open3.id)).toEqual(finishedLater);
  });

  it('does not let an older copy of an attempt replace the newer one here', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const oldFile = phone.file();
    const open3 = phone.attempts[2]!;
    const encounter = Encounter.replay({ open, compiled: tiny().compiled, seed: open3.seed, optionIds: ['ask.listen'] });
    encounter.choose('hold.promise');
    phone.store.saveAttempt(phone.mei.id, recordEncounter(open3, encounter, open3.updatedAt + 60_000));
    importText(laptop.store, phone.file());
    const { preview } = importText(laptop.store, oldFile);
    expect(preview!.skip).toContainEqual({ attemptId: open3.id, reason: 'older-than-here' });
    expect(laptop.store.load(phone.mei.id)!.attempts.find((a) => a.id === open3.id)!.status).toBe('finished');
  });

  it('can put the attempts into another profile on this device', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const created = laptop.store.createProfile('Mei (laptop)');
    if (!created.ok) throw new Error(created.message);
    const { preview, applied } = importText(laptop.store, phone.file(), stories(tiny()), created.profile.id);
    expect(preview!.target).toEqual({ kind: 'existing-profile', profile: created.profile });
    expect(applied).toMatchObject({ ok: true, profileId: created.profile.id });
    expect(laptop.store.profiles()).toEqual([created.profile]);
    expect(laptop.store.load(created.profile.id)!.attempts).toHaveLength(3);
  });
});

describe('checking imported scores by replaying them', () => {
  it('flags an attempt whose scores were edited by hand and keeps the replayed scores instead', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const target = phone.attempts[0]!;
    const tampered = edit(phone.file(), (f) => {
      f.attempts[0]!.totals = { listening: 3, promise_keeping: 1, ownership: 1 };
      f.attempts[0]!.choices[0]!.deltas = { listening: 2, promise_keeping: 0, ownership: 0 };
    });
    const { preview } = importText(laptop.store, tampered);
    expect(preview!.flagged).toEqual([
      {
        attemptId: target.id,
        scenarioId: 'tiny',
        flag: 'scoresMismatch',
        reason: 'scores-mismatch',
        detail: 'The saved scores did not match a replay of the choices (the score change of choice 1, the totals); the replayed scores are kept.',
      },
    ]);
    const stored = laptop.store.load(phone.mei.id)!.attempts.find((a) => a.id === target.id)!;
    expect(stored.totals).toEqual(target.totals);
    expect(stored.choices).toEqual(target.choices);
    expect(stored.flags).toEqual({ scoresMismatch: true });
  });

  it('flags recorded scores edited by hand, even when the totals were left alone, and keeps the replayed ones', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const target = phone.attempts[0]!;
    const tampered = edit(phone.file(), (f) => {
      f.attempts[0]!.scored = { formula: 1, scores: { listening: 100, promise_keeping: 100, ownership: 100 }, overall: 100 };
    });
    const { preview } = importText(laptop.store, tampered);
    expect(preview!.flagged).toMatchObject([{ attemptId: target.id, flag: 'scoresMismatch', detail: expect.stringContaining('(the recorded scores)') }]);
    const stored = laptop.store.load(phone.mei.id)!.attempts.find((a) => a.id === target.id)!;
    expect(stored.scored).toEqual(target.scored);
  });

  it('reads a file exported by version 2, recording the scores it showed', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const v2File = edit(phone.file(), (f) => {
      f.version = 2 as typeof f.version;
      for (const a of f.attempts) delete (a as Partial<Attempt>).scored;
    });
    const { read, preview } = importText(laptop.store, v2File);
    expect(read.ok).toBe(true);
    expect(preview!.flagged).toEqual([]);
    expect(laptop.store.load(phone.mei.id)!.attempts.map((a) => a.scored)).toEqual(phone.attempts.map((a) => a.scored));
  });

  it('flags edited score ranges, a false ending and a false claim to have finished', () => {
    const phone = meiPhone();
    const tampered = edit(phone.file(), (f) => {
      f.attempts[0]!.scoreRanges.listening = { min: -1, max: -1 };
      f.attempts[1]!.outcome = 'sad';
      Object.assign(f.attempts[2]!, { status: 'finished', finishedAt: f.attempts[2]!.updatedAt });
    });
    const { preview } = importText(device('laptop').store, tampered);
    expect(preview!.flagged.map((f) => [f.attemptId, f.detail.match(/\((.*)\)/)![1]])).toEqual([
      [phone.attempts[0]!.id, 'the score ranges'],
      [phone.attempts[1]!.id, 'the ending'],
      [phone.attempts[2]!.id, 'the claim that it was finished'],
    ]);
    expect(preview!.add[2]).toMatchObject({ status: 'in-progress', finishedAt: null });
  });

  it('does not trust an attempt whose choices do not fit the story it names', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const tampered = edit(phone.file(), (f) => {
      f.attempts[0]!.choices[1]!.optionId = 'hold.refund';
    });
    const { preview } = importText(laptop.store, tampered);
    expect(preview!.flagged).toMatchObject([{ attemptId: phone.attempts[0]!.id, flag: 'scoresMismatch', detail: expect.stringMatching(/do not fit/) }]);
    const stored = laptop.store.load(phone.mei.id)!.attempts.find((a) => a.id === phone.attempts[0]!.id)!;
    expect(stored.flags).toEqual({ unverified: true, scoresMismatch: true });
  });

  it('marks as unverified, and keeps out of the best scores, attempts of a scenario or story version not here', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const foreign = edit(phone.file(), (f) => {
      f.attempts[1]!.scenarioId = 'towel';
    });
    const { preview } = importText(laptop.store, foreign, stories(tinyReworded()));
    expect(preview!.flagged.map((f) => [f.flag, f.reason, f.detail])).toEqual([
      ['unverified', 'story-changed', 'This attempt was played on another version of the encounter, so its scores cannot be checked.'],
      ['unverified', 'unknown-scenario', '“towel” is not an encounter in this app, so the scores of this attempt cannot be checked.'],
      ['unverified', 'story-changed', 'This attempt was played on another version of the encounter, so its scores cannot be checked.'],
    ]);
    const history = historyOf(laptop.store.load(phone.mei.id)!.attempts, new Map([['tiny', tiny().meta.storyHash]]));
    expect(history.map((h) => [h.scenarioId, h.versions[0]!.counts.unverified, h.versions[0]!.best])).toEqual([
      ['tiny', 1, null],
      ['towel', 1, null],
    ]);
  });

  it('clears "unverified" from an attempt that replays correctly here', () => {
    const phone = meiPhone();
    const marked = edit(phone.file(), (f) => {
      f.attempts[0]!.flags = { unverified: true, storyChanged: true };
    });
    const { preview } = importText(device('laptop').store, marked);
    expect(preview!.flagged).toEqual([]);
    expect(preview!.add[0]!.flags).toEqual({ storyChanged: true });
  });
});

describe('copied attempts', () => {
  it('refuses a copy of an attempt here under a new id and an earlier date, and imports the rest', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    importText(laptop.store, phone.file());
    const copied = edit(phone.file(), (f) => {
      const copy = { ...f.attempts[1]!, id: 'copy-1', startedAt: START - 86_400_000, updatedAt: START - 86_400_000 + 1, finishedAt: START - 86_400_000 + 1 };
      f.attempts.push(copy);
    });
    const { preview } = importText(laptop.store, copied);
    expect(preview!.duplicates).toEqual([{ attemptId: 'copy-1', copyOf: phone.attempts[1]!.id }]);
    expect(preview!.add).toEqual([]);
    expect(laptop.store.load(phone.mei.id)!.attempts.map((a) => a.id)).toEqual(phone.attempts.map((a) => a.id));
  });

  it('refuses every attempt of a file that holds the same play twice, since neither can be told to be the real one', () => {
    const phone = meiPhone();
    const copied = edit(phone.file(), (f) => {
      f.attempts.push({ ...f.attempts[0]!, id: 'copy-1', startedAt: 5, updatedAt: 6, finishedAt: 6 });
    });
    const { preview } = importText(device('laptop').store, copied);
    expect(preview!.duplicates).toEqual([
      { attemptId: phone.attempts[0]!.id, copyOf: 'copy-1' },
      { attemptId: 'copy-1', copyOf: phone.attempts[0]!.id },
    ]);
    expect(preview!.add.map((a) => a.id)).toEqual([phone.attempts[1]!.id, phone.attempts[2]!.id]);
  });

  it('accepts two rewinds that made the same choices from the same point: practice repeats its source by design', () => {
    const phone = meiPhone();
    const source = phone.attempts[1]!;
    const rewind = (id: string, at: number) => ({ ...source, id, origin: { kind: 'rewind-of' as const, attemptId: source.id, step: 1 }, startedAt: at, updatedAt: at + 1, finishedAt: at + 1 });
    const file = edit(phone.file(), (f) => {
      f.attempts.push(rewind('rewind-1', START + 1_000_000), rewind('rewind-2', START + 2_000_000));
    });
    const { preview } = importText(device('laptop').store, file);
    expect(preview!.duplicates).toEqual([]);
    expect(preview!.add.map((a) => a.id)).toContain('rewind-2');
  });
});

describe('where an import goes', () => {
  it('goes into the signed-in profile when asked, and can be taken back, the attempts it updated restored', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    const created = laptop.store.createProfile('Liu');
    if (!created.ok) throw new Error(created.message);
    const liu = created.profile;
    const own = playInto(laptop.store, liu.id, laptop.clock, ['ask.point']);
    importText(laptop.store, phone.file(), stories(tiny()), liu.id);
    const before = laptop.store.load(liu.id)!.attempts;
    // A later state of one attempt arrives: it updates the one the first import added.
    const open3 = phone.attempts[2]!;
    const encounter = Encounter.replay({ open, compiled: tiny().compiled, seed: open3.seed, optionIds: ['ask.listen'] });
    encounter.choose('hold.manager');
    phone.store.saveAttempt(phone.mei.id, recordEncounter(open3, encounter, open3.updatedAt + 60_000));
    const { applied } = importText(laptop.store, phone.file(), stories(tiny()), liu.id);
    expect(applied).toMatchObject({ ok: true, undo: { profileId: liu.id, newProfile: false, added: [], replaced: [before.find((a) => a.id === open3.id)] } });
    expect(laptop.store.undoImport((applied as { undo: ImportUndo }).undo)).toEqual({ ok: true });
    expect(laptop.store.load(liu.id)!.attempts).toEqual(before);
    expect(before.map((a) => a.id)).toContain(own.id);
  });

  it('goes into a new profile with the file’s name, marked as imported when that name is taken here, and undoing removes it', () => {
    const phone = meiPhone();
    const laptop = device('laptop');
    laptop.store.createProfile('mei');
    const read = readProfileFile(phone.file());
    if (!read.ok) throw new Error(read.message);
    const preview = laptop.store.previewImport(read.file, { open, stories: stories(tiny()) });
    expect(preview.fileProfile.name).toBe('Mei');
    expect(preview.target).toEqual({ kind: 'new-profile', profile: { ...phone.mei, name: 'Mei (imported)' } });
    const applied = laptop.store.applyImport(preview);
    expect(laptop.store.profiles().map((p) => p.name)).toEqual(['mei', 'Mei (imported)']);
    if (!applied.ok) throw new Error(applied.message);
    expect(laptop.store.undoImport(applied.undo)).toEqual({ ok: true });
    expect(laptop.store.profiles().map((p) => p.name)).toEqual(['mei']);
    // Taken back is not forbidden: the same file can still be imported later.
    expect(importText(laptop.store, phone.file()).applied).toMatchObject({ ok: true });
  });
});

describe('files that are refused', () => {
  let laptop: ReturnType<typeof device>;
  let valid: string;
  beforeEach(() => {
    laptop = device('laptop');
    laptop.store.createProfile('Liu');
    valid = meiPhone().file();
  });

  /** Every refusal leaves the device exactly as it was. */
  function refused(text: string) {
    const before = laptop.storage.snapshot();
    const { read } = importText(laptop.store, text);
    expect(laptop.storage.snapshot()).toEqual(before);
    expect(read.ok).toBe(false);
    return read as Extract<typeof read, { ok: false }>;
  }

  it(`refuses a file over ${PROGRESS_LIMITS.fileBytes / 1_000_000} MB and says what the limit is`, () => {
    const big = refused(valid.replace('"attempts":[', `"padding":"${'x'.repeat(PROGRESS_LIMITS.fileBytes)}","attempts":[`));
    expect(big).toEqual({ ok: false, problem: 'too-large', message: 'This file is too large to be a Counterpart profile: a profile file can be at most 5 MB.' });
  });

  it('measures the limit in bytes, so a file of fewer but wider characters cannot slip past', () => {
    const wide = '"' + 'é'.repeat(PROGRESS_LIMITS.fileBytes / 2 + 10) + '"';
    expect(wide.length).toBeLessThan(PROGRESS_LIMITS.fileBytes);
    expect(refused(wide).problem).toBe('too-large');
  });

  it('refuses deeply nested JSON without parsing it', () => {
    expect(refused('['.repeat(100_000) + ']'.repeat(100_000))).toMatchObject({ problem: 'too-deep', message: 'This is not a Counterpart profile file, so nothing was imported.' });
    expect(refused(edit(valid, (f) => Object.assign(f.profile, { extra: [[[[[[[[[1]]]]]]]]] }))).problem).toBe('too-deep');
  });

  it.each([
    ['text that is not JSON', 'Mei, 3 attempts, all great', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['a JSON list', '[1, 2, 3]', 'not-a-profile-file'],
    ['JSON null', 'null', 'not-a-profile-file'],
    ['the settings of Counterpart', '{"version":1,"muted":false,"volume":0.8,"coachingDuringPlay":true}', 'not-a-profile-file'],
    ['another app\'s export', '{"format":"other-app-backup","version":2,"profile":{}}', 'not-a-profile-file'],
  ])('refuses %s as not a profile file', (_what, text, problem) => {
    expect(refused(text)).toEqual({ ok: false, problem, message: 'This is not a Counterpart profile file, so nothing was imported.' });
  });

  it('refuses a file of another format version, saying which', () => {
    expect(refused(edit(valid, (f) => Object.assign(f, { version: 4 })))).toEqual({
      ok: false,
      problem: 'wrong-version',
      message: 'This profile file was made by a newer version of Counterpart (format 4). Update the app, then import it again. Nothing was imported.',
    });
    expect(refused(edit(valid, (f) => Object.assign(f, { version: 1 })))).toEqual({
      ok: false,
      problem: 'wrong-version',
      message: "This profile file's format (1) is not one this version of Counterpart reads (formats 2 to 3). Nothing was imported.",
    });
  });

  it.each([
    ['a seed that is not a whole number', (f: ProfileFile) => Object.assign(f.attempts[0]!, { seed: 'abc' }), 'attempts[0].seed'],
    ['the same attempt twice', (f: ProfileFile) => f.attempts.push(f.attempts[0]!), 'attempts: lists the same attempt twice'],
    ['a field it does not know', (f: ProfileFile) => Object.assign(f.attempts[1]!, { onload: 'alert(1)' }), 'attempts[1]'],
    ['a name of ten thousand characters', (f: ProfileFile) => Object.assign(f.profile, { name: 'A'.repeat(10_000) }), 'profile.name: a name has at most 40 characters'],
    ['an attempt id that is not an id', (f: ProfileFile) => Object.assign(f.attempts[0]!, { id: '../../etc' }), 'attempts[0].id: is not a valid id'],
    ['a score beyond any story', (f: ProfileFile) => Object.assign(f.attempts[0]!.totals, { listening: 1e12 }), 'attempts[0].totals.listening'],
  ])('refuses a file with %s, saying where', (_what, change, where) => {
    const result = refused(edit(valid, change));
    expect(result.problem).toBe('invalid');
    expect(result.message).toMatch(/^This profile file is damaged or was edited by hand, so nothing was imported\. \(/);
    expect(result.message).toContain(where);
  });

  it(`refuses a file of more than ${PROGRESS_LIMITS.attemptsPerFile} attempts`, () => {
    const many = edit(valid, (f) => {
      f.attempts = Array.from({ length: PROGRESS_LIMITS.attemptsPerFile + 1 }, (_, i) => ({ ...f.attempts[2]!, id: `x-${i}` }));
    });
    expect(refused(many).message).toContain(`a file holds at most ${PROGRESS_LIMITS.attemptsPerFile} attempts`);
  });

  it('refuses __proto__, constructor and prototype keys, and nothing is polluted', () => {
    const hostile = [
      valid.replace('{', '{"__proto__":{"polluted":"yes"},'),
      valid.replace('"profile":{', '"profile":{"__proto__":{"polluted":"yes"},'),
      valid.replace('"flags":{}', '"flags":{"constructor":{"prototype":{"polluted":"yes"}}}'),
      valid.replace('"totals":{', '"totals":{"__proto__":{"listening":100},'),
    ];
    for (const text of hostile) expect(refused(text).problem).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps markup in names and ids as inert text and never runs it', () => {
    const phone = meiPhone();
    const text = edit(phone.file(), (f) => Object.assign(f.profile, { name: '<script>alert(1)</script>' }));
    const read = readProfileFile(text);
    expect(read.ok && read.file.profile.name).toBe('<script>alert(1)</script>');
    const { applied } = importText(laptop.store, text);
    expect(applied).toMatchObject({ ok: true });
    expect(laptop.store.profiles().map((p) => p.name)).toContain('<script>alert(1)</script>');
  });

  it('never lets a refusal message carry a long hostile text', () => {
    const text = edit(valid, (f) => Object.assign(f.attempts[0]!, { ['<img src=x onerror=alert(1)>'.repeat(50)]: 1 }));
    expect(refused(text).message.length).toBeLessThan(300);
  });
});

import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/core/encounter';
import type { StorageState } from '../../src/core/ports';
import { ProgressStore, newAttempt } from '../../src/core/progress';
import { openInkStory } from '../../src/narrative/ink-story';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { Practice } from '../../src/ui/practice';
import { testClock, tiny } from '../fixtures/progress/stories';

function setUp(state: StorageState) {
  const storage = new MemoryStorage();
  storage.refuseWrites = state !== 'kept';
  const clock = testClock();
  const practice = new Practice({ store: new ProgressStore(storage, clock), tab: new MemoryStorage(), tabKey: 'tab', now: clock.now, newId: clock.newId, storageState: () => state });
  return { practice, clock };
}

/** Signs in and makes one choice in the tiny encounter, saving as the encounter screen does. */
function playOneChoice(practice: Practice) {
  const story = tiny();
  const encounter = Encounter.start({ open: openInkStory, compiled: story.compiled, seed: 1 });
  const attempt = practice.start(newAttempt({ id: practice.newId(), meta: story.meta, seed: 1, now: practice.now() }));
  encounter.choose('ask.listen');
  practice.record(attempt, encounter);
}

describe('what the trainee is told about storage', () => {
  it('says once, first, that a browser refusing storage keeps nothing, and does not repeat it at every save', () => {
    const { practice } = setUp('refused');
    expect(practice.takeNotices()).toEqual([{ kind: 'storage-refused' }]);
    expect(practice.create('Liu')).toEqual({ ok: true });
    playOneChoice(practice);
    expect(practice.takeNotices()).toEqual([]);
    expect(practice.attempts()).toHaveLength(1);
  });

  it('says that progress is not being saved when a save fails on a full storage', () => {
    const { practice } = setUp('full');
    expect(practice.takeNotices()).toEqual([]);
    practice.create('Liu');
    playOneChoice(practice);
    expect(practice.takeNotices()).toEqual([{ kind: 'not-saved', message: expect.stringContaining('not being saved') }]);
    playOneChoice(practice);
    expect(practice.takeNotices()).toEqual([]);
  });

  it('says nothing when storage keeps what it is given', () => {
    const { practice } = setUp('kept');
    practice.create('Liu');
    playOneChoice(practice);
    expect(practice.takeNotices()).toEqual([]);
  });
});

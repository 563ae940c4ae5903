import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Encounter } from '../../src/core/encounter';
import { ProgressStore, newAttempt, recordEncounter, resumeAttempt, type StoryVersion } from '../../src/core/progress';
import { openInkStory } from '../../src/narrative/ink-story';
import { MemoryStorage } from '../../src/storage/memory-storage';
import { BUILD_SEED, buildScenario, discoverScenarios, formatMessage } from '../../tools/ink/scenarios';
import { testClock } from '../fixtures/progress/stories';

const open = openInkStory;
const found = discoverScenarios(path.resolve(import.meta.dirname, '..', '..', 'scenarios'));

/**
 * Saves the encounter as it stands through a real store, reads it back through a fresh store (a
 * reload), resumes it, and returns what the trainee would see.
 */
function saveAndResume(story: StoryVersion, live: Encounter) {
  const storage = new MemoryStorage();
  const clock = testClock();
  const before = new ProgressStore(storage, clock);
  const created = before.createProfile('Trainee');
  if (!created.ok) throw new Error(created.message);
  const attempt = recordEncounter(newAttempt({ id: 'a-1', meta: story.meta, seed: live.seed, now: clock.now() }), live, clock.now() + 1000);
  expect(before.saveAttempt(created.profile.id, attempt)).toEqual({ ok: true });
  const [saved] = new ProgressStore(storage, clock).load(created.profile.id)!.attempts;
  const resumed = resumeAttempt({ attempt: saved!, open, story, now: clock.now() + 60_000 });
  if (!resumed.ok) throw new Error(resumed.message);
  expect(resumed.changed).toBe(false);
  return resumed.encounter;
}

describe('resuming every shipped scenario at every decision state the analyzer reaches', () => {
  it('finds the shipped scenarios', () => {
    expect(found.map((s) => s.id)).toContain('tutorial');
  });

  it.for(found)('$id resumes exactly at each of its states', { timeout: 300_000 }, ({ id, mainFile }, context) => {
    const built = buildScenario(id, mainFile);
    if (!built.ok) {
      // Scenarios being written may not build yet; the build and the analyzer report them.
      console.warn(`progress: skipped scenario "${id}", which does not build:\n  ${built.errors.map((m) => formatMessage(m)).join('\n  ')}`);
      context.skip();
      return;
    }
    const { meta, json, analysis } = built.scenario;
    const story: StoryVersion = { meta, compiled: json };
    const { root, nodes } = analysis.graph;
    const live = Encounter.start({ open, compiled: json, seed: BUILD_SEED });
    const visited = new Set<string>();
    const visit = (key: string, path: string[]) => {
      if (visited.has(key)) return;
      visited.add(key);
      const node = nodes.get(key)!;
      expect(live.beat.decision?.id ?? null, `state after ${path.join(' → ') || 'the start'}`).toBe(node.decisionId);
      const resumed = saveAndResume(story, live);
      expect(resumed.beat, `resumed after ${path.join(' → ') || 'the start'}`).toEqual(live.beat);
      expect(resumed.dimensions).toEqual(live.dimensions);
      expect(resumed.customer).toEqual(live.customer);
      expect(resumed.outcome).toBe(live.outcome);
      const snapshot = live.snapshot();
      for (const edge of node.edges) {
        live.restore(snapshot);
        live.choose(edge.optionId);
        visit(edge.child, [...path, edge.optionId]);
      }
      live.restore(snapshot);
    };
    visit(root, []);
    expect(visited.size).toBe(analysis.states);
  });
});

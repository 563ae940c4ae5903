import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/core/debrief';
import { Encounter } from '../../src/core/encounter';
import { openInkStory } from '../../src/narrative/ink-story';
import { buildScenario } from '../../tools/ink/scenarios';
import { fixture } from './helpers';

const built = buildScenario('tiny', fixture('tiny.ink'));
if (!built.ok) throw new Error('tiny.ink must build');
const { meta, json } = built.scenario;

function play(optionIds: string[]) {
  const encounter = Encounter.replay({ open: openInkStory, compiled: json, seed: 4, optionIds });
  return buildDebrief({ open: openInkStory, compiled: json, seed: 4, meta, log: encounter.log });
}

describe('the debrief', () => {
  it('scores the model path 100 on every dimension and names its ending', () => {
    const debrief = play(['ask.listen', 'hold.promise']);
    expect(debrief.scores).toEqual({ listening: 100, promise_keeping: 100, ownership: 100 });
    expect(debrief.verdicts).toEqual({ listening: 'excellent', promise_keeping: 'excellent', ownership: 'excellent' });
    expect(debrief.ending).toEqual({ id: 'happy', title: 'Ann is happy' });
    expect(debrief.reveal).toBe("In the real story, Ann was the owner's aunt.");
  });

  it('shows at each weaker decision the better option and what it would have earned', () => {
    const debrief = play(['ask.point', 'hold.manager']);
    expect(debrief.scores).toEqual({ listening: 0, promise_keeping: 0, ownership: 0 });
    expect(debrief.decisions.map((d) => [d.chosen.id, d.better?.id, d.better?.deltas])).toEqual([
      ['ask.point', 'ask.listen', { listening: 2, promise_keeping: 0, ownership: 0 }],
      ['hold.manager', 'hold.promise', { listening: 0, promise_keeping: 1, ownership: 1 }],
    ]);
    expect(debrief.decisions[1]!.context).toBe('Can you hold one for me?');
  });

  it('offers no better option where the best one was chosen', () => {
    expect(play(['ask.listen', 'hold.manager']).decisions[0]!.better).toBeNull();
  });
});

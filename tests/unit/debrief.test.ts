import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../src/core/debrief';
import { Encounter } from '../../src/core/encounter';
import { openInkStory } from '../../src/narrative/ink-story';
import { buildScenario } from '../../tools/ink/scenarios';
import { fixture, inkFolder, tinyWith } from './helpers';

function scenario(id: string, file: string) {
  const built = buildScenario(id, file);
  if (!built.ok) throw new Error(`${id} must build: ${built.errors.map((e) => e.message).join('; ')}`);
  return built.scenario;
}

const tiny = scenario('tiny', fixture('tiny.ink'));
const seedScenario = (id: string) => scenario(id, path.resolve(import.meta.dirname, '..', '..', 'scenarios', `${id}.ink`));
/** The tiny story with one piece of text swapped. */
const tinyChanged = (from: string, to: string) => scenario('story', path.join(inkFolder({ 'story.ink': tinyWith(from, to) }), 'story.ink'));

function play(optionIds: string[], { meta, json } = tiny) {
  const encounter = Encounter.replay({ open: openInkStory, compiled: json, seed: 4, optionIds });
  return buildDebrief({ open: openInkStory, compiled: json, seed: 4, meta, log: encounter.log });
}

describe('the debrief', () => {
  it('scores the model path 100 on every dimension and names its ending', () => {
    const debrief = play(['ask.listen', 'hold.promise']);
    expect(debrief.scores).toEqual({ listening: 100, promise_keeping: 100, ownership: 100 });
    expect([debrief.overall, debrief.verdict.passed]).toEqual([100, true]);
    expect(debrief.verdicts).toEqual({ listening: 'excellent', promise_keeping: 'excellent', ownership: 'excellent' });
    expect(debrief.ending).toEqual({ id: 'happy', title: 'Ann is happy' });
    expect(debrief.reveal).toBe("In the real story, Ann was the owner's aunt.");
  });

  it('shows at each weaker decision the better option and what it would have earned', () => {
    const debrief = play(['ask.point', 'hold.manager']);
    expect(debrief.scores).toEqual({ listening: 0, promise_keeping: 0, ownership: 0 });
    expect([debrief.overall, debrief.verdict.passed]).toEqual([0, false]);
    expect(debrief.decisions.map((d) => [d.chosen.id, d.better?.id, d.better?.deltas])).toEqual([
      ['ask.point', 'ask.listen', { listening: 2, promise_keeping: 0, ownership: 0 }],
      ['hold.manager', 'hold.promise', { listening: 0, promise_keeping: 1, ownership: 1 }],
    ]);
    expect(debrief.decisions[1]!.context).toEqual({ speaker: 'shopper', text: 'Can you hold one for me?' });
  });

  it('lists every option at each decision, in the story\'s order, with what each would have earned', () => {
    const [first] = play(['ask.point', 'hold.manager']).decisions;
    expect(first!.options.map((o) => [o.id, o.coach, o.deltas])).toEqual([
      ['ask.listen', 'She had more to say.', { listening: 2, promise_keeping: 0, ownership: 0 }],
      ['ask.point', 'Pointing is not serving.', { listening: -1, promise_keeping: 0, ownership: 0 }],
    ]);
  });
});

describe('the line the debrief quotes at a decision', () => {
  it('is the customer\'s last words, not a bystander\'s aside after them (towel, decision 1)', () => {
    const towel = seedScenario('towel');
    const [first] = play(['summons.go-now'], towel).decisions;
    expect(first!.context).toEqual({ speaker: 'shopper', text: 'Your cashier missed it. Go and ask her!' });
  });

  it('is the line the author marked with "# prompt: yes", even when the customer spoke later', () => {
    const marked = tinyChanged('Ann thinks it over. # actor: shopper', 'Ann thinks it over. # prompt: yes # actor: shopper');
    expect(play(['ask.listen', 'hold.promise'], marked).decisions[1]!.context).toEqual({ speaker: null, text: 'Ann thinks it over.' });
    const tutorial = seedScenario('tutorial');
    const third = play(['needs.let-her-finish', 'promise.call-thursday', 'keep.call-now'], tutorial).decisions[2]!;
    expect(third.context?.text).toBe("Thursday, four in the afternoon. The delivery came, but the van was short: no light kettles.");
  });

  it('is the last line shown when the customer said nothing since the previous choice', () => {
    const silent = tinyChanged('Can you hold one for me? # speaker: shopper', 'Can you hold one for me? # speaker: manager');
    expect(play(['ask.listen', 'hold.promise'], silent).decisions[1]!.context).toEqual({ speaker: 'manager', text: 'Can you hold one for me?' });
  });

  it('offers no better option where the best one was chosen', () => {
    expect(play(['ask.listen', 'hold.manager']).decisions[0]!.better).toBeNull();
  });
});

/**
 * Narrative overhead: the encounter runner (`Encounter` over `openInkStory`, nothing saved)
 * against bare inkjs (`new Story`, `Continue`, `currentChoices`, `ChooseChoiceIndex`) on the same
 * seeded random walks of the same stories. Walk i of a story uses the same ink seed and the
 * same option-index sequence in both, and a check before timing makes sure both really make the
 * same choices. Batches alternate order every round
 * (runner first, then bare first) and each round plays the next small group of walks, so noise
 * from other processes lands on both alike; warm-up rounds are dropped, and the figure is the median of
 * the runner's round times over the median of bare inkjs' round times.
 */
import { Story } from 'inkjs';
import { Encounter } from '../../src/core/encounter';
import { openInkStory } from '../../src/narrative/ink-story';
import { mulberry32 } from '../analyze';
import { median } from './stats';

export interface NarrativeStory {
  id: string;
  json: string;
}

interface Walk {
  inkSeed: number;
  choiceSeed: number;
}

export interface NarrativeResult {
  stories: string[];
  walksPerStory: number;
  walksPerBatch: number;
  rounds: number;
  warmupRounds: number;
  runnerMs: number[];
  bareMs: number[];
  ratio: number;
  perStory: Record<string, { runnerMedianMs: number; bareMedianMs: number; ratio: number; decisionsPerWalk: number }>;
}

function walksFor(storyIndex: number, count: number): Walk[] {
  const random = mulberry32(1000 + storyIndex);
  return Array.from({ length: count }, () => ({ inkSeed: Math.floor(random() * 2 ** 31), choiceSeed: Math.floor(random() * 2 ** 31) }));
}

/** Returns the picked option indexes (for the equivalence check) and the number of lines read. */
function runnerWalk(json: string, walk: Walk, trace: number[] | null): number {
  const random = mulberry32(walk.choiceSeed);
  const encounter = Encounter.start({ open: openInkStory, compiled: json, seed: walk.inkSeed });
  let lines = encounter.beat.lines.length;
  while (encounter.beat.decision) {
    const options = encounter.beat.decision.options;
    const pick = Math.floor(random() * options.length);
    trace?.push(pick);
    lines += encounter.choose(options[pick]!.id).lines.length;
  }
  return lines;
}

function bareWalk(json: string, walk: Walk, trace: number[] | null): number {
  const random = mulberry32(walk.choiceSeed);
  const story = new Story(json);
  story.state.storySeed = walk.inkSeed;
  let lines = 0;
  for (;;) {
    while (story.canContinue) {
      if ((story.Continue() ?? '').trim() !== '') lines++;
    }
    const count = story.currentChoices.length;
    if (count === 0) return lines;
    const pick = Math.floor(random() * count);
    trace?.push(pick);
    story.ChooseChoiceIndex(pick);
  }
}

function timeBatch(run: (json: string, walk: Walk, trace: null) => number, json: string, walks: Walk[]): number {
  const started = performance.now();
  let sink = 0;
  for (const walk of walks) sink += run(json, walk, null);
  const elapsed = performance.now() - started;
  if (sink < 0) throw new Error('unreachable');
  return elapsed;
}

export function measureNarrative(stories: NarrativeStory[], options: { walksPerStory: number; walksPerBatch: number; rounds: number; warmupRounds: number }): NarrativeResult {
  const walks = stories.map((_, i) => walksFor(i, options.walksPerStory));
  const groups = Math.max(1, Math.floor(options.walksPerStory / options.walksPerBatch));
  const batch = (i: number, round: number) => {
    const g = round % groups;
    return walks[i]!.slice(g * options.walksPerBatch, (g + 1) * options.walksPerBatch);
  };

  // Same seeds, same choices: check it before timing anything.
  const decisions: Record<string, number> = {};
  stories.forEach((story, i) => {
    let total = 0;
    for (const walk of walks[i]!) {
      const a: number[] = [];
      const b: number[] = [];
      runnerWalk(story.json, walk, a);
      bareWalk(story.json, walk, b);
      if (a.join() !== b.join()) throw new Error(`${story.id}: the runner and bare inkjs made different choices on the same walk (${a.join()} vs ${b.join()})`);
      total += a.length;
    }
    decisions[story.id] = total / walks[i]!.length;
  });

  const runnerMs: number[] = [];
  const bareMs: number[] = [];
  const perStoryRunner = stories.map(() => [] as number[]);
  const perStoryBare = stories.map(() => [] as number[]);
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    let runnerTotal = 0;
    let bareTotal = 0;
    stories.forEach((story, i) => {
      const order = (round + Math.floor(round / groups)) % 2 === 0 ? (['runner', 'bare'] as const) : (['bare', 'runner'] as const);
      for (const which of order) {
        const ms = timeBatch(which === 'runner' ? runnerWalk : bareWalk, story.json, batch(i, round));
        if (which === 'runner') {
          runnerTotal += ms;
          if (round >= options.warmupRounds) perStoryRunner[i]!.push(ms);
        } else {
          bareTotal += ms;
          if (round >= options.warmupRounds) perStoryBare[i]!.push(ms);
        }
      }
    });
    if (round >= options.warmupRounds) {
      runnerMs.push(runnerTotal);
      bareMs.push(bareTotal);
    }
  }
  const perStory: NarrativeResult['perStory'] = {};
  stories.forEach((story, i) => {
    const r = median(perStoryRunner[i]!);
    const b = median(perStoryBare[i]!);
    perStory[story.id] = { runnerMedianMs: r, bareMedianMs: b, ratio: r / b, decisionsPerWalk: decisions[story.id]! };
  });
  return {
    stories: stories.map((s) => s.id),
    walksPerStory: options.walksPerStory,
    walksPerBatch: options.walksPerBatch,
    rounds: options.rounds,
    warmupRounds: options.warmupRounds,
    runnerMs,
    bareMs,
    ratio: median(runnerMs) / median(bareMs),
    perStory,
  };
}

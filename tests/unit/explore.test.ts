import { describe, expect, it } from 'vitest';
import { exploreStory, foldGraph, type StoryNode } from '../../src/core/explore';
import { openInkStory } from '../../src/narrative/ink-story';
import { compiledFixture } from './helpers';

const tiny = compiledFixture('tiny.ink');
const explore = (maxStates?: number) => exploreStory({ open: openInkStory, compiled: tiny, seed: 1, endings: ['happy', 'sad'], ...(maxStates ? { maxStates } : {}) });

describe('the story explorer', () => {
  it('finds every path, the endings they reach and the range of each score', () => {
    const analysis = explore();
    expect(analysis.paths).toBe(4);
    expect(analysis.endings).toEqual({
      happy: { paths: 2, example: ['ask.listen', 'hold.promise'] },
      sad: { paths: 2, example: ['ask.point', 'hold.promise'] },
    });
    expect(analysis.ranges).toEqual({ listening: { min: -1, max: 2 }, promise_keeping: { min: 0, max: 1 }, ownership: { min: -1, max: 1 } });
    expect(analysis.problems).toEqual([]);
  });

  it('names the best and the worst path with their totals', () => {
    const analysis = explore();
    expect(analysis.best).toEqual({ optionIds: ['ask.listen', 'hold.promise'], totals: { listening: 2, promise_keeping: 1, ownership: 1 } });
    expect(analysis.worst).toEqual({ optionIds: ['ask.point', 'hold.manager'], totals: { listening: -1, promise_keeping: 0, ownership: -1 } });
  });

  it('records what each option scores', () => {
    expect(explore().options['hold.manager']).toEqual({ decisionId: 'hold', deltas: [{ listening: 0, promise_keeping: 0, ownership: -1 }] });
  });

  it('stops at its bound and estimates from seeded walks, with a warning instead of an error', () => {
    const analysis = explore(2);
    expect(analysis.complete).toBe(false);
    expect(analysis.states).toBe(2);
    expect(analysis.paths).toBeNull();
    expect(analysis.warnings).toEqual([expect.stringMatching(/^exploration stopped at its bound of 2 distinct story states \(raise it with "# explore: N"/)]);
    // Walks that take each decision's best and worst option for every score find the true ranges of so small a story.
    expect(analysis.ranges).toEqual(explore().ranges);
    expect(analysis.problems).toEqual([]);
  });

  it('folds a graph far deeper than the call stack', () => {
    const depth = 100_000;
    const nodes = new Map<string, StoryNode>();
    const deltas = { listening: 1, promise_keeping: 0, ownership: 0 };
    for (let i = 0; i < depth; i++) nodes.set(`s${i}`, { decisionId: `d${i}`, outcome: null, edges: [{ optionId: `d${i}.go`, lesson: null, deltas, child: `s${i + 1}` }] });
    nodes.set(`s${depth}`, { decisionId: null, outcome: 'done', edges: [] });
    expect(foldGraph('s0', nodes, { leaf: () => 0, node: (edges) => edges[0]!.deltas.listening + edges[0]!.result })).toBe(depth);
  });
});

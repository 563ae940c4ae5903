import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldGraph, type StoryNode } from '../../src/core/explore';
import { LESSONS } from '../../src/core/vocabulary';
import { analyzeScenario, type ScenarioReport } from '../../tools/analyze';
import { buildScenario, discoverScenarios, type BuiltScenario } from '../../tools/ink/scenarios';

/** The three encounters from the source stories, and the endings each must be able to reach, best first. */
const SEED_ENCOUNTERS = {
  farmer: ['big-order', 'polite-exit', 'walks-out'],
  towel: ['loyal', 'never-returns', 'formal-complaint'],
  juice: ['praised', 'grudging-refund', 'angry-crowd'],
} as const;

const root = path.resolve(import.meta.dirname, '..', '..', 'scenarios');
const shipped = discoverScenarios(root);
const file = (id: string) => shipped.find((s) => s.id === id)!.mainFile;

function built(id: string): BuiltScenario {
  const result = buildScenario(id, file(id));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.scenario;
}

const decisionNodes = (scenario: BuiltScenario) => [...scenario.analysis.graph.nodes.values()].filter((n) => n.decisionId !== null);

/** For every state, the endings still reachable from it. */
function reachable(scenario: BuiltScenario): Map<StoryNode, Set<string>> {
  const { root: start, nodes } = scenario.analysis.graph;
  const byNode = new Map<StoryNode, Set<string>>();
  foldGraph(start, nodes, {
    leaf: (node) => {
      const set = new Set(node.outcome ? [node.outcome] : []);
      byNode.set(node, set);
      return set;
    },
    node: (edges, node) => {
      const set = new Set(edges.flatMap((e) => [...e.result]));
      byNode.set(node, set);
      return set;
    },
  });
  return byNode;
}

describe('every shipped scenario', () => {
  it.each(shipped.map((s) => [s.id, s.mainFile]))('%s passes the analyzer, with 1,000 seeded random walks and no error', (id, mainFile) => {
    const report = analyzeScenario(id, mainFile);
    expect(report.errors).toEqual([]);
    expect(report.randomWalks).toMatchObject({ walks: 1000, errors: 0 });
  });

  it('teaches every lesson on the list somewhere', () => {
    const taught = new Set(shipped.flatMap(({ id }) => decisionNodes(built(id)).flatMap((n) => n.edges.map((e) => e.lesson))));
    expect(LESSONS.filter((lesson) => !taught.has(lesson))).toEqual([]);
  });
});

describe.each(Object.entries(SEED_ENCOUNTERS))('the %s encounter', (id, endings) => {
  const present = shipped.some((s) => s.id === id);
  let cached: { scenario: BuiltScenario; report: ScenarioReport } | undefined;
  const get = () => (cached ??= { scenario: built(id), report: analyzeScenario(id, file(id), 200) });

  it('is shipped', () => expect(present).toBe(true));

  it.runIf(present)('branches for real: a model path of 8–15 decisions, random play averaging at least 6', () => {
    const { report } = get();
    expect(report.best!.optionIds.length).toBeGreaterThanOrEqual(8);
    expect(report.best!.optionIds.length).toBeLessThanOrEqual(15);
    expect(report.randomWalks!.averageDecisions).toBeGreaterThanOrEqual(6);
  });

  it.runIf(present)('reaches each of its endings', () => {
    expect(Object.keys(get().report.endings!).sort()).toEqual([...endings].sort());
  });

  it.runIf(present)('scores its model path at least 90 on every dimension, and its worst path at most 20 on at least two', () => {
    const { best, worst } = get().report;
    expect(Object.values(best!.scores).every((score) => score >= 90)).toBe(true);
    expect(Object.values(worst!.scores).filter((score) => score <= 20).length).toBeGreaterThanOrEqual(2);
  });

  it.runIf(present)('never gives the best option away by its position', () => {
    const positions = get().report.bestOptionPositions!;
    const most = Math.max(...[1, 2, 3, 4].map((p) => positions.filter((q) => q === p).length));
    expect(most).toBeLessThanOrEqual(positions.length / 2);
  });

  it.runIf(present)('scores every option of a decision differently, with at least one that costs a point', () => {
    for (const node of decisionNodes(get().scenario)) {
      const scores = node.edges.map((e) => JSON.stringify(e.deltas));
      expect(new Set(scores).size, node.decisionId!).toBe(scores.length);
      expect(node.edges.some((e) => Object.values(e.deltas).some((d) => d < 0)), node.decisionId!).toBe(true);
    }
  });

  it.runIf(present)('lets an early mistake still reach the best ending, at a cost', () => {
    const { scenario, report } = get();
    const ends = reachable(scenario);
    const bestEnding = endings[0];
    const { nodes, root: start } = scenario.analysis.graph;
    // Walk the model path through its first third; somewhere there, a wrong option keeps the best ending in reach.
    let node = nodes.get(start)!;
    const early = report.best!.optionIds.slice(0, Math.ceil(report.best!.optionIds.length / 3));
    let recoverable = false;
    for (const optionId of early) {
      recoverable ||= node.edges.some((e) => e.optionId !== optionId && ends.get(nodes.get(e.child)!)!.has(bestEnding));
      node = nodes.get(node.edges.find((e) => e.optionId === optionId)!.child)!;
    }
    expect(recoverable).toBe(true);
  });

  it.runIf(present)('decides its endings on paths that part ways well before the last decision', () => {
    const { scenario, report } = get();
    const ends = reachable(scenario);
    const { nodes } = scenario.analysis.graph;
    const half = Math.floor(report.best!.optionIds.length / 2);
    // Depth of each state along the shortest route from the start.
    const depth = new Map<StoryNode, number>([[nodes.get(scenario.analysis.graph.root)!, 0]]);
    const queue = [nodes.get(scenario.analysis.graph.root)!];
    while (queue.length > 0) {
      const node = queue.shift()!;
      for (const e of node.edges) {
        const child = nodes.get(e.child)!;
        if (!depth.has(child)) {
          depth.set(child, depth.get(node)! + 1);
          queue.push(child);
        }
      }
    }
    // Paths part ways early: in the first half, a decision on the way to each ending changes which endings remain.
    for (const ending of endings) {
      const partsEarly = [...depth].some(([node, d]) => {
        if (d > half) return false;
        const remaining = node.edges.map((e) => [...ends.get(nodes.get(e.child)!)!].sort().join());
        return new Set(remaining).size > 1 && node.edges.some((e) => ends.get(nodes.get(e.child)!)!.has(ending));
      });
      expect(partsEarly, ending).toBe(true);
    }
  });
});

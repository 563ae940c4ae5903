import { Encounter, type DimensionValues, type EncounterSnapshot } from './encounter';
import type { OpenStory } from './ports';
import type { ScoreRanges } from './scenario';
import { DIMENSIONS, type Dimension, type Lesson } from './vocabulary';

/**
 * Walks every distinct state of a story once, recording it as a graph, then answers every
 * question (score ranges, endings, best and worst paths) from the graph without running ink
 * again. Scores are additive and stories may not branch on them (the contract forbids it), so
 * states that differ only in score totals are merged: that is what keeps a story with a dozen
 * decisions explorable.
 */

export interface ExploreOptions {
  open: OpenStory;
  compiled: string;
  seed: number;
  /** Endings the story declares; an ending no path reaches is a problem. */
  endings: readonly string[];
  /** Distinct states to visit at most before giving up with a clear message. */
  maxStates?: number;
}

export type ProblemKind = 'runtime-error' | 'dead-end' | 'unreached-ending' | 'undeclared-ending' | 'options-score-alike' | 'dimension-never-moves';

export interface Problem {
  kind: ProblemKind;
  message: string;
  /** The option ids that lead to where the problem shows, from the start. */
  path: readonly string[];
}

export interface ScoredPath {
  optionIds: string[];
  totals: DimensionValues;
}

/** One distinct story state: a decision with its options, or an ending. */
export interface StoryNode {
  decisionId: string | null;
  outcome: string | null;
  edges: { optionId: string; lesson: Lesson | null; deltas: DimensionValues; child: string }[];
}

export interface Analysis {
  states: number;
  paths: number;
  ranges: ScoreRanges;
  endings: Record<string, { paths: number; example: string[] }>;
  best: ScoredPath;
  worst: ScoredPath;
  /** Every option seen, with the score changes it made (one entry per distinct change). */
  options: Record<string, { decisionId: string; deltas: DimensionValues[] }>;
  problems: Problem[];
  /** The state graph, by state key; `root` is where the story starts. */
  graph: { root: string; nodes: ReadonlyMap<string, StoryNode> };
}

export class ExplorationBoundError extends Error {
  override readonly name = 'ExplorationBoundError';
}

const zeros = (): DimensionValues => ({ listening: 0, promise_keeping: 0, ownership: 0 });
const add = (a: DimensionValues, b: DimensionValues): DimensionValues => ({
  listening: a.listening + b.listening,
  promise_keeping: a.promise_keeping + b.promise_keeping,
  ownership: a.ownership + b.ownership,
});

export function exploreStory(options: ExploreOptions): Analysis {
  const { root, nodes, problems, seenOptions } = walk(options);

  const ranges = {} as ScoreRanges;
  const span = foldGraph(root, nodes, {
    leaf: () => ({ min: zeros(), max: zeros() }),
    node: (edges) => {
      const min = {} as DimensionValues;
      const max = {} as DimensionValues;
      for (const d of DIMENSIONS) {
        min[d] = Math.min(...edges.map((e) => e.deltas[d] + e.result.min[d]));
        max[d] = Math.max(...edges.map((e) => e.deltas[d] + e.result.max[d]));
      }
      return { min, max };
    },
  });
  for (const d of DIMENSIONS) ranges[d] = { min: span.min[d], max: span.max[d] };

  const paths = foldGraph(root, nodes, { leaf: () => 1, node: (edges) => edges.reduce((n, e) => n + e.result, 0) });

  const endings = foldGraph(root, nodes, {
    leaf: (node) => (node.outcome ? new Map([[node.outcome, { paths: 1, example: [] as string[] }]]) : new Map<string, { paths: number; example: string[] }>()),
    node: (edges) => {
      const merged = new Map<string, { paths: number; example: string[] }>();
      for (const { optionId, result } of edges) {
        for (const [id, e] of result) {
          const existing = merged.get(id);
          if (existing) existing.paths += e.paths;
          else merged.set(id, { paths: e.paths, example: [optionId, ...e.example] });
        }
      }
      return merged;
    },
  });

  // Best and worst are judged on normalised scores, so each dimension weighs by its range.
  const weights = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) weights[d] = ranges[d].max > ranges[d].min ? 1 / (ranges[d].max - ranges[d].min) : 0;
  const value = (v: DimensionValues) => DIMENSIONS.reduce((sum, d) => sum + v[d] * weights[d], 0);
  const extreme = (pick: (a: number, b: number) => boolean) =>
    foldGraph(root, nodes, {
      leaf: (): ScoredPath => ({ optionIds: [], totals: zeros() }),
      node: (edges) =>
        edges
          .map(({ optionId, deltas, result }): ScoredPath => ({ optionIds: [optionId, ...result.optionIds], totals: add(deltas, result.totals) }))
          .reduce((a, b) => (pick(value(b.totals), value(a.totals)) ? b : a)),
    });

  for (const ending of options.endings) {
    if (!endings.has(ending)) problems.push({ kind: 'unreached-ending', message: `no path reaches the ending "${ending}"`, path: [] });
  }
  const optionEntries = Object.values(seenOptions);
  for (const d of DIMENSIONS) {
    if (optionEntries.length > 0 && optionEntries.every((o) => o.deltas.every((delta) => delta[d] === 0))) {
      problems.push({ kind: 'dimension-never-moves', message: `no choice changes ${d}`, path: [] });
    }
  }
  return {
    states: nodes.size,
    paths,
    ranges,
    endings: Object.fromEntries(endings),
    best: extreme((a, b) => a > b),
    worst: extreme((a, b) => a < b),
    options: seenOptions,
    problems,
    graph: { root, nodes },
  };
}

/** Computes a value for every state from its children's, once per state. */
export function foldGraph<T>(
  root: string,
  nodes: ReadonlyMap<string, StoryNode>,
  fold: { leaf: (node: StoryNode) => T; node: (edges: { optionId: string; deltas: DimensionValues; result: T }[], node: StoryNode) => T },
): T {
  const memo = new Map<string, T>();
  const visit = (key: string): T => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const node = nodes.get(key)!;
    const edges = node.edges.map((e) => ({ optionId: e.optionId, deltas: e.deltas, result: visit(e.child) }));
    const result = edges.length === 0 ? fold.leaf(node) : fold.node(edges, node);
    memo.set(key, result);
    return result;
  };
  return visit(root);
}

function walk(options: ExploreOptions) {
  const maxStates = options.maxStates ?? 200_000;
  const nodes = new Map<string, StoryNode>();
  const problems: Problem[] = [];
  const seenOptions: Analysis['options'] = {};
  const declared = new Set(options.endings);
  const path: string[] = [];

  const visit = (encounter: Encounter, { key, snapshot }: KeyedState): void => {
    if (nodes.has(key)) return;
    if (nodes.size >= maxStates) {
      throw new ExplorationBoundError(`stopped after ${maxStates} distinct story states; the story is too large to explore fully (is a loop letting scores grow without end?)`);
    }
    const decision = encounter.beat.decision;
    const node: StoryNode = { decisionId: decision?.id ?? null, outcome: null, edges: [] };
    nodes.set(key, node);
    if (!decision) {
      node.outcome = encounter.outcome;
      if (node.outcome === null) {
        if (declared.size > 0) problems.push({ kind: 'dead-end', message: 'the story stops without an "# outcome:" line: a dead end', path: [...path] });
      } else if (!declared.has(node.outcome)) {
        problems.push({ kind: 'undeclared-ending', message: `outcome "${node.outcome}" is not declared with "# ending: ${node.outcome} = …"`, path: [...path] });
      }
      return;
    }
    decision.options.forEach((option, i) => {
      // The encounter already stands here for the first option; the others start from the snapshot.
      if (i > 0) encounter.restore(snapshot);
      path.push(option.id);
      try {
        encounter.choose(option.id);
        const deltas = encounter.log.at(-1)!.deltas;
        recordOption(seenOptions, decision.id, option.id, deltas);
        const child = stateKey(encounter);
        node.edges.push({ optionId: option.id, lesson: option.lesson, deltas, child: child.key });
        visit(encounter, child);
      } catch (error) {
        if (error instanceof ExplorationBoundError) throw error;
        problems.push({ kind: 'runtime-error', message: error instanceof Error ? error.message : String(error), path: [...path] });
      } finally {
        path.pop();
      }
    });
    const distinct = new Set(node.edges.map((e) => JSON.stringify(e.deltas)));
    if (node.edges.length > 1 && distinct.size === 1) {
      problems.push({ kind: 'options-score-alike', message: `every option of decision "${decision.id}" scores the same`, path: [...path] });
    }
  };

  const encounter = Encounter.start(options);
  const root = stateKey(encounter);
  visit(encounter, root);
  return { root: root.key, nodes, problems, seenOptions };
}

function recordOption(seen: Analysis['options'], decisionId: string, optionId: string, deltas: DimensionValues) {
  const entry = (seen[optionId] ??= { decisionId, deltas: [] });
  if (!entry.deltas.some((d) => DIMENSIONS.every((dim) => d[dim] === deltas[dim]))) entry.deltas.push(deltas);
}

interface KeyedState {
  key: string;
  snapshot: EncounterSnapshot;
}

/** The story's position without its score totals, plus what the runner remembers of the past. */
function stateKey(encounter: Encounter): KeyedState {
  const snapshot = encounter.snapshot();
  const state = JSON.parse(snapshot.storyState) as { variablesState?: Record<string, unknown> };
  for (const d of DIMENSIONS) delete state.variablesState?.[d];
  return { key: JSON.stringify([state, snapshot.expressions, snapshot.outcome, snapshot.beat.decision?.id ?? null]), snapshot };
}

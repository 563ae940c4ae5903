import { Encounter, type DimensionValues } from './encounter';
import type { OpenStory } from './ports';
import type { ScoreRanges } from './scenario';
import { DIMENSIONS, type Dimension } from './vocabulary';

/**
 * Walks every distinct state of a story. Scores are additive and stories may not branch on
 * them (the contract forbids it), so states that differ only in score totals are merged: that is
 * what keeps a story with a dozen decisions explorable in a blink.
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
}

export class ExplorationBoundError extends Error {
  override readonly name = 'ExplorationBoundError';
}

interface Extreme {
  value: number;
  suffix: string[];
  totals: DimensionValues;
}

interface NodeResult {
  min: DimensionValues;
  max: DimensionValues;
  paths: number;
  endings: Map<string, { paths: number; suffix: string[] }>;
  best: Extreme;
  worst: Extreme;
}

const zeros = (): DimensionValues => ({ listening: 0, promise_keeping: 0, ownership: 0 });
const add = (a: DimensionValues, b: DimensionValues): DimensionValues => ({
  listening: a.listening + b.listening,
  promise_keeping: a.promise_keeping + b.promise_keeping,
  ownership: a.ownership + b.ownership,
});

export function exploreStory(options: ExploreOptions): Analysis {
  const first = walk(options, { listening: 1, promise_keeping: 1, ownership: 1 });
  const ranges = {} as ScoreRanges;
  for (const d of DIMENSIONS) ranges[d] = { min: first.root.min[d], max: first.root.max[d] };
  // Best and worst are judged on normalised scores, so each dimension weighs by its range.
  const weights = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) weights[d] = ranges[d].max > ranges[d].min ? 1 / (ranges[d].max - ranges[d].min) : 0;
  const second = walk(options, weights);

  const problems = [...first.problems];
  const reached = first.root.endings;
  for (const ending of options.endings) {
    if (!reached.has(ending)) problems.push({ kind: 'unreached-ending', message: `no path reaches the ending "${ending}"`, path: [] });
  }
  const optionEntries = Object.values(first.options);
  for (const d of DIMENSIONS) {
    if (optionEntries.length > 0 && optionEntries.every((o) => o.deltas.every((delta) => delta[d] === 0))) {
      problems.push({ kind: 'dimension-never-moves', message: `no choice changes ${d}`, path: [] });
    }
  }
  return {
    states: first.states,
    paths: first.root.paths,
    ranges,
    endings: Object.fromEntries([...reached].map(([id, e]) => [id, { paths: e.paths, example: e.suffix }])),
    best: { optionIds: second.root.best.suffix, totals: second.root.best.totals },
    worst: { optionIds: second.root.worst.suffix, totals: second.root.worst.totals },
    options: first.options,
    problems,
  };
}

function walk(options: ExploreOptions, weights: Record<Dimension, number>) {
  const maxStates = options.maxStates ?? 200_000;
  const memo = new Map<string, NodeResult>();
  const problems: Problem[] = [];
  const seenOptions: Analysis['options'] = {};
  const declared = new Set(options.endings);
  const path: string[] = [];
  const score = (v: DimensionValues) => DIMENSIONS.reduce((sum, d) => sum + v[d] * weights[d], 0);

  const leaf = (): NodeResult => ({
    min: zeros(),
    max: zeros(),
    paths: 1,
    endings: new Map(),
    best: { value: 0, suffix: [], totals: zeros() },
    worst: { value: 0, suffix: [], totals: zeros() },
  });

  const visit = (encounter: Encounter): NodeResult => {
    const key = stateKey(encounter);
    const known = memo.get(key);
    if (known) return known;
    if (memo.size >= maxStates) {
      throw new ExplorationBoundError(`stopped after ${maxStates} distinct story states; the story is too large to explore fully (is a loop letting scores grow without end?)`);
    }
    const decision = encounter.beat.decision;
    let result: NodeResult;
    if (!decision) {
      result = leaf();
      const outcome = encounter.outcome;
      if (outcome === null) {
        if (declared.size > 0) problems.push({ kind: 'dead-end', message: 'the story stops without an "# outcome:" line: a dead end', path: [...path] });
      } else {
        if (!declared.has(outcome)) problems.push({ kind: 'undeclared-ending', message: `outcome "${outcome}" is not declared with "# ending: ${outcome} = …"`, path: [...path] });
        result.endings.set(outcome, { paths: 1, suffix: [] });
      }
    } else {
      const snapshot = encounter.snapshot();
      const children: { optionId: string; deltas: DimensionValues; child: NodeResult }[] = [];
      for (const option of decision.options) {
        encounter.restore(snapshot);
        path.push(option.id);
        try {
          encounter.choose(option.id);
          const deltas = encounter.log.at(-1)!.deltas;
          recordOption(seenOptions, decision.id, option.id, deltas);
          children.push({ optionId: option.id, deltas, child: visit(encounter) });
        } catch (error) {
          if (error instanceof ExplorationBoundError) throw error;
          problems.push({ kind: 'runtime-error', message: error instanceof Error ? error.message : String(error), path: [...path] });
        } finally {
          path.pop();
        }
      }
      encounter.restore(snapshot);
      const distinct = new Set(children.map((c) => JSON.stringify(c.deltas)));
      if (children.length > 1 && distinct.size === 1) {
        problems.push({ kind: 'options-score-alike', message: `every option of decision "${decision.id}" scores the same`, path: [...path] });
      }
      result = combine(children, score) ?? leaf();
    }
    memo.set(key, result);
    return result;
  };

  const encounter = Encounter.start(options);
  const root = visit(encounter);
  return { root, states: memo.size, problems, options: seenOptions };
}

function combine(
  children: { optionId: string; deltas: DimensionValues; child: NodeResult }[],
  score: (v: DimensionValues) => number,
): NodeResult | null {
  if (children.length === 0) return null;
  const min = {} as DimensionValues;
  const max = {} as DimensionValues;
  for (const d of DIMENSIONS) {
    min[d] = Math.min(...children.map((c) => c.deltas[d] + c.child.min[d]));
    max[d] = Math.max(...children.map((c) => c.deltas[d] + c.child.max[d]));
  }
  const endings = new Map<string, { paths: number; suffix: string[] }>();
  let best: Extreme | null = null;
  let worst: Extreme | null = null;
  for (const { optionId, deltas, child } of children) {
    for (const [id, e] of child.endings) {
      const existing = endings.get(id);
      if (existing) existing.paths += e.paths;
      else endings.set(id, { paths: e.paths, suffix: [optionId, ...e.suffix] });
    }
    const extend = (e: Extreme): Extreme => ({ value: score(deltas) + e.value, suffix: [optionId, ...e.suffix], totals: add(deltas, e.totals) });
    const b = extend(child.best);
    const w = extend(child.worst);
    if (!best || b.value > best.value) best = b;
    if (!worst || w.value < worst.value) worst = w;
  }
  return { min, max, paths: children.reduce((n, c) => n + c.child.paths, 0), endings, best: best!, worst: worst! };
}

function recordOption(seen: Analysis['options'], decisionId: string, optionId: string, deltas: DimensionValues) {
  const entry = (seen[optionId] ??= { decisionId, deltas: [] });
  if (!entry.deltas.some((d) => DIMENSIONS.every((dim) => d[dim] === deltas[dim]))) entry.deltas.push(deltas);
}

/** The story's position without its score totals, plus what the runner remembers of the past. */
function stateKey(encounter: Encounter): string {
  const snapshot = encounter.snapshot();
  const state = JSON.parse(snapshot.storyState) as { variablesState?: Record<string, unknown> };
  for (const d of DIMENSIONS) delete state.variablesState?.[d];
  return JSON.stringify([state, snapshot.expressions, snapshot.outcome, snapshot.beat.decision?.id ?? null]);
}

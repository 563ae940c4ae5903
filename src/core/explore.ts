import { Encounter, type Decision, type DimensionValues, type EncounterSnapshot } from './encounter';
import { StoryRuntimeError, type OpenStory } from './ports';
import { mulberry32 } from './seeded-random';
import type { ScoreRanges } from './scenario';
import { weightedGain } from './scoring';
import { DIMENSIONS, type Lesson } from './vocabulary';

/**
 * Walks every distinct state of a story once, recording it as a graph, then answers every
 * question (score ranges, endings, best and worst paths) from the graph without running ink
 * again. Scores are additive and stories may not branch on them (the contract forbids it), so
 * states that differ only in score totals are merged: that is what keeps a story with a dozen
 * decisions explorable.
 *
 * A story with more distinct states than the bound (a long story with counters and flags of its
 * own) is explored up to the bound and then estimated from seeded walks, with a warning: the
 * build must not need every path to ship a story.
 */

export interface ExploreOptions {
  open: OpenStory;
  compiled: string;
  seed: number;
  /** Endings the story declares; an ending no path reaches is a problem. */
  endings: readonly string[];
  /** Distinct states to explore at most; past it, the analysis is estimated from seeded walks. */
  maxStates?: number;
  /** Random walks the estimate plays when exploration stops at its bound. */
  estimateWalks?: number;
}

/** Twice the largest shipped encounter (farmer: 1,384 states), few enough to keep `npm run build` quick. */
export const DEFAULT_MAX_STATES = 3_000;
const ESTIMATE_WALKS = 60;

export type ProblemKind = 'runtime-error' | 'dead-end' | 'unreached-ending' | 'undeclared-ending' | 'options-score-alike' | 'dimension-never-moves';

export interface Problem {
  kind: ProblemKind;
  message: string;
  /** The option ids that lead to where the problem shows, from the start. */
  path: readonly string[];
  /** Where in the compiled story a runtime error happened, when the story port knows. */
  inkPath?: string | null;
}

export interface ScoredPath {
  optionIds: string[];
  totals: DimensionValues;
}

/** One distinct story state: a decision with its options, or an ending. */
export interface StoryNode {
  decisionId: string | null;
  outcome: string | null;
  /** An edge's child is missing from the graph when exploration stopped at its bound before reaching it. */
  edges: { optionId: string; lesson: Lesson | null; deltas: DimensionValues; child: string }[];
}

export interface Analysis {
  /** False when exploration stopped at its bound: ranges, endings, best and worst then come from walks. */
  complete: boolean;
  states: number;
  /** Every distinct path from start to end; null when exploration was not complete. */
  paths: number | null;
  ranges: ScoreRanges;
  /** Per ending, the paths reaching it (the walks reaching it, when estimated) and one example. */
  endings: Record<string, { paths: number; example: string[] }>;
  best: ScoredPath;
  worst: ScoredPath;
  /** Every option seen, with the score changes it made (one entry per distinct change). */
  options: Record<string, { decisionId: string; deltas: DimensionValues[] }>;
  problems: Problem[];
  /** What the author should know that does not stop the build. */
  warnings: string[];
  /** The state graph, by state key; `root` is where the story starts. */
  graph: { root: string; nodes: ReadonlyMap<string, StoryNode> };
}

const zeros = (): DimensionValues => ({ listening: 0, promise_keeping: 0, ownership: 0 });
const add = (a: DimensionValues, b: DimensionValues): DimensionValues => ({
  listening: a.listening + b.listening,
  promise_keeping: a.promise_keeping + b.promise_keeping,
  ownership: a.ownership + b.ownership,
});

export function exploreStory(options: ExploreOptions): Analysis {
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const explored = walk(options, maxStates);
  const { root, nodes, problems, seenOptions } = explored;
  const summary = explored.complete ? fromGraph(root, nodes) : estimate(options, explored);

  const warnings: string[] = [];
  if (!explored.complete) {
    warnings.push(
      `exploration stopped at its bound of ${maxStates} distinct story states (raise it with "# explore: N" at the top of the story, or --explore=N); ` +
        `score ranges, endings and best and worst paths are estimated from ${summary.walks} seeded walks that include each decision's best and worst options, so a trainee's path may score outside them`,
    );
  }
  for (const ending of options.endings) {
    if (summary.endings.has(ending)) continue;
    if (explored.complete) problems.push({ kind: 'unreached-ending', message: `no path reaches the ending "${ending}"`, path: [] });
    else warnings.push(`no explored state or walk reaches the ending "${ending}"; check that a path leads there`);
  }
  const optionEntries = Object.values(seenOptions);
  for (const d of DIMENSIONS) {
    if (optionEntries.length > 0 && optionEntries.every((o) => o.deltas.every((delta) => delta[d] === 0))) {
      problems.push({ kind: 'dimension-never-moves', message: `no choice changes ${d}`, path: [] });
    }
  }
  return {
    complete: explored.complete,
    states: nodes.size,
    paths: summary.paths,
    ranges: summary.ranges,
    endings: Object.fromEntries(summary.endings),
    best: summary.best,
    worst: summary.worst,
    options: seenOptions,
    problems: dedupeProblems(problems),
    warnings,
    graph: { root, nodes },
  };
}

interface Summary {
  paths: number | null;
  walks: number;
  ranges: ScoreRanges;
  endings: Map<string, { paths: number; example: string[] }>;
  best: ScoredPath;
  worst: ScoredPath;
}

/** Best and worst are judged on normalised scores, so each dimension weighs by its range. */
const valueIn = (ranges: ScoreRanges) => (totals: DimensionValues) => weightedGain(totals, ranges);

/** Exact figures from the whole state graph. */
function fromGraph(root: string, nodes: ReadonlyMap<string, StoryNode>): Summary {
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

  const value = valueIn(ranges);
  const extreme = (pick: (a: number, b: number) => boolean) =>
    foldGraph(root, nodes, {
      leaf: (): ScoredPath => ({ optionIds: [], totals: zeros() }),
      node: (edges) =>
        edges
          .map(({ optionId, deltas, result }): ScoredPath => ({ optionIds: [optionId, ...result.optionIds], totals: add(deltas, result.totals) }))
          .reduce((a, b) => (pick(value(b.totals), value(a.totals)) ? b : a)),
    });
  return { paths, walks: 0, ranges, endings, best: extreme((a, b) => a > b), worst: extreme((a, b) => a < b) };
}

/**
 * Figures for a story too large to explore: seeded random walks, plus for each score one walk
 * that takes every decision's best option for it and one that takes the worst. Each is a path a
 * trainee can play, so the ranges never claim more than the story allows; they may claim less.
 */
function estimate(options: ExploreOptions, explored: Walked): Summary {
  const { problems, seenOptions } = explored;
  const declared = new Set(options.endings);
  const encounter = Encounter.start(options);
  const start = encounter.snapshot();
  const random = mulberry32(options.seed);
  const played: ScoredPath[] = [];
  const endings = new Map<string, { paths: number; example: string[] }>();

  const play = (pick: (decision: Decision) => string) => {
    encounter.restore(start);
    const taken: string[] = [];
    try {
      for (let decision = encounter.beat.decision; decision; decision = encounter.beat.decision) {
        const optionId = pick(decision);
        taken.push(optionId);
        encounter.choose(optionId);
        recordOption(seenOptions, decision.id, optionId, encounter.log.at(-1)!.deltas);
      }
    } catch (error) {
      problems.push(runtimeProblem(error, taken));
      return;
    }
    const outcome = encounter.outcome;
    if (outcome === null) {
      if (declared.size > 0) problems.push({ kind: 'dead-end', message: 'the story stops without an "# outcome:" line: a dead end', path: taken });
    } else if (!declared.has(outcome)) {
      problems.push({ kind: 'undeclared-ending', message: `outcome "${outcome}" is not declared with "# ending: ${outcome} = …"`, path: taken });
    } else {
      const ending = endings.get(outcome);
      if (ending) ending.paths++;
      else endings.set(outcome, { paths: 1, example: taken });
    }
    played.push({ optionIds: taken, totals: encounter.dimensions });
  };

  const walks = options.estimateWalks ?? ESTIMATE_WALKS;
  for (let i = 0; i < walks; i++) play((decision) => decision.options[Math.floor(random() * decision.options.length)]!.id);
  /** An option's score change: the contract makes it the same wherever the option is met. */
  const deltasOf = (decision: Decision, optionId: string): DimensionValues | null => {
    const known = seenOptions[optionId]?.deltas[0];
    if (known) return known;
    const here = encounter.snapshot();
    try {
      encounter.choose(optionId);
      const deltas = encounter.log.at(-1)!.deltas;
      recordOption(seenOptions, decision.id, optionId, deltas);
      return deltas;
    } catch {
      // The walk that takes this option reports the failure.
      return null;
    } finally {
      encounter.restore(here);
    }
  };
  for (const d of DIMENSIONS) {
    for (const sign of [1, -1]) {
      play((decision) => {
        let best = decision.options[0]!.id;
        let bestGain = -Infinity;
        for (const option of decision.options) {
          const deltas = deltasOf(decision, option.id);
          if (deltas && sign * deltas[d] > bestGain) {
            best = option.id;
            bestGain = sign * deltas[d];
          }
        }
        return best;
      });
    }
  }

  const ranges = {} as ScoreRanges;
  for (const d of DIMENSIONS) {
    const totals = played.map((p) => p.totals[d]);
    ranges[d] = totals.length > 0 ? { min: Math.min(...totals), max: Math.max(...totals) } : { min: 0, max: 0 };
  }
  const value = valueIn(ranges);
  const none: ScoredPath = { optionIds: [], totals: zeros() };
  const best = played.reduce((a, b) => (value(b.totals) > value(a.totals) ? b : a), played[0] ?? none);
  const worst = played.reduce((a, b) => (value(b.totals) < value(a.totals) ? b : a), played[0] ?? none);
  return { paths: null, walks: walks + 2 * DIMENSIONS.length, ranges, endings, best, worst };
}

/** Computes a value for every state from its children's, once per state, without recursing (a story may be thousands of decisions deep). */
export function foldGraph<T>(
  root: string,
  nodes: ReadonlyMap<string, StoryNode>,
  fold: { leaf: (node: StoryNode) => T; node: (edges: { optionId: string; deltas: DimensionValues; result: T }[], node: StoryNode) => T },
): T {
  const memo = new Map<string, T>();
  const expanded = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const key = stack.at(-1)!;
    if (memo.has(key)) {
      stack.pop();
      continue;
    }
    const node = nodes.get(key);
    if (!node) throw new Error(`the story graph has no state "${key}"; fold only a completely explored graph`);
    const waiting = node.edges.filter((e) => !memo.has(e.child));
    if (waiting.length > 0) {
      // Story states only move forward (ink counts turns), so a state is never its own descendant.
      if (expanded.has(key)) throw new Error('the story graph has a cycle');
      expanded.add(key);
      for (const e of waiting) stack.push(e.child);
      continue;
    }
    const edges = node.edges.map((e) => ({ optionId: e.optionId, deltas: e.deltas, result: memo.get(e.child)! }));
    memo.set(key, edges.length === 0 ? fold.leaf(node) : fold.node(edges, node));
    stack.pop();
  }
  return memo.get(root)!;
}

interface Walked {
  root: string;
  nodes: Map<string, StoryNode>;
  problems: Problem[];
  seenOptions: Analysis['options'];
  complete: boolean;
}

function runtimeProblem(error: unknown, path: readonly string[]): Problem {
  return {
    kind: 'runtime-error',
    message: error instanceof Error ? error.message : String(error),
    path: [...path],
    inkPath: error instanceof StoryRuntimeError ? error.inkPath : null,
  };
}

/** Walks every distinct state depth first, with a stack of its own: a story thousands of decisions deep must not overflow the call stack. */
function walk(options: ExploreOptions, maxStates: number): Walked {
  const nodes = new Map<string, StoryNode>();
  const problems: Problem[] = [];
  const seenOptions: Analysis['options'] = {};
  const declared = new Set(options.endings);
  let complete = true;

  interface Frame {
    node: StoryNode;
    decision: Decision;
    snapshot: EncounterSnapshot;
    /** The option ids that lead here from the start. */
    path: string[];
    next: number;
  }
  const stack: Frame[] = [];

  const encounter = Encounter.start(options);
  /** The frame whose state the encounter stands in, so the first option needs no restore. */
  let standsAt: Frame | null = null;

  const enter = ({ key, snapshot }: KeyedState, path: string[]) => {
    const decision = encounter.beat.decision;
    const node: StoryNode = { decisionId: decision?.id ?? null, outcome: null, edges: [] };
    nodes.set(key, node);
    if (decision) {
      const frame: Frame = { node, decision, snapshot, path, next: 0 };
      stack.push(frame);
      standsAt = frame;
      return;
    }
    node.outcome = encounter.outcome;
    if (node.outcome === null) {
      if (declared.size > 0) problems.push({ kind: 'dead-end', message: 'the story stops without an "# outcome:" line: a dead end', path });
    } else if (!declared.has(node.outcome)) {
      problems.push({ kind: 'undeclared-ending', message: `outcome "${node.outcome}" is not declared with "# ending: ${node.outcome} = …"`, path });
    }
  };

  const root = stateKey(encounter);
  enter(root, []);
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    const { node, decision } = frame;
    if (frame.next >= decision.options.length) {
      stack.pop();
      const distinct = new Set(node.edges.map((e) => JSON.stringify(e.deltas)));
      if (node.edges.length > 1 && distinct.size === 1) {
        problems.push({ kind: 'options-score-alike', message: `every option of decision "${decision.id}" scores the same`, path: frame.path });
      }
      continue;
    }
    const option = decision.options[frame.next++]!;
    if (standsAt !== frame) encounter.restore(frame.snapshot);
    standsAt = null;
    const path = [...frame.path, option.id];
    try {
      encounter.choose(option.id);
      const deltas = encounter.log.at(-1)!.deltas;
      recordOption(seenOptions, decision.id, option.id, deltas);
      const child = stateKey(encounter);
      node.edges.push({ optionId: option.id, lesson: option.lesson, deltas, child: child.key });
      if (nodes.has(child.key)) continue;
      if (nodes.size >= maxStates) {
        complete = false;
        continue;
      }
      enter(child, path);
    } catch (error) {
      problems.push(runtimeProblem(error, path));
    }
  }
  return { root: root.key, nodes, problems, seenOptions, complete };
}

/** One problem per kind, message and place: walks through a large story meet the same failure many times. */
function dedupeProblems(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind}\n${p.message}\n${p.inkPath ?? ''}\n${p.path.at(-1) ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function recordOption(seen: Analysis['options'], decisionId: string, optionId: string, deltas: DimensionValues) {
  const entry = (seen[optionId] ??= { decisionId, deltas: [] });
  if (!entry.deltas.some((d) => DIMENSIONS.every((dim) => d[dim] === deltas[dim]))) entry.deltas.push(deltas);
}

interface KeyedState {
  key: string;
  snapshot: EncounterSnapshot;
}

/**
 * The story's position without its score totals, plus what the runner remembers of the past,
 * as a 64-bit hash: ink's saved state runs to kilobytes, and the graph keeps one key per state.
 */
function stateKey(encounter: Encounter): KeyedState {
  const snapshot = encounter.snapshot();
  // Cut the score variables out of the saved JSON as text, rather than parse and rewrite kilobytes per state.
  const state = snapshot.storyState.replace(SCORE_VARIABLES, '');
  return { key: hash64(JSON.stringify([state, snapshot.expressions, snapshot.outcome, snapshot.beat.decision?.id ?? null])), snapshot };
}

/** `"listening":3,` as ink saves a global variable; not inside a string, where its quotes would be escaped. */
const SCORE_VARIABLES = new RegExp(`(?<!\\\\)"(?:${DIMENSIONS.join('|')})":-?[\\d.eE+-]+,?`, 'g');

/** Two independent 32-bit FNV-1a style hashes side by side; a clash among a few million states is vanishingly unlikely. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

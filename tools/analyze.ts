/**
 * The scenario analyzer: `npm run analyze [-- <scenario id>…] [--json] [--walks=N] [--explore=N]`.
 * Explores every distinct state of every scenario, reports paths, endings, score ranges and the
 * best and worst paths, and fails — naming scenario, file and line — on anything that would make a
 * scenario unfair or broken for a trainee.
 */
import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Encounter } from '../src/core/encounter';
import type { Analysis, StoryNode } from '../src/core/explore';
import { normaliseAll, weightedGain } from '../src/core/scoring';
import { mulberry32 } from '../src/core/seeded-random';
import { DIMENSIONS } from '../src/core/vocabulary';
import { sequentialInkOpener } from '../src/narrative/ink-story';
import type { InkMessage } from './ink/compile';
import { BUILD_SEED, buildScenario, discoverScenarios, formatMessage, parseExploreBound, type BuildOptions, type BuiltScenario } from './ink/scenarios';

export const SEEDS_CHECKED = 20;
/** Walks the test suite plays per scenario; the command plays fewer by default, to stay quick while authoring. */
export const RANDOM_WALKS = 1000;
export const COMMAND_WALKS = 200;

export interface ScenarioReport {
  id: string;
  ok: boolean;
  errors: string[];
  warnings?: string[];
  /** False when exploration stopped at its bound and the figures are estimated. */
  complete?: boolean;
  states?: number;
  paths?: number | null;
  endings?: Analysis['endings'];
  ranges?: Analysis['ranges'];
  best?: { optionIds: string[]; scores: Record<string, number> };
  worst?: { optionIds: string[]; scores: Record<string, number> };
  randomWalks?: { walks: number; averageDecisions: number; errors: number };
  bestOptionPositions?: number[];
}

export { mulberry32 };

/**
 * Plays seeded random walks, spread over SEEDS_CHECKED story seeds, and checks every step against
 * the graph explored with the build's seed: a decision, its options or a score that differs means
 * randomness changed more than wording.
 */
export function randomWalks(scenario: BuiltScenario, walks: number, seed = 7) {
  const random = mulberry32(seed);
  const open = sequentialInkOpener();
  const { root, nodes } = scenario.analysis.graph;
  let decisions = 0;
  const errors: string[] = [];
  const seedProblems = new Set<string>();
  for (let walk = 0; walk < walks; walk++) {
    const storySeed = BUILD_SEED + (walk % SEEDS_CHECKED);
    const taken: string[] = [];
    try {
      const encounter = Encounter.start({ open, compiled: scenario.json, seed: storySeed });
      let node: StoryNode | undefined = nodes.get(root);
      while (encounter.beat.decision) {
        const decision = encounter.beat.decision;
        const offered = decision.options.map((o) => o.id);
        if (node && (node.decisionId !== decision.id || node.edges.map((e) => e.optionId).join() !== offered.join())) {
          seedProblems.add(`with seed ${storySeed}, after ${taken.join(' → ') || 'the start'}, the story offers ${decision.id}: ${offered.join(', ')}`);
          break;
        }
        const optionId = offered[Math.floor(random() * offered.length)]!;
        encounter.choose(optionId);
        taken.push(optionId);
        decisions++;
        if (!node) continue;
        const edge = node.edges.find((e) => e.optionId === optionId)!;
        if (DIMENSIONS.some((d) => edge.deltas[d] !== encounter.log.at(-1)!.deltas[d])) {
          seedProblems.add(`with seed ${storySeed}, "${optionId}" scores differently`);
        }
        // Past the explored part of a story too large to explore, there is nothing to compare with.
        node = nodes.get(edge.child);
      }
      if (!encounter.beat.decision && node && (node.edges.length > 0 || node.outcome !== encounter.outcome)) {
        seedProblems.add(`with seed ${storySeed}, ${taken.join(' → ')} ends differently`);
      }
    } catch (error) {
      errors.push(String(error instanceof Error ? error.message : error));
    }
  }
  return { walks, averageDecisions: decisions / walks, errors, seedProblems: [...seedProblems] };
}

export function analyzeScenario(id: string, mainFile: string, walks = RANDOM_WALKS, build: BuildOptions = {}): ScenarioReport {
  const built = buildScenario(id, mainFile, build);
  if (!built.ok) return { id, ok: false, errors: built.errors.map((m) => formatMessage(m)) };
  const scenario = built.scenario;
  const { analysis } = scenario;
  const located: InkMessage[] = [];
  const at = (optionId: string | undefined) => (optionId && scenario.optionLines.get(optionId)) || { file: mainFile, line: 1 };
  for (const p of analysis.problems) located.push({ ...at(p.path.at(-1)), message: p.message });
  for (const [optionId, option] of Object.entries(analysis.options)) {
    if (option.deltas.length > 1) located.push({ ...at(optionId), message: `option "${optionId}" scores differently depending on the path; a choice's score must not depend on earlier choices` });
  }
  const decisions = distinctDecisions(scenario);
  for (const node of decisions) {
    for (const edge of node.edges) if (!edge.lesson) located.push({ ...at(edge.optionId), message: `option "${edge.optionId}" names no lesson; add "#lesson: …" inside its [brackets]` });
  }
  const walked = randomWalks(scenario, walks);
  for (const message of walked.seedProblems.slice(0, 3)) {
    located.push({ file: mainFile, line: 1, message: `the story's structure or scores change with the random seed (${message}); randomness may vary wording only` });
  }
  for (const message of [...new Set(walked.errors)]) located.push({ file: mainFile, line: 1, message: `a random walk failed: ${message}` });

  return {
    id,
    ok: located.length === 0,
    errors: located.map((m) => formatMessage(m)),
    warnings: scenario.warnings.map((m) => formatMessage(m)),
    complete: analysis.complete,
    states: analysis.states,
    paths: analysis.paths,
    endings: analysis.endings,
    ranges: analysis.ranges,
    best: { optionIds: analysis.best.optionIds, scores: normaliseAll(analysis.best.totals, analysis.ranges) },
    worst: { optionIds: analysis.worst.optionIds, scores: normaliseAll(analysis.worst.totals, analysis.ranges) },
    randomWalks: { walks, averageDecisions: walked.averageDecisions, errors: walked.errors.length },
    bestOptionPositions: decisions.map((node) => bestPosition(node, analysis.ranges)),
  };
}

/** Each decision once, as first met in the graph. */
function distinctDecisions(scenario: BuiltScenario): StoryNode[] {
  const seen = new Map<string, StoryNode>();
  for (const node of scenario.analysis.graph.nodes.values()) {
    if (node.decisionId && !seen.has(node.decisionId)) seen.set(node.decisionId, node);
  }
  return [...seen.values()];
}

/** The 1-based position of a decision's best-scoring option. */
function bestPosition(node: StoryNode, ranges: Analysis['ranges']): number {
  const gains = node.edges.map((e) => weightedGain(e.deltas, ranges));
  return gains.indexOf(Math.max(...gains)) + 1;
}

function printReport(report: ScenarioReport) {
  const out: string[] = [`\n== ${report.id}: ${report.ok ? 'ok' : 'FAILED'}`];
  for (const error of report.errors) out.push(`  error: ${error}`);
  for (const warning of report.warnings ?? []) out.push(`  WARNING: ${warning}`);
  if (report.states !== undefined) {
    out.push(report.complete ? `  ${report.states} distinct states, ${report.paths} paths` : `  ${report.states} distinct states explored (the bound); figures below are estimated from walks`);
    for (const [id, e] of Object.entries(report.endings!)) out.push(`  ending ${id}: ${e.paths} ${report.complete ? 'paths' : 'walks'}, e.g. ${e.example.join(' → ')}`);
    for (const d of DIMENSIONS) out.push(`  ${d}: raw ${report.ranges![d].min} to ${report.ranges![d].max}`);
    const fmt = (p: { optionIds: string[]; scores: Record<string, number> }) =>
      `${DIMENSIONS.map((d) => `${d} ${p.scores[d]}`).join(', ')} (${p.optionIds.length} decisions)\n    ${p.optionIds.join(' → ')}`;
    out.push(`  best path: ${fmt(report.best!)}`);
    out.push(`  worst path: ${fmt(report.worst!)}`);
    out.push(`  random walks: ${report.randomWalks!.walks}, ${report.randomWalks!.averageDecisions.toFixed(1)} decisions on average, ${report.randomWalks!.errors} errors`);
    out.push(`  best option position per decision: ${report.bestOptionPositions!.join(' ')}`);
  }
  console.log(out.join('\n'));
}

/** Analyses scenarios in this process, or spreads them over one child process per core. */
async function analyzeAll(found: { id: string; mainFile: string }[], walks: number, build: BuildOptions): Promise<ScenarioReport[]> {
  const workers = Math.min(availableParallelism(), found.length);
  if (workers <= 1 || process.env.COUNTERPART_ANALYZE_CHILD) return found.map((s) => analyzeScenario(s.id, s.mainFile, walks, build));
  // Biggest stories first, each to the least loaded child, so both cores finish together.
  const bySize = [...found].sort((a, b) => statSync(b.mainFile).size - statSync(a.mainFile).size);
  const shares: { ids: string[]; size: number }[] = Array.from({ length: workers }, () => ({ ids: [], size: 0 }));
  for (const s of bySize) {
    const share = shares.reduce((a, b) => (b.size < a.size ? b : a));
    share.ids.push(s.id);
    share.size += statSync(s.mainFile).size;
  }
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<ScenarioReport[]>((resolve, reject) => {
          const explore = build.maxStates === undefined ? [] : [`--explore=${build.maxStates}`];
          const child = fork(import.meta.filename, [...share.ids, `--walks=${walks}`, ...explore], { env: { ...process.env, COUNTERPART_ANALYZE_CHILD: '1' } });
          child.once('message', (reports) => resolve(reports as ScenarioReport[]));
          child.once('error', reject);
          child.once('exit', (code) => code !== 0 && reject(new Error(`the analyzer for ${share.ids.join(', ')} stopped (exit ${code})`)));
        }),
    ),
  );
  const reports = results.flat();
  return found.map((s) => reports.find((r) => r.id === s.id)!);
}

async function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const walksArg = args.find((a) => a.startsWith('--walks='));
  const walks = walksArg ? Number(walksArg.slice('--walks='.length)) : COMMAND_WALKS;
  if (!Number.isInteger(walks) || walks < SEEDS_CHECKED) {
    console.error(`--walks must be a whole number of at least ${SEEDS_CHECKED} (one per seed checked)`);
    process.exit(1);
  }
  let build: BuildOptions;
  try {
    const maxStates = parseExploreBound(args.find((a) => a.startsWith('--explore='))?.slice('--explore='.length), '--explore');
    build = maxStates === undefined ? {} : { maxStates };
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const wanted = args.filter((a) => !a.startsWith('--'));
  const root = path.resolve(import.meta.dirname, '..', 'scenarios');
  const found = discoverScenarios(root).filter((s) => wanted.length === 0 || wanted.includes(s.id));
  if (found.length === 0) {
    console.error(wanted.length > 0 ? `No scenario named ${wanted.join(', ')} in scenarios/` : 'No scenarios found in scenarios/');
    process.exit(1);
  }
  const reports = await analyzeAll(found, walks, build);
  if (process.env.COUNTERPART_ANALYZE_CHILD && process.send) {
    process.send(reports, () => process.exit(0));
    return;
  }
  if (json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(printReport);
  const failed = reports.filter((r) => !r.ok).length;
  if (!json) console.log(`\n${reports.length - failed} scenarios passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) void main();

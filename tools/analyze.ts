/**
 * The scenario analyzer: `npm run analyze [-- <scenario id>…] [--json]`.
 * Explores every distinct state of every scenario, reports paths, endings, score ranges and the
 * best and worst paths, and fails — naming scenario, file and line — on anything that would make a
 * scenario unfair or broken for a trainee.
 */
import path from 'node:path';
import { Encounter } from '../src/core/encounter';
import { exploreStory, type Analysis } from '../src/core/explore';
import { normaliseAll, weightedGain } from '../src/core/scoring';
import { DIMENSIONS } from '../src/core/vocabulary';
import { openInkStory } from '../src/narrative/ink-story';
import type { InkMessage } from './ink/compile';
import { BUILD_SEED, buildScenario, discoverScenarios, formatMessage, type BuiltScenario } from './ink/scenarios';

export const SEEDS_CHECKED = 20;
export const RANDOM_WALKS = 1000;

export interface ScenarioReport {
  id: string;
  ok: boolean;
  errors: string[];
  states?: number;
  paths?: number;
  endings?: Analysis['endings'];
  ranges?: Analysis['ranges'];
  best?: { optionIds: string[]; scores: Record<string, number> };
  worst?: { optionIds: string[]; scores: Record<string, number> };
  randomWalks?: { walks: number; averageDecisions: number; errors: number };
  bestOptionPositions?: number[];
}

/** A small seeded generator, so random walks are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomWalks(scenario: BuiltScenario, walks: number, seed = 7) {
  const random = mulberry32(seed);
  let decisions = 0;
  const errors: string[] = [];
  for (let walk = 0; walk < walks; walk++) {
    try {
      const encounter = Encounter.start({ open: openInkStory, compiled: scenario.json, seed: Math.floor(random() * 2 ** 31) });
      while (encounter.beat.decision) {
        const options = encounter.beat.decision.options;
        encounter.choose(options[Math.floor(random() * options.length)]!.id);
        decisions++;
      }
    } catch (error) {
      errors.push(String(error instanceof Error ? error.message : error));
    }
  }
  return { walks, averageDecisions: decisions / walks, errors };
}

/** The structure and scores of a story as seen from one seed; it must not depend on the seed. */
function signature(analysis: Analysis): string {
  return JSON.stringify([analysis.states, analysis.paths, analysis.ranges, Object.keys(analysis.endings).sort(), analysis.options]);
}

export function analyzeScenario(id: string, mainFile: string, walks = RANDOM_WALKS): ScenarioReport {
  const built = buildScenario(id, mainFile);
  if (!built.ok) return { id, ok: false, errors: built.errors.map((m) => formatMessage(m)) };
  const scenario = built.scenario;
  const { analysis } = scenario;
  const located: InkMessage[] = [];
  const at = (optionId: string | undefined) => (optionId && scenario.optionLines.get(optionId)) || { file: mainFile, line: 1 };
  for (const p of analysis.problems) located.push({ ...at(p.path.at(-1)), message: p.message });
  for (const [optionId, option] of Object.entries(analysis.options)) {
    if (option.deltas.length > 1) located.push({ ...at(optionId), message: `option "${optionId}" scores differently depending on the path; a choice's score must not depend on earlier choices` });
  }
  const base = signature(analysis);
  for (let seed = BUILD_SEED + 1; seed <= BUILD_SEED + SEEDS_CHECKED - 1; seed++) {
    const other = exploreStory({ open: openInkStory, compiled: scenario.json, seed, endings: scenario.meta.endings.map((e) => e.id) });
    if (signature(other) !== base) {
      located.push({ file: mainFile, line: 1, message: `the story's structure or scores change with the random seed (seed ${seed} differs from seed ${BUILD_SEED}); randomness may vary wording only` });
      break;
    }
  }
  const lessonless = lessonlessOptions(scenario);
  for (const optionId of lessonless) located.push({ ...at(optionId), message: `option "${optionId}" names no lesson; add "#lesson: …" inside its [brackets]` });
  const walked = randomWalks(scenario, walks);
  for (const message of [...new Set(walked.errors)]) located.push({ file: mainFile, line: 1, message: `a random walk failed: ${message}` });

  return {
    id,
    ok: located.length === 0,
    errors: located.map((m) => formatMessage(m)),
    states: analysis.states,
    paths: analysis.paths,
    endings: analysis.endings,
    ranges: analysis.ranges,
    best: { optionIds: analysis.best.optionIds, scores: normaliseAll(analysis.best.totals, analysis.ranges) },
    worst: { optionIds: analysis.worst.optionIds, scores: normaliseAll(analysis.worst.totals, analysis.ranges) },
    randomWalks: { walks, averageDecisions: walked.averageDecisions, errors: walked.errors.length },
    bestOptionPositions: bestOptionPositions(scenario),
  };
}

/** Options offered anywhere in the story that carry no lesson tag. */
function lessonlessOptions(scenario: BuiltScenario): string[] {
  const missing = new Set<string>();
  visitDecisions(scenario, (decision) => {
    for (const option of decision.options) if (!option.lesson) missing.add(option.id);
  });
  return [...missing];
}

/** For each decision (first time it is met), the 1-based position of its best-scoring option. */
function bestOptionPositions(scenario: BuiltScenario): number[] {
  const positions: number[] = [];
  const { options, ranges } = scenario.analysis;
  visitDecisions(scenario, (decision) => {
    let best = 0;
    decision.options.forEach((option, i) => {
      const gain = (id: string) => weightedGain(options[id]?.deltas[0] ?? { listening: 0, promise_keeping: 0, ownership: 0 }, ranges);
      if (gain(option.id) > gain(decision.options[best]!.id)) best = i;
    });
    positions.push(best + 1);
  });
  return positions;
}

function visitDecisions(scenario: BuiltScenario, onDecision: (decision: NonNullable<Encounter['beat']['decision']>) => void) {
  const seen = new Set<string>();
  const encounter = Encounter.start({ open: openInkStory, compiled: scenario.json, seed: BUILD_SEED });
  const visit = () => {
    const decision = encounter.beat.decision;
    if (!decision || seen.has(decision.id)) return;
    seen.add(decision.id);
    onDecision(decision);
    const snapshot = encounter.snapshot();
    for (const option of decision.options) {
      encounter.restore(snapshot);
      encounter.choose(option.id);
      visit();
    }
    encounter.restore(snapshot);
  };
  visit();
}

function printReport(report: ScenarioReport) {
  const out: string[] = [`\n== ${report.id}: ${report.ok ? 'ok' : 'FAILED'}`];
  for (const error of report.errors) out.push(`  error: ${error}`);
  if (report.states !== undefined) {
    out.push(`  ${report.states} distinct states, ${report.paths} paths`);
    for (const [id, e] of Object.entries(report.endings!)) out.push(`  ending ${id}: ${e.paths} paths, e.g. ${e.example.join(' → ')}`);
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

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const root = path.resolve(import.meta.dirname, '..', 'scenarios');
  const found = discoverScenarios(root).filter((s) => wanted.length === 0 || wanted.includes(s.id));
  if (found.length === 0) {
    console.error(wanted.length > 0 ? `No scenario named ${wanted.join(', ')} in scenarios/` : 'No scenarios found in scenarios/');
    process.exit(1);
  }
  const reports = found.map((s) => analyzeScenario(s.id, s.mainFile));
  if (json) console.log(JSON.stringify(reports, null, 2));
  else reports.forEach(printReport);
  const failed = reports.filter((r) => !r.ok).length;
  if (!json) console.log(`\n${reports.length - failed} scenarios passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();

import { Encounter, type ChoiceRecord, type DimensionValues, type EncounterLine, type Option, type Speaker } from './encounter';
import type { OpenStory } from './ports';
import type { ScenarioMeta } from './scenario';
import { scoreTotals, verdict, verdictBands, weightedGain, type Scores, type Verdict, type VerdictBand } from './scoring';
import type { Dimension } from './vocabulary';

export interface DebriefOption extends Option {
  deltas: DimensionValues;
}

export interface DebriefDecision {
  decisionId: string;
  /** What the decision answered, to remind the trainee where they were (null for narration). */
  context: { speaker: Speaker | null; text: string } | null;
  chosen: DebriefOption;
  /** The option that would have scored best here, when it is not the one chosen. */
  better: DebriefOption | null;
  /** Every option offered here, in the story's order, with what each would have earned. */
  options: DebriefOption[];
}

export interface Debrief {
  scenarioId: string;
  ending: { id: string; title: string } | null;
  raw: DimensionValues;
  scores: Scores;
  /** The weighted overall score, 0–100. */
  overall: number;
  verdicts: Record<Dimension, VerdictBand>;
  /** Pass or fail against the default pass marks. */
  verdict: Verdict;
  decisions: DebriefDecision[];
  reveal: string | null;
}

/**
 * The line a decision answers: the one the author marked with `# prompt:`, else the customer's
 * last words before it — the line just before is often a bystander's aside, not the point —
 * else, when the customer said nothing since the last choice, the last line shown.
 */
function promptOf(lines: readonly EncounterLine[], customer: Speaker): DebriefDecision['context'] {
  const shown = lines.filter((l) => l.text !== '');
  const line = shown.findLast((l) => l.prompt) ?? shown.findLast((l) => l.speaker === customer) ?? shown.at(-1);
  return line ? { speaker: line.speaker, text: line.text } : null;
}

/**
 * Replays the trainee's choices and, at every decision, looks at what each other option would
 * have earned. Done once, when the encounter ends, so play itself never pays for it.
 */
export function buildDebrief(options: {
  open: OpenStory;
  compiled: string;
  seed: number;
  meta: ScenarioMeta;
  log: readonly Pick<ChoiceRecord, 'optionId'>[];
}): Debrief {
  const { meta } = options;
  const encounter = Encounter.start(options);
  const decisions: DebriefDecision[] = [];
  for (const { optionId } of options.log) {
    const decision = encounter.beat.decision;
    if (!decision) throw new Error(`the record has more choices than the story (at "${optionId}")`);
    const context = promptOf(encounter.beat.lines, meta.customer);
    const snapshot = encounter.snapshot();
    const scored = decision.options.map((option): DebriefOption => {
      encounter.restore(snapshot);
      encounter.choose(option.id);
      return { ...option, deltas: encounter.log.at(-1)!.deltas };
    });
    encounter.restore(snapshot);
    const chosen = scored.find((o) => o.id === optionId);
    if (!chosen) throw new Error(`"${optionId}" is not an option at decision "${decision.id}"`);
    const top = scored.reduce((best, o) => (weightedGain(o.deltas, meta.scoreRanges) > weightedGain(best.deltas, meta.scoreRanges) ? o : best));
    const better = weightedGain(top.deltas, meta.scoreRanges) > weightedGain(chosen.deltas, meta.scoreRanges) ? top : null;
    decisions.push({ decisionId: decision.id, context, chosen, better, options: scored });
    encounter.choose(optionId);
  }
  const raw = encounter.dimensions;
  const { scores, overall } = scoreTotals(raw, meta.scoreRanges);
  return {
    scenarioId: meta.id,
    ending: meta.endings.find((e) => e.id === encounter.outcome) ?? null,
    raw,
    scores,
    overall,
    verdicts: verdictBands(scores),
    verdict: verdict(scores),
    decisions,
    reveal: meta.reveal,
  };
}

import { StoryRuntimeError, type OpenStory, type StoryPort } from './ports';
import { findTag, parseTagsOrThrow } from './tags';
import {
  CUSTOMER_STATE,
  CUSTOMER_STATE_RANGE,
  DIMENSIONS,
  type Character,
  type CustomerStat,
  type Dimension,
  type Expression,
  type Lesson,
  type StorySound,
  type TRAINEE,
} from './vocabulary';

export type Speaker = Character | typeof TRAINEE;
export type DimensionValues = Record<Dimension, number>;
export type CustomerValues = Record<CustomerStat, number>;

export interface EncounterLine {
  /** Null for narration. */
  speaker: Speaker | null;
  /** Narration about what this character does (no words of theirs); their face may change. */
  actor: Character | null;
  /** The speaker's (or actor's) expression as of this line (expressions persist until changed). */
  expression: Expression | null;
  /** True when this line changed how the speaker looks; the UI says so in words too. */
  expressionChanged: boolean;
  text: string;
  sfx: StorySound[];
  outcome: string | null;
  /** The author marked this line (`# prompt: yes`) as what the next decision answers. */
  prompt: boolean;
}

export interface Option {
  id: string;
  index: number;
  text: string;
  coach: string;
  lesson: Lesson | null;
}

export interface Decision {
  id: string;
  options: Option[];
}

export interface ChoiceRecord {
  decisionId: string;
  optionId: string;
  text: string;
  coach: string;
  lesson: Lesson | null;
  /** How this choice moved each dimension (the raw ink values). */
  deltas: DimensionValues;
}

/** Everything that happened between two decisions. */
export interface Beat {
  lines: EncounterLine[];
  /** Null once the story has ended. */
  decision: Decision | null;
}

export interface EncounterSnapshot {
  readonly storyState: string;
  readonly expressions: readonly (readonly [Speaker, Expression])[];
  readonly logLength: number;
  readonly beat: Beat;
  readonly outcome: string | null;
}

/** The story failed part-way through a beat; `lines` are what it showed before failing, so none is lost. */
export class BeatInterruptedError extends StoryRuntimeError {
  constructor(
    cause: StoryRuntimeError,
    readonly lines: readonly EncounterLine[],
  ) {
    super(cause.message, cause.inkPath);
  }
}

export class ReplayMismatchError extends Error {
  override readonly name = 'ReplayMismatchError';
  constructor(
    readonly step: number,
    readonly optionId: string,
    readonly offered: readonly string[],
  ) {
    super(
      offered.length === 0
        ? `The saved choices no longer fit this story: choice ${step + 1} ("${optionId}") comes after the story has ended.`
        : `The saved choices no longer fit this story: choice ${step + 1} ("${optionId}") is not offered here; the story now offers ${offered.map((id) => `"${id}"`).join(', ')}.`,
    );
  }
}

export class Encounter {
  private readonly expressions = new Map<Speaker, Expression>();
  private readonly choiceLog: ChoiceRecord[] = [];
  private currentBeat: Beat;
  private currentOutcome: string | null = null;

  private constructor(
    private readonly story: StoryPort,
    readonly seed: number,
  ) {
    this.currentBeat = this.advance();
  }

  static start(options: { open: OpenStory; compiled: string; seed: number }): Encounter {
    return new Encounter(options.open(options.compiled, options.seed), options.seed);
  }

  /** Plays a saved list of option ids from the start; stops with a clear error where one no longer fits. */
  static replay(options: { open: OpenStory; compiled: string; seed: number; optionIds: readonly string[] }): Encounter {
    const encounter = Encounter.start(options);
    options.optionIds.forEach((optionId, step) => {
      const offered = encounter.beat.decision?.options.map((o) => o.id) ?? [];
      if (!offered.includes(optionId)) throw new ReplayMismatchError(step, optionId, offered);
      encounter.choose(optionId);
    });
    return encounter;
  }

  get beat(): Beat {
    return this.currentBeat;
  }

  get log(): readonly ChoiceRecord[] {
    return this.choiceLog;
  }

  get ended(): boolean {
    return this.currentBeat.decision === null;
  }

  /** The ending the story announced with `# outcome:`, if any. */
  get outcome(): string | null {
    return this.currentOutcome;
  }

  get dimensions(): DimensionValues {
    return readDimensions(this.story);
  }

  get customer(): CustomerValues {
    const values = {} as CustomerValues;
    for (const stat of CUSTOMER_STATE) {
      const raw = readInteger(this.story, stat);
      values[stat] = Math.min(CUSTOMER_STATE_RANGE.max, Math.max(CUSTOMER_STATE_RANGE.min, raw));
    }
    return values;
  }

  expressionOf(speaker: Speaker): Expression {
    return this.expressions.get(speaker) ?? 'neutral';
  }

  choose(optionId: string): Beat {
    const decision = this.currentBeat.decision;
    const option = decision?.options.find((o) => o.id === optionId);
    if (!decision || !option) {
      throw new Error(`"${optionId}" is not one of the options on screen (${decision?.options.map((o) => o.id).join(', ') ?? 'the story has ended'})`);
    }
    const before = this.dimensions;
    this.story.choose(option.index);
    this.currentBeat = this.advance();
    const after = this.dimensions;
    const deltas = {} as DimensionValues;
    for (const d of DIMENSIONS) deltas[d] = after[d] - before[d];
    this.choiceLog.push({
      decisionId: decision.id,
      optionId: option.id,
      text: option.text,
      coach: option.coach,
      lesson: option.lesson,
      deltas,
    });
    return this.currentBeat;
  }

  /** Captures the whole position, so an analysis or a look-ahead can return to it. */
  snapshot(): EncounterSnapshot {
    return {
      storyState: this.story.saveState(),
      expressions: [...this.expressions],
      logLength: this.choiceLog.length,
      beat: this.currentBeat,
      outcome: this.currentOutcome,
    };
  }

  /** Returns to a snapshot taken from this encounter; later choices are forgotten. */
  restore(snapshot: EncounterSnapshot): void {
    this.story.loadState(snapshot.storyState);
    this.expressions.clear();
    for (const [speaker, expression] of snapshot.expressions) this.expressions.set(speaker, expression);
    this.choiceLog.length = snapshot.logLength;
    this.currentBeat = snapshot.beat;
    this.currentOutcome = snapshot.outcome;
  }

  /** Reads up to the next decision. The story port stops a loop, so a long passage is read whole. */
  private advance(): Beat {
    const lines: EncounterLine[] = [];
    try {
      while (this.story.canContinue) {
        const line = this.readLine(this.story.next());
        if (line) lines.push(line);
      }
    } catch (error) {
      if (error instanceof StoryRuntimeError && lines.length > 0) throw new BeatInterruptedError(error, lines);
      throw error;
    }
    return { lines, decision: this.readDecision() };
  }

  private readLine(raw: { text: string; tags: string[] }): EncounterLine | null {
    const tags = parseTagsOrThrow(raw.tags, 'line');
    const outcome = findTag(tags, 'outcome')?.value ?? null;
    if (outcome) this.currentOutcome = outcome;
    const text = raw.text.trim();
    const sfx = tags.flatMap((t) => (t.key === 'sfx' ? [t.value] : []));
    if (text === '' && sfx.length === 0 && !outcome) return null;
    const speaker = findTag(tags, 'speaker')?.value ?? null;
    const actor = findTag(tags, 'actor')?.value ?? null;
    const face = speaker ?? actor;
    let expression: Expression | null = null;
    let expressionChanged = false;
    if (face) {
      const previous = this.expressionOf(face);
      expression = findTag(tags, 'expression')?.value ?? previous;
      expressionChanged = expression !== previous;
      this.expressions.set(face, expression);
    }
    const prompt = findTag(tags, 'prompt') !== undefined;
    return { speaker, actor, expression, expressionChanged, text, sfx, outcome, prompt };
  }

  private readDecision(): Decision | null {
    const choices = this.story.choices;
    if (choices.length === 0) return null;
    const options = choices.map((choice): Option & { decision: string } => {
      const tags = parseTagsOrThrow(choice.tags, 'choice');
      const id = findTag(tags, 'id');
      const coach = findTag(tags, 'coach');
      if (!id || !coach) throw new StoryRuntimeError(`the choice "${choice.text}" has no ${id ? 'coach' : 'id'} tag`);
      return {
        id: id.value.option,
        decision: id.value.decision,
        index: choice.index,
        text: choice.text.trim(),
        coach: coach.value,
        lesson: findTag(tags, 'lesson')?.value ?? null,
      };
    });
    const decisionIds = [...new Set(options.map((o) => o.decision))];
    if (decisionIds.length > 1) {
      throw new StoryRuntimeError(`choices shown together belong to different decisions (${decisionIds.join(', ')}); give them one decision id`);
    }
    return { id: decisionIds[0]!, options: options.map(({ decision: _decision, ...option }) => option) };
  }
}

function readInteger(story: StoryPort, variable: string): number {
  const value = story.read(variable);
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new StoryRuntimeError(`ink variable "${variable}" must be a whole number (declare it with "VAR ${variable} = 0")`);
  }
  return value;
}

function readDimensions(story: StoryPort): DimensionValues {
  const values = {} as DimensionValues;
  for (const d of DIMENSIONS) values[d] = readInteger(story, d);
  return values;
}

/**
 * The one module that imports the ink runtime. Everything else reaches stories through
 * `StoryPort`, so the rest of the code base never sees inkjs.
 */
import { Story } from 'inkjs';
import { StoryRuntimeError, type OpenStory, type StoryPort } from '../core/ports';

/**
 * Steps ink may take to produce one line. `Continue()` never returns from a story that diverts
 * in a circle without text, so the port counts steps itself: a line takes tens of steps, and this
 * many stops a silent loop in a fraction of a second.
 */
const MAX_STEPS_PER_LINE = 100_000;

/**
 * Lines one place in the story may produce between two choices. A long passage passes each of
 * its places once, however long it is; a loop that shows text comes back to the same places.
 */
const MAX_LINES_FROM_ONE_PLACE = 1_000;

export const SILENT_LOOP = 'the story loops without showing text or offering a choice';
export const TEXT_LOOP = 'the story repeats the same lines over and over without offering a choice';

const INK_POINTER = /\(Ink Pointer -> (\S+) -- index (\d+)\)/;

export const openInkStory: OpenStory = (compiled, seed) => portOver(new Story(compiled), seed);

/**
 * Opens stories one after another on a single parsed copy, resetting it each time: parsing a big
 * story costs more than playing it, and random walks open hundreds. Only the latest port is valid.
 */
export function sequentialInkOpener(): OpenStory {
  let parsed: { compiled: string; story: Story } | null = null;
  return (compiled, seed) => {
    if (parsed?.compiled !== compiled) parsed = { compiled, story: new Story(compiled) };
    else parsed.story.ResetState();
    return portOver(parsed.story, seed);
  };
}

/** An ink pointer as a path into the compiled story ("knot.stitch.3"), which the build can locate. */
function pathOf(pointer: Story['state']['currentPointer']): string | null {
  if (pointer.isNull || !pointer.container) return null;
  const container = pointer.container.path.componentsString;
  return pointer.index >= 0 ? (container ? `${container}.${pointer.index}` : String(pointer.index)) : container;
}

const realSteps = new WeakMap<Story, () => boolean>();

function portOver(story: Story, seed: number) {
  story.state.storySeed = seed;
  const errors: string[] = [];
  story.onError = (message, type) => {
    // Type 1 is a warning; anything else stops the story.
    if (type !== 1) errors.push(message);
  };

  let steps = 0;
  let silentLoopAt: string | null | undefined;
  // A reused story (sequentialInkOpener) keeps its first, real step, so wrappers never stack up.
  const step = realSteps.get(story) ?? story.ContinueSingleStep.bind(story);
  realSteps.set(story, step);
  story.ContinueSingleStep = () => {
    if (++steps <= MAX_STEPS_PER_LINE) return step();
    // Ending the flow here makes Continue() return at once; ink restores the last complete line, if any.
    silentLoopAt = pathOf(story.state.currentPointer) ?? pathOf(story.state.previousPointer);
    story.state.ForceEnd();
    return false;
  };
  /** How many lines each place has produced since the last choice. */
  let linesFrom = new Map<string, number>();
  /** An error raised together with text: the text is handed over first, the error on the next call. */
  let pending: StoryRuntimeError | null = null;

  // ink hands the story's global tags to the first line as well; they are metadata, not line tags.
  let globalTagsPending = story.globalTags ?? [];
  const guard = <T>(run: () => T): T => {
    if (pending) throw pending;
    try {
      return run();
    } catch (error) {
      throw new StoryRuntimeError(error instanceof Error ? error.message : String(error));
    }
  };
  const failure = (): StoryRuntimeError | null => {
    if (errors.length > 0) {
      // ink names where it failed as "(Ink Pointer -> knot.0 -- index 4)"; the build can locate that.
      const at = INK_POINTER.exec(errors[0]!);
      return new StoryRuntimeError(errors.splice(0).join('; '), at ? `${at[1]}.${at[2]}` : null);
    }
    if (silentLoopAt !== undefined) {
      const at = silentLoopAt;
      silentLoopAt = undefined;
      return new StoryRuntimeError(SILENT_LOOP, at);
    }
    return null;
  };

  const throwFailure = () => {
    const failed = failure();
    if (failed) throw failed;
  };

  const port: StoryPort = {
    get canContinue() {
      return pending !== null || story.canContinue;
    },
    next: () => {
      const line = guard(() => {
        steps = 0;
        const text = story.Continue() ?? '';
        let tags = story.currentTags ?? [];
        if (globalTagsPending.length > 0) {
          if (globalTagsPending.every((tag, i) => tag === tags[i])) tags = tags.slice(globalTagsPending.length);
          globalTagsPending = [];
        }
        return { text, tags };
      });
      const failed = failure();
      if (failed && line.text.trim() === '' && line.tags.length === 0) throw failed;
      pending = failed;
      const place = pathOf(story.state.currentPointer);
      if (!failed && place !== null) {
        const count = (linesFrom.get(place) ?? 0) + 1;
        linesFrom.set(place, count);
        if (count > MAX_LINES_FROM_ONE_PLACE) pending = new StoryRuntimeError(TEXT_LOOP, place);
      }
      return line;
    },
    get choices() {
      return story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text, tags: choice.tags ?? [] }));
    },
    choose: (index) => {
      guard(() => story.ChooseChoiceIndex(index));
      throwFailure();
      linesFrom = new Map();
    },
    read: (variable) => story.variablesState.$(variable),
    saveState: () => story.state.ToJson(),
    loadState: (json) => {
      // A failure belongs to the position it happened at, not to the one being returned to.
      pending = null;
      errors.length = 0;
      silentLoopAt = undefined;
      linesFrom = new Map();
      guard(() => story.state.LoadJson(json));
      throwFailure();
    },
  };
  return port;
}

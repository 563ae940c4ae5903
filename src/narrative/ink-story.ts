/**
 * The one module that imports the ink runtime. Everything else reaches stories through
 * `StoryPort`, so the rest of the code base never sees inkjs.
 */
import { Story } from 'inkjs';
import { StoryRuntimeError, type OpenStory, type StoryPort } from '../core/ports';

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

function portOver(story: Story, seed: number) {
  story.state.storySeed = seed;
  const errors: string[] = [];
  story.onError = (message, type) => {
    // Type 1 is a warning; anything else stops the story.
    if (type !== 1) errors.push(message);
  };
  // ink hands the story's global tags to the first line as well; they are metadata, not line tags.
  let globalTagsPending = story.globalTags ?? [];
  const guard = <T>(run: () => T): T => {
    let result: T;
    try {
      result = run();
    } catch (error) {
      throw new StoryRuntimeError(error instanceof Error ? error.message : String(error));
    }
    if (errors.length > 0) throw new StoryRuntimeError(errors.splice(0).join('; '));
    return result;
  };

  const port: StoryPort = {
    get canContinue() {
      return story.canContinue;
    },
    next: () =>
      guard(() => {
        const text = story.Continue() ?? '';
        let tags = story.currentTags ?? [];
        if (globalTagsPending.length > 0) {
          if (globalTagsPending.every((tag, i) => tags[i] === tag)) tags = tags.slice(globalTagsPending.length);
          globalTagsPending = [];
        }
        return { text, tags };
      }),
    get choices() {
      return story.currentChoices.map((choice) => ({ index: choice.index, text: choice.text, tags: choice.tags ?? [] }));
    },
    choose: (index) => guard(() => story.ChooseChoiceIndex(index)),
    read: (variable) => story.variablesState.$(variable),
    saveState: () => story.state.ToJson(),
    loadState: (json) => guard(() => story.state.LoadJson(json)),
  };
  return port;
}

import type { Address } from '../core/address';
import type { ChoiceRecord } from '../core/encounter';
import type { OpenStory, AudioPort } from '../core/ports';
import type { Attempt, StoryVersion } from '../core/progress';
import type { ScenarioMeta } from '../core/scenario';
import type { Settings } from '../core/settings';
import type { Strings } from '../i18n/en';
import type { StageView } from '../stage/stage';
import type { Practice } from './practice';

/** Everything the screens need, passed in from the one place that wires the app (main.ts). */
export interface AppContext {
  readonly root: HTMLElement;
  /** What the page's address asks for (src/core/address.ts). */
  readonly address: Address;
  readonly strings: Strings;
  readonly scenarios: readonly ScenarioMeta[];
  loadStory(scenarioId: string): Promise<string>;
  loadNarrative(): Promise<OpenStory>;
  /** The stage is optional: when it cannot start (no WebGL), play goes on without pictures. */
  loadStage(host: HTMLElement): Promise<StageView>;
  readonly audio: AudioPort;
  readonly settings: Settings;
  updateSettings(change: Partial<Settings>): void;
  readonly storageAvailable: boolean;
  readonly practice: Practice;
  newSeed(): number;
  readonly reducedMotion: boolean;
}

/** Where an encounter starts: fresh, or standing at a decision of a saved attempt. */
export interface EncounterStart {
  attempt?: Attempt;
}

/** What the debrief screen shows: a played encounter, replayed from its story, seed and choices. */
export interface DebriefProps {
  meta: ScenarioMeta;
  compiled: string;
  seed: number;
  log: readonly ChoiceRecord[];
  open: OpenStory;
  /** The saved record, for replaying from a decision. */
  attempt: Attempt | null;
}

export interface Navigator {
  title(): void;
  profiles(): void;
  catalogue(): void;
  progress(): void;
  review(attempt: Attempt): void;
  encounter(scenario: ScenarioMeta, start?: EncounterStart): void;
  /** A new practice attempt from decision `step` of a saved one; the saved one is never changed. */
  rewind(attempt: Attempt, step: number): void;
  debrief(props: DebriefProps): void;
}

/** Loads a scenario's current story with its identity, for resuming, rewinding and importing. */
export async function storyVersion(ctx: AppContext, meta: ScenarioMeta): Promise<StoryVersion> {
  return { meta, compiled: await ctx.loadStory(meta.id) };
}

import type { OpenStory, AudioPort } from '../core/ports';
import type { ScenarioMeta } from '../core/scenario';
import type { Settings } from '../core/settings';
import type { Strings } from '../i18n/en';
import type { StageView } from '../stage/stage';

/** Everything the screens need, passed in from the one place that wires the app (main.ts). */
export interface AppContext {
  readonly root: HTMLElement;
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
  newSeed(): number;
  readonly reducedMotion: boolean;
}

export interface Navigator {
  title(): void;
  catalogue(): void;
  encounter(scenario: ScenarioMeta, options?: { replayOptionIds?: readonly string[]; seed?: number }): void;
  debrief(props: import('./screens/debrief').DebriefProps): void;
}

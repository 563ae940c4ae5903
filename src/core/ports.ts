import type { Character, Setting, Sound, TRAINEE } from './vocabulary';

/**
 * What the encounter runner needs from a story engine. The narrative module implements it over
 * inkjs; keeping the runner on this interface keeps it free of inkjs.
 */
export interface StoryPort {
  readonly canContinue: boolean;
  /** Advances one line. */
  next(): { text: string; tags: string[] };
  readonly choices: readonly { index: number; text: string; tags: string[] }[];
  choose(index: number): void;
  read(variable: string): unknown;
  saveState(): string;
  loadState(json: string): void;
}

/** Opens a compiled story with a pinned random seed. */
export type OpenStory = (compiled: string, seed: number) => StoryPort;

/** Raised by a story port when the story itself fails while running. */
export class StoryRuntimeError extends Error {
  override readonly name = 'StoryRuntimeError';
  constructor(
    message: string,
    /** Where in the compiled story it failed (an ink path such as "spin.2"), when known; the build turns it into a file and line. */
    readonly inkPath: string | null = null,
  ) {
    super(message);
  }
}

export interface AudioPort {
  play(sound: Sound): void;
  /** The short voice blip of whoever speaks a line. */
  voice(speaker: Character | typeof TRAINEE): void;
  /** The looping background of a setting; null stops it. */
  ambience(setting: Setting | null): void;
  /** Browsers keep audio suspended until a gesture; the UI calls this on the first one. */
  unlock(): void;
  setVolume(volume: number): void;
  setMuted(muted: boolean): void;
}

/** Small string key–value storage. Keys are declared by their users, never bare strings. */
export interface StoragePort {
  read(key: string): string | null;
  /** False when the value was not kept (storage full or refused); what was there before stays. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
}

/** Whether the browser keeps what is written: yes, not now (full, though it still reads), or never (private mode). */
export type StorageState = 'kept' | 'full' | 'refused';

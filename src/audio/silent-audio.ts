import type { AudioPort } from '../core/ports';

/** Plays nothing: for tests, and for browsers where sound cannot load. */
export class SilentAudio implements AudioPort {
  play(): void {}
  voice(): void {}
  ambience(): void {}
  unlock(): void {}
  setVolume(): void {}
  setMuted(): void {}
}

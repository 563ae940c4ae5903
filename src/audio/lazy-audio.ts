import type { AudioPort } from '../core/ports';
import type { Character, Setting, Sound, TRAINEE } from '../core/vocabulary';

/**
 * Defers loading the sound engine until the first gesture — browsers would not play anything
 * before it anyway — so the title screen downloads no audio code. Until then, and if loading
 * fails, the game simply runs silent.
 */
export class LazyAudio implements AudioPort {
  private engine: AudioPort | null = null;
  private loading: Promise<void> | null = null;
  private volume = 1;
  private muted = false;
  private pendingAmbience: Setting | null = null;

  constructor(private readonly load: () => Promise<AudioPort>) {}

  play(sound: Sound): void {
    this.engine?.play(sound);
  }

  voice(speaker: Character | typeof TRAINEE): void {
    this.engine?.voice(speaker);
  }

  ambience(setting: Setting | null): void {
    this.pendingAmbience = setting;
    this.engine?.ambience(setting);
  }

  unlock(): void {
    if (this.engine) {
      this.engine.unlock();
      return;
    }
    this.loading ??= this.load()
      .then((engine) => {
        engine.setVolume(this.volume);
        engine.setMuted(this.muted);
        engine.unlock();
        engine.ambience(this.pendingAmbience);
        this.engine = engine;
      })
      .catch(() => undefined);
  }

  setVolume(volume: number): void {
    this.volume = volume;
    this.engine?.setVolume(volume);
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    this.engine?.setMuted(muted);
  }
}

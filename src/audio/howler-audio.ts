/** The one module that imports howler. */
import { Howl, Howler } from 'howler';
import type { AudioPort } from '../core/ports';
import type { Character, Setting, Sound, TRAINEE } from '../core/vocabulary';

type Cue = Sound | `voice-${Character | typeof TRAINEE}` | `ambience-${Setting}`;

const AMBIENCE_VOLUME = 0.6;

/**
 * Sound through howler. A file that fails to load is skipped quietly — sound helps the mood but
 * is never required — and howler itself waits for the first gesture before the browser lets it play.
 */
export class HowlerAudio implements AudioPort {
  private readonly howls = new Map<Cue, Howl | null>();
  private currentAmbience: { setting: Setting; howl: Howl } | null = null;

  constructor(private readonly urls: Partial<Record<Cue, string>>) {
    Howler.autoUnlock = true;
  }

  play(sound: Sound): void {
    this.howl(sound)?.play();
  }

  voice(speaker: Character | typeof TRAINEE): void {
    this.howl(`voice-${speaker}`)?.play();
  }

  ambience(setting: Setting | null): void {
    if (this.currentAmbience?.setting === setting) return;
    this.currentAmbience?.howl.stop();
    this.currentAmbience = null;
    if (!setting) return;
    const howl = this.howl(`ambience-${setting}`, { loop: true, volume: AMBIENCE_VOLUME });
    if (!howl) return;
    howl.play();
    this.currentAmbience = { setting, howl };
  }

  unlock(): void {
    const context = Howler.ctx as AudioContext | undefined;
    if (context && context.state === 'suspended') void context.resume().catch(() => undefined);
  }

  setVolume(volume: number): void {
    Howler.volume(volume);
  }

  setMuted(muted: boolean): void {
    Howler.mute(muted);
  }

  private howl(cue: Cue, options: { loop?: boolean; volume?: number } = {}): Howl | null {
    if (this.howls.has(cue)) return this.howls.get(cue)!;
    const url = this.urls[cue];
    if (!url) {
      this.howls.set(cue, null);
      return null;
    }
    const howl = new Howl({
      src: [url],
      format: ['mp3'],
      preload: true,
      loop: options.loop ?? false,
      volume: options.volume ?? 1,
      onloaderror: () => this.howls.set(cue, null),
      onplayerror: () => undefined,
    });
    this.howls.set(cue, howl);
    return howl;
  }
}

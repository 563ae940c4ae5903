/**
 * Player settings as saved. Versioned: an older saved shape is migrated, anything unreadable
 * falls back to the defaults rather than stopping the game.
 */
export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  muted: boolean;
  volume: number;
  /** Practice shows coaching right after each choice; an assessment hides it until the debrief. */
  coachingDuringPlay: boolean;
}

export const DEFAULT_SETTINGS: Settings = { version: SETTINGS_VERSION, muted: false, volume: 0.8, coachingDuringPlay: true };

export function readSettings(saved: string | null): Settings {
  if (saved === null) return DEFAULT_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof data !== 'object' || data === null) return DEFAULT_SETTINGS;
  const record = data as Record<string, unknown>;
  return {
    version: SETTINGS_VERSION,
    muted: typeof record.muted === 'boolean' ? record.muted : DEFAULT_SETTINGS.muted,
    volume: typeof record.volume === 'number' && record.volume >= 0 && record.volume <= 1 ? record.volume : DEFAULT_SETTINGS.volume,
    coachingDuringPlay: typeof record.coachingDuringPlay === 'boolean' ? record.coachingDuringPlay : DEFAULT_SETTINGS.coachingDuringPlay,
  };
}

export const writeSettings = (settings: Settings): string => JSON.stringify(settings);

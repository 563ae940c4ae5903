/**
 * Player settings as saved. Versioned: an older saved shape is migrated, anything unreadable
 * falls back to the defaults field by field rather than stopping the game.
 */
const SETTINGS_VERSION = 2;

export const TEXT_SIZES = ['normal', 'large', 'larger', 'largest'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Settings {
  version: typeof SETTINGS_VERSION;
  muted: boolean;
  volume: number;
  /** Practice shows coaching right after each choice; an assessment hides it until the debrief. */
  coachingDuringPlay: boolean;
  /** Lines type themselves out; Space, Enter or a tap completes them. */
  typewriter: boolean;
  textSize: TextSize;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  muted: false,
  volume: 0.8,
  coachingDuringPlay: true,
  typewriter: true,
  textSize: 'normal',
};

export function readSettings(saved: string | null): Settings {
  if (saved === null) return DEFAULT_SETTINGS;
  let data: unknown;
  try {
    data = JSON.parse(saved);
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (typeof data !== 'object' || data === null) return DEFAULT_SETTINGS;
  // Version 1 had no typewriter or text size: reading field by field gives them their defaults.
  const record = data as Record<string, unknown>;
  const flag = (key: 'muted' | 'coachingDuringPlay' | 'typewriter') => (typeof record[key] === 'boolean' ? record[key] : DEFAULT_SETTINGS[key]);
  return {
    version: SETTINGS_VERSION,
    muted: flag('muted'),
    volume: typeof record.volume === 'number' && record.volume >= 0 && record.volume <= 1 ? record.volume : DEFAULT_SETTINGS.volume,
    coachingDuringPlay: flag('coachingDuringPlay'),
    typewriter: flag('typewriter'),
    textSize: (TEXT_SIZES as readonly unknown[]).includes(record.textSize) ? (record.textSize as TextSize) : DEFAULT_SETTINGS.textSize,
  };
}

export const writeSettings = (settings: Settings): string => JSON.stringify(settings);

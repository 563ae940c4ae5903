import type { ScenarioMeta } from '../../core/scenario';
import type { Character } from '../../core/vocabulary';

/** What the transcript calls a character: the cast entry's first part ("Ann, a regular" → "Ann"). */
export function shortName(meta: ScenarioMeta, speaker: Character): string {
  return (meta.cast[speaker] ?? speaker).split(',')[0]!.trim();
}

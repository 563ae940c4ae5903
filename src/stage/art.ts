import type { Character, Expression, Setting } from '../core/vocabulary';

/** Every SVG under assets/art, by its path below that folder (e.g. "settings/shop-floor.svg"). */
const files = import.meta.glob('../../assets/art/**/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const byPath = new Map(Object.entries(files).map(([file, url]) => [file.replace('../../assets/art/', ''), url]));

export type FacePose = Expression | 'blink';

export const STAGE_SIZE = { width: 1280, height: 720 } as const;
export const CHARACTER_ART_SIZE = { width: 400, height: 600 } as const;

/** Where the top of each character's head (hair or hat) is in its 400×600 art, for the speaker marker. */
export const HEAD_TOP: Record<Character, number> = {
  mentor: 50,
  shopper: 70,
  farmer: 86,
  cashier: 70,
  inspector: 32,
  manager: 68,
  clerk: 58,
  queue: 164,
};

export const artKeys = {
  setting: (setting: Setting) => `setting:${setting}`,
  body: (character: Character) => `body:${character}`,
  face: (character: Character, pose: FacePose) => `face:${character}:${pose}`,
};

function artUrl(path: string): string {
  const url = byPath.get(path);
  if (!url) throw new Error(`missing art: assets/art/${path}`);
  return url;
}

export const settingArt = (setting: Setting) => artUrl(`settings/${setting}.svg`);
export const bodyArt = (character: Character) => artUrl(`characters/${character}/body.svg`);
export const faceArt = (character: Character, pose: FacePose) => artUrl(`characters/${character}/${pose}.svg`);

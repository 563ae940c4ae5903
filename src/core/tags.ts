import {
  CHARACTERS,
  EXPRESSIONS,
  ID_PART,
  LESSONS,
  SETTINGS,
  STORY_SOUNDS,
  TRAINEE,
  type Character,
  type Expression,
  type Lesson,
  type Setting,
  type StorySound,
} from './vocabulary';

/**
 * The scenario tag contract. `scenarios/README.md` documents every entry here with the same
 * example, and a test checks that the two agree.
 */
export const TAG_PLACES = ['global', 'line', 'choice'] as const;
export type TagPlace = (typeof TAG_PLACES)[number];

export const TAGS = {
  title: { place: 'global', required: true, example: 'title: Your first shift' },
  summary: { place: 'global', required: true, example: 'summary: Meet the floor and learn how every choice is scored.' },
  role: { place: 'global', required: true, example: 'role: New sales assistant' },
  setting: { place: 'global', required: true, example: 'setting: shop-floor' },
  minutes: { place: 'global', required: true, example: 'minutes: 5' },
  customer: { place: 'global', required: true, example: 'customer: shopper' },
  cast: { place: 'global', required: true, example: 'cast: mentor = Grace, your shift lead' },
  ending: { place: 'global', required: false, example: 'ending: loyal = She comes back next week' },
  order: { place: 'global', required: false, example: 'order: 1' },
  reveal: { place: 'global', required: false, example: 'reveal: In the real story, the farmer had visited five dealers that week. Only one offered him a seat.' },
  explore: { place: 'global', required: false, example: 'explore: 20000' },
  speaker: { place: 'line', required: false, example: 'speaker: shopper' },
  actor: { place: 'line', required: false, example: 'actor: farmer' },
  expression: { place: 'line', required: false, example: 'expression: doubtful' },
  sfx: { place: 'line', required: false, example: 'sfx: till-beep' },
  outcome: { place: 'line', required: false, example: 'outcome: loyal' },
  prompt: { place: 'line', required: false, example: 'prompt: yes' },
  id: { place: 'choice', required: true, example: 'id: greet.ask-first' },
  coach: { place: 'choice', required: true, example: 'coach: Asking first lets her tell you what she needs.' },
  lesson: { place: 'choice', required: false, example: 'lesson: ask-before-assuming' },
} as const satisfies Record<string, { place: TagPlace; required: boolean; example: string }>;

/** The most states `# explore:` may ask for: the explorer keeps one small node per state in memory. */
export const EXPLORE_MAX = 2_000_000;

export type TagKey = keyof typeof TAGS;
export const TAG_KEYS = Object.keys(TAGS) as TagKey[];

interface TagValues {
  title: string;
  summary: string;
  role: string;
  setting: Setting;
  minutes: number;
  customer: Character;
  cast: { id: Character; name: string };
  ending: { id: string; title: string };
  order: number;
  reveal: string;
  explore: number;
  speaker: Character | typeof TRAINEE;
  actor: Character;
  expression: Expression;
  sfx: StorySound;
  outcome: string;
  prompt: true;
  id: { decision: string; option: string };
  coach: string;
  lesson: Lesson;
}

export type ParsedTag = { [K in TagKey]: { key: K; value: TagValues[K] } }[TagKey];

export type TagResult = { ok: true; tag: ParsedTag } | { ok: false; error: string };

const fail = (error: string): TagResult => ({ ok: false, error });

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T | string {
  return (list as readonly string[]).includes(value)
    ? (value as T)
    : `${what} "${value}" is not one of: ${list.join(', ')}`;
}

function pair(value: string, what: string): { id: string; rest: string } | string {
  const match = /^([^=]+?)\s*=\s*(.+)$/.exec(value);
  if (!match) return `${what} must look like "id = text", got "${value}"`;
  return { id: match[1]!.trim(), rest: match[2]!.trim() };
}

/** Reads one raw ink tag ("key: value") written at the given place. */
export function parseTag(raw: string, place: TagPlace): TagResult {
  const match = /^\s*([a-z_]+)\s*:\s*(.*?)\s*$/.exec(raw);
  if (!match) return fail(`tag "#${raw.trim()}" must look like "# key: value"`);
  const key = match[1]!;
  const value = match[2]!;
  if (!(key in TAGS)) return fail(`unknown tag "${key}" (known: ${TAG_KEYS.join(', ')})`);
  const spec = TAGS[key as TagKey];
  if (spec.place !== place) {
    const where = { global: 'at the top of the story', line: 'on a line', choice: 'inside a choice\'s [brackets]' };
    return fail(`tag "${key}" belongs ${where[spec.place]}, not ${where[place]}`);
  }
  if (value === '') return fail(`tag "${key}" has no value (example: "# ${spec.example}")`);
  const result = parseValue(key as TagKey, value);
  return typeof result === 'string' ? fail(result) : { ok: true, tag: result };
}

function parseValue(key: TagKey, value: string): ParsedTag | string {
  switch (key) {
    case 'title':
    case 'summary':
    case 'role':
    case 'reveal':
    case 'coach':
      return { key, value };
    case 'minutes':
    case 'order':
    case 'explore': {
      const n = Number(value);
      const [min, max] = key === 'minutes' ? [1, 60] : key === 'order' ? [0, 999] : [1, EXPLORE_MAX];
      if (!/^\d+$/.test(value) || n < min || n > max) return `${key} must be a whole number from ${min} to ${max}, got "${value}"`;
      return { key, value: n };
    }
    case 'setting': {
      const v = oneOf(SETTINGS, value, 'setting');
      return v === value ? { key, value: v as Setting } : v;
    }
    case 'actor':
    case 'customer': {
      const v = oneOf(CHARACTERS, value, 'character');
      return v === value ? { key, value: v as Character } : v;
    }
    case 'speaker': {
      const v = oneOf([...CHARACTERS, TRAINEE], value, 'speaker');
      return v === value ? { key, value: v as Character | typeof TRAINEE } : v;
    }
    case 'expression': {
      const v = oneOf(EXPRESSIONS, value, 'expression');
      return v === value ? { key, value: v as Expression } : v;
    }
    case 'sfx': {
      const v = oneOf(STORY_SOUNDS, value, 'sound');
      return v === value ? { key, value: v as StorySound } : v;
    }
    case 'lesson': {
      const v = oneOf(LESSONS, value, 'lesson');
      return v === value ? { key, value: v as Lesson } : v;
    }
    case 'cast': {
      const p = pair(value, 'cast');
      if (typeof p === 'string') return p;
      const id = oneOf(CHARACTERS, p.id, 'character');
      return id === p.id ? { key, value: { id: id as Character, name: p.rest } } : id;
    }
    case 'ending': {
      const p = pair(value, 'ending');
      if (typeof p === 'string') return p;
      if (!ID_PART.test(p.id)) return `ending id "${p.id}" must be lower-case words joined by hyphens`;
      return { key, value: { id: p.id, title: p.rest } };
    }
    case 'outcome':
      return ID_PART.test(value) ? { key, value } : `outcome "${value}" must be an ending id (lower-case words joined by hyphens)`;
    case 'prompt':
      return value === 'yes' ? { key, value: true } : `prompt must be "yes" (it marks the line the debrief quotes), got "${value}"`;
    case 'id': {
      const parts = value.split('.');
      if (parts.length !== 2 || !parts.every((part) => ID_PART.test(part))) {
        return `id "${value}" must look like "decision.option", lower-case words joined by hyphens (e.g. "greet.ask-first")`;
      }
      return { key, value: { decision: parts[0]!, option: value } };
    }
  }
}

/** Parses every tag or throws with all the problems at once, for code paths the build already checked. */
export function parseTagsOrThrow(raws: readonly string[] | null, place: TagPlace): ParsedTag[] {
  const results = (raws ?? []).map((raw) => parseTag(raw, place));
  const errors = results.flatMap((r) => (r.ok ? [] : [r.error]));
  if (errors.length > 0) throw new Error(errors.join('; '));
  return results.map((r) => (r as { ok: true; tag: ParsedTag }).tag);
}

export function findTag<K extends ParsedTag['key']>(tags: readonly ParsedTag[], key: K): Extract<ParsedTag, { key: K }> | undefined {
  return tags.find((t): t is Extract<ParsedTag, { key: K }> => t.key === key);
}

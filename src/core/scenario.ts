import { findTag, parseTag, TAGS, TAG_KEYS, type ParsedTag } from './tags';
import type { Character, Dimension, Setting } from './vocabulary';

export interface ScoreRange {
  min: number;
  max: number;
}
export type ScoreRanges = Record<Dimension, ScoreRange>;

/** What the catalogue knows about a scenario without loading its story. */
export interface ScenarioMeta {
  id: string;
  title: string;
  summary: string;
  role: string;
  setting: Setting;
  minutes: number;
  order: number;
  customer: Character;
  cast: Partial<Record<Character, string>>;
  endings: { id: string; title: string }[];
  /** What really happened in the source story, shown in the debrief. */
  reveal: string | null;
  /** Hash of the compiled story: a save made against another hash was made against another story. */
  storyHash: string;
  /** The lowest and highest total each dimension can reach in this story, for normalising scores. */
  scoreRanges: ScoreRanges;
}

export type MetaFromTags = Omit<ScenarioMeta, 'id' | 'storyHash' | 'scoreRanges'>;

/** Reads the catalogue metadata from a story's global tags; returns every problem found. */
export function readGlobalTags(raws: readonly string[]): { meta: MetaFromTags } | { errors: string[] } {
  const errors: string[] = [];
  const tags: ParsedTag[] = [];
  for (const raw of raws) {
    const result = parseTag(raw, 'global');
    if (result.ok) tags.push(result.tag);
    else errors.push(result.error);
  }
  for (const key of TAG_KEYS) {
    if (TAGS[key].place === 'global' && TAGS[key].required && !tags.some((t) => t.key === key)) {
      errors.push(`missing global tag "${key}" (example: "# ${TAGS[key].example}")`);
    }
  }
  const single = ['title', 'summary', 'role', 'setting', 'minutes', 'customer', 'order', 'reveal', 'explore'] as const;
  for (const key of single) {
    if (tags.filter((t) => t.key === key).length > 1) errors.push(`global tag "${key}" is given more than once`);
  }
  const cast: Partial<Record<Character, string>> = {};
  for (const tag of tags) {
    if (tag.key !== 'cast') continue;
    if (cast[tag.value.id] !== undefined) errors.push(`character "${tag.value.id}" is cast twice`);
    cast[tag.value.id] = tag.value.name;
  }
  const endings = tags.flatMap((t) => (t.key === 'ending' ? [t.value] : []));
  const seen = new Set<string>();
  for (const ending of endings) {
    if (seen.has(ending.id)) errors.push(`ending "${ending.id}" is declared twice`);
    seen.add(ending.id);
  }
  const customer = findTag(tags, 'customer')?.value;
  if (customer && cast[customer] === undefined) errors.push(`customer "${customer}" is not in the cast (add "# cast: ${customer} = Name")`);
  if (errors.length > 0) return { errors };
  return {
    meta: {
      title: findTag(tags, 'title')!.value,
      summary: findTag(tags, 'summary')!.value,
      role: findTag(tags, 'role')!.value,
      setting: findTag(tags, 'setting')!.value,
      minutes: findTag(tags, 'minutes')!.value,
      order: findTag(tags, 'order')?.value ?? 100,
      customer: customer!,
      cast,
      endings,
      reveal: findTag(tags, 'reveal')?.value ?? null,
    },
  };
}

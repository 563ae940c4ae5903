import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TAGS, TAG_KEYS } from '../../src/core/tags';
import { CHARACTERS, EXPRESSIONS, LESSONS, SETTINGS, STORY_SOUNDS } from '../../src/core/vocabulary';

const readme = readFileSync(path.resolve(import.meta.dirname, '../../scenarios/README.md'), 'utf8');

describe('the written scenario contract (scenarios/README.md)', () => {
  it('documents every tag with the same example the code uses', () => {
    for (const key of TAG_KEYS) expect(readme, `tag ${key}`).toContain(`\`# ${TAGS[key].example}\``);
  });

  it('documents no tag the code does not know', () => {
    const documented = [...readme.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...TAG_KEYS].sort());
  });

  it('lists every setting, character, expression, sound and lesson', () => {
    for (const word of [...SETTINGS, ...CHARACTERS, ...EXPRESSIONS, ...STORY_SOUNDS, ...LESSONS]) expect(readme, word).toContain(`\`${word}\``);
  });
});

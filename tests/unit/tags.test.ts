import { describe, expect, it } from 'vitest';
import { parseTag, TAGS, TAG_KEYS } from '../../src/core/tags';

describe('tag parsing', () => {
  it('reads every documented example at its own place', () => {
    for (const key of TAG_KEYS) expect(parseTag(TAGS[key].example, TAGS[key].place), key).toMatchObject({ ok: true, tag: { key } });
  });

  it('reads typed values', () => {
    expect(parseTag('id: greet.ask-first', 'choice')).toEqual({ ok: true, tag: { key: 'id', value: { decision: 'greet', option: 'greet.ask-first' } } });
    expect(parseTag('cast: farmer = Old Liu, a farmer', 'global')).toEqual({ ok: true, tag: { key: 'cast', value: { id: 'farmer', name: 'Old Liu, a farmer' } } });
    expect(parseTag(' minutes :  12 ', 'global')).toEqual({ ok: true, tag: { key: 'minutes', value: 12 } });
  });

  it('says where a tag belongs when it is written in the wrong place', () => {
    expect(parseTag('coach: Well done', 'line')).toEqual({ ok: false, error: 'tag "coach" belongs inside a choice\'s [brackets], not on a line' });
    expect(parseTag('title: Hi', 'choice')).toEqual({ ok: false, error: 'tag "title" belongs at the top of the story, not inside a choice\'s [brackets]' });
  });

  it('rejects tags without a key, without a value, or with an unknown value', () => {
    expect(parseTag('just words', 'line')).toEqual({ ok: false, error: 'tag "#just words" must look like "# key: value"' });
    expect(parseTag('speaker:', 'line')).toEqual({ ok: false, error: 'tag "speaker" has no value (example: "# speaker: shopper")' });
    expect(parseTag('setting: moon-base', 'global')).toMatchObject({ ok: false, error: expect.stringContaining('setting "moon-base" is not one of') });
    expect(parseTag('cast: dragon = Smaug', 'global')).toMatchObject({ ok: false, error: expect.stringContaining('character "dragon" is not one of') });
    expect(parseTag('ending: Big Order = Twelve trucks', 'global')).toMatchObject({ ok: false, error: expect.stringContaining('must be lower-case words') });
  });
});

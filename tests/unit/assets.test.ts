import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioMeta } from '../../src/core/scenario';
import { EXPRESSIONS, TRAINEE, UI_SOUNDS, type Character } from '../../src/core/vocabulary';
import { buildScenario, discoverScenarios, type BuiltScenario } from '../../tools/ink/scenarios';

const root = path.resolve(import.meta.dirname, '..', '..');
const ASSETS = path.join(root, 'assets');

/** The `# sfx:` cues written anywhere in a scenario's ink files. */
function soundsIn(files: readonly string[]): string[] {
  const cues = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/#\s*sfx:\s*([\w-]+)/g)].map((m) => m[1]!));
  return [...new Set(cues)].sort();
}

/**
 * Every file under assets/ that a scenario needs, as the stage (src/stage/art.ts) and the sound
 * engine (src/main.ts, src/audio/howler-audio.ts) name them.
 */
function assetsNeeded(meta: Pick<ScenarioMeta, 'setting' | 'cast'>, sounds: readonly string[]): string[] {
  const cast = Object.keys(meta.cast) as Character[];
  return [
    `art/settings/${meta.setting}.svg`,
    ...cast.flatMap((character) => ['body', ...EXPRESSIONS, 'blink'].map((pose) => `art/characters/${character}/${pose}.svg`)),
    `audio/ambience-${meta.setting}.mp3`,
    ...sounds.map((sound) => `audio/${sound}.mp3`),
    ...[...cast, TRAINEE].map((speaker) => `audio/voice-${speaker}.mp3`),
  ];
}

const onDisk = (file: string) => existsSync(path.join(ASSETS, file));
const missing = (files: readonly string[], exists: (file: string) => boolean = onDisk) => files.filter((file) => !exists(file));

const discovered = discoverScenarios(path.join(root, 'scenarios'));
const built = new Map<string, BuiltScenario>();
function scenario(id: string): BuiltScenario {
  if (!built.has(id)) {
    const { mainFile } = discovered.find((s) => s.id === id)!;
    const result = buildScenario(id, mainFile);
    if (!result.ok) throw new Error(`scenario "${id}" does not build: ${result.errors.map((e) => e.message).join('; ')}`);
    built.set(id, result.scenario);
  }
  return built.get(id)!;
}

describe('the assets every shipped scenario uses', () => {
  it('finds the shipped scenarios', () => {
    expect(discovered.map((s) => s.id)).toContain('tutorial');
  });

  it.each(discovered.map((s) => s.id))('%s: its setting, cast, ambience, sound effects and voices are all on disk', (id) => {
    const { meta, files } = scenario(id);
    const needed = assetsNeeded(meta, soundsIn(files));
    expect(needed.length).toBeGreaterThan(10);
    expect(missing(needed)).toEqual([]);
  });

  it('has every sound the interface itself plays', () => {
    expect(missing(UI_SOUNDS.map((sound) => `audio/${sound}.mp3`))).toEqual([]);
  });

  it('would notice a missing file of each kind', () => {
    const { meta, files } = scenario('tutorial');
    const sounds = soundsIn(files);
    expect(sounds).toContain('door-chime');
    const gone = ['art/settings/shop-floor.svg', 'art/characters/mentor/surprised.svg', 'art/characters/shopper/blink.svg', 'audio/ambience-shop-floor.mp3', 'audio/door-chime.mp3', 'audio/voice-you.mp3'];
    expect(missing(assetsNeeded(meta, sounds), (file) => onDisk(file) && !gone.includes(file))).toEqual(gone);
    expect(missing(assetsNeeded({ setting: meta.setting, cast: { ...meta.cast, nobody: 'A stranger' } as ScenarioMeta['cast'] }, ['no-such-sound']))).toEqual([
      ...['body', ...EXPRESSIONS, 'blink'].map((pose) => `art/characters/nobody/${pose}.svg`),
      'audio/no-such-sound.mp3',
      'audio/voice-nobody.mp3',
    ]);
  });
});

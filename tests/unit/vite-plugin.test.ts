import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { inkScenarios } from '../../tools/vite-plugin-ink';
import { inkFolder, lineOf, readFixture, tinyWith } from './helpers';

/** Builds a one-page app whose entry lists the catalogue and loads the first story. */
async function buildWith(stories: Record<string, string>) {
  const dir = inkFolder({
    ...Object.fromEntries(Object.entries(stories).map(([name, text]) => [`scenarios/${name}`, text])),
    'index.html': '<!doctype html><script type="module" src="./main.js"></script>',
    'main.js': "import { scenarios, storyLoaders } from 'virtual:counterpart/catalogue';\nconsole.log(scenarios.length);\nstoryLoaders[scenarios[0].id]().then(console.log);\n",
  });
  const warnings: string[] = [];
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [inkScenarios({ dir: path.join(dir, 'scenarios') })],
    build: {
      outDir: path.join(dir, 'dist'),
      rollupOptions: { onwarn: (warning: Rollup.RollupLog) => void warnings.push(warning.message) },
    },
  });
  return { dir, warnings, files: readdirSync(path.join(dir, 'dist'), { recursive: true, encoding: 'utf8' }) };
}

describe('the ink build plugin', () => {
  it('writes a catalogue manifest and one chunk per story, loaded on demand', async () => {
    const { dir, files } = await buildWith({ 'tiny.ink': readFixture('tiny.ink') });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'dist', 'catalogue.json'), 'utf8'));
    expect(manifest.scenarios).toEqual([expect.objectContaining({ id: 'tiny', title: 'Tiny', storyHash: expect.stringMatching(/^[0-9a-f]{16}$/) })]);
    const storyChunk = files.find((f) => /assets\/tiny-.+\.js$/.test(f));
    expect(storyChunk).toBeDefined();
    const entry = files.find((f) => /assets\/index-.+\.js$/.test(f))!;
    expect(readFileSync(path.join(dir, 'dist', entry), 'utf8')).not.toContain('Ann thinks it over');
  });

  it('fails the build on a contract error, naming file and line', async () => {
    const broken = tinyWith('# expression: doubtful', '# expression: grumpy');
    await expect(buildWith({ 'tiny.ink': broken })).rejects.toThrow(`scenarios/tiny.ink:${lineOf(broken, 'grumpy')}: expression "grumpy" is not one of`);
  });

  it('fails the build on an ink syntax error, naming file and line', async () => {
    const broken = tinyWith('Ann thinks it over.', 'Ann {thinks it over.');
    await expect(buildWith({ 'tiny.ink': broken })).rejects.toThrow(`scenarios/tiny.ink:${lineOf(broken, 'Ann {thinks')}: Expected`);
  });

  it('passes ink warnings on to the build output', async () => {
    const { warnings } = await buildWith({ 'tiny.ink': tinyWith('I need a kettle. # speaker: shopper', 'I need a kettle. # speaker: shopper\nTODO: make her sound more tired') });
    expect(warnings).toContainEqual(expect.stringContaining('make her sound more tired'));
  });

  it('fails the build on a story that loops without text or choice, naming file and line', { timeout: 20_000 }, async () => {
    const looping = tinyWith(/-> END\n$/, '-> spin\n\n== spin ==\n-> spin\n');
    await expect(buildWith({ 'tiny.ink': looping })).rejects.toThrow(`scenarios/tiny.ink:${lineOf(looping, '== spin ==') + 1}: (knot spin) the story loops without showing text or offering a choice`);
  });

  it('builds a story past its exploration bound, with a warning in the build output', async () => {
    const bounded = tinyWith('# reveal:', '# explore: 2\n# reveal:');
    const { warnings } = await buildWith({ 'tiny.ink': bounded });
    expect(warnings.filter((w) => w.includes('exploration stopped'))).toEqual([expect.stringContaining(`scenarios/tiny.ink:${lineOf(bounded, '# explore: 2')}: exploration stopped at its bound of 2 distinct story states`)]);
  });
});

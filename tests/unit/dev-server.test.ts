import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE_ID, inkScenarios } from '../../tools/vite-plugin-ink';
import { inkFolder, lineOf, readFixture, tinyWith } from './helpers';

const servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function devServer(files: Record<string, string>) {
  const dir = inkFolder(files);
  const server = await createServer({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false, watch: { usePolling: true, interval: 50 } },
    plugins: [inkScenarios({ dir: path.join(dir, 'scenarios') })],
  });
  servers.push(server);
  const reloads = vi.spyOn(server.ws, 'send');
  return { dir, server, reloads };
}

describe('the ink plugin in the dev server', () => {
  it('recompiles and reloads the page when an included ink file changes', async () => {
    const { dir, server, reloads } = await devServer({
      'scenarios/folder-story/main.ink': readFixture('folder-story/main.ink'),
      'scenarios/folder-story/parts/scores.ink': readFixture('folder-story/parts/scores.ink'),
    });
    const before = await server.transformRequest(CATALOGUE_ID);
    expect(before?.code).toContain('Folder story');
    const included = path.join(dir, 'scenarios/folder-story/parts/scores.ink');
    writeFileSync(included, readFixture('folder-story/parts/scores.ink').replace('Bye.', 'Goodbye now.'));
    server.watcher.emit('change', included);
    expect(reloads).toHaveBeenCalledWith({ type: 'full-reload' });
    const story = await server.transformRequest('virtual:counterpart/story/folder-story');
    expect(story?.code).toContain('Goodbye now.');
  });

  it('rejects a broken scenario with its file and line, which the overlay shows', async () => {
    const broken = tinyWith('# expression: doubtful', '# expression: grumpy');
    const { dir, server } = await devServer({ 'scenarios/tiny.ink': broken });
    const error = await server.transformRequest(CATALOGUE_ID).catch((e: unknown) => e as { loc?: { file: string; line: number }; message: string });
    expect(error).toMatchObject({ loc: { file: path.join(dir, 'scenarios/tiny.ink'), line: lineOf(broken, 'grumpy') } });
    expect((error as Error).message).toContain(`scenarios/tiny.ink:${lineOf(broken, 'grumpy')}: expression "grumpy"`);
  });

  it('shows a story that loops without text or choice in the overlay, at the loop\'s line, instead of hanging', { timeout: 20_000 }, async () => {
    const looping = tinyWith(/-> END\n$/, '-> spin\n\n== spin ==\n-> spin\n');
    const { dir, server } = await devServer({ 'scenarios/tiny.ink': looping });
    const error = await server.transformRequest(CATALOGUE_ID).catch((e: unknown) => e as { loc?: { file: string; line: number }; message: string });
    const line = lineOf(looping, '== spin ==') + 1;
    expect(error).toMatchObject({ loc: { file: path.join(dir, 'scenarios/tiny.ink'), line } });
    expect((error as Error).message).toContain(`scenarios/tiny.ink:${line}: (knot spin) the story loops without showing text or offering a choice`);
  });

  it('points the overlay at ink\'s own error first, not at contract errors that follow from it', async () => {
    const broken = tinyWith('Ann thinks it over.', 'Ann {thinks it over.').replace('# expression: annoyed', '# expression: grumpy');
    const { dir, server } = await devServer({ 'scenarios/tiny.ink': broken });
    const error = await server.transformRequest(CATALOGUE_ID).catch((e: unknown) => e as { loc?: { file: string; line: number }; message: string });
    expect(error).toMatchObject({ loc: { file: path.join(dir, 'scenarios/tiny.ink'), line: lineOf(broken, 'Ann {thinks') } });
    expect((error as Error).message).not.toContain('grumpy');
  });
});

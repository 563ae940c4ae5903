import path from 'node:path';
import { createServer, resolveConfig, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const configFile = path.join(root, 'vite.config.ts');

let server: ViteDevServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.COUNTERPART_BASE;
});

describe('the dev server', () => {
  it('answers a path the game does not have with the game page, its script loaded from the root', async () => {
    server = await createServer({ root, configFile, configLoader: 'runner', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, hmr: false, watch: null } });
    await server.listen();
    const response = await fetch(new URL('assign/towel', server.resolvedUrls!.local[0]), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('src="/src/main.ts"');
  });
});

describe('the base the game is deployed under', () => {
  it('is the root unless COUNTERPART_BASE names a folder', async () => {
    expect((await resolveConfig({ root, configFile, configLoader: 'runner', logLevel: 'silent' }, 'build')).base).toBe('/');
    process.env.COUNTERPART_BASE = '/training/counterpart/';
    expect((await resolveConfig({ root, configFile, configLoader: 'runner', logLevel: 'silent' }, 'build')).base).toBe('/training/counterpart/');
  });

  it('must be an absolute folder: a relative one is what left /assign/towel blank', async () => {
    process.env.COUNTERPART_BASE = './';
    await expect(resolveConfig({ root, configFile, configLoader: 'runner', logLevel: 'silent' }, 'build')).rejects.toThrow('COUNTERPART_BASE must start and end with "/" (got "./")');
  });
});

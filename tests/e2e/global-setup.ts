import { createServer } from 'node:net';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

const root = path.resolve(import.meta.dirname, '..', '..');
let server: PreviewServer | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Builds the app exactly as it ships and serves it on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject) {
  const configFile = path.join(root, 'vite.config.ts');
  await build({ root, configFile, configLoader: 'runner', logLevel: 'warn' });
  const port = await freePort();
  server = await preview({ root, configFile, configLoader: 'runner', preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'warn' });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  project.provide('distDir', path.join(root, 'dist'));
}

export async function teardown() {
  await server?.close();
}

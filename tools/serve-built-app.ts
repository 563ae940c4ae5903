/** Builds the app as it ships and serves the build on 127.0.0.1, for the browser tests and the benchmark. */
import { createServer } from 'node:net';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

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

export interface AppServer {
  baseUrl: string;
  distDir: string;
  buildMs: number | null;
  close(): Promise<void>;
}

export async function serveApp(root: string, options: { skipBuild: boolean }): Promise<AppServer> {
  const configFile = path.join(root, 'vite.config.ts');
  let buildMs: number | null = null;
  if (!options.skipBuild) {
    const started = performance.now();
    await build({ root, configFile, configLoader: 'runner', logLevel: 'error' });
    buildMs = performance.now() - started;
  }
  const port = await freePort();
  const server: PreviewServer = await preview({ root, configFile, configLoader: 'runner', preview: { host: '127.0.0.1', port, strictPort: true }, logLevel: 'error' });
  return { baseUrl: `http://127.0.0.1:${port}/`, distDir: path.join(root, 'dist'), buildMs, close: () => server.close() };
}

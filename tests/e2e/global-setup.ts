import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveApp, type AppServer } from '../../tools/serve-built-app';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}

let server: AppServer | undefined;

/** Builds the app exactly as it ships and serves it on 127.0.0.1 for the browser tests. */
export async function setup(project: TestProject) {
  server = await serveApp(path.resolve(import.meta.dirname, '..', '..'), { skipBuild: false });
  project.provide('baseUrl', server.baseUrl);
  project.provide('distDir', server.distDir);
}

export async function teardown() {
  await server?.close();
}

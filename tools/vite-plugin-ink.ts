import { statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { ScenarioMeta } from '../src/core/scenario';
import { buildScenario, discoverScenarios, formatMessage, parseExploreBound, type BuildResult } from './ink/scenarios';

export const CATALOGUE_ID = 'virtual:counterpart/catalogue';
const STORY_PREFIX = 'virtual:counterpart/story/';

/**
 * Compiles every scenario at build time: the catalogue ships as metadata only, each story as a
 * chunk of its own that loads when its encounter starts, and the ink compiler never reaches the
 * browser. A scenario that breaks the contract fails the build (and shows in the dev overlay).
 */
export function inkScenarios(options: { dir: string; maxStates?: number }): Plugin {
  const dir = path.resolve(options.dir);
  // COUNTERPART_EXPLORE=N raises (or lowers) every scenario's exploration bound for one build.
  const maxStates = options.maxStates ?? parseExploreBound(process.env.COUNTERPART_EXPLORE, 'COUNTERPART_EXPLORE');
  const cache = new Map<string, { stamp: string; result: BuildResult }>();
  const warned = new WeakSet<BuildResult>();
  let server: ViteDevServer | undefined;
  let root = process.cwd();

  const stampOf = (files: string[]) => files.map((f) => `${f}@${safeMtime(f)}`).join('|');
  const build = (id: string, mainFile: string): BuildResult => {
    const cached = cache.get(id);
    if (cached && cached.stamp === stampOf(cached.result.ok ? cached.result.scenario.files : cached.result.files)) return cached.result;
    const result = buildScenario(id, mainFile, maxStates === undefined ? {} : { maxStates });
    cache.set(id, { stamp: stampOf(result.ok ? result.scenario.files : result.files), result });
    return result;
  };
  const buildAll = () => discoverScenarios(dir).map(({ id, mainFile }) => build(id, mainFile));

  return {
    name: 'counterpart-ink-scenarios',
    configResolved(config) {
      root = config.root;
    },
    resolveId(source) {
      if (source === CATALOGUE_ID || source.startsWith(STORY_PREFIX)) return '\0' + source;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:counterpart/')) return null;
      const results = buildAll();
      for (const result of results) {
        for (const file of result.ok ? result.scenario.files : result.files) this.addWatchFile(file);
        // Every virtual module loads the same cached results; each warning is said once.
        if (warned.has(result)) continue;
        warned.add(result);
        for (const w of result.ok ? result.scenario.warnings : result.warnings) this.warn(formatMessage(w, root));
      }
      const failed = results.flatMap((r) => (r.ok ? [] : r.errors));
      if (failed.length > 0) {
        const first = failed[0]!;
        this.error({
          message: `Scenario contract broken:\n${failed.map((m) => formatMessage(m, root)).join('\n')}`,
          id: first.file,
          loc: { file: first.file, line: first.line, column: 0 },
        });
      }
      const scenarios = results.map((r) => (r as Extract<BuildResult, { ok: true }>).scenario);
      if (id === '\0' + CATALOGUE_ID) {
        const metas: ScenarioMeta[] = scenarios.map((s) => s.meta).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
        const loaders = metas.map((m) => `${JSON.stringify(m.id)}: () => import(${JSON.stringify(STORY_PREFIX + m.id)}).then((m) => m.default)`);
        return `export const scenarios = ${JSON.stringify(metas)};\nexport const storyLoaders = {${loaders.join(',\n')}};\n`;
      }
      const scenario = scenarios.find((s) => '\0' + STORY_PREFIX + s.meta.id === id);
      if (!scenario) this.error(`No scenario for ${id.slice(1)}`);
      return `export default ${JSON.stringify(scenario.json)};\n`;
    },
    generateBundle() {
      const metas = buildAll().flatMap((r) => (r.ok ? [r.scenario.meta] : []));
      this.emitFile({ type: 'asset', fileName: 'catalogue.json', source: JSON.stringify({ scenarios: metas }, null, 2) });
    },
    configureServer(devServer) {
      server = devServer;
      const onInkChange = (file: string) => {
        if (!file.endsWith('.ink') || !path.resolve(file).startsWith(dir)) return;
        cache.clear();
        for (const mod of server!.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:counterpart/')) server!.moduleGraph.invalidateModule(mod);
        }
        server!.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.add(dir);
      devServer.watcher.on('change', onInkChange);
      devServer.watcher.on('add', onInkChange);
      devServer.watcher.on('unlink', onInkChange);
    },
  };
}

function safeMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

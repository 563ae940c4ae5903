import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');

interface SourceFile {
  file: string;
  text: string;
  imports: { spec: string; typeOnly: boolean }[];
}

function readSources(dir: string): SourceFile[] {
  const files = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  return files.map((f) => {
    const file = path.posix.join(dir, f.split(path.sep).join('/'));
    const text = readFileSync(path.join(root, file), 'utf8');
    return { file, text, imports: importsOf(text) };
  });
}

function importsOf(text: string): SourceFile['imports'] {
  const found: SourceFile['imports'] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ spec: m[1]!, typeOnly: false });
  return found;
}

const resolve = (from: string, spec: string) => (spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) : spec);
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** The import rules of DEVELOPERS.md, as a checker that returns every broken rule. */
export function brokenRules(sources: SourceFile[]): string[] {
  const broken: string[] = [];
  const ownImporter: Record<string, (file: string) => boolean> = {
    inkjs: (f) => f === 'src/narrative/ink-story.ts',
    phaser: (f) => f.startsWith('src/stage/'),
    howler: (f) => f === 'src/audio/howler-audio.ts',
    'virtual:pwa-register': (f) => f === 'src/pwa/register.ts',
  };
  // Pure libraries the core may use: they touch no DOM, clock, randomness or engine.
  const pureLibraries = ['valibot'];
  const wiredOnlyInMain = ['src/storage/browser-storage', 'src/audio/lazy-audio', 'src/audio/howler-audio', 'src/stage/stage', 'src/narrative/ink-story', 'src/pwa/register'];
  // The artists' stage preview (stage-preview.html) is a second page with its own entry point:
  // it creates the real stage itself so that art is seen exactly as the game draws it.
  const wiringEntries = ['src/main.ts', 'src/stage-preview.ts'];
  for (const source of sources) {
    for (const { spec, typeOnly } of source.imports) {
      const target = resolve(source.file, spec);
      const pkg = spec.startsWith('.') ? null : spec.split('/')[0]!;
      if (pkg && pkg in ownImporter && !ownImporter[pkg]!(source.file)) broken.push(`${source.file} imports ${spec}`);
      if (source.file.startsWith('src/core/') && !typeOnly && !target.startsWith('src/core/') && !pureLibraries.includes(pkg ?? '')) broken.push(`${source.file} (pure core) imports ${spec}`);
      if (!typeOnly && wiredOnlyInMain.includes(target) && !wiringEntries.includes(source.file)) broken.push(`${source.file} wires ${spec} itself; only src/main.ts wires engines`);
    }
    if (source.file.startsWith('src/core/')) {
      const code = withoutComments(source.text);
      for (const name of ['document', 'window', 'localStorage', 'navigator', 'Date.now', 'new Date', 'Math.random', 'performance', 'crypto', 'setTimeout', 'setInterval', 'fetch']) {
        if (new RegExp(`(^|[^.\\w])${name.replace('.', '\\.')}\\b`).test(code)) broken.push(`${source.file} (pure core) uses ${name}`);
      }
    }
  }
  return broken;
}

/**
 * A screen is a module under src/ui/screens/ that exports a `show…` function; the others there
 * (deltas, settings panel, names) are parts the screens share. A screen that imports another
 * screen ties the two together: moving between screens goes through the navigator instead.
 */
export function screensImportingScreens(sources: SourceFile[]): string[] {
  const isScreen = (s: SourceFile) => /^src\/ui\/screens\/[^/]+\.ts$/.test(s.file) && /^export\s+(async\s+)?function\s+show[A-Z]/m.test(s.text);
  const screens = new Set(sources.filter(isScreen).map((s) => s.file));
  const broken: string[] = [];
  for (const source of sources.filter(isScreen)) {
    for (const { spec } of source.imports) {
      const target = moduleFile(source.file, spec, sources);
      if (target && target !== source.file && screens.has(target)) broken.push(`screen ${source.file} imports screen ${target}`);
    }
  }
  return broken;
}

/** The source file a relative import names (`./x` is x.ts or x/index.ts), or null for a package. */
function moduleFile(from: string, spec: string, sources: SourceFile[]): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(from, spec).replace(/\.(js|ts)$/, '');
  return [`${base}.ts`, `${base}/index.ts`].find((f) => sources.some((s) => s.file === f)) ?? null;
}

/**
 * Every import cycle among the sources, each once, as the files around it in import order
 * starting from its alphabetically first file. Type-only imports count too: a cycle of types
 * still means neither module can be understood or moved without the other.
 */
export function importCycles(sources: SourceFile[]): string[][] {
  const edges = new Map(sources.map((s) => [s.file, [...new Set(s.imports.map((i) => moduleFile(s.file, i.spec, sources)).filter((f): f is string => f !== null))].sort()]));
  const cycles = new Map<string, string[]>();
  // Depth-first search from every file, with the path so far; small graphs, so no need for Tarjan.
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = path.slice(path.indexOf(next));
        const first = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        cycles.set(rotated.join(' → '), rotated);
      } else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...edges.keys()].sort()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}

const fake = (file: string, text: string): SourceFile => ({ file, text, imports: importsOf(text) });

describe('the architecture', () => {
  const sources = readSources('src');

  it('keeps the import rules: a pure core, one importer per engine, everything wired in main.ts', () => {
    expect(brokenRules(sources)).toEqual([]);
  });

  it('has exactly one module that imports inkjs, and only the build tools import its compiler', () => {
    // The benchmark runs bare inkjs on purpose: it is the baseline the runner is measured against.
    const tools = readSources('tools').filter((s) => !s.file.startsWith('tools/bench/'));
    const importers = [...sources, ...tools].filter((s) => s.imports.some((i) => i.spec.startsWith('inkjs'))).map((s) => s.file);
    expect(importers.sort()).toEqual(['src/narrative/ink-story.ts', 'tools/ink/compile.ts']);
    expect(tools.find((s) => s.file === 'tools/ink/compile.ts')!.imports.every((i) => !i.spec.startsWith('inkjs') || i.spec.startsWith('inkjs/compiler/'))).toBe(true);
  });

  it('keeps screens apart: no screen imports another', () => {
    expect(screensImportingScreens(sources)).toEqual([]);
  });

  it('has no import cycle anywhere in src/', () => {
    expect(importCycles(sources).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('would notice a screen importing a screen, but not a screen using a shared part', () => {
    expect(
      screensImportingScreens([
        fake('src/ui/screens/debrief.ts', "import { shortName } from './encounter';\nimport { deltaChips } from './deltas';\nexport function showDebrief() {}"),
        fake('src/ui/screens/encounter.ts', "import { deltaChips } from './deltas';\nexport function showEncounter() {}"),
        fake('src/ui/screens/deltas.ts', 'export function deltaChips() {}'),
        fake('src/ui/app.ts', "import { showDebrief } from './screens/debrief';"),
      ]),
    ).toEqual(['screen src/ui/screens/debrief.ts imports screen src/ui/screens/encounter.ts']);
  });

  it('would notice an import cycle, through an index file and a type-only import too', () => {
    expect(
      importCycles([
        fake('src/a.ts', "import { b } from './b';"),
        fake('src/b.ts', "import type { C } from './c';"),
        fake('src/c/index.ts', "export { a } from '../a';"),
        fake('src/d.ts', "import { a } from './a';\nimport { d } from './d';"),
        fake('src/e.ts', "import { a } from './a';"),
      ]),
    ).toEqual([
      ['src/a.ts', 'src/b.ts', 'src/c/index.ts'],
      ['src/d.ts'],
    ]);
  });

  it('would notice each kind of broken rule', () => {
    expect(
      brokenRules([
        fake('src/core/x.ts', "import { Story } from 'inkjs';\nimport { h } from '../ui/dom';\nconst t = Date.now();"),
        fake('src/ui/y.ts', "import * as Phaser from 'phaser';\nconst s = await import('../stage/stage');"),
        fake('src/ui/z.ts', "import { Howl } from 'howler';"),
        fake('src/ui/w.ts', "import { registerSW } from 'virtual:pwa-register';\nconst r = await import('../pwa/register');"),
      ]),
    ).toEqual([
      'src/core/x.ts imports inkjs',
      'src/core/x.ts (pure core) imports inkjs',
      'src/core/x.ts (pure core) imports ../ui/dom',
      'src/core/x.ts (pure core) uses Date.now',
      'src/ui/y.ts imports phaser',
      'src/ui/y.ts wires ../stage/stage itself; only src/main.ts wires engines',
      'src/ui/z.ts imports howler',
      'src/ui/w.ts imports virtual:pwa-register',
      'src/ui/w.ts wires ../pwa/register itself; only src/main.ts wires engines',
    ]);
  });
});

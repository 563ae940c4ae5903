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

  it('would notice each kind of broken rule', () => {
    const fake = (file: string, text: string): SourceFile => ({ file, text, imports: importsOf(text) });
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

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_STATES, exploreStory, type Analysis } from '../../src/core/explore';
import { StoryRuntimeError } from '../../src/core/ports';
import type { ScenarioMeta } from '../../src/core/scenario';
import { EXPLORE_MAX } from '../../src/core/tags';
import { ID_PART } from '../../src/core/vocabulary';
import { openInkStory } from '../../src/narrative/ink-story';
import { compileInk, type InkMessage, type InkMessageLocation } from './compile';
import { checkContract, collectFiles } from './contract';

/** The seed the build explores with; the analyzer checks that other seeds change nothing. */
export const BUILD_SEED = 1;

export interface BuiltScenario {
  meta: ScenarioMeta;
  json: string;
  files: string[];
  /** Where each option id is written in the source. */
  optionLines: Map<string, InkMessageLocation>;
  analysis: Analysis;
  warnings: InkMessage[];
}

export type BuildResult = { ok: true; scenario: BuiltScenario } | { ok: false; id: string; files: string[]; errors: InkMessage[]; warnings: InkMessage[] };

/** A scenario is `scenarios/<id>.ink`, or a folder `scenarios/<id>/` whose story starts in `main.ink`. */
export function discoverScenarios(root: string): { id: string; mainFile: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .flatMap((name) => {
      const full = path.join(root, name);
      if (statSync(full).isDirectory()) {
        const main = path.join(full, 'main.ink');
        return existsSync(main) ? [{ id: name, mainFile: main }] : [];
      }
      return name.endsWith('.ink') ? [{ id: name.slice(0, -'.ink'.length), mainFile: full }] : [];
    });
}

export interface BuildOptions {
  /** Distinct states to explore at most, over the story's own "# explore:" (the command line's --explore, or COUNTERPART_EXPLORE). */
  maxStates?: number;
}

/** The exploration bound asked for on the command line or in COUNTERPART_EXPLORE, checked. */
export function parseExploreBound(raw: string | undefined, from: string): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > EXPLORE_MAX) throw new Error(`${from} must be a whole number of story states from 1 to ${EXPLORE_MAX}, got "${raw}"`);
  return n;
}

/**
 * Compiles a scenario, checks it against the contract and explores it. Compile errors come
 * first and alone: the contract is checked only on a story that compiled, so no error follows
 * from an earlier one.
 */
export function buildScenario(id: string, mainFile: string, options: BuildOptions = {}): BuildResult {
  const nameErrors: InkMessage[] = ID_PART.test(id) ? [] : [{ file: mainFile, line: 1, message: `scenario name "${id}" must be lower-case words joined by hyphens` }];
  const compiled = compileInk(mainFile);
  if (!compiled.ok) return { ok: false, id, files: collectFiles(mainFile), errors: dedupe([...nameErrors, ...compiled.errors]), warnings: compiled.warnings };
  const contract = checkContract(mainFile);
  const errors: InkMessage[] = [...nameErrors, ...contract.problems];
  if (errors.length > 0 || !contract.meta) {
    return { ok: false, id, files: contract.files, errors: dedupe(errors), warnings: compiled.warnings };
  }
  const meta = contract.meta;
  const locate = (inkPath: string | null | undefined) => (inkPath ? compiled.locate(inkPath) : null);
  let analysis: Analysis;
  try {
    analysis = exploreStory({
      open: openInkStory,
      compiled: compiled.json,
      seed: BUILD_SEED,
      endings: meta.endings.map((e) => e.id),
      maxStates: options.maxStates ?? contract.explore?.states ?? DEFAULT_MAX_STATES,
    });
  } catch (error) {
    const where = locate(error instanceof StoryRuntimeError ? error.inkPath : null) ?? { file: mainFile, line: 1 };
    return { ok: false, id, files: contract.files, errors: [{ ...where, message: String(error instanceof Error ? error.message : error) }], warnings: compiled.warnings };
  }
  const located = analysis.problems
    .filter((p) => p.kind !== 'options-score-alike' && p.kind !== 'dimension-never-moves')
    .map((p): InkMessage => {
      const last = p.path.at(-1);
      const where = locate(p.inkPath) ?? ((last && contract.optionLines.get(last)) || { file: mainFile, line: 1 });
      const route = p.path.length > 0 ? ` (after choosing ${p.path.join(' → ')})` : '';
      return { ...where, message: p.message + route };
    });
  if (located.length > 0) return { ok: false, id, files: contract.files, errors: located, warnings: compiled.warnings };
  const exploreAt = contract.explore?.at ?? { file: mainFile, line: 1 };
  return {
    ok: true,
    scenario: {
      meta: { ...meta, id, storyHash: hashStory(compiled.json), scoreRanges: analysis.ranges },
      json: compiled.json,
      files: contract.files,
      optionLines: contract.optionLines,
      analysis,
      warnings: [...compiled.warnings, ...analysis.warnings.map((message) => ({ ...exploreAt, message }))],
    },
  };
}

export function hashStory(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

export function formatMessage(m: InkMessage, root = process.cwd()): string {
  return `${path.relative(root, m.file)}:${m.line}:${m.knot ? ` (knot ${m.knot})` : ''} ${m.message}`;
}

function dedupe(messages: InkMessage[]): InkMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.file}:${m.line}:${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

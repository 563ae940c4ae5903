/**
 * Times the scenario analyzer in a process of its own (started by tools/bench/analyzer.ts, which
 * stops it when it runs past its cap). Each process starts cold, as `npm run analyze` does.
 *
 *   analyzer-worker.ts shipped <scenarios dir>   every scenario found there, one after another
 *   analyzer-worker.ts generated <scale>         the generated story at that size
 *
 * Prints one JSON line per analysed story: {"event":"analysed", id, ms, ok, errors, states, paths, …}.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeScenario, COMMAND_WALKS } from '../analyze';
import { discoverScenarios } from '../ink/scenarios';
import { generateStory } from './generate-story';

function emit(message: Record<string, unknown>) {
  process.stdout.write(`${JSON.stringify({ event: 'analysed', ...message })}\n`);
}

function analyse(id: string, mainFile: string, extra: Record<string, unknown> = {}) {
  const started = performance.now();
  // As `npm run analyze` does: the command's walk count, one scenario after another.
  const report = analyzeScenario(id, mainFile, COMMAND_WALKS);
  const ms = performance.now() - started;
  emit({ id, ms, ok: report.ok, errors: report.errors.slice(0, 5), states: report.states ?? null, paths: report.paths ?? null, ...extra });
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'shipped') {
  for (const { id, mainFile } of discoverScenarios(path.resolve(arg!))) analyse(id, mainFile);
} else if (mode === 'generated') {
  const scale = Number(arg);
  const dir = mkdtempSync(path.join(tmpdir(), 'counterpart-bench-'));
  try {
    const file = path.join(dir, 'generated.ink');
    const { source, decisions } = generateStory(scale);
    writeFileSync(file, source);
    analyse('generated', file, { scale, decisions, sourceLines: source.split('\n').length });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.error('usage: analyzer-worker.ts shipped <dir> | generated <scale>');
  process.exit(2);
}

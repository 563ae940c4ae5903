/**
 * Analyzer timing: every shipped scenario through `analyzeScenario` (what `npm run analyze`
 * does), and the generated story at 1×, 4× and 16×. Each runs in a cold child process that is
 * stopped when it passes its cap, so a slow analyzer fails its budget without holding the
 * benchmark for minutes.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface Analysed {
  id: string;
  ms: number;
  ok: boolean;
  errors: string[];
  states: number | null;
  paths: number | null;
  scale?: number;
  decisions?: number;
  sourceLines?: number;
}

export interface WorkerOutcome {
  analysed: Analysed[];
  /** True when the process was stopped at its cap before it finished. */
  stopped: boolean;
  wallMs: number;
  error: string | null;
}

const WORKER = path.join(import.meta.dirname, 'analyzer-worker.ts');

function runWorker(repoRoot: string, args: string[], capMs: number, onAnalysed: (a: Analysed) => void): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const analysed: Analysed[] = [];
    let buffer = '';
    let stderr = '';
    let stopped = false;
    const timer = setTimeout(() => {
      stopped = true;
      child.kill('SIGKILL');
    }, capMs);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line.startsWith('{"event":"analysed"')) continue;
        const entry = JSON.parse(line) as Analysed;
        analysed.push(entry);
        onAnalysed(entry);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const error = !stopped && code !== 0 ? `analyzer process exited with ${code}: ${stderr.split('\n').filter((l) => l && !/npm warn/i.test(l)).slice(-3).join(' ')}` : null;
      resolve({ analysed, stopped, wallMs: performance.now() - started, error });
    });
  });
}

export interface AnalyzerResult {
  shipped: WorkerOutcome & { capMs: number };
  generated: { scale: number; outcome: WorkerOutcome | null; capMs: number }[];
}

export async function measureAnalyzer(
  repoRoot: string,
  options: { shippedCapMs: number; generatedCapMs: number; scales: number[]; log: (message: string) => void },
): Promise<AnalyzerResult> {
  const shipped = await runWorker(repoRoot, ['shipped', path.join(repoRoot, 'scenarios')], options.shippedCapMs, (a) =>
    options.log(`analyzer: ${a.id} ${(a.ms / 1000).toFixed(1)} s${a.ok ? '' : ' (reported problems)'}`),
  );
  if (shipped.stopped) options.log(`analyzer: stopped at the ${options.shippedCapMs / 1000} s cap`);
  const generated: AnalyzerResult['generated'] = [];
  let capped = false;
  for (const scale of options.scales) {
    if (capped) {
      // A larger story than one that already ran past the cap would only run past it too.
      generated.push({ scale, outcome: null, capMs: options.generatedCapMs });
      continue;
    }
    const outcome = await runWorker(repoRoot, ['generated', String(scale)], options.generatedCapMs, (a) =>
      options.log(`analyzer: generated ${scale}× (${a.decisions} decisions, ${a.states} states) ${(a.ms / 1000).toFixed(1)} s`),
    );
    if (outcome.stopped) options.log(`analyzer: generated ${scale}× stopped at the ${options.generatedCapMs / 1000} s cap`);
    capped = outcome.stopped;
    generated.push({ scale, outcome, capMs: options.generatedCapMs });
  }
  return { shipped: { ...shipped, capMs: options.shippedCapMs }, generated };
}

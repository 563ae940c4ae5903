/**
 * `npm run bench`: how heavy, how fast and how leak-free Counterpart is, against budgets.
 * Prints one table (figure | value | budget | pass/fail), writes the same figures as JSON to
 * bench-results/bench.json, and exits non-zero when any budget fails. Separate from `npm test`.
 *
 *   npm run bench [-- --runs 7] [--only bytes,load,play,narrative,analyzer] [--skip-build]
 *                    [--scenario tutorial] [--encounters 20] [--analyzer-cap 60] [--generated-cap 25]
 *                    [--out bench-results/bench.json] [--root <app dir>]
 *
 * Every figure is defined in the notes printed under the table and in the JSON's "definitions".
 * Budgets are fixed in ./budgets.ts (BUDGETS); the options change how long the run takes, never a budget.
 * --root is for trying the tool on another checkout (a git worktree, say); by default it
 * builds and measures this repository. The analyzer caps (seconds) stop a slow analyzer early:
 * it then fails its budget with "> cap" instead of holding the run for minutes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { compileInk } from '../ink/compile';
import { discoverScenarios } from '../ink/scenarios';
import { measureAnalyzer, type AnalyzerResult } from './analyzer';
import { serveApp, type AppServer } from '../serve-built-app';
import { CHROMIUM_ARGS, CPU_SLOWDOWN, loadRun, openBrowser, PHONE_VIEWPORT, playRun, SLOW_4G, type LoadRun, type PlayResult, type Profile } from './browser-runs';
import { BUDGETS } from './budgets';
import { ByteCounter, formatSplit, split, type Split } from './bytes';
import { DECISIONS_PER_UNIT } from './generate-story';
import { leakFailures, leakFigures, midpoint } from './leak-check';
import { measureNarrative, type NarrativeResult } from './narrative';
import { atMost, failed, figure, renderTable, type Figure } from './report';
import { formatKb, formatMs, formatSpread, quantile, round, spread, median } from './stats';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const SECTIONS = ['bytes', 'load', 'play', 'narrative', 'analyzer'] as const;
type SectionName = (typeof SECTIONS)[number];


const { values: args } = parseArgs({
  options: {
    root: { type: 'string', default: REPO_ROOT },
    only: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'skip-build': { type: 'boolean', default: false },
    scenario: { type: 'string' },
    encounters: { type: 'string', default: '20' },
    'analyzer-cap': { type: 'string', default: '60' },
    'generated-cap': { type: 'string', default: '25' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench-results', 'bench.json') },
  },
});

const root = path.resolve(args.root!);
const runs = Math.max(1, Number(args.runs));
const encounters = Math.max(3, Number(args.encounters));
const wanted = new Set<SectionName>(args.only ? (args.only.split(',').map((s) => s.trim()) as SectionName[]) : SECTIONS);
for (const s of wanted) if (!SECTIONS.includes(s)) throw new Error(`unknown section "${s}" (choose from ${SECTIONS.join(', ')})`);
const WARMUP = { desktop: 1, phone: 1 } as const;
/** How long the scripted trainee looks at each state of the encounter before acting. */
const PACE_MS = 200;
const NARRATIVE = { walksPerStory: 40, walksPerBatch: 5, rounds: 30, warmupRounds: 3 };

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const figures: Figure[] = [];
const raw: Record<string, unknown> = {};
const startedAt = Date.now();

function gitDescribe(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

// ---------------------------------------------------------------------------------------------
// Browser sections: bytes, load, play

function worstSplit(splits: Split[]): Split {
  // The run that requested most: bytes hardly vary between runs, but timing can move a request
  // (an SVG, a sound) to either side of the line, and the budget should hold for all of them.
  return splits.reduce((a, b) => (b.total > a.total ? b : a));
}

function bytesFigures(desktopRuns: LoadRun[]) {
  const title = desktopRuns.map((r) => split(r.beforeTitle));
  const first = desktopRuns.map((r) => split(r.beforeFirstLine));
  const titleJs = Math.max(...title.map((s) => s.js));
  const titleWorst = worstSplit(title);
  const firstWorst = worstSplit(first);
  figures.push(
    figure({
      id: 'bytes.beforeTitle.js',
      section: 'bytes',
      label: 'Bytes: JS requested before the title is interactive (gzip)',
      value: titleJs,
      unit: 'bytes',
      text: formatKb(titleJs),
      budget: atMost(BUDGETS.titleJsBytes, '≤ 60 kB'),
      detail: { perRun: title.map((s) => s.js) },
    }),
    figure({
      id: 'bytes.beforeTitle.split',
      section: 'bytes',
      label: 'Bytes: all requested before the title is interactive, kB',
      value: titleWorst.total,
      unit: 'bytes',
      text: `${formatKb(titleWorst.total)} = ${formatSplit(titleWorst)}`,
      detail: titleWorst,
    }),
    figure({
      id: 'bytes.beforeFirstLine.total',
      section: 'bytes',
      label: 'Bytes: all requested before the first line of an encounter (gzip)',
      value: firstWorst.total,
      unit: 'bytes',
      text: formatKb(firstWorst.total),
      budget: atMost(BUDGETS.firstLineBytes, '≤ 480 kB'),
      detail: { perRun: first.map((s) => s.total) },
    }),
    figure({
      id: 'bytes.beforeFirstLine.split',
      section: 'bytes',
      label: 'Bytes: … of which, kB',
      value: firstWorst.total,
      unit: 'bytes',
      text: formatSplit(firstWorst),
      detail: firstWorst,
    }),
  );
}

function loadFigures(profile: Profile, loadRuns: LoadRun[]) {
  const title = spread(loadRuns.map((r) => r.titleInteractiveMs));
  const first = spread(loadRuns.map((r) => r.firstLineMs));
  const shown = spread(loadRuns.map((r) => r.firstLineShownMs));
  const where = profile === 'desktop' ? '127.0.0.1' : 'phone: Slow 4G, 4× CPU';
  figures.push(
    figure({
      id: `load.${profile}.titleInteractive`,
      section: 'load',
      label: `Load (${where}): navigation → title interactive, median`,
      value: title.median,
      unit: 'ms',
      text: formatSpread(title),
      budget: profile === 'phone' ? atMost(BUDGETS.titlePhoneMs, '≤ 3 s') : undefined,
      detail: title,
    }),
    figure({
      id: `load.${profile}.firstLine`,
      section: 'load',
      label: `Load (${where}): click → first line complete, median`,
      value: first.median,
      unit: 'ms',
      text: formatSpread(first),
      budget: profile === 'phone' ? atMost(BUDGETS.firstLinePhoneMs, '≤ 1.5 s') : atMost(BUDGETS.firstLineDesktopMs, '≤ 300 ms'),
      detail: first,
    }),
    figure({
      id: `load.${profile}.firstLineShown`,
      section: 'load',
      label: `Load (${where}): click → first line finished on screen, median`,
      value: shown.median,
      unit: 'ms',
      text: formatSpread(shown),
      detail: shown,
    }),
  );
}

function playFigures(play: PlayResult) {
  const steps = play.cpuSource === 'trace' ? play.stepsOnEncounter.cpuMs : play.stepsOnEncounter.wallMs;
  const hidden = play.cpuSource === 'trace' ? play.stepsElsewhere.cpuMs : play.stepsElsewhere.wallMs;
  const what = play.cpuSource === 'trace' ? 'CPU' : 'main-thread (wall)';
  const stepMedian = median(steps);
  const stepP95 = quantile(steps, 0.95);
  figures.push(
    figure({
      id: 'play.step.median',
      section: 'play',
      label: `Play: Phaser game-loop step ${what} time, median`,
      value: stepMedian,
      unit: 'ms',
      text: `${formatMs(stepMedian)} (n=${steps.length} steps on the encounter screen)`,
    }),
    figure({ id: 'play.step.p95', section: 'play', label: `Play: Phaser game-loop step ${what} time, p95`, value: stepP95, unit: 'ms', text: formatMs(stepP95) }),
    figure({
      id: 'play.step.offscreen',
      section: 'play',
      label: 'Play: Phaser steps while the stage is off screen',
      value: play.stepsElsewhere.count,
      unit: 'steps',
      text: `${play.stepsElsewhere.count} of ${play.stepsElsewhere.count + steps.length} steps, ${formatMs(hidden.reduce((a, b) => a + b, 0))} total`,
    }),
  );
  figures.push(...leakFigures({ snapshots: play.snapshots, encounters: play.encounters, budgets: BUDGETS }));
}

async function browserSections(server: AppServer, scenario: string, counter: ByteCounter) {
  const browser = await openBrowser();
  try {
    await browserSectionsWith(browser, server, scenario, counter);
  } finally {
    await browser.close();
  }
}

async function browserSectionsWith(browser: Browser, server: AppServer, scenario: string, counter: ByteCounter) {
  raw.chromium = browser.version();
  if (wanted.has('bytes') || wanted.has('load')) {
    const byProfile: Partial<Record<Profile, LoadRun[]>> = {};
    const profiles: Profile[] = wanted.has('load') ? ['desktop', 'phone'] : ['desktop'];
    for (const profile of profiles) {
      const measured: LoadRun[] = [];
      const total = WARMUP[profile] + runs;
      for (let i = 0; i < total; i++) {
        const warm = i < WARMUP[profile];
        const run = await loadRun(browser, server.baseUrl, counter, profile, scenario);
        log(`load ${profile} ${warm ? 'warm-up' : `run ${i - WARMUP[profile] + 1}/${runs}`}: title ${formatMs(run.titleInteractiveMs)}, first line ${formatMs(run.firstLineMs)} (on screen ${formatMs(run.firstLineShownMs)}: "${run.firstLineText.slice(0, 40)}…"), catalogue wait ${formatMs(run.catalogueWaitMs)}`);
        for (const error of run.pageErrors) log(`load ${profile}: the page threw: ${error}`);
        if (!warm) measured.push(run);
      }
      byProfile[profile] = measured;
    }
    raw.loadRuns = byProfile;
    if (wanted.has('bytes')) bytesFigures(byProfile.desktop!);
    if (wanted.has('load')) for (const profile of profiles) loadFigures(profile, byProfile[profile]!);
  }
  if (wanted.has('play')) {
    try {
      log(`play: ${encounters} encounters of "${scenario}" in one page`);
      const play = await playRun(browser, server.baseUrl, scenario, { encounters, seed: 20240601, paceMs: PACE_MS, snapshotsAfter: [1, midpoint(encounters), encounters] });
      raw.play = play;
      log(`play: ${play.choices} choices, ${play.stepsOnEncounter.wallMs.length + play.stepsElsewhere.count} Phaser steps in ${play.recordedSeconds.toFixed(1)} s, CPU from ${play.cpuSource}`);
      for (const error of play.pageErrors) log(`play: the page threw: ${error}`);
      playFigures(play);
    } catch (error) {
      log(`play failed: ${error instanceof Error ? error.stack : String(error)}`);
      figures.push(...leakFailures({ error, encounters, budgets: BUDGETS }));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Node sections: narrative overhead, analyzer

function narrativeSection() {
  const stories = discoverScenarios(path.join(root, 'scenarios')).flatMap((s) => {
    const compiled = compileInk(s.mainFile);
    if (!compiled.ok) log(`narrative: ${s.id} does not compile; left out`);
    return compiled.ok ? [{ id: s.id, json: compiled.json }] : [];
  });
  if (stories.length === 0) throw new Error('no scenario compiles');
  log(`narrative: runner vs bare inkjs on ${stories.map((s) => s.id).join(', ')}`);
  const result: NarrativeResult = measureNarrative(stories, NARRATIVE);
  raw.narrative = result;
  const r = spread(result.runnerMs);
  const b = spread(result.bareMs);
  figures.push(
    figure({
      id: 'narrative.ratio',
      section: 'narrative',
      label: 'Narrative: encounter runner ÷ bare inkjs (ratio of medians)',
      value: result.ratio,
      unit: '×',
      text: `${result.ratio.toFixed(3)}× (${formatMs(r.median)} vs ${formatMs(b.median)} per round, n=${r.n}; ${Object.entries(result.perStory)
        .map(([id, s]) => `${id} ${s.ratio.toFixed(2)}`)
        .join(', ')})`,
      budget: atMost(BUDGETS.narrativeRatio, '≤ 1.15×'),
    }),
  );
}

function analyzerFigures(result: AnalyzerResult) {
  const { shipped } = result;
  const found = discoverScenarios(path.join(root, 'scenarios')).length;
  const total = shipped.analysed.reduce((sum, a) => sum + a.ms, 0);
  const list = shipped.analysed.map((a) => `${a.id} ${(a.ms / 1000).toFixed(1)} s`).join(', ');
  const problems = shipped.analysed.filter((a) => !a.ok).map((a) => a.id);
  let text: string;
  let value: number | null = total;
  if (shipped.error) {
    text = `not measured: ${shipped.error}`.slice(0, 160);
    value = null;
  } else if (shipped.stopped) {
    text = `> ${shipped.capMs / 1000} s: stopped at the cap after ${shipped.analysed.length} of ${found} (${list || 'none finished'})`;
    value = Math.max(total, shipped.capMs);
  } else {
    text = `${(total / 1000).toFixed(1)} s for ${found} (${list})${problems.length ? `; problems reported in ${problems.join(', ')}` : ''}`;
  }
  figures.push(figure({ id: 'analyzer.shipped', section: 'analyzer', label: 'Analyzer: every shipped scenario (cold process)', value, unit: 'ms', text, budget: atMost(BUDGETS.analyzerMs, '≤ 5 s') }));

  const times: { scale: number; ms: number }[] = [];
  for (const g of result.generated) {
    const a = g.outcome?.analysed[0];
    const label = `Analyzer: generated story ${g.scale}× (${g.scale * DECISIONS_PER_UNIT} decisions)`;
    if (a) {
      times.push({ scale: g.scale, ms: a.ms });
      figures.push(figure({ id: `analyzer.generated.${g.scale}x`, section: 'analyzer', label, value: a.ms, unit: 'ms', text: `${formatMs(a.ms)} (${a.states} states, ${a.sourceLines} ink lines${a.ok ? '' : `, problems: ${a.errors[0] ?? ''}`})` }));
    } else {
      const why = g.outcome?.error ?? (g.outcome ? `> ${g.capMs / 1000} s: stopped at the cap` : 'skipped: a smaller size already ran past the cap');
      figures.push(figure({ id: `analyzer.generated.${g.scale}x`, section: 'analyzer', label, value: null, unit: 'ms', text: why }));
    }
  }
  if (times.length >= 2) {
    const firstT = times[0]!;
    const lastT = times.at(-1)!;
    const exponent = Math.log(lastT.ms / firstT.ms) / Math.log(lastT.scale / firstT.scale);
    const steps = times.slice(1).map((t, i) => `${times[i]!.scale}×→${t.scale}×: ×${(t.ms / times[i]!.ms).toFixed(1)}`);
    figures.push(
      figure({
        id: 'analyzer.growth',
        section: 'analyzer',
        label: 'Analyzer: growth with story size (time ∝ size^k)',
        value: exponent,
        unit: 'k',
        text: `k ≈ ${exponent.toFixed(2)} (${steps.join(', ')})`,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------

const DEFINITIONS = {
  bytes:
    'Requests Chromium makes in the desktop load runs, each sized as the built file gzipped with zlib (level 6; mp3 raw). "Before the title is interactive": requests started before the start button was first visible and enabled, so requests still in flight then count. "Before the first line": requests started before the first line was complete. Attributed by file name: stage-*.js = Phaser, ink-story-*.js = inkjs, howler-audio-*.js = howler, <scenario id>-*.js = story, .svg = art, .mp3 = audio, the rest (HTML, CSS, entry JS) = our code. The run that requested most is reported; kB = 1000 bytes.',
  load: `Each run is a fresh browser context (empty cache) in a warm headless Chromium (/usr/bin/chromium, the e2e flags without --disable-gpu: SwiftShader through ANGLE draws and composites) against the vite preview server on 127.0.0.1; ${WARMUP.desktop} desktop and ${WARMUP.phone} phone warm-up runs are dropped. Title interactive: navigation start → the start button is visible and enabled (seen by a MutationObserver and a 10 ms poll). First line: the trainee creates a profile, opens the catalogue and reads it until the background downloads (Phaser, inkjs) have settled, then clicks the scenario; measured from the click event to the last change of the first line\'s accessible text in ol.transcript[aria-live] (text under aria-hidden excluded; complete = unchanged for 300 ms, or the next line appeared). "Finished on screen" also waits for the visible copy (the typewriter) to stop changing. Phone: DevTools' Slow 4G preset sent through CDP (latency ${SLOW_4G.latency} ms, ${SLOW_4G.downloadThroughput} B/s down, ${SLOW_4G.uploadThroughput} B/s up), Emulation.setCPUThrottlingRate ${CPU_SLOWDOWN}, ${PHONE_VIEWPORT.width}×${PHONE_VIEWPORT.height} mobile viewport. Spread = IQR and min–max.`,
  play: `One page (?diagnostics) plays the same scenario N times in a row (alternately "Play again" and via the catalogue), pausing ${PACE_MS} ms per step, skipping the rest of each beat and picking options with a seeded generator; the last encounter starts as the first did (from the catalogue) and makes the same choices, so the first and last leak snapshots look at the same debrief. Game-loop step: each call of Phaser\'s requestAnimationFrame step (game.step: update and render), timed as thread CPU time from a Chrome trace (FireAnimationFrame tdur, matched by rAF id) or, when the trace lacks it, wall time around the callback; only steps on the encounter screen count for median and p95. Leak check: on the debrief after encounter 1, after encounter ⌈N/2⌉ and after encounter N, HeapProfiler.collectGarbage three times, then Performance.getMetrics (JSHeapUsedSize, JSEventListeners, Nodes) and counterpartDiagnostics.stage() (textures, display objects); a heap snapshot then splits the heap by node type into V8 compiled code (type "code": machine code, bytecode, feedback and their metadata) and everything else (objects, strings, closures, arrays: where a leak shows). JSHeapUsedSize holds both, and its compiled code grows by about 1 MB over the first encounters as V8 optimises the functions that get hot (Phaser's renderer, inkjs, our screens), then levels off; that is warm-up, not a leak, so the heap budget is on the objects, and compiled code must level off: its growth over encounters ⌈N/2⌉+1…N at most half its growth over 2…⌈N/2⌉ (a floor of 100 kB for the first half keeps a ratio of two tiny numbers from failing). JSHeapUsedSize is still printed. Before each snapshot the stage must read the same for ~1 s and three animation frames must run (Chromium keeps per-frame events, such as the transcript's scroll events, and their targets until a frame is drawn).`,
  narrative: `Encounter (Encounter.start/choose over openInkStory, nothing saved) vs bare inkjs (new Story, Continue, currentChoices, ChooseChoiceIndex) on the same ${NARRATIVE.walksPerStory} seeded random walks per shipped story (same ink seed, same option indexes, checked), ${NARRATIVE.walksPerBatch} walks per batch, batches interleaved and alternating order, ${NARRATIVE.warmupRounds} warm-up rounds dropped, ${NARRATIVE.rounds} rounds; ratio = median runner round time ÷ median bare round time.`,
  analyzer:
    'analyzeScenario (compile, contract check, exploration of every distinct state, 200 seeded random walks checked against it: what npm run analyze does; the tests run 1,000) on every scenario in scenarios/, one after another in a cold child process stopped at its cap. Growth: a generated story (tools/bench/generate-story.ts, shaped like the shipped ones) at 1×, 4× and 16×, each in its own cold process; k is the exponent of time against size from the smallest to the largest size measured.',
};

async function main() {
  // The app's config resolves its scenarios folder against the working directory.
  process.chdir(root);
  const git = gitDescribe();
  log(`root ${root}${git.commit ? ` at ${git.commit.slice(0, 10)}${git.dirty ? ' (with uncommitted changes)' : ''}` : ''}; sections: ${[...wanted].join(', ')}`);
  const loadBefore = os.loadavg();
  if (runs < 7) log(`only ${runs} load run(s) per profile: the issue asks for at least 7; figures are indicative`);

  let scenario = args.scenario ?? '';
  if (wanted.has('bytes') || wanted.has('load') || wanted.has('play')) {
    let server: AppServer | null = null;
    try {
      log(args['skip-build'] ? 'serving the existing dist/' : 'building the app');
      server = await serveApp(root, { skipBuild: args['skip-build'] });
      if (server.buildMs !== null) log(`built in ${formatMs(server.buildMs)}; serving ${server.baseUrl}`);
      const catalogue = JSON.parse(readFileSync(path.join(server.distDir, 'catalogue.json'), 'utf8')) as { scenarios: { id: string; order: number }[] };
      const ids = catalogue.scenarios.map((s) => s.id);
      scenario ||= ids.includes('tutorial') ? 'tutorial' : [...catalogue.scenarios].sort((a, b) => a.order - b.order)[0]!.id;
      raw.scenario = scenario;
      await browserSections(server, scenario, new ByteCounter(server.distDir, new Set(ids)));
    } catch (error) {
      log(`browser sections failed: ${error instanceof Error ? error.stack : String(error)}`);
      if (wanted.has('bytes')) {
        figures.push(failed('bytes.beforeTitle.js', 'bytes', 'Bytes: JS requested before the title is interactive (gzip)', error, atMost(BUDGETS.titleJsBytes, '≤ 60 kB')));
        figures.push(failed('bytes.beforeFirstLine.total', 'bytes', 'Bytes: all requested before the first line of an encounter (gzip)', error, atMost(BUDGETS.firstLineBytes, '≤ 480 kB')));
      }
      if (wanted.has('load')) {
        figures.push(failed('load.desktop.firstLine', 'load', 'Load (127.0.0.1): click → first line complete', error, atMost(BUDGETS.firstLineDesktopMs, '≤ 300 ms')));
        figures.push(failed('load.phone.titleInteractive', 'load', 'Load (phone): navigation → title interactive', error, atMost(BUDGETS.titlePhoneMs, '≤ 3 s')));
        figures.push(failed('load.phone.firstLine', 'load', 'Load (phone): click → first line complete', error, atMost(BUDGETS.firstLinePhoneMs, '≤ 1.5 s')));
      }
    } finally {
      await server?.close();
    }
  }

  if (wanted.has('narrative')) {
    try {
      narrativeSection();
    } catch (error) {
      log(`narrative failed: ${error instanceof Error ? error.stack : String(error)}`);
      figures.push(failed('narrative.ratio', 'narrative', 'Narrative: encounter runner ÷ bare inkjs (ratio of medians)', error, atMost(BUDGETS.narrativeRatio, '≤ 1.15×')));
    }
  }

  if (wanted.has('analyzer')) {
    const result = await measureAnalyzer(root, {
      shippedCapMs: Number(args['analyzer-cap']) * 1000,
      generatedCapMs: Number(args['generated-cap']) * 1000,
      scales: [1, 4, 16],
      log,
    });
    raw.analyzer = result;
    analyzerFigures(result);
  }

  const order = SECTIONS as readonly string[];
  figures.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  const failing = figures.filter((f) => f.pass === false);
  const seconds = (Date.now() - startedAt) / 1000;

  console.log(renderTable(figures));
  console.log('');
  for (const [section, text] of Object.entries(DEFINITIONS)) if (wanted.has(section as SectionName)) console.log(`* ${section}: ${text}\n`);
  console.log(`${figures.filter((f) => f.pass === true).length} budgets pass, ${failing.length} fail${failing.length ? `: ${failing.map((f) => f.id).join(', ')}` : ''}. Took ${seconds.toFixed(0)} s; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} at the start.`);

  const out = path.resolve(args.out!);
  mkdirSync(path.dirname(out), { recursive: true });
  const json = {
    generatedAt: new Date(startedAt).toISOString(),
    durationSeconds: round(seconds, 1),
    root,
    git,
    environment: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, loadAverageAtStart: loadBefore, loadAverageAtEnd: os.loadavg(), chromium: raw.chromium ?? null },
    settings: { runs, warmup: WARMUP, encounters, chromiumArgs: CHROMIUM_ARGS, scenario: scenario || null, sections: [...wanted], budgets: BUDGETS, phoneNetwork: SLOW_4G, cpuSlowdown: CPU_SLOWDOWN },
    definitions: DEFINITIONS,
    pass: failing.length === 0,
    failing: failing.map((f) => f.id),
    figures,
    raw,
  };
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), out) || out}`);
  process.exit(failing.length > 0 ? 1 : 0);
}

if (!existsSync(path.join(root, 'vite.config.ts'))) {
  console.error(`bench: ${root} has no vite.config.ts`);
  process.exit(2);
}
main().catch((error) => {
  console.error(error);
  process.exit(2);
});

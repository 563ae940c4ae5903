/**
 * The leak check's verdict from the snapshots a playthrough took: pure, so a test can show it
 * passes the JIT warming up and fails a real leak.
 *
 * JSHeapUsedSize also counts the machine code V8 compiles as the game's functions get hot: it
 * grows by about a megabyte over the first encounters and then levels off, whether or not
 * anything leaks. So the heap budget is on the objects, and compiled code has its own check: it
 * must be levelling off, which code that leaks (fresh functions made and kept per encounter)
 * would not.
 */
import type { LeakSnapshot } from './browser-runs';
import { atMost, equalTo, failed, figure, type Budget, type Figure } from './report';

/** Below this, compiled code has stopped growing: a ratio against a few kB would be noise. */
export const CODE_GROWTH_FLOOR = 100_000;

/** The encounter after which the middle snapshot is taken. */
export const midpoint = (encounters: number): number => Math.ceil(encounters / 2);

export interface LeakBudgets {
  /** JS objects after the last encounter ÷ after the first. */
  heapRatio: number;
  /** Compiled code growth over the second half of the encounters ÷ over the first half. */
  codeLevelling: number;
}

/** What each budgeted leak figure is called and held to, shared by a verdict and a failed run. */
function budgeted(n: number, budgets: LeakBudgets) {
  const m = midpoint(n);
  const noGrowth = equalTo(0, '= 0 (no growth)');
  const counted = (label: string) => ({ label: `Play: ${label} after encounter ${n} − after 1`, budget: noGrowth });
  return {
    'play.heap.objects': {
      label: `Play: JS heap (objects, strings, closures) after encounter ${n} ÷ after encounter 1 (GC forced)`,
      budget: atMost(budgets.heapRatio, `≤ ${budgets.heapRatio.toFixed(2)}×`),
    },
    'play.heap.codeLevelling': {
      label: `Play: V8 compiled code growth, encounters ${m + 1}–${n} ÷ encounters 2–${m}`,
      budget: atMost(budgets.codeLevelling, `≤ ${budgets.codeLevelling.toFixed(2)} (levels off)`),
    },
    'play.textures': counted('Phaser textures'),
    'play.displayObjects': counted('Phaser display objects'),
    'play.listeners': counted('DOM event listeners'),
  } satisfies Record<string, { label: string; budget: Budget }>;
}

/** Every budgeted leak figure as failed, when the playthrough itself could not be run. */
export function leakFailures(options: { error: unknown; encounters: number; budgets: LeakBudgets }): Figure[] {
  return Object.entries(budgeted(options.encounters, options.budgets)).map(([id, { label, budget }]) => failed(id, 'play', label, options.error, budget));
}

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const kb = (b: number) => `${b >= 0 ? '+' : '−'}${(Math.abs(b) / 1000).toFixed(0)} kB`;

export function leakFigures(options: { snapshots: readonly LeakSnapshot[]; encounters: number; budgets: LeakBudgets }): Figure[] {
  const { snapshots, encounters: n, budgets } = options;
  const at = (encounter: number) => snapshots.find((s) => s.afterEncounter === encounter);
  const first = at(1);
  const middle = at(midpoint(n));
  const last = at(n);
  if (!first || !middle || !last) throw new Error(`the playthrough lacks a leak snapshot after encounter 1, ${midpoint(n)} or ${n}`);
  const named = budgeted(n, budgets);
  const breakdowns = first.breakdown && middle.breakdown && last.breakdown ? { first: first.breakdown, middle: middle.breakdown, last: last.breakdown } : null;
  const unmeasured = 'not measured: the heap snapshot failed';
  const objectsRatio = breakdowns ? breakdowns.last.js / breakdowns.first.js : null;
  const code = breakdowns ? { early: breakdowns.middle.code - breakdowns.first.code, late: breakdowns.last.code - breakdowns.middle.code } : null;
  const levelling = code ? code.late / Math.max(code.early, CODE_GROWTH_FLOOR) : null;
  const heapRatio = last.jsHeapUsedBytes / first.jsHeapUsedBytes;
  const counted = (id: 'play.textures' | 'play.displayObjects' | 'play.listeners', a: number | undefined, b: number | undefined) =>
    figure({
      id,
      section: 'play',
      ...named[id],
      value: a === undefined || b === undefined ? null : b - a,
      unit: 'count',
      text: a === undefined || b === undefined ? 'not measured: no ?diagnostics stage stats' : `${b - a >= 0 ? '+' : ''}${b - a} (${a} → ${b})`,
    });
  return [
    figure({
      id: 'play.heap.objects',
      section: 'play',
      ...named['play.heap.objects'],
      value: objectsRatio,
      unit: '×',
      text: breakdowns && objectsRatio !== null ? `${objectsRatio.toFixed(3)}× (${mb(breakdowns.first.js)} → ${mb(breakdowns.last.js)}, ${kb(breakdowns.last.js - breakdowns.first.js)})` : unmeasured,
      detail: breakdowns,
    }),
    figure({
      id: 'play.heap.codeLevelling',
      section: 'play',
      ...named['play.heap.codeLevelling'],
      value: levelling,
      unit: '×',
      text: code && levelling !== null ? `${levelling.toFixed(2)} (${kb(code.early)}, then ${kb(code.late)})` : unmeasured,
    }),
    figure({
      id: 'play.heap',
      section: 'play',
      label: `Play: JS heap as Chrome reports it (JSHeapUsedSize: both of the above), ${n} ÷ 1`,
      value: heapRatio,
      unit: '×',
      text: `${heapRatio.toFixed(3)}× (${mb(first.jsHeapUsedBytes)} → ${mb(last.jsHeapUsedBytes)})`,
    }),
    counted('play.textures', first.stage?.textures, last.stage?.textures),
    counted('play.displayObjects', first.stage?.displayObjects, last.stage?.displayObjects),
    counted('play.listeners', first.jsEventListeners, last.jsEventListeners),
    figure({ id: 'play.domNodes', section: 'play', label: `Play: DOM nodes after encounter ${n} − after 1`, value: last.domNodes - first.domNodes, unit: 'count', text: `${first.domNodes} → ${last.domNodes}` }),
  ];
}

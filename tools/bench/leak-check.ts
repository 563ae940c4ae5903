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
import { atMost, equalTo, figure, type Figure } from './report';

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

const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
const kb = (b: number) => `${b >= 0 ? '+' : '−'}${(Math.abs(b) / 1000).toFixed(0)} kB`;

export function leakFigures(options: { snapshots: readonly LeakSnapshot[]; encounters: number; budgets: LeakBudgets }): Figure[] {
  const { snapshots, encounters: n, budgets } = options;
  const at = (encounter: number) => snapshots.find((s) => s.afterEncounter === encounter);
  const first = at(1);
  const middle = at(midpoint(n));
  const last = at(n);
  if (!first || !middle || !last) throw new Error(`the playthrough lacks a leak snapshot after encounter 1, ${midpoint(n)} or ${n}`);
  const m = middle.afterEncounter;
  const breakdowns = first.breakdown && middle.breakdown && last.breakdown ? { first: first.breakdown, middle: middle.breakdown, last: last.breakdown } : null;
  const unmeasured = 'not measured: the heap snapshot failed';
  const objectsRatio = breakdowns ? breakdowns.last.js / breakdowns.first.js : null;
  const code = breakdowns ? { early: breakdowns.middle.code - breakdowns.first.code, late: breakdowns.last.code - breakdowns.middle.code } : null;
  const levelling = code ? code.late / Math.max(code.early, CODE_GROWTH_FLOOR) : null;
  const heapRatio = last.jsHeapUsedBytes / first.jsHeapUsedBytes;
  const counted = (id: string, label: string, a: number | undefined, b: number | undefined) =>
    figure({
      id,
      section: 'play',
      label: `Play: ${label} after encounter ${n} − after 1`,
      value: a === undefined || b === undefined ? null : b - a,
      unit: 'count',
      text: a === undefined || b === undefined ? 'not measured: no ?diagnostics stage stats' : `${b - a >= 0 ? '+' : ''}${b - a} (${a} → ${b})`,
      budget: equalTo(0, '= 0 (no growth)'),
    });
  return [
    figure({
      id: 'play.heap.objects',
      section: 'play',
      label: `Play: JS heap (objects, strings, closures) after encounter ${n} ÷ after encounter 1 (GC forced)`,
      value: objectsRatio,
      unit: '×',
      text: breakdowns && objectsRatio !== null ? `${objectsRatio.toFixed(3)}× (${mb(breakdowns.first.js)} → ${mb(breakdowns.last.js)}, ${kb(breakdowns.last.js - breakdowns.first.js)})` : unmeasured,
      budget: atMost(budgets.heapRatio, `≤ ${budgets.heapRatio.toFixed(2)}×`),
      detail: breakdowns,
    }),
    figure({
      id: 'play.heap.codeLevelling',
      section: 'play',
      label: `Play: V8 compiled code growth, encounters ${m + 1}–${n} ÷ encounters 2–${m}`,
      value: levelling,
      unit: '×',
      text: code && levelling !== null ? `${levelling.toFixed(2)} (${kb(code.early)}, then ${kb(code.late)})` : unmeasured,
      budget: atMost(budgets.codeLevelling, `≤ ${budgets.codeLevelling.toFixed(2)} (levels off)`),
    }),
    figure({
      id: 'play.heap',
      section: 'play',
      label: `Play: JS heap as Chrome reports it (JSHeapUsedSize: both of the above), ${n} ÷ 1`,
      value: heapRatio,
      unit: '×',
      text: `${heapRatio.toFixed(3)}× (${mb(first.jsHeapUsedBytes)} → ${mb(last.jsHeapUsedBytes)})`,
    }),
    counted('play.textures', 'Phaser textures', first.stage?.textures, last.stage?.textures),
    counted('play.displayObjects', 'Phaser display objects', first.stage?.displayObjects, last.stage?.displayObjects),
    counted('play.listeners', 'DOM event listeners', first.jsEventListeners, last.jsEventListeners),
    figure({ id: 'play.domNodes', section: 'play', label: `Play: DOM nodes after encounter ${n} − after 1`, value: last.domNodes - first.domNodes, unit: 'count', text: `${first.domNodes} → ${last.domNodes}` }),
  ];
}

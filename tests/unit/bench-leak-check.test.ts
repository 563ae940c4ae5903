import { describe, expect, it } from 'vitest';
import type { LeakSnapshot } from '../../tools/bench/browser-runs';
import { CODE_GROWTH_FLOOR, leakFailures, leakFigures } from '../../tools/bench/leak-check';

const budgets = { heapRatio: 1.1, codeLevelling: 0.5 };

/** A snapshot with the stage, listeners and DOM as they were after the first encounter. */
function snapshot(afterEncounter: number, heap: { js: number; code: number } | null): LeakSnapshot {
  return {
    afterEncounter,
    jsHeapUsedBytes: heap ? heap.js + heap.code : 7_000_000,
    jsEventListeners: 105,
    domNodes: 1928,
    stage: { textures: 17, displayObjects: 4, tweens: 0 },
    breakdown: heap ? { ...heap, native: 12_000_000 } : null,
  };
}

function verdicts(snapshots: LeakSnapshot[]) {
  return Object.fromEntries(leakFigures({ snapshots, encounters: 20, budgets }).map((f) => [f.id, f.pass]));
}

describe('the leak check after 20 encounters', () => {
  it('passes V8 compiling a megabyte of code as the game warms up, when objects hold steady', () => {
    const result = verdicts([
      snapshot(1, { js: 3_130_000, code: 3_630_000 }),
      snapshot(10, { js: 3_150_000, code: 4_550_000 }),
      snapshot(20, { js: 3_170_000, code: 4_670_000 }),
    ]);
    expect(result).toMatchObject({ 'play.heap.objects': true, 'play.heap.codeLevelling': true, 'play.textures': true });
    expect(result['play.heap']).toBeNull();
  });

  it('fails when objects pile up by more than a tenth', () => {
    const result = verdicts([
      snapshot(1, { js: 3_130_000, code: 3_630_000 }),
      snapshot(10, { js: 3_300_000, code: 4_550_000 }),
      snapshot(20, { js: 3_500_000, code: 4_670_000 }),
    ]);
    expect(result['play.heap.objects']).toBe(false);
  });

  it('fails when compiled code keeps growing as fast in the second half as in the first', () => {
    const result = verdicts([
      snapshot(1, { js: 3_130_000, code: 3_630_000 }),
      snapshot(10, { js: 3_150_000, code: 5_900_000 }),
      snapshot(20, { js: 3_170_000, code: 7_600_000 }),
    ]);
    expect(result['play.heap.codeLevelling']).toBe(false);
  });

  it('does not call a few kilobytes of late compiled code a trend when the code had already stopped growing', () => {
    const early = 10_000;
    const late = CODE_GROWTH_FLOOR * 0.3;
    const result = verdicts([
      snapshot(1, { js: 3_130_000, code: 4_600_000 }),
      snapshot(10, { js: 3_130_000, code: 4_600_000 + early }),
      snapshot(20, { js: 3_130_000, code: 4_600_000 + early + late }),
    ]);
    expect(result['play.heap.codeLevelling']).toBe(true);
  });

  it('fails, saying so, when the heap snapshots could not be taken', () => {
    const figures = leakFigures({ snapshots: [snapshot(1, null), snapshot(10, null), snapshot(20, null)], encounters: 20, budgets });
    const objects = figures.find((f) => f.id === 'play.heap.objects')!;
    expect(objects.pass).toBe(false);
    expect(objects.text).toMatch(/not measured/);
  });

  it('fails when a Phaser texture is left behind', () => {
    const leaky = { ...snapshot(20, { js: 3_130_000, code: 3_630_000 }), stage: { textures: 18, displayObjects: 4, tweens: 0 } };
    const result = verdicts([snapshot(1, { js: 3_130_000, code: 3_630_000 }), snapshot(10, { js: 3_130_000, code: 3_630_000 }), leaky]);
    expect(result['play.textures']).toBe(false);
  });

  it('refuses to judge without the snapshot from the middle of the run', () => {
    expect(() => verdicts([snapshot(1, { js: 1, code: 1 }), snapshot(20, { js: 1, code: 1 })])).toThrow(/after encounter 1, 10 or 20/);
  });

  it('fails every budgeted figure, under the same names, when the playthrough could not run', () => {
    const measured = leakFigures({ snapshots: [1, 10, 20].map((n) => snapshot(n, { js: 1, code: 1 })), encounters: 20, budgets });
    const failures = leakFailures({ error: new Error('the page crashed'), encounters: 20, budgets });
    expect(failures.map((f) => [f.id, f.label, f.pass])).toEqual(measured.filter((f) => f.budget).map((f) => [f.id, f.label, false]));
    expect(failures[0]!.text).toContain('the page crashed');
  });
});

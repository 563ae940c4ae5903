/** The benchmark's figures, their budgets, and the one table printed at the end. */

export type Section = 'bytes' | 'load' | 'play' | 'narrative' | 'analyzer';

export interface Budget {
  /** The figure passes when `value <= limit` (or `value === limit` for 'equal'). */
  kind: 'at-most' | 'equal';
  limit: number;
  /** How the budget reads in the table, e.g. "≤ 60 kB". */
  text: string;
}

export interface Figure {
  id: string;
  section: Section;
  label: string;
  /** The number the budget is checked against (null when the measurement failed or was stopped). */
  value: number | null;
  unit: string;
  /** How the value reads in the table. */
  text: string;
  budget?: Budget;
  /** True or false against the budget; null when there is no budget. */
  pass: boolean | null;
  /** Extra numbers kept in the JSON (samples, splits, spreads). */
  detail?: unknown;
}

export function figure(f: Omit<Figure, 'pass'> & { pass?: boolean | null }): Figure {
  let pass: boolean | null = f.pass ?? null;
  if (f.pass === undefined && f.budget) {
    if (f.value === null || !Number.isFinite(f.value)) pass = false;
    else pass = f.budget.kind === 'equal' ? f.value === f.budget.limit : f.value <= f.budget.limit;
  }
  return { ...f, pass };
}

export const atMost = (limit: number, text: string): Budget => ({ kind: 'at-most', limit, text });
export const equalTo = (limit: number, text: string): Budget => ({ kind: 'equal', limit, text });

/** A measurement that could not be taken: it fails its budget, and says why. */
export function failed(id: string, section: Section, label: string, error: unknown, budget?: Budget): Figure {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return figure({ id, section, label, value: null, unit: '', text: `not measured: ${message}`.slice(0, 160), budget });
}

export function renderTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'budget', 'pass/fail'];
  const rows = figures.map((f) => [f.label, f.text, f.budget?.text ?? '—', f.pass === null ? '—' : f.pass ? 'pass' : 'FAIL']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

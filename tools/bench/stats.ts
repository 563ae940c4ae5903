/** Small statistics helpers for the benchmark. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Spread {
  n: number;
  median: number;
  /** Interquartile range (p75 − p25). */
  iqr: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    median: median(values),
    iqr: quantile(values, 0.75) - quantile(values, 0.25),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export const round = (value: number, digits = 0) => Number(value.toFixed(digits));

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export const formatKb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function formatSpread(s: Spread): string {
  return `${formatMs(s.median)} (IQR ${formatMs(s.iqr)}, ${formatMs(s.min)}–${formatMs(s.max)}, n=${s.n})`;
}

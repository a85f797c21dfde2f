// Summaries across seeds: mean, spread and range, formatted for the validation table.
import { mean, sd } from './morris';

export interface Summary {
  n: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
  lo: number;
  hi: number;
}

/** Mean, sd, min, max and the 10th–90th percentile range of finite values. */
export function summarise(xs: number[]): Summary {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!v.length) return { n: 0, mean: NaN, sd: NaN, min: NaN, max: NaN, lo: NaN, hi: NaN };
  const q = (p: number) => {
    const i = p * (v.length - 1);
    const a = Math.floor(i);
    return v[a] + (v[Math.min(v.length - 1, a + 1)] - v[a]) * (i - a);
  };
  return { n: v.length, mean: mean(v), sd: sd(v), min: v[0], max: v[v.length - 1], lo: q(0.1), hi: q(0.9) };
}

/** Number with sensible precision for a table cell. */
export function fmt(x: number, unit: '' | '%' | '£m' = ''): string {
  if (!Number.isFinite(x)) return '–';
  if (unit === '%') return `${(x * 100).toFixed(Math.abs(x) < 0.1 ? 2 : 1)}%`;
  const a = Math.abs(x);
  const s = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : a >= 1 ? x.toFixed(2) : x.toFixed(3);
  return unit === '£m' ? `£${s}m` : s;
}

/** "mean (min–max, n seeds)" */
export function fmtSummary(s: Summary, unit: '' | '%' | '£m' = ''): string {
  if (!s.n) return 'no data';
  return `${fmt(s.mean, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

/** Annual compound growth rate of a series from its first to its last value. */
export function cagr(series: number[]): number {
  const v = series.filter((x) => Number.isFinite(x) && x > 0);
  if (v.length < 2) return NaN;
  return (v[v.length - 1] / v[0]) ** (1 / (v.length - 1)) - 1;
}

// Summaries across seeds, formatted for the validation tables.
import { quantile, summaryStats, type SummaryStats } from '../engine/stats';

/** A summary across seeds, with the 10th–90th percentile range (lo, hi) the figures shade. */
export interface SeedSummary extends SummaryStats {
  lo: number;
  hi: number;
}

/** Summary statistics of the finite values, plus their 10th and 90th percentiles. */
export function summariseAcrossSeeds(xs: readonly number[]): SeedSummary {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return { ...summaryStats(sorted), lo: quantile(sorted, 0.1), hi: quantile(sorted, 0.9) };
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
export function fmtSummary(s: SeedSummary, unit: '' | '%' | '£m' = ''): string {
  if (!s.n) return 'no data';
  return `${fmt(s.mean, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})`;
}

/** Annual compound growth rate of a series from its first to its last value. */
export function cagr(series: readonly number[]): number {
  const v = series.filter((x) => Number.isFinite(x) && x > 0);
  if (v.length < 2) return NaN;
  return (v[v.length - 1] / v[0]) ** (1 / (v.length - 1)) - 1;
}

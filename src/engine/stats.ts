// Descriptive statistics for ensembles, sweeps, validation and benchmarks: one definition of
// each (quantiles are R's type 7, sd the sample standard deviation), so a number means the
// same wherever it is printed.

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** Arithmetic mean, summed in the order given; NaN when empty. */
export function mean(xs: readonly number[]): number {
  return xs.length ? sum(xs) / xs.length : NaN;
}

/** Sample standard deviation (n − 1); NaN for fewer than two values. */
export function sampleSd(xs: readonly number[], m = mean(xs)): number {
  if (xs.length < 2) return NaN;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Quantile of sorted values with linear interpolation between order statistics (R type 7, numpy's default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** `x` rounded to `digits` decimal places (halves away from zero on the scaled value, as Math.round). */
export function roundTo(x: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(x * scale) / scale;
}

export interface SummaryStats {
  n: number;
  mean: number;
  sd: number;
  min: number;
  p05: number;
  median: number;
  p95: number;
  max: number;
}

/** The statistics of a SummaryStats, in the order summaries print them. */
export const SUMMARY_STATS = ['n', 'mean', 'sd', 'min', 'p05', 'median', 'p95', 'max'] as const;

/**
 * Summary of the finite values of a sample. Values are sorted first and summed in sorted
 * order, so the result does not depend on the order they arrived in (runs finishing on
 * different workers).
 */
export function summaryStats(xs: readonly number[]): SummaryStats {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  const n = s.length;
  const m = mean(s);
  return {
    n,
    mean: m,
    sd: sampleSd(s, m),
    min: n ? s[0] : NaN,
    p05: quantile(s, 0.05),
    median: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    max: n ? s[n - 1] : NaN,
  };
}

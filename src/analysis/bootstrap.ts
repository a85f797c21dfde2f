// Percentile bootstrap intervals (Efron & Tibshirani 1993, ch. 13), seeded so an interval is
// the same on every machine: resample the units (trajectories, base samples) with
// replacement, recompute the statistic, and take the empirical quantiles of the replicates.
import { Rng } from '../model/rng';
import { quantile } from '../engine/stats';

export interface Interval {
  lo: number;
  hi: number;
}

/** A seeded generator for one purpose (the analysis's, apart from the model's streams). */
export function analysisRng(seed: number, purpose: number): Rng {
  return new Rng(seed, purpose, 0x2545f491, 0x9e3779b9);
}

/** Indices 0..n-1 drawn n times with replacement. */
export function resample(n: number, rng: Rng): number[] {
  return Array.from({ length: n }, () => rng.int(n));
}

/** The central `level` interval of bootstrap replicates (non-finite replicates are left out); NaN when there are none. */
export function percentileInterval(replicates: readonly number[], level: number): Interval {
  const s = replicates.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return { lo: NaN, hi: NaN };
  const tail = (1 - level) / 2;
  return { lo: quantile(s, tail), hi: quantile(s, 1 - tail) };
}

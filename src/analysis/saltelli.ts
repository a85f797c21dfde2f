// Variance-based sensitivity: Sobol' first-order (S1) and total-order (ST) indices from
// Saltelli's (2010) sampling scheme with Jansen's (1999) estimators, the pair Saltelli et al.
// (2010, Table 2, rows (f)) recommend. Two independent N × k matrices A and B are taken from
// one 2k-dimensional Sobol' sequence (A its first k coordinates, B the last k); A_B^(i) is A
// with its i-th column from B. With f evaluated at every row of A, B and each A_B^(i)
// (N(k + 2) evaluations) and V the variance of the 2N values f(A), f(B):
//   S1_i = [V − (1/2N) Σ_j (f(B)_j − f(A_B^(i))_j)²] / V      (Jansen's first-order estimator)
//   ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V            (Jansen's total-effect estimator)
// Confidence intervals: percentile bootstrap over the N base rows (Archer et al. 1997).
import { mean } from '../engine/stats';
import { analysisRng, percentileInterval, resample } from './bootstrap';
import { MAX_SOBOL_DIMENSIONS, SobolSequence } from './sobol-sequence';

/** Most factors a Saltelli design can have here (2k dimensions of the Sobol' sequence). */
export const MAX_SOBOL_FACTORS = Math.floor(MAX_SOBOL_DIMENSIONS / 2);

export interface SaltelliDesign {
  /** Factors (k). */
  factors: number;
  /** Base samples (N). */
  samples: number;
  /**
   * Points in the unit cube in evaluation order: for each base row j, A_j, B_j, then
   * A_B^(1)_j … A_B^(k)_j (so a batch cut anywhere keeps each row's points together).
   */
  points: number[][];
}

export function saltelliDesign(factors: number, samples: number): SaltelliDesign {
  if (!Number.isInteger(factors) || factors < 1 || factors > MAX_SOBOL_FACTORS)
    throw new Error(`a Sobol' analysis here takes 1 to ${MAX_SOBOL_FACTORS} factors, not ${factors}`);
  if (!Number.isInteger(samples) || samples < 2) throw new Error(`Saltelli sampling needs N ≥ 2, not ${samples}`);
  const seq = new SobolSequence(2 * factors);
  const points: number[][] = [];
  for (let j = 0; j < samples; j++) {
    const u = seq.next();
    const a = u.slice(0, factors);
    const b = u.slice(factors);
    points.push(a, b);
    for (let i = 0; i < factors; i++) points.push(a.map((x, c) => (c === i ? b[i] : x)));
  }
  return { factors, samples, points };
}

export interface SobolIndex {
  /** Factor's position in the design. */
  factor: number;
  S1: number;
  S1Lo: number;
  S1Hi: number;
  ST: number;
  STLo: number;
  STHi: number;
}

export interface SobolEstimation {
  bootstrap?: number;
  level?: number;
  seed?: number;
}

/** The outputs split by matrix: fA[j], fB[j], fAB[i][j]. */
function split(d: SaltelliDesign, y: readonly number[]): { fA: number[]; fB: number[]; fAB: number[][] } {
  const k = d.factors;
  const fA: number[] = [];
  const fB: number[] = [];
  const fAB: number[][] = Array.from({ length: k }, () => []);
  for (let j = 0; j < d.samples; j++) {
    const off = j * (k + 2);
    fA.push(y[off]);
    fB.push(y[off + 1]);
    for (let i = 0; i < k; i++) fAB[i].push(y[off + 2 + i]);
  }
  return { fA, fB, fAB };
}

/** Jansen's S1 and ST of every factor over the base rows `rows` (all of them, or a bootstrap resample). */
function jansen(fA: number[], fB: number[], fAB: number[][], rows: readonly number[]): { S1: number; ST: number }[] {
  const both = [...rows.map((j) => fA[j]), ...rows.map((j) => fB[j])];
  const m = mean(both);
  const v = both.reduce((s, x) => s + (x - m) ** 2, 0) / (both.length - 1);
  const n = rows.length;
  return fAB.map((ab) => {
    let first = 0;
    let total = 0;
    for (const j of rows) {
      first += (fB[j] - ab[j]) ** 2;
      total += (fA[j] - ab[j]) ** 2;
    }
    // A constant output has no variance to apportion: its indices are undefined (NaN).
    return v > 0 ? { S1: (v - first / (2 * n)) / v, ST: total / (2 * n) / v } : { S1: NaN, ST: NaN };
  });
}

/** S1 and ST of each factor, with percentile bootstrap intervals, from outputs in design order. */
export function sobolIndices(d: SaltelliDesign, y: readonly number[], opts: SobolEstimation = {}): SobolIndex[] {
  const expected = d.samples * (d.factors + 2);
  if (y.length !== expected) throw new Error(`Sobol': expected ${expected} outputs, got ${y.length}`);
  const { fA, fB, fAB } = split(d, y);
  const all = Array.from({ length: d.samples }, (_, j) => j);
  const point = jansen(fA, fB, fAB, all);
  const rng = analysisRng(opts.seed ?? 7, 0x736f626c);
  const bootstrap = opts.bootstrap ?? 1000;
  const level = opts.level ?? 0.95;
  const reps = Array.from({ length: bootstrap }, () => jansen(fA, fB, fAB, resample(d.samples, rng)));
  return point.map((p, i) => {
    const s1 = percentileInterval(
      reps.map((r) => r[i].S1),
      level,
    );
    const st = percentileInterval(
      reps.map((r) => r[i].ST),
      level,
    );
    return { factor: i, S1: p.S1, S1Lo: s1.lo, S1Hi: s1.hi, ST: p.ST, STLo: st.lo, STHi: st.hi };
  });
}

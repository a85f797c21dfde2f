// Sobol' indices by Saltelli sampling and Jansen's estimators, on functions whose indices are
// known analytically: the Ishigami function (Ishigami & Homma 1990) and Sobol's g-function.
import { describe, expect, it } from 'vitest';
import { MAX_SOBOL_FACTORS, saltelliDesign, sobolIndices } from '../../src/analysis/saltelli';

/** Ishigami on [-π, π]^3 with a = 7, b = 0.1. */
const ishigami = (u: number[]): number => {
  const [x1, x2, x3] = u.map((x) => -Math.PI + 2 * Math.PI * x);
  return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
};
// Analytic: V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2; V1 = (1 + bπ⁴/5)²/2; V2 = a²/8; V13 = b²π⁸(1/18 − 1/50).
const a = 7;
const b = 0.1;
const V = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = (1 + (b * Math.PI ** 4) / 5) ** 2 / 2;
const V2 = a ** 2 / 8;
const V13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
const ISHIGAMI = { S1: [V1 / V, V2 / V, 0], ST: [(V1 + V13) / V, V2 / V, V13 / V] };

/** Sobol's g-function: Π (|4x − 2| + a_i) / (1 + a_i); small a_i, important factor. */
const G_A = [0, 1, 4.5, 9, 99, 99];
const g = (u: number[]): number => u.reduce((p, x, i) => (p * (Math.abs(4 * x - 2) + G_A[i])) / (1 + G_A[i]), 1);
const Vi = G_A.map((ai) => 1 / (3 * (1 + ai) ** 2));
const VG = Vi.reduce((p, v) => p * (1 + v), 1) - 1;
const G = {
  S1: Vi.map((v) => v / VG),
  ST: Vi.map((v, i) => (v * Vi.reduce((p, w, j) => (j === i ? p : p * (1 + w)), 1)) / VG),
};

function estimate(f: (u: number[]) => number, k: number, n: number, bootstrap = 200) {
  const d = saltelliDesign(k, n);
  return sobolIndices(d, d.points.map(f), { bootstrap, seed: 11 });
}

describe("Sobol' indices (Saltelli 2010 sampling, Jansen estimators)", () => {
  it('recovers the Ishigami function’s first- and total-order indices', () => {
    const idx = estimate(ishigami, 3, 8192);
    idx.forEach((x, i) => {
      expect(Math.abs(x.S1 - ISHIGAMI.S1[i])).toBeLessThan(0.02);
      expect(Math.abs(x.ST - ISHIGAMI.ST[i])).toBeLessThan(0.02);
    });
    // x3 acts only through its interaction with x1: no first-order effect, a total one.
    expect(idx[2].ST).toBeGreaterThan(0.2);
  });

  it("recovers the g-function's indices, in the order of the a_i", () => {
    const idx = estimate(g, G_A.length, 4096);
    idx.forEach((x, i) => {
      expect(Math.abs(x.S1 - G.S1[i])).toBeLessThan(0.03);
      expect(Math.abs(x.ST - G.ST[i])).toBeLessThan(0.03);
    });
    for (let i = 1; i < G_A.length - 1; i++) expect(idx[i].ST).toBeLessThan(idx[i - 1].ST);
  });

  it('brackets each index with its bootstrap interval, which narrows as N grows', () => {
    const small = estimate(ishigami, 3, 256);
    const large = estimate(ishigami, 3, 4096);
    for (const x of small) {
      expect(x.S1Lo).toBeLessThanOrEqual(x.S1Hi);
      expect(x.STLo).toBeLessThanOrEqual(x.STHi);
    }
    const width = (xs: typeof small) => xs.reduce((s, x) => s + (x.STHi - x.STLo), 0);
    expect(width(large)).toBeLessThan(width(small) / 2);
    // The analytic value lies within the interval of the larger design.
    large.forEach((x, i) => {
      expect(ISHIGAMI.ST[i]).toBeGreaterThan(x.STLo - 0.01);
      expect(ISHIGAMI.ST[i]).toBeLessThan(x.STHi + 0.01);
    });
  });

  it('is deterministic for a seed, and gives undefined indices for a constant output', () => {
    expect(estimate(ishigami, 3, 64)).toEqual(estimate(ishigami, 3, 64));
    const flat = estimate(() => 1, 2, 16);
    expect(flat.every((x) => Number.isNaN(x.S1) && Number.isNaN(x.ST))).toBe(true);
  });

  it('lays the design out row by row: A_j, B_j, then A_B^(i)_j taking column i from B', () => {
    const d = saltelliDesign(3, 8);
    expect(d.points).toHaveLength(8 * 5);
    for (let j = 0; j < 8; j++) {
      const [A, B, ...AB] = d.points.slice(j * 5, j * 5 + 5);
      AB.forEach((p, i) => expect(p).toEqual(A.map((x, c) => (c === i ? B[c] : x))));
    }
    expect(() => saltelliDesign(MAX_SOBOL_FACTORS + 1, 8)).toThrow(/factors/);
    expect(() => sobolIndices(d, [1, 2])).toThrow(/expected 40 outputs/);
  });
});

// The Sobol' sequence: Joe & Kuo's direction numbers are well formed, the first points are the
// published ones, and the points have the equidistribution that makes them low-discrepancy.
import { describe, expect, it } from 'vitest';
import { JOE_KUO } from '../../src/analysis/joe-kuo';
import { MAX_SOBOL_DIMENSIONS, SobolSequence, sobolPoints } from '../../src/analysis/sobol-sequence';

/** x^n mod p over GF(2), p of degree s given with its leading bit. */
function order(p: number, s: number): number {
  let y = 2;
  for (let n = 1; n <= 2 ** s; n++) {
    if (y === 1) return n;
    y <<= 1;
    if (y & (1 << s)) y ^= p;
  }
  return -1;
}

describe("Sobol' sequence", () => {
  it('has a primitive polynomial for every dimension, each once, and valid initial numbers', () => {
    const counts: Record<number, number> = {};
    const seen = new Set<string>();
    for (const { s, a, m } of JOE_KUO) {
      counts[s] = (counts[s] ?? 0) + 1;
      seen.add(`${s}/${a}`);
      if (s > 1) expect(order((1 << s) | (a << 1) | 1, s), `degree ${s}, a ${a}`).toBe(2 ** s - 1);
      m.forEach((x, i) => {
        expect(x % 2).toBe(1);
        expect(x).toBeLessThan(2 ** (i + 1));
      });
    }
    // Every primitive polynomial of degree 1 to 10 (OEIS A011260).
    expect(counts).toEqual({ 1: 1, 2: 1, 3: 2, 4: 2, 5: 6, 6: 6, 7: 18, 8: 16, 9: 48, 10: 60 });
    expect(seen.size).toBe(JOE_KUO.length);
    expect(MAX_SOBOL_DIMENSIONS).toBe(161);
  });

  it('starts with the published points', () => {
    // As scipy.stats.qmc.Sobol(d=3, scramble=False) and Joe & Kuo's generator give them.
    expect(sobolPoints(8, 3)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
    ]);
  });

  it('puts one of the first 2^m points in each interval of width 2^-m, in every dimension', () => {
    const m = 8;
    const pts = sobolPoints(2 ** m, MAX_SOBOL_DIMENSIONS);
    for (let d = 0; d < MAX_SOBOL_DIMENSIONS; d++) {
      const cells = new Set(pts.map((p) => Math.floor(p[d] * 2 ** m)));
      expect(cells.size, `dimension ${d + 1}`).toBe(2 ** m);
    }
  });

  it("gives scipy.stats.qmc.Sobol(d=161, scramble=False, bits=32)'s first 4,096 points, all dimensions", () => {
    // A weighted sum of every coordinate as a 32-bit integer, computed from scipy 1.17's points.
    let sum = 0n;
    sobolPoints(4096, 161).forEach((p, n) =>
      p.forEach((x, d) => {
        sum += BigInt(x * 2 ** 32) * BigInt(((n * 161 + d) % 997) + 1);
      }),
    );
    expect(sum).toBe(706149412046372864n);
  });

  it('keeps 2-D projections of the first 256 points within Joe & Kuo’s small t-values (t ≤ 6)', () => {
    // With t ≤ 6, every elementary box of area 2^(t−8) = 1/4 holds 2^t = 64 of the 256 points
    // (the worst pair among the first 40 dimensions has t = 6).
    const pts = sobolPoints(256, 40);
    for (let i = 0; i < 40; i++)
      for (let j = i + 1; j < 40; j++) {
        const counts = [0, 0, 0, 0];
        for (const p of pts) counts[Math.floor(p[i] * 2) * 2 + Math.floor(p[j] * 2)]++;
        expect(counts, `dimensions ${i + 1} and ${j + 1}`).toEqual([64, 64, 64, 64]);
      }
    // The first two dimensions form a (0, m, 2)-net: every box of area 1/256 holds one point.
    for (let a = 0; a <= 8; a++) {
      const boxes = new Set(pts.map((p) => Math.floor(p[0] * 2 ** a) * 2 ** (8 - a) + Math.floor(p[1] * 2 ** (8 - a))));
      expect(boxes.size).toBe(256);
    }
  });

  it('refuses dimensions it has no direction numbers for', () => {
    expect(() => new SobolSequence(0)).toThrow(/1 to 161/);
    expect(() => new SobolSequence(162)).toThrow(/1 to 161/);
  });
});

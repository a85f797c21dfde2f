import { describe, expect, it } from 'vitest';
import {
  designPoints,
  morrisDesign,
  morrisIndices,
  toValues,
  trajectoryDistance,
  type Factor,
} from '../../src/analysis/morris';

const factors: Factor[] = [
  { id: 'a', lo: 0, hi: 2 },
  { id: 'b', lo: -1, hi: 1 },
  { id: 'c', lo: 10, hi: 20 },
];

function run(f: (v: Record<string, number>) => number, r = 10) {
  const d = morrisDesign(factors, { trajectories: r, levels: 4, candidates: 30, seed: 3 });
  return morrisIndices(
    d,
    designPoints(d).map((u) => f(toValues(factors, u))),
  );
}

describe('Morris elementary effects', () => {
  it('gives μ* = |coefficient| × range and σ = 0 for a linear model, and 0 for an input that does nothing', () => {
    const idx = run((v) => 3 * v.a - 5 * v.b + 0 * v.c + 1);
    expect(idx[0].muStar).toBeCloseTo(3 * 2, 10);
    expect(idx[0].mu).toBeCloseTo(6, 10);
    expect(idx[1].muStar).toBeCloseTo(5 * 2, 10);
    expect(idx[1].mu).toBeCloseTo(-10, 10);
    expect(idx[2].muStar).toBe(0);
    for (const i of idx) expect(i.sigma).toBeCloseTo(0, 10);
  });

  it('shows an interaction as σ > 0 and a sign-changing effect as μ ≈ 0 < μ*', () => {
    // y = a·b: the effect of a depends on b (and changes sign with it).
    const idx = run((v) => v.a * v.b, 40);
    expect(idx[0].sigma).toBeGreaterThan(0.3);
    expect(idx[0].muStar).toBeGreaterThan(Math.abs(idx[0].mu));
    expect(idx[2].muStar).toBe(0);
  });

  it('keeps every design point inside the unit cube and on the grid', () => {
    const d = morrisDesign(factors, { trajectories: 20, levels: 6, seed: 9 });
    for (const p of designPoints(d))
      for (const x of p) {
        expect(x).toBeGreaterThanOrEqual(-1e-12);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.abs(x * 5 - Math.round(x * 5))).toBeLessThan(1e-9);
      }
    // Each step changes exactly one factor, each factor once per trajectory.
    for (const t of d.trajectories) {
      expect([...t.order].sort()).toEqual([0, 1, 2]);
      for (let j = 0; j < t.order.length; j++) {
        const changed = t.points[j].map((x, i) => (x !== t.points[j + 1][i] ? i : -1)).filter((i) => i >= 0);
        expect(changed).toEqual([t.order[j]]);
      }
    }
  });

  it('picks more spread trajectories from candidates (Campolongo 2007)', () => {
    const total = (ts: ReturnType<typeof morrisDesign>['trajectories']) =>
      ts.reduce((s, a, i) => s + ts.slice(i + 1).reduce((u, b) => u + trajectoryDistance(a, b), 0), 0);
    const plain = morrisDesign(factors, { trajectories: 6, seed: 5 });
    const spread = morrisDesign(factors, { trajectories: 6, candidates: 40, seed: 5 });
    expect(total(spread.trajectories)).toBeGreaterThan(total(plain.trajectories));
  });

  it('rejects a bad design with a clear message', () => {
    expect(() => morrisDesign(factors, { trajectories: 4, levels: 5 })).toThrow(/even/);
    expect(() => morrisDesign([{ id: 'x', lo: 1, hi: 1 }], { trajectories: 4 })).toThrow(/x/);
    const d = morrisDesign(factors, { trajectories: 2 });
    expect(() => morrisIndices(d, [1, 2])).toThrow(/expected 8 outputs/);
  });

  it('brackets μ, μ* and σ with their bootstrap intervals, the same for a seed', () => {
    const idx = run((v) => v.a ** 2 + v.b + v.a * v.c, 20);
    for (const i of idx) {
      expect(i.muStarLo).toBeLessThanOrEqual(i.muStar + 1e-12);
      expect(i.muStarHi).toBeGreaterThanOrEqual(i.muStar - 1e-12);
      expect(i.muLo).toBeLessThanOrEqual(i.mu + 1e-12);
      expect(i.muHi).toBeGreaterThanOrEqual(i.mu - 1e-12);
      expect(i.sigmaLo).toBeLessThanOrEqual(i.sigmaHi);
    }
    // a acts non-linearly and with c: its σ interval is clear of zero; b is linear: σ = 0.
    expect(idx[0].sigmaLo).toBeGreaterThan(0);
    expect(idx[1].sigmaHi).toBeCloseTo(0, 10);
    expect(run((v) => v.a ** 2 + v.b + v.a * v.c, 20)).toEqual(idx);
  });
});

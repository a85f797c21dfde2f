// The directional suite's arithmetic: Student's t quantiles against tabled values, the paired
// interval, the verdict rules, and one direction run small (3 seeds, 2 years) to check that
// the interval is the t interval of the per-seed differences of the two arms. The full suite
// runs in `npm run validate`, not here.
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, type Direction, type DirectionCheck } from '../../src/validation/directions';
import { ArmRuns, evaluateDirection, judge } from '../../src/validation/directions-run';
import { pairedInterval, studentTCdf, studentTQuantile } from '../../src/validation/t-interval';

describe('Student t interval', () => {
  it('matches tabled quantiles', () => {
    // Two-sided 95% (and one 99%) critical values, e.g. Abramowitz & Stegun table 26.10.
    const table: [number, number, number][] = [
      [0.975, 1, 12.7062047],
      [0.975, 2, 4.30265273],
      [0.975, 4, 2.77644511],
      [0.975, 9, 2.26215716],
      [0.975, 11, 2.20098516],
      [0.975, 29, 2.04522964],
      [0.995, 5, 4.03214298],
    ];
    for (const [p, df, t] of table) expect(studentTQuantile(p, df)).toBeCloseTo(t, 6);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-2.26215716, 6);
    expect(studentTCdf(0, 7)).toBeCloseTo(0.5, 12);
    expect(studentTCdf(2.26215716, 9)).toBeCloseTo(0.975, 8);
  });

  it('gives mean ± t·sd/√n for paired differences', () => {
    const iv = pairedInterval([1, 2, 3, 4, 5]);
    const half = (2.77644511 * Math.sqrt(2.5)) / Math.sqrt(5);
    expect(iv.mean).toBe(3);
    expect(iv.lo).toBeCloseTo(3 - half, 6);
    expect(iv.hi).toBeCloseTo(3 + half, 6);
    expect(Number.isNaN(pairedInterval([1]).lo)).toBe(true);
  });

  it('judges each kind of expectation by the side of zero (or the margin) the interval lies on', () => {
    const iv = (lo: number, hi: number) => ({ n: 10, mean: (lo + hi) / 2, sd: 1, lo, hi, level: 0.95 });
    const c = (expect: DirectionCheck['expect'], margin?: number): DirectionCheck => ({
      output: 'x',
      of: () => 0,
      expect,
      margin,
      unit: '',
    });
    expect(judge(c('increase'), iv(0.1, 2))).toBe(true);
    expect(judge(c('increase'), iv(-0.1, 2))).toBe(false);
    expect(judge(c('decrease'), iv(-2, -0.1))).toBe(true);
    expect(judge(c('decrease'), iv(-2, 0.1))).toBe(false);
    expect(judge(c('no-large-fall', 0.05), iv(-0.04, 0.3))).toBe(true);
    expect(judge(c('no-large-fall', 0.05), iv(-0.06, 0.3))).toBe(false);
    expect(judge(c('no-large-rise', 0.05), iv(-0.3, 0.04))).toBe(true);
    expect(judge(c('no-large-rise', 0.05), iv(-0.3, 0.06))).toBe(false);
    expect(judge(c('increase'), iv(NaN, NaN))).toBe(false);
  });
});

describe('directional suite', () => {
  it('has sixteen directions, each with two different arms and at least one check', () => {
    expect(DIRECTIONS).toHaveLength(16);
    expect(new Set(DIRECTIONS.map((d) => d.id)).size).toBe(16);
    for (const d of DIRECTIONS) {
      expect(JSON.stringify(d.a)).not.toBe(JSON.stringify(d.b));
      expect(d.checks.length).toBeGreaterThan(0);
      expect(d.arises.length).toBeGreaterThan(10);
    }
  });

  it('computes the interval from the per-seed differences of the two arms (3 seeds, 2 years)', () => {
    const d1 = DIRECTIONS.find((d) => d.id === 'D14')!;
    const small: Direction = { ...d1, a: { ...d1.a, years: 2 }, b: { ...d1.b, years: 2 } };
    const seeds = [11, 12, 13];
    const runs = new ArmRuns();
    const a = seeds.map((s) => runs.get(small.a, s));
    const b = seeds.map((s) => runs.get(small.b, s));
    const res = evaluateDirection(small, seeds, a, b);
    const diffs = seeds.map((_, i) => small.checks[0].of(b[i]) - small.checks[0].of(a[i]));
    const want = pairedInterval(diffs);
    expect(res.checks[0].interval.mean).toBe(want.mean);
    expect(res.checks[0].interval.lo).toBe(want.lo);
    expect(res.checks[0].interval.hi).toBe(want.hi);
    expect(res.pass).toBe(judge(small.checks[0], want));
    // The same arm and seed is run once.
    expect(runs.get(small.a, 11)).toBe(a[0]);
    expect(runs.runs).toBe(6);
  });
});

import { describe, expect, it } from 'vitest';
import { Rng, hash32, makeStreams, runSeed, streamFor } from '../../src/model/rng';

describe('seeded streams', () => {
  it('gives the same draws for the same seed and stream name', () => {
    const a = streamFor(42, 'demand');
    const b = streamFor(42, 'demand');
    for (let i = 0; i < 100; i++) expect(a.nextU32()).toBe(b.nextU32());
  });
  it('gives independent streams per purpose and per seed', () => {
    const a = streamFor(42, 'demand').next();
    const b = streamFor(42, 'tender').next();
    const c = streamFor(43, 'demand').next();
    expect(new Set([a, b, c]).size).toBe(3);
  });
  it('draws uniforms in [0,1) with the right mean and normals with the right moments', () => {
    const r = new Rng(1, 2, 3, 4);
    let s = 0;
    let s2 = 0;
    let n = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < 20000; i++) {
      const u = r.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      s += u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(s / 20000).toBeCloseTo(0.5, 1);
    s = 0;
    for (let i = 0; i < 20000; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
      n++;
    }
    expect(s / n).toBeCloseTo(0, 1);
    expect(s2 / n).toBeCloseTo(1, 1);
  });
  it('derives ensemble seeds from the root seed and run index only', () => {
    expect(runSeed(5, 3)).toBe(runSeed(5, 3));
    expect(runSeed(5, 3)).not.toBe(runSeed(5, 4));
    expect(hash32('x')).not.toBe(hash32('y'));
    expect(Object.keys(makeStreams(1))).toContain('bargaining');
  });
});

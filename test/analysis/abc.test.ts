// ABC-SMC on toy models whose posterior is known: it finds the parameter, narrows generation
// by generation, weights and summaries are right, and a seed gives one answer.
import { describe, expect, it } from 'vitest';
import { abcSmc, effectiveSampleSize, weightedSummary, type AbcOptions } from '../../src/analysis/abc';
import { Rng } from '../../src/model/rng';

/** y = θ1 + noise and z = θ2 (noise seeded by the evaluation number); targets y = 4 ± 0.5, z = 7 ± 1. */
function toy(thetas: number[][], first: number): Promise<number[]> {
  return Promise.resolve(
    thetas.map((t, i) => {
      const noise = new Rng(first + i, 1, 2, 3).normal(0, 0.2);
      return Math.max(Math.abs(t[0] + noise - 4) / 0.5, Math.abs(t[1] - 7) / 1);
    }),
  );
}

const OPTS: AbcOptions = {
  priors: [
    { lo: 0, hi: 10 },
    { lo: 0, hi: 10 },
  ],
  particles: 200,
  generations: 8,
  quantile: 0.5,
  finalEpsilon: 1,
  maxEvaluations: 20_000,
  seed: 5,
};

describe('ABC-SMC', () => {
  it('concentrates on the parameters that meet the targets, generation by generation', async () => {
    const r = await abcSmc(OPTS, toy);
    expect(r.reason).toBe('target');
    const last = r.generations.at(-1)!;
    expect(last.epsilon).toBe(1);
    expect(last.particles).toHaveLength(200);
    expect(last.particles.every((p) => p.distance <= 1)).toBe(true);
    const s0 = weightedSummary(
      last.particles.map((p) => p.theta[0]),
      last.particles.map((p) => p.weight),
    );
    const s1 = weightedSummary(
      last.particles.map((p) => p.theta[1]),
      last.particles.map((p) => p.weight),
    );
    expect(Math.abs(s0.mean - 4)).toBeLessThan(0.15);
    expect(Math.abs(s1.mean - 7)).toBeLessThan(0.3);
    // θ1 is pinned more tightly (tolerance 0.5) than θ2 (tolerance 1, no noise): about uniform on 4 ± 0.5 and 7 ± 1.
    expect(s0.sd).toBeLessThan(s1.sd);
    expect(s1.p05).toBeGreaterThan(5.8);
    expect(s1.p95).toBeLessThan(8.2);
    // Tolerances decrease; weights sum to 1; each generation's ESS is at most N.
    const eps = r.generations.slice(1).map((g) => g.epsilon!);
    eps.slice(1).forEach((e, i) => expect(e).toBeLessThanOrEqual(eps[i]));
    for (const g of r.generations) {
      expect(g.particles.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
      expect(g.ess).toBeLessThanOrEqual(200 + 1e-9);
      expect(g.ess).toBeGreaterThan(20);
      expect(g.proposals).toBeGreaterThanOrEqual(200);
      expect(g.evaluated).toBeGreaterThanOrEqual(g.proposals);
    }
  });

  it('gives the same particles for a seed, and others for another seed', async () => {
    const a = await abcSmc({ ...OPTS, particles: 50 }, toy);
    expect(await abcSmc({ ...OPTS, particles: 50 }, toy)).toEqual(a);
    const c = await abcSmc({ ...OPTS, particles: 50, seed: 6 }, toy);
    expect(c.generations[0].particles[0].theta).not.toEqual(a.generations[0].particles[0].theta);
  });

  it('stops within its budget, dropping a generation cut short', async () => {
    const r = await abcSmc({ ...OPTS, particles: 100, maxEvaluations: 450 }, toy);
    expect(r.reason).toBe('budget');
    expect(r.evaluated).toBeLessThanOrEqual(450);
    for (const g of r.generations) expect(g.particles).toHaveLength(100);
  });

  it('computes the effective sample size and weighted quantiles', () => {
    expect(effectiveSampleSize([1, 1, 1, 1])).toBe(4);
    expect(effectiveSampleSize([1, 0, 0, 0])).toBe(1);
    const s = weightedSummary([1, 2, 3, 4], [0.1, 0.2, 0.3, 0.4]);
    expect(s.mean).toBeCloseTo(3, 12);
    expect(s.median).toBe(3);
    expect(s.p05).toBe(1);
    expect(s.p95).toBe(4);
    expect(s.sd).toBeCloseTo(1, 12);
  });
});

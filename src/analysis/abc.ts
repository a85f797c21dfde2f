// Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC): the population Monte
// Carlo sampler of Beaumont, Cornuet, Marin & Robert (2009) with the decreasing tolerances of
// Toni et al. (2009), adapted as Del Moral et al. (2012) and most software do (each tolerance
// a quantile of the previous generation's distances). Uniform priors on boxes; a Gaussian
// kernel per parameter with twice the particles' weighted variance (Beaumont et al.'s choice).
// The model is behind `evaluate`: proposals go to it in batches of N in a fixed order and are
// accepted in that order, so the result depends only on the seed, never on how many workers
// run the batch.
import { quantile } from '../engine/stats';
import { analysisRng } from './bootstrap';
import type { Rng } from '../model/rng';

export interface Prior {
  lo: number;
  hi: number;
}

export interface Particle {
  theta: number[];
  distance: number;
  /** Normalised to sum to 1 in its generation. */
  weight: number;
  /** The proposal's number over the whole run (its model runs' seeds derive from it). */
  evaluation: number;
}

export interface Generation {
  index: number;
  /** Tolerance on the distance (null for generation 0, which keeps every prior draw). */
  epsilon: number | null;
  particles: Particle[];
  /** Proposals up to the N-th accepted. */
  proposals: number;
  /** Proposals evaluated, every batch counted. */
  evaluated: number;
  ess: number;
}

export interface AbcOptions {
  priors: Prior[];
  particles: number;
  generations: number;
  /** Quantile of the previous generation's distances that sets the next tolerance. */
  quantile: number;
  /** Tolerance at which to stop (1 when distances are scaled by the targets' tolerances). */
  finalEpsilon: number;
  /** Most proposals evaluated in all. */
  maxEvaluations: number;
  seed: number;
  /** Makes a proposal what the model will run (6 decimals, whole numbers): weights use the values run. */
  tidy?: (theta: number[]) => number[];
  /** Told of each generation as it completes. */
  onGeneration?: (g: Generation) => void;
}

export type StopReason = 'target' | 'generations' | 'budget' | 'stopped';

export interface AbcResult {
  generations: Generation[];
  reason: StopReason;
  evaluated: number;
}

/** Distances of proposals, in order; `first` is the number of the first. Resolves to null when stopped. */
export type Evaluate = (thetas: number[][], first: number) => Promise<number[] | null>;

export function effectiveSampleSize(weights: readonly number[]): number {
  const s = weights.reduce((a, w) => a + w, 0);
  const s2 = weights.reduce((a, w) => a + w * w, 0);
  return s2 > 0 ? (s * s) / s2 : 0;
}

/** Weighted mean, sd and quantiles (the smallest value whose cumulative weight reaches p). */
export function weightedSummary(
  xs: readonly number[],
  ws: readonly number[],
): { mean: number; sd: number; p05: number; median: number; p95: number } {
  const total = ws.reduce((a, w) => a + w, 0);
  const mean = xs.reduce((a, x, i) => a + x * ws[i], 0) / total;
  const sd = Math.sqrt(xs.reduce((a, x, i) => a + ws[i] * (x - mean) ** 2, 0) / total);
  const order = xs.map((x, i) => [x, ws[i] / total] as const).sort((a, b) => a[0] - b[0]);
  const q = (p: number): number => {
    let c = 0;
    for (const [x, w] of order) {
      c += w;
      if (c >= p - 1e-12) return x;
    }
    return order[order.length - 1][0];
  };
  return { mean, sd, p05: q(0.05), median: q(0.5), p95: q(0.95) };
}

/** Kernel standard deviations: √(2 × weighted variance) per parameter, never 0 (a collapsed population still moves). */
export function kernelSd(particles: readonly Particle[], priors: readonly Prior[]): number[] {
  return priors.map((p, k) => {
    const s = weightedSummary(
      particles.map((x) => x.theta[k]),
      particles.map((x) => x.weight),
    ).sd;
    return Math.max(Math.SQRT2 * s, 1e-6 * (p.hi - p.lo));
  });
}

const inside = (theta: readonly number[], priors: readonly Prior[]): boolean =>
  theta.every((x, k) => x >= priors[k].lo && x <= priors[k].hi);

/** The unnormalised weight of θ: uniform prior density over the kernel mixture of the previous generation. */
export function particleWeight(theta: readonly number[], prev: readonly Particle[], sd: readonly number[]): number {
  let mix = 0;
  for (const p of prev) {
    let logk = 0;
    for (let k = 0; k < theta.length; k++) logk -= ((theta[k] - p.theta[k]) / sd[k]) ** 2 / 2;
    mix += p.weight * Math.exp(logk);
  }
  return mix > 0 ? 1 / mix : 0;
}

function pick(prev: readonly Particle[], rng: Rng): Particle {
  let u = rng.next();
  for (const p of prev) {
    u -= p.weight;
    if (u < 0) return p;
  }
  return prev[prev.length - 1];
}

/** A proposal: from the prior (generation 0), or a previous particle moved by the kernel until inside the prior. */
function propose(prev: readonly Particle[] | null, sd: readonly number[], o: AbcOptions, rng: Rng): number[] {
  const tidy = o.tidy ?? ((t: number[]) => t);
  if (!prev) return tidy(o.priors.map((p) => p.lo + (p.hi - p.lo) * rng.next()));
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const base = pick(prev, rng).theta;
    const theta = tidy(base.map((x, k) => rng.normal(x, sd[k])));
    if (inside(theta, o.priors)) return theta;
  }
  throw new Error('ABC: no proposal inside the prior after 10,000 draws (is a range far narrower than the posterior?)');
}

export async function abcSmc(o: AbcOptions, evaluate: Evaluate): Promise<AbcResult> {
  const n = o.particles;
  const generations: Generation[] = [];
  let evaluated = 0;
  for (let g = 0; g < o.generations; g++) {
    const prev = generations[g - 1]?.particles ?? null;
    const seen = prev?.map((p) => p.distance).filter(Number.isFinite) ?? [];
    const epsilon = prev
      ? Math.max(
          o.finalEpsilon,
          seen.length
            ? quantile(
                seen.sort((a, b) => a - b),
                o.quantile,
              )
            : Infinity,
        )
      : null;
    const sd = prev ? kernelSd(prev, o.priors) : [];
    const rng = analysisRng(o.seed, 0xabc00000 + g);
    const kept: Omit<Particle, 'weight'>[] = [];
    let proposals = 0;
    const start = evaluated;
    while (kept.length < n) {
      const size = Math.min(n, o.maxEvaluations - evaluated);
      if (size <= 0) return { generations, reason: 'budget', evaluated };
      const thetas = Array.from({ length: size }, () => propose(prev, sd, o, rng));
      const distances = await evaluate(thetas, evaluated);
      if (!distances) return { generations, reason: 'stopped', evaluated };
      thetas.forEach((theta, i) => {
        if (kept.length >= n) return;
        proposals++;
        const d = distances[i];
        if (epsilon === null || d <= epsilon) kept.push({ theta, distance: d, evaluation: evaluated + i });
      });
      evaluated += size;
    }
    const raw = prev ? kept.map((p) => particleWeight(p.theta, prev, sd)) : kept.map(() => 1);
    const total = raw.reduce((a, w) => a + w, 0);
    const particles = kept.map((p, i) => ({ ...p, weight: raw[i] / total }));
    const done: Generation = {
      index: g,
      epsilon,
      particles,
      proposals,
      evaluated: evaluated - start,
      ess: effectiveSampleSize(particles.map((p) => p.weight)),
    };
    generations.push(done);
    o.onGeneration?.(done);
    if (epsilon !== null && epsilon <= o.finalEpsilon) return { generations, reason: 'target', evaluated };
  }
  return { generations, reason: 'generations', evaluated };
}

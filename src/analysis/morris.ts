// Morris elementary-effects screening (Morris 1991) with the μ* measure and the
// spread-maximising choice of trajectories of Campolongo, Cariboni & Saltelli (2007).
// Pure: no I/O; the caller evaluates the model at the design points (`sim sa --method morris`
// and the validation's fixed screening both use it).
// No maintained npm package implements Morris or Sobol (searched the registry list for
// "morris", "sobol", "sensitivity analysis"), so this small module does it, with tests on
// functions whose effects are known.
import { mean, sampleSd } from '../engine/stats';
import { Rng } from '../model/rng';
import { analysisRng, percentileInterval, resample } from './bootstrap';

export interface Factor {
  id: string;
  lo: number;
  hi: number;
}

export interface MorrisOptions {
  /** Trajectories kept (r). */
  trajectories: number;
  /** Grid levels (p, even). */
  levels?: number;
  /** Candidate trajectories to draw before keeping the `trajectories` most spread (Campolongo 2007). 0 = keep the first r. */
  candidates?: number;
  seed?: number;
}

/** One trajectory: k+1 points in the unit cube; step j changes factor order[j]. */
export interface Trajectory {
  points: number[][];
  order: number[];
  /** Signed change of the unit-scaled factor at each step (±Δ). */
  deltas: number[];
}

export interface MorrisDesign {
  factors: Factor[];
  levels: number;
  delta: number;
  trajectories: Trajectory[];
}

/** Draws one Morris trajectory on a p-level grid with Δ = p / (2(p − 1)). */
export function drawTrajectory(k: number, levels: number, rng: Rng): Trajectory {
  const delta = levels / (2 * (levels - 1));
  // Base values x* from the lower half of the grid so both x* and x* + Δ are on it.
  const base = Array.from({ length: k }, () => rng.int(levels / 2) / (levels - 1));
  const dir = Array.from({ length: k }, () => (rng.chance(0.5) ? 1 : -1));
  const start = base.map((b, i) => (dir[i] > 0 ? b : b + delta));
  const order = rng.shuffle(Array.from({ length: k }, (_, i) => i));
  const points = [start.slice()];
  const deltas: number[] = [];
  const x = start.slice();
  for (const i of order) {
    x[i] = x[i] + dir[i] * delta;
    points.push(x.slice());
    deltas.push(dir[i] * delta);
  }
  return { points, order, deltas };
}

/** Euclidean distance between two trajectories as Campolongo et al. (2007) define it. */
export function trajectoryDistance(a: Trajectory, b: Trajectory): number {
  let d = 0;
  for (const p of a.points)
    for (const q of b.points) {
      let s = 0;
      for (let i = 0; i < p.length; i++) s += (p[i] - q[i]) ** 2;
      d += Math.sqrt(s);
    }
  return d;
}

/**
 * Keeps `r` of the candidates with the largest total pairwise distance. Campolongo's
 * brute-force search over all combinations is infeasible for many candidates; this
 * greedy removal (drop the trajectory contributing least, repeat) is Ruano et al. (2012)'s
 * standard approximation.
 */
export function selectSpread(cands: Trajectory[], r: number): Trajectory[] {
  const n = cands.length;
  if (n <= r) return cands.slice();
  const dist = cands.map((a, i) => cands.map((b, j) => (i === j ? 0 : trajectoryDistance(a, b))));
  const keep = new Set(cands.map((_, i) => i));
  while (keep.size > r) {
    let worst = -1;
    let worstSum = Infinity;
    for (const i of keep) {
      let s = 0;
      for (const j of keep) s += dist[i][j];
      if (s < worstSum) {
        worstSum = s;
        worst = i;
      }
    }
    keep.delete(worst);
  }
  return [...keep].sort((a, b) => a - b).map((i) => cands[i]);
}

export function morrisDesign(factors: Factor[], opts: MorrisOptions): MorrisDesign {
  const levels = opts.levels ?? 4;
  if (levels < 2 || levels % 2 !== 0) throw new Error(`Morris levels must be an even number ≥ 2, got ${levels}`);
  if (!(opts.trajectories >= 2)) throw new Error(`Morris needs at least 2 trajectories, got ${opts.trajectories}`);
  for (const f of factors)
    if (!(f.hi > f.lo)) throw new Error(`factor ${f.id}: upper bound ${f.hi} must exceed lower bound ${f.lo}`);
  const rng = new Rng(opts.seed ?? 1, 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35);
  const m = Math.max(opts.candidates ?? 0, opts.trajectories);
  const cands = Array.from({ length: m }, () => drawTrajectory(factors.length, levels, rng));
  return { factors, levels, delta: levels / (2 * (levels - 1)), trajectories: selectSpread(cands, opts.trajectories) };
}

/** Unit-cube point to factor values. */
export function toValues(factors: Factor[], u: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  factors.forEach((f, i) => {
    out[f.id] = f.lo + u[i] * (f.hi - f.lo);
  });
  return out;
}

/** All design points in evaluation order (trajectory by trajectory). */
export function designPoints(d: MorrisDesign): number[][] {
  return d.trajectories.flatMap((t) => t.points);
}

export interface MorrisIndex {
  factor: string;
  /** Mean elementary effect (signed). */
  mu: number;
  /** Mean absolute elementary effect (Campolongo et al. 2007). */
  muStar: number;
  /** Standard deviation of the elementary effects: non-linearity or interactions. */
  sigma: number;
  /** Bootstrap intervals (over trajectories) of μ, μ* and σ. */
  muLo: number;
  muHi: number;
  muStarLo: number;
  muStarHi: number;
  sigmaLo: number;
  sigmaHi: number;
}

export interface MorrisEstimation {
  /** Bootstrap resamples of the trajectories (0: no intervals). */
  bootstrap?: number;
  /** Central interval level, e.g. 0.95. */
  level?: number;
  seed?: number;
}

/** μ, μ* and σ of one factor's elementary effects (non-finite effects left out). */
function measures(e: readonly number[]): { mu: number; muStar: number; sigma: number } {
  const f = e.filter(Number.isFinite);
  return { mu: mean(f), muStar: mean(f.map(Math.abs)), sigma: sampleSd(f) };
}

/**
 * Elementary effects per factor from outputs `y` (one per design point, same order as
 * designPoints). Effects are per unit of the scaled factor, i.e. the change in y when the
 * factor moves across its whole range (so for y = Σ b·x, μ* = |b|·(hi − lo)). Intervals are
 * percentile bootstrap intervals over the r trajectories, resampled for each factor.
 */
export function morrisIndices(d: MorrisDesign, y: number[], opts: MorrisEstimation = {}): MorrisIndex[] {
  const k = d.factors.length;
  const expected = d.trajectories.length * (k + 1);
  if (y.length !== expected) throw new Error(`Morris: expected ${expected} outputs, got ${y.length}`);
  const bootstrap = opts.bootstrap ?? 1000;
  const level = opts.level ?? 0.95;
  // effects[i][t] = elementary effect of factor i in trajectory t.
  const effects: number[][] = Array.from({ length: k }, () => []);
  d.trajectories.forEach((t, ti) => {
    const off = ti * (k + 1);
    t.order.forEach((fi, j) => effects[fi].push((y[off + j + 1] - y[off + j]) / t.deltas[j]));
  });
  const rng = analysisRng(opts.seed ?? 7, 0x6d6f7272);
  const r = d.trajectories.length;
  return d.factors.map((f, i) => {
    const e = effects[i];
    const m = measures(e);
    const reps = Array.from({ length: bootstrap }, () => measures(resample(r, rng).map((t) => e[t])));
    const ci = (key: keyof typeof m) =>
      percentileInterval(
        reps.map((x) => x[key]),
        level,
      );
    const [cm, cs, cg] = [ci('mu'), ci('muStar'), ci('sigma')];
    return {
      factor: f.id,
      ...m,
      muLo: cm.lo,
      muHi: cm.hi,
      muStarLo: cs.lo,
      muStarHi: cs.hi,
      sigmaLo: cg.lo,
      sigmaHi: cg.hi,
    };
  });
}

// Validation's own seeds: a root seed no test and no calibration uses, cut into independent
// sets. Each pattern is judged on all sets pooled, and again set by set, so the report can
// say how far a verdict depends on which seeds were drawn.
import { runSeed } from '../model/index';
import type { RunResult } from './ensemble';
import { ExperimentCache, type ExperimentId, type ExperimentSource } from './experiments';
import { evaluatePattern, PATTERN_KINDS, type ClassifiedResult, type Pattern, type PatternKind } from './pattern-kit';

/** Validation's root seed (the test suite uses 2013 and small fixed seeds; calibration used those). */
export const VALIDATION_ROOT_SEED = 60731;
/** The root the pattern tests use (test/validation/patterns.test.ts) and calibration ran on. */
export const TEST_ROOT_SEED = 2013;

/**
 * Seed set k of `perSet` seeds: the k-th block of the root's run seeds, so the sets are
 * disjoint and their union is the first sets × perSet run seeds of the root.
 */
export function seedSets(root: number, sets: number, perSet: number): number[][] {
  return Array.from({ length: sets }, (_, k) =>
    Array.from({ length: perSet }, (_, i) => runSeed(root, k * perSet + i)),
  );
}

/** Seeds the tests and calibration are known to use: the test root's first 30 and 0–100. */
export function reservedSeeds(): Set<number> {
  const s = new Set<number>(Array.from({ length: 101 }, (_, i) => i));
  for (let i = 0; i < 30; i++) s.add(runSeed(TEST_ROOT_SEED, i));
  return s;
}

/** Several seed sets, each with its own runs; `get` pools them (set by set, in order). */
export class SeedSets implements ExperimentSource {
  readonly caches: ExperimentCache[];
  constructor(
    readonly sets: number[][],
    onRun?: (id: ExperimentId, ms: number, set: number) => void,
  ) {
    this.caches = sets.map((seeds, k) => new ExperimentCache(seeds, (id, ms) => onRun?.(id, ms, k)));
  }

  get(id: ExperimentId): RunResult[] {
    return this.caches.flatMap((c) => c.get(id));
  }

  /** Every run made so far, pooled by experiment (for the invariant check). */
  all(): [ExperimentId, RunResult[]][] {
    const out = new Map<ExperimentId, RunResult[]>();
    for (const c of this.caches) for (const [id, runs] of c.all()) out.set(id, [...(out.get(id) ?? []), ...runs]);
    return [...out.entries()];
  }
}

export interface SetVariation {
  /** Per set: patterns passing and testable, by kind. */
  bySet: { set: number; seeds: number[]; pass: Record<PatternKind, number>; tested: Record<PatternKind, number> }[];
  /** Per pattern: in how many sets it passes (of the sets where it could be judged). */
  byPattern: { id: string; kind: PatternKind; pass: number; of: number; pooled: boolean | null }[];
}

/** Judges every pattern on each seed set alone. */
export function variationAcrossSets(patterns: Pattern[], s: SeedSets, pooled: ClassifiedResult[]): SetVariation {
  const perSet = s.caches.map((c) => patterns.map((p) => evaluatePattern(p, c)));
  const zero = () => Object.fromEntries(PATTERN_KINDS.map((k) => [k, 0])) as Record<PatternKind, number>;
  const bySet = perSet.map((results, k) => {
    const pass = zero();
    const tested = zero();
    for (const r of results) {
      if (r.pass === null) continue;
      tested[r.kind]++;
      if (r.pass) pass[r.kind]++;
    }
    return { set: k + 1, seeds: s.sets[k], pass, tested };
  });
  const byPattern = patterns.map((p, i) => {
    const verdicts = perSet.map((results) => results[i].pass).filter((v): v is boolean => v !== null);
    return {
      id: p.id,
      kind: p.kind,
      pass: verdicts.filter(Boolean).length,
      of: verdicts.length,
      pooled: pooled[i].pass,
    };
  });
  return { bySet, byPattern };
}

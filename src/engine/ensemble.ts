// Ensembles and sweeps, without the machinery that runs them: which runs there are (design
// points × repetitions, each with its seed), how their rows are tagged, and how they are
// summarised. Everything here depends only on the run index, never on which worker ran
// what or when, so outputs are byte-identical for any number of workers.
import type { Scenario } from '../model/scenario';
import { runSeed, streamFor } from '../model/rng';
import { paramSpec } from '../model/params';
import { YEAR_COLUMNS, type YearMetrics } from '../model/metrics';
import { asWritten } from './csv';
import { canonicalJson, sha256Hex } from './datapackage';
import { roundTo, SUMMARY_STATS, summaryStats } from './stats';

/** One varied parameter: `steps` evenly spaced values from `from` to `to` (grid), or the range (LHS). */
export interface VarySpec {
  param: string;
  from: number;
  to: number;
  steps: number;
}
export type DesignPoint = Record<string, number>;

export interface Job {
  /** Position in the output (point-major, repetition-minor). */
  index: number;
  /** The scenario's name in the output's `scenario` column (a preset id or a file's stem). */
  name: string;
  /** Design point (0 for a plain ensemble). */
  point: number;
  /** Repetition within the point, 0-based. */
  run: number;
  seed: number;
  values: DesignPoint;
  scenario: Scenario;
}

/** Design values are kept to 6 decimals (integers for whole-number parameters) so the CSV shows exactly what ran. */
export function tidy(param: string, x: number): number {
  if (paramSpec(param)?.integer) return Math.round(x);
  const r = roundTo(x, 6);
  return r === 0 ? 0 : r; // not -0
}

export function gridValues(v: VarySpec): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.steps; i++) {
    const x = tidy(v.param, v.steps === 1 ? v.from : v.from + ((v.to - v.from) * i) / (v.steps - 1));
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

/** Full factorial grid; the first parameter varies slowest. */
export function gridDesign(vary: readonly VarySpec[]): DesignPoint[] {
  let points: DesignPoint[] = [{}];
  for (const v of vary) {
    const values = gridValues(v);
    points = points.flatMap((p) => values.map((x) => ({ ...p, [v.param]: x })));
  }
  return points;
}

/** Latin hypercube: each parameter's range cut into `samples` strata, each stratum used once, seeded. */
export function lhsDesign(vary: readonly VarySpec[], samples: number, seed: number): DesignPoint[] {
  const rng = streamFor(seed, 'design/lhs');
  const points: DesignPoint[] = Array.from({ length: samples }, () => ({}));
  for (const v of vary) {
    const strata = rng.shuffle(Array.from({ length: samples }, (_, i) => i));
    for (let i = 0; i < samples; i++) {
      points[i][v.param] = tidy(v.param, v.from + ((v.to - v.from) * (strata[i] + rng.next())) / samples);
    }
  }
  return points;
}

/**
 * Every run of an ensemble (one design point) or a sweep. Repetition r has seed
 * runSeed(seed, r) at every design point: common random numbers, so differences between
 * points come from the parameters rather than from luck.
 */
export function planJobs(
  base: Scenario,
  runs: number,
  seed: number,
  points: readonly DesignPoint[] = [{}],
  name = '',
): Job[] {
  const jobs: Job[] = [];
  const seeds = Array.from({ length: runs }, (_, r) => runSeed(seed, r));
  points.forEach((values, point) => {
    for (let run = 0; run < runs; run++) {
      jobs.push({
        index: jobs.length,
        name,
        point,
        run,
        seed: seeds[run],
        values,
        scenario: { ...base, seed: seeds[run], params: { ...(base.params ?? {}), ...values } },
      });
    }
  });
  return jobs;
}

/** Columns that say which run a row belongs to: the scenario, its scale, the design point and the repetition. */
export function tagColumns(varied: readonly string[]): string[] {
  return ['scenario', 'scale', ...(varied.length ? ['point', ...varied] : []), 'run', 'seed'];
}

/** Columns of the long (tidy) table: one row per run per year (`metrics`: the yearly columns chosen). */
export function runColumns(varied: readonly string[], metrics: readonly string[] = YEAR_COLUMNS): string[] {
  return [...tagColumns(varied), ...metrics];
}

/** A job's tag fields (see tagColumns). */
export function runTags(job: Job): Record<string, unknown> {
  return {
    scenario: job.name,
    scale: job.scenario.scale,
    point: job.point,
    ...job.values,
    run: job.run,
    seed: job.seed,
  };
}

export function runRow(job: Job, row: object): Record<string, unknown> {
  return { ...runTags(job), ...row };
}

/** Numeric metrics that are summarised (everything but the year labels and the regime). */
export const SUMMARY_METRICS = YEAR_COLUMNS.filter((c) => c !== 'year' && c !== 'financial_year' && c !== 'regime');

export function summaryColumns(varied: readonly string[]): string[] {
  return [
    'scenario',
    'scale',
    ...(varied.length ? ['point', ...varied] : []),
    'year',
    'financial_year',
    'regime',
    'metric',
    ...SUMMARY_STATS,
  ];
}

/**
 * Summary rows per design point, per year, per metric (long format), from the runs'
 * yearly rows given in job order. Years missing from some runs are summarised over the runs
 * that have them. Values are summarised as the CSV prints them (6 decimals), so a summary
 * computed at the end of a run, after --resume or by `merge` from the rows read back is the same.
 */
export function summariseRuns(
  jobs: readonly Job[],
  results: readonly (readonly YearMetrics[])[],
  metrics: readonly string[] = SUMMARY_METRICS,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const byPoint = new Map<number, number[]>();
  jobs.forEach((j, i) => {
    const l = byPoint.get(j.point) ?? [];
    l.push(i);
    byPoint.set(j.point, l);
  });
  for (const [point, idx] of [...byPoint].sort((a, b) => a[0] - b[0])) {
    const values = jobs[idx[0]].values;
    const years = Math.max(0, ...idx.map((i) => results[i].length));
    for (let y = 0; y < years; y++) {
      const rows = idx.map((i) => results[i][y]).filter((r): r is YearMetrics => r !== undefined);
      for (const metric of metrics) {
        const stats = summaryStats(rows.map((r) => asWritten((r as unknown as Record<string, number>)[metric])));
        out.push({
          scenario: jobs[idx[0]].name,
          scale: jobs[idx[0]].scenario.scale,
          point,
          ...values,
          year: rows[0].year,
          financial_year: rows[0].financial_year,
          regime: rows[0].regime,
          metric,
          ...stats,
        });
      }
    }
  }
  return out;
}

/** Accepts results in any order and hands them on in index order (for streaming output). */
export class InOrder<T> {
  private next: number;
  private readonly waiting = new Map<number, T>();
  /** `start`: first index expected (after a resumed checkpoint). */
  constructor(
    private readonly emit: (index: number, value: T) => void,
    start = 0,
  ) {
    this.next = start;
  }
  put(index: number, value: T): void {
    this.waiting.set(index, value);
    while (this.waiting.has(this.next)) {
      const v = this.waiting.get(this.next)!;
      this.waiting.delete(this.next);
      this.emit(this.next++, v);
    }
  }
  get emitted(): number {
    return this.next;
  }
}

/** What identifies a batch's plan across machines: shards of one plan merge, others are refused. */
export interface PlanInfo {
  /** SHA-256 of the plan's canonical JSON: command, scenario (with root seed), runs, design points, columns. */
  sha256: string;
  /** All jobs of the plan (every shard's). */
  jobs: number;
  /** Repetitions per design point: job index = point × runs + run. */
  runs: number;
  points: number;
}

export async function planInfo(
  command: string,
  base: Scenario,
  runs: number,
  points: readonly DesignPoint[],
  columns: readonly string[],
): Promise<PlanInfo> {
  const sha256 = await sha256Hex(canonicalJson({ command, scenario: base, runs, points, columns }));
  return { sha256, jobs: runs * points.length, runs, points: points.length };
}

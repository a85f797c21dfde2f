// A sensitivity analysis as a batch of runs: the design points of Morris's trajectories or
// Saltelli's matrices as parameter values (each run `runs` times, with the seeds of an
// ensemble: common random numbers across points), and the indices computed from the runs'
// yearly rows in job order. The indices depend only on the rows as printed, so a batch run on
// one machine and the same batch merged from shards (`sim merge`, then `sim sa --from-rows`)
// give the same indices to the last digit.
import { morrisDesign, morrisIndices, toValues, type Factor, type MorrisDesign } from '../analysis/morris';
import { saltelliDesign, sobolIndices, type SaltelliDesign } from '../analysis/saltelli';
import type { IndexPoint } from '../analysis/figure';
import type { YearMetrics } from '../model/index';
import { summarise, type Summary } from './aggregate';
import { tidy, type DesignPoint } from './ensemble';
import { mean } from './stats';

export type { Factor };
export const SA_METHODS = ['morris', 'sobol'] as const;
export type SaMethod = (typeof SA_METHODS)[number];

/** Columns of the indices file: one row per method, parameter, output and index. */
export const INDEX_COLUMNS = ['method', 'parameter', 'output', 'index', 'value', 'ci_low', 'ci_high'] as const;

/** An index of the tidy CSV (`index`: `mu`, `mu_star`, `sigma` for Morris; `S1`, `ST` for Sobol'). */
export interface IndexRow extends IndexPoint {
  method: SaMethod;
}

export interface SaSettings {
  method: SaMethod;
  factors: Factor[];
  /** Seeds the Morris trajectories and the bootstrap (the root seed). */
  seed: number;
  /** Morris: trajectories kept (r), grid levels (p), candidate trajectories (M ≥ r). */
  trajectories: number;
  levels: number;
  candidates: number;
  /** Sobol: base samples (N). */
  samples: number;
  /** Bootstrap resamples and the intervals' level. */
  bootstrap: number;
  level: number;
}

export interface SaPlan {
  settings: SaSettings;
  /** Parameter values at each design point, in evaluation order. */
  points: DesignPoint[];
  morris?: MorrisDesign;
  saltelli?: SaltelliDesign;
}

/** Unit-cube points to the values that run (tidied as a sweep's: 6 decimals, whole numbers where the parameter is one). */
function valuesOf(factors: Factor[], u: number[]): DesignPoint {
  const raw = toValues(factors, u);
  return Object.fromEntries(factors.map((f) => [f.id, tidy(f.id, raw[f.id])]));
}

export function saPlan(settings: SaSettings): SaPlan {
  const { factors } = settings;
  if (settings.method === 'sobol') {
    const saltelli = saltelliDesign(factors.length, settings.samples);
    return { settings, points: saltelli.points.map((u) => valuesOf(factors, u)), saltelli };
  }
  const design = morrisDesign(factors, {
    trajectories: settings.trajectories,
    levels: settings.levels,
    candidates: settings.candidates,
    seed: settings.seed,
  });
  const points = design.trajectories.flatMap((t) => t.points.map((u) => valuesOf(factors, u)));
  // Elementary effects divide by the step actually run (a tidied or whole-number value may
  // differ from the grid's), as a share of the factor's range.
  const k = factors.length;
  const morris: MorrisDesign = {
    ...design,
    trajectories: design.trajectories.map((t, ti) => ({
      ...t,
      deltas: t.order.map((fi, j) => {
        const f = factors[fi];
        const at = (step: number) => points[ti * (k + 1) + step][f.id];
        return (at(j + 1) - at(j)) / (f.hi - f.lo);
      }),
    })),
  };
  return { settings, points, morris };
}

/** Each design point's output: the mean over its runs (job point × runs + run) of the summary. */
export function pointOutputs(
  plan: SaPlan,
  results: readonly (readonly YearMetrics[])[],
  runs: number,
  output: Summary,
): number[] {
  return plan.points.map((_, p) =>
    mean(Array.from({ length: runs }, (_, r) => summarise(results[p * runs + r], output))),
  );
}

/** Indices per output from the runs' yearly rows, given for every job of the plan in job order. */
export function saIndices(
  plan: SaPlan,
  results: readonly (readonly YearMetrics[])[],
  runs: number,
  outputs: readonly Summary[],
): IndexRow[] {
  const { settings } = plan;
  const rows: IndexRow[] = [];
  const row = (parameter: string, output: string, index: string, value: number, lo: number, hi: number) =>
    rows.push({ method: settings.method, parameter, output, index, value, ci_low: lo, ci_high: hi });
  const est = { bootstrap: settings.bootstrap, level: settings.level, seed: settings.seed };
  for (const o of outputs) {
    const y = pointOutputs(plan, results, runs, o);
    if (plan.morris) {
      for (const i of morrisIndices(plan.morris, y, est)) {
        row(i.factor, o.metric, 'mu', i.mu, i.muLo, i.muHi);
        row(i.factor, o.metric, 'mu_star', i.muStar, i.muStarLo, i.muStarHi);
        row(i.factor, o.metric, 'sigma', i.sigma, i.sigmaLo, i.sigmaHi);
      }
    } else if (plan.saltelli) {
      for (const i of sobolIndices(plan.saltelli, y, est)) {
        const id = settings.factors[i.factor].id;
        row(id, o.metric, 'S1', i.S1, i.S1Lo, i.S1Hi);
        row(id, o.metric, 'ST', i.ST, i.STLo, i.STHi);
      }
    }
  }
  return rows;
}

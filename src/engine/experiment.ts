// Ensembles and sweeps as the app's Experiments tab runs them, without the machinery (workers,
// storage, the page): which runs there are, the tidy CSV of their yearly rows, its Data
// Package descriptor, and the quantiles a fan chart draws. The plan, tags and CSV are the
// command line's (planJobs, runTags, csv.ts), so the tab's CSV is byte for byte what
// `sim ensemble` or `sim sweep` writes for the same scenario and seeds.
import type { Scenario, YearMetrics } from '../model/index';
import { YEAR_COLUMNS } from '../model/index';
import { asWritten, csvLine } from './csv';
import {
  mergePackage,
  resourceFor,
  scenarioSha256,
  sha256Hex,
  type DataPackage,
  type Provenance,
  type Software,
} from './datapackage';
import {
  gridDesign,
  planInfo,
  planJobs,
  runTags,
  tagColumns,
  type DesignPoint,
  type Job,
  type VarySpec,
} from './ensemble';
import { quantile } from './stats';
import type { JobOutput } from './collect';

/** What an Experiments tab worker (workers/experiment.worker.ts) offers through comlink. */
export interface ExperimentWorkerApi {
  /** Runs the scenario to its end and returns what runJob collects (the yearly rows). */
  run(scenario: Scenario): JobOutput;
}

export interface ExperimentSpec {
  kind: 'ensemble' | 'sweep';
  /** Runs (at each point of a sweep). */
  runs: number;
  /** A sweep's parameter and its grid. */
  vary?: VarySpec;
}

/** An experiment as the tab keeps it (in IndexedDB): what ran and every run's yearly rows. */
export interface Experiment {
  id: string;
  /** When it was started (ISO 8601). */
  created: string;
  /** The `scenario` column: the preset's id (as the command line names a preset), or "scenario". */
  name: string;
  scenario: Scenario;
  spec: ExperimentSpec;
  points: DesignPoint[];
  /** Yearly rows of each run in job order (point × runs + run); a cancelled experiment keeps those that finished. */
  yearly: (YearMetrics[] | null)[];
  software: Software;
}

export function experimentPoints(spec: ExperimentSpec): DesignPoint[] {
  return spec.kind === 'sweep' && spec.vary ? gridDesign([spec.vary]) : [{}];
}

export function experimentJobs(scenario: Scenario, name: string, spec: ExperimentSpec): Job[] {
  return planJobs(scenario, spec.runs, scenario.seed, experimentPoints(spec), name);
}

function varied(spec: ExperimentSpec): string[] {
  return spec.kind === 'sweep' && spec.vary ? [spec.vary.param] : [];
}

/** Columns of the CSV: as `sim ensemble --out` (or `sim sweep`) without --metrics. */
export function experimentColumns(spec: ExperimentSpec): string[] {
  return [...tagColumns(varied(spec)), ...YEAR_COLUMNS];
}

/** The tidy CSV of the runs that finished, in run order. */
export function experimentCsv(e: Experiment): string {
  const columns = experimentColumns(e.spec);
  const jobs = experimentJobs(e.scenario, e.name, e.spec);
  let text = csvLine(columns);
  jobs.forEach((job, i) => {
    const tags = runTags(job);
    for (const row of e.yearly[i] ?? []) {
      const r = { ...tags, ...row } as Record<string, unknown>;
      text += csvLine(columns.map((c) => r[c]));
    }
  });
  return text;
}

/** Bytes of a text in UTF-8. */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** datapackage.json for the CSV (saved as `path`), with the provenance the command line records. */
export async function experimentPackage(e: Experiment, csv: string, path: string): Promise<DataPackage> {
  const columns = experimentColumns(e.spec);
  const command = e.spec.kind === 'sweep' ? 'sweep' : 'ensemble';
  const s = e.scenario;
  const provenance: Provenance = {
    software: e.software,
    command: `Experiments tab (the app): ${command} of ${e.spec.runs} run${e.spec.runs === 1 ? '' : 's'}${e.spec.vary ? ` at ${e.points.length} values of ${e.spec.vary.param}` : ''}`,
    created: e.created,
    scenario: s,
    scenario_sha256: await scenarioSha256(s),
    scenario_source: 'the app',
    seed: s.seed,
    scale: s.scale,
    years: s.years,
    overrides: { ...(s.params ?? {}) },
    reforms: (s.reforms ?? []).map((r) => ({ regime: r.regime, year: r.year })),
    runs: e.spec.runs,
    ...(e.spec.vary ? { design: 'grid', vary: [e.spec.vary] } : {}),
    complete: e.yearly.every((y) => y !== null),
    plan: { ...(await planInfo(command, s, e.spec.runs, e.points, columns)), shard: null },
  };
  const resource = resourceFor({
    path,
    role: 'runs',
    format: 'csv',
    columns,
    provenance,
    bytes: utf8Length(csv),
    sha256: await sha256Hex(csv),
  });
  return mergePackage(null, [resource], e.created);
}

export interface FanPoint {
  year: number;
  financialYear: string;
  n: number;
  p05: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
}

/** Median, 50% and 90% bands of a metric over the runs of one design point, year by year (printed values). */
export function fanSeries(e: Experiment, point: number, metric: string): FanPoint[] {
  const runs = e.spec.runs;
  const rows = e.yearly.slice(point * runs, (point + 1) * runs).filter((y): y is YearMetrics[] => y !== null);
  const years = Math.max(0, ...rows.map((r) => r.length));
  const out: FanPoint[] = [];
  for (let y = 0; y < years; y++) {
    const at = rows.map((r) => r[y]).filter((r): r is YearMetrics => r !== undefined);
    const xs = at
      .map((r) => asWritten(Number((r as unknown as Record<string, unknown>)[metric])))
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    if (xs.length === 0) continue;
    out.push({
      year: at[0].year,
      financialYear: at[0].financial_year,
      n: xs.length,
      p05: quantile(xs, 0.05),
      p25: quantile(xs, 0.25),
      median: quantile(xs, 0.5),
      p75: quantile(xs, 0.75),
      p95: quantile(xs, 0.95),
    });
  }
  return out;
}

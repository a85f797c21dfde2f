// The targets file of `calibrate` (docs/metrics.md, "Calibration targets"): summary statistics
// of a run with the values they should take and how far off still counts as a fit. Every
// problem is named (which target, which field, what is allowed) before anything runs.
import { existsSync } from 'node:fs';
import { checkRange, parseYearRange, STATS, type Stat, type Summary, type YearRange } from '../engine/aggregate';
import { METRIC_NAMES } from '../engine/columns';
import type { Scenario } from '../model/index';
import { CliError } from './io';
import { readInputText } from './input';
import { parseJsonText } from './json';
import { short } from './messages';

export interface Target {
  name: string;
  summary: Summary;
  target: number;
  tolerance: number;
}

const FIELDS = ['metric', 'years', 'stat', 'target', 'tolerance', 'name'];
export const MAX_TARGETS = 100;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function number(x: unknown, where: string, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new CliError(`${where}: ${what} must be a number`);
  return x;
}

function oneTarget(t: unknown, i: number, file: string, scenario: Scenario): Target {
  const where = `${file}: targets[${i}]`;
  if (!isObject(t))
    throw new CliError(
      `${where}: expected an object such as {"metric": "mean_trust", "target": 0.6, "tolerance": 0.05}`,
    );
  const extra = Object.keys(t).find((k) => !FIELDS.includes(k));
  if (extra) throw new CliError(`${where}: unknown field "${short(extra)}"; fields are ${FIELDS.join(', ')}`);
  if (typeof t.metric !== 'string') throw new CliError(`${where}: "metric" (a yearly metric) is required`);
  if (!METRIC_NAMES.includes(t.metric) || t.metric === 'regime')
    throw new CliError(
      `${where}: unknown metric "${short(t.metric)}"; metrics are ${METRIC_NAMES.filter((m) => m !== 'regime').join(', ')}`,
    );
  if (t.target === undefined) throw new CliError(`${where}: "target" (the value to match) is required`);
  const target = number(t.target, where, '"target"');
  if (t.tolerance === undefined) throw new CliError(`${where}: "tolerance" (how far off still fits) is required`);
  const tolerance = number(t.tolerance, where, '"tolerance"');
  if (!(tolerance > 0)) throw new CliError(`${where}: "tolerance" must be above 0, got ${tolerance}`);
  const stat = (t.stat ?? 'mean') as Stat;
  if (typeof stat !== 'string' || !STATS.includes(stat))
    throw new CliError(`${where}: "stat" must be one of ${STATS.join(', ')}, got ${short(JSON.stringify(t.stat))}`);
  let years: YearRange | undefined;
  if (t.years !== undefined) {
    const r =
      typeof t.years === 'number' && Number.isInteger(t.years)
        ? { from: t.years, to: t.years }
        : typeof t.years === 'string'
          ? parseYearRange(t.years)
          : 'expected a year such as 2015 or a range such as "2015-2017"';
    if (typeof r === 'string') throw new CliError(`${where}: "years": ${r}`);
    const problem = checkRange(r, scenario);
    if (problem) throw new CliError(`${where}: "years": ${problem}`);
    years = r;
  }
  if (t.name !== undefined && typeof t.name !== 'string') throw new CliError(`${where}: "name" must be text`);
  const name =
    (t.name as string | undefined) ??
    `${stat} ${t.metric}${years ? ` ${years.from}${years.to !== years.from ? `-${years.to}` : ''}` : ''}`;
  return { name, summary: { metric: t.metric, stat, ...(years ? { years } : {}) }, target, tolerance };
}

/** The targets of a file, checked against the scenario's run (its metrics and years). */
export function readTargets(path: string, shown: string, scenario: Scenario): Target[] {
  const file = short(shown, 120);
  if (!existsSync(path)) throw new CliError(`--targets ${file}: not found`);
  const json = parseJsonText(
    readInputText(path, file, 1_000_000, { flag: '--targets', what: 'targets file', typical: 'a few kilobytes' }),
    file,
  );
  const list = Array.isArray(json) ? json : isObject(json) ? json.targets : undefined;
  if (isObject(json)) {
    const extra = Object.keys(json).find((k) => k !== 'targets');
    if (extra) throw new CliError(`${file}: unknown field "${short(extra)}"; expected {"targets": [ … ]}`);
  }
  if (!Array.isArray(list))
    throw new CliError(
      `${file}: expected {"targets": [ … ]} (or a list of targets), each with metric, target and tolerance`,
    );
  if (list.length === 0) throw new CliError(`${file}: no targets`);
  if (list.length > MAX_TARGETS) throw new CliError(`${file}: ${list.length} targets; at most ${MAX_TARGETS}`);
  return list.map((t, i) => oneTarget(t, i, file, scenario));
}

/** How far a run's statistics are from the targets: the largest |s − target| / tolerance. */
export function distance(stats: readonly number[], targets: readonly Target[]): number {
  let d = 0;
  for (let i = 0; i < targets.length; i++) {
    const gap = Math.abs(stats[i] - targets[i].target) / targets[i].tolerance;
    if (!Number.isFinite(gap)) return NaN;
    d = Math.max(d, gap);
  }
  return d;
}

// The flags of `sim sa` beyond a batch's: the method and its design (trajectories, levels and
// candidates for Morris; base samples for Sobol), the outputs and how a run is summarised into
// each (a statistic over some financial years), and the bootstrap. Checked before anything runs.
import { checkRange, parseYearRange, STATS, type Stat, type Summary, type YearRange } from '../engine/aggregate';
import { METRIC_NAMES } from '../engine/columns';
import { parseDecimal } from '../engine/numbers';
import { MAX_SOBOL_FACTORS } from '../analysis/saltelli';
import { SA_METHODS, type Factor, type SaMethod, type SaSettings } from '../engine/sa-plan';
import type { Scenario } from '../model/index';
import { CliError } from './io';
import { short } from './messages';
import { str, wholeFlag, type OptionSpec, type Values } from './options';

export const SA_OPTIONS: OptionSpec = {
  method: { type: 'string' },
  vary: { type: 'string', multiple: true },
  outputs: { type: 'string' },
  stat: { type: 'string' },
  'years-of-interest': { type: 'string' },
  trajectories: { type: 'string' },
  levels: { type: 'string' },
  candidates: { type: 'string' },
  samples: { type: 'string' },
  bootstrap: { type: 'string' },
  confidence: { type: 'string' },
  rows: { type: 'string' },
  'from-rows': { type: 'string' },
  figure: { type: 'string' },
};

const MORRIS_ONLY = ['trajectories', 'levels', 'candidates'];
const SOBOL_ONLY = ['samples'];

export function methodFlag(v: Values): SaMethod {
  const m = str(v, 'method');
  if (m === undefined) throw new CliError('missing --method morris|sobol');
  if (!(SA_METHODS as readonly string[]).includes(m))
    throw new CliError(`--method must be morris or sobol, got "${short(m)}"`);
  for (const k of m === 'morris' ? SOBOL_ONLY : MORRIS_ONLY)
    if (str(v, k) !== undefined)
      throw new CliError(`--${k} applies to --method ${m === 'morris' ? 'sobol' : 'morris'} only`);
  return m as SaMethod;
}

/** `--outputs a,b` with `--stat` over `--years-of-interest`: what each run is summarised into. */
export function outputsFlag(v: Values, scenario: Scenario): Summary[] {
  const text = str(v, 'outputs');
  if (text === undefined)
    throw new CliError(`missing --outputs metric,… (yearly metrics, e.g. waiting_list,mean_trust)`);
  const names = [...new Set(text.split(',').map((s) => s.trim()))].filter(Boolean);
  const unknown = names.filter((n) => !METRIC_NAMES.includes(n));
  if (unknown.length || names.length === 0)
    throw new CliError(
      `--outputs: ${unknown.length ? `unknown metric${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${short(u)}"`).join(', ')}` : 'names no metric'}; outputs are yearly metrics: ${METRIC_NAMES.filter((m) => m !== 'regime').join(', ')}`.slice(
        0,
        600,
      ),
    );
  if (names.includes('regime')) throw new CliError('--outputs: "regime" is text, not a number to analyse');
  const stat = (str(v, 'stat') ?? 'mean') as Stat;
  if (!STATS.includes(stat)) throw new CliError(`--stat must be one of ${STATS.join(', ')}, got "${short(stat)}"`);
  const yt = str(v, 'years-of-interest');
  let years: YearRange | undefined;
  if (yt !== undefined) {
    const r = parseYearRange(yt);
    if (typeof r === 'string') throw new CliError(`--years-of-interest: ${r}`);
    const problem = checkRange(r, scenario);
    if (problem) throw new CliError(`--years-of-interest: ${problem}`);
    years = r;
  }
  return names.map((metric) => ({ metric, stat, ...(years ? { years } : {}) }));
}

/** A decimal strictly between 0 and 1 (the intervals' level). */
function levelFlag(v: Values): number {
  const t = str(v, 'confidence');
  if (t === undefined) return 0.95;
  const x = parseDecimal(t);
  if (x === null || !(x > 0 && x < 1))
    throw new CliError(`--confidence must be a number between 0 and 1, got "${short(t)}"`);
  return x;
}

export function saSettings(v: Values, method: SaMethod, factors: Factor[], seed: number): SaSettings {
  if (method === 'sobol' && factors.length > MAX_SOBOL_FACTORS)
    throw new CliError(`--method sobol takes at most ${MAX_SOBOL_FACTORS} parameters, got ${factors.length}`);
  const trajectories = wholeFlag(v, 'trajectories', 2, 10_000, 10);
  const levels = wholeFlag(v, 'levels', 2, 100, 4);
  if (levels % 2 !== 0) throw new CliError(`--levels must be even (Morris's grid), got ${levels}`);
  const candidates = wholeFlag(v, 'candidates', 2, 10_000, Math.min(10_000, 4 * trajectories));
  if (candidates < trajectories)
    throw new CliError(`--candidates (${candidates}) must be at least --trajectories (${trajectories})`);
  const samples = wholeFlag(v, 'samples', 2, 1 << 20, 64);
  const bootstrap = wholeFlag(v, 'bootstrap', 0, 100_000, 1000);
  return { method, factors, seed, trajectories, levels, candidates, samples, bootstrap, level: levelFlag(v) };
}

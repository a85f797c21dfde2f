// `calibrate`: fits the parameters varied to target patterns (summary statistics with
// tolerances) by approximate Bayesian computation, ABC-SMC (src/analysis/abc.ts; the method
// is documented in docs/metrics.md, "Calibration targets"). Writes the accepted particles of
// every generation with their distances and weights, the posterior summary and per-generation
// diagnostics (tolerance, acceptance rate, effective sample size), with datapackage.json.
// Deterministic for a seed, whatever the number of workers.
import { resolve } from 'node:path';
import { abcSmc, weightedSummary, type AbcResult } from '../../analysis/abc';
import { summarise } from '../../engine/aggregate';
import { tidy, type Job } from '../../engine/ensemble';
import { mean } from '../../engine/stats';
import { parseDecimal } from '../../engine/numbers';
import { runSeed, type YearMetrics } from '../../model/index';
import { distance, readTargets, type Target } from '../calibration-targets';
import { reportFailure } from '../failure';
import { HELP } from '../help';
import { commandLine, watchInterrupt } from '../interrupt';
import { CliError, EXIT, type Io } from '../io';
import { rowWriter } from '../formats';
import { short } from '../messages';
import { parseFlags, RUN_OPTIONS, str, wholeFlag, type Values } from '../options';
import { plannedOutput, type PlannedOutput } from '../output-flags';
import { Outputs } from '../output';
import { DEFAULT_WORKERS, runJobs } from '../pool';
import { provenanceFor } from '../provenance';
import { scenarioFromFlags, type ScenarioSource } from '../scenario-source';
import { distinctTargets, type TargetRules } from '../targets';
import { rangeFlags } from '../vary';
import { commitWithDescriptors } from '../written';
import { SCALE_COST, WORKERS_PAY_FROM } from './batch';
import type { Factor } from '../../engine/sa-plan';

const OPTIONS = {
  ...RUN_OPTIONS,
  targets: { type: 'string' },
  vary: { type: 'string', multiple: true },
  particles: { type: 'string' },
  generations: { type: 'string' },
  quantile: { type: 'string' },
  'max-runs': { type: 'string' },
  runs: { type: 'string' },
  workers: { type: 'string' },
  posterior: { type: 'string' },
  diagnostics: { type: 'string' },
} as const;

export const POSTERIOR_COLUMNS = ['parameter', 'prior_low', 'prior_high', 'mean', 'sd', 'p05', 'median', 'p95'];
export const DIAGNOSTIC_COLUMNS = ['generation', 'epsilon', 'proposals', 'accepted', 'acceptance_rate', 'ess', 'runs'];

function quantileFlag(v: Values): number {
  const t = str(v, 'quantile');
  if (t === undefined) return 0.5;
  const x = parseDecimal(t);
  if (x === null || !(x > 0 && x < 1))
    throw new CliError(`--quantile must be a number between 0 and 1, got "${short(t)}"`);
  return x;
}

/** The model runs of a batch of proposals: proposal q's run r has seed runSeed(S, q × runs + r). */
function proposalJobs(
  source: ScenarioSource,
  factors: Factor[],
  thetas: number[][],
  first: number,
  runs: number,
): Job[] {
  const base = source.scenario;
  return thetas.flatMap((theta, i) => {
    const values = Object.fromEntries(factors.map((f, k) => [f.id, theta[k]]));
    return Array.from({ length: runs }, (_, r) => {
      const seed = runSeed(base.seed, (first + i) * runs + r);
      return {
        index: i * runs + r,
        name: source.name,
        point: first + i,
        run: r,
        seed,
        values,
        scenario: { ...base, seed, params: { ...(base.params ?? {}), ...values } },
      };
    });
  });
}

function rowsOf(result: AbcResult, factors: Factor[]) {
  const particles = result.generations.flatMap((g) =>
    g.particles.map((p, i) => ({
      generation: g.index,
      particle: i,
      ...Object.fromEntries(factors.map((f, k) => [f.id, p.theta[k]])),
      distance: p.distance,
      weight: p.weight,
      evaluation: p.evaluation,
    })),
  );
  const last = result.generations.at(-1)!;
  const posterior = factors.map((f, k) => ({
    parameter: f.id,
    prior_low: f.lo,
    prior_high: f.hi,
    ...weightedSummary(
      last.particles.map((p) => p.theta[k]),
      last.particles.map((p) => p.weight),
    ),
  }));
  return { particles, posterior };
}

export async function calibrateCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('calibrate', argv, OPTIONS);
  if (v.help) {
    io.out(HELP.calibrate);
    return EXIT.ok;
  }
  const source = scenarioFromFlags(v, io.cwd);
  const { scenario } = source;
  const targetsText = str(v, 'targets');
  if (targetsText === undefined)
    throw new CliError('missing --targets targets.json (docs/metrics.md, "Calibration targets")');
  const targetsPath = resolve(io.cwd, targetsText);
  const targets = readTargets(targetsPath, targetsText, scenario);
  const factors = rangeFlags(v);
  const particles = wholeFlag(v, 'particles', 2, 100_000, 100);
  const generations = wholeFlag(v, 'generations', 1, 1000, 10);
  const runs = wholeFlag(v, 'runs', 1, 1000, 1);
  const q = quantileFlag(v);
  const maxRuns = wholeFlag(v, 'max-runs', 1, 10_000_000, particles * runs * 50);
  if (maxRuns < particles * runs)
    throw new CliError(
      `--max-runs ${maxRuns} is fewer than one generation needs (--particles × --runs = ${particles * runs})`,
    );
  const rules: TargetRules = {
    cwd: io.cwd,
    force: Boolean(v.force),
    inputs: [
      { path: source.path, what: 'scenario file' },
      { path: targetsPath, what: 'targets file' },
    ],
  };
  const ids = factors.map((f) => f.id);
  const planned = [
    plannedOutput('out', 'particles', str(v, 'out') ?? '-', rules, [
      'generation',
      'particle',
      ...ids,
      'distance',
      'weight',
      'evaluation',
    ])!,
    plannedOutput('posterior', 'posterior', str(v, 'posterior'), rules, POSTERIOR_COLUMNS),
    plannedOutput('diagnostics', 'diagnostics', str(v, 'diagnostics'), rules, DIAGNOSTIC_COLUMNS),
  ].filter((p): p is PlannedOutput => p !== undefined);
  distinctTargets(planned.map((p) => p.target));
  const cores = io.cores ?? DEFAULT_WORKERS;
  const asked = wholeFlag(v, 'workers', 1, 256);
  const work = particles * runs * Math.min(generations, 5) * 2 * scenario.years * (SCALE_COST[scenario.scale] ?? 1);
  const workers = Math.min(asked ?? (work < WORKERS_PAY_FROM ? 1 : cores), cores);

  const interrupt = watchInterrupt(io);
  const outputs = new Outputs(io, commandLine('calibrate', argv), interrupt.stop);
  const started = performance.now();
  let modelRuns = 0;
  try {
    const result = await abcSmc(
      {
        priors: factors.map((f) => ({ lo: f.lo, hi: f.hi })),
        particles,
        generations,
        quantile: q,
        finalEpsilon: 1,
        maxEvaluations: Math.floor(maxRuns / runs),
        seed: scenario.seed,
        tidy: (theta) => theta.map((x, k) => tidy(ids[k], x)),
        onGeneration: (g) => {
          if (!v.quiet)
            io.err(
              `generation ${g.index}: ${g.epsilon === null ? 'prior' : `ε ${g.epsilon.toPrecision(3)}`}, kept ${g.particles.length} of ${g.proposals} proposals (${((100 * g.particles.length) / g.proposals).toFixed(0)}%), ESS ${g.ess.toFixed(1)}\n`,
            );
        },
      },
      async (thetas, first) => {
        const jobs = proposalJobs(source, factors, thetas, first, runs);
        const yearly: YearMetrics[][] = new Array(jobs.length);
        await runJobs(jobs, workers, (i, o) => (yearly[i] = o.yearly), interrupt.stop, {});
        if (interrupt.signal) return null;
        modelRuns += jobs.length;
        return thetas.map((_, i) =>
          distance(
            targets.map((t: Target) =>
              mean(Array.from({ length: runs }, (_, r) => summarise(yearly[i * runs + r], t.summary))),
            ),
            targets,
          ),
        );
      },
    );
    if (result.reason === 'stopped') {
      outputs.abort();
      io.err(
        `quasimarket: interrupted (${interrupt.signal}) after ${modelRuns} runs; a calibration keeps no checkpoint, nothing was written\n`,
      );
      return interrupt.exit;
    }
    if (result.generations.length === 0) throw new CliError('no generation completed within --max-runs');
    const { particles: prow, posterior } = rowsOf(result, factors);
    const diag = result.generations.map((g) => ({
      generation: g.index,
      epsilon: g.epsilon,
      proposals: g.proposals,
      accepted: g.particles.length,
      acceptance_rate: g.particles.length / g.proposals,
      ess: g.ess,
      runs: g.evaluated * runs,
    }));
    const last = result.generations.at(-1)!;
    for (const p of planned) {
      const w = rowWriter(await outputs.open(p.target), p.format, p.columns, p.schema);
      w.write(p.role === 'particles' ? prow : p.role === 'posterior' ? posterior : diag);
      w.finish();
    }
    const provenance = await provenanceFor(source, v, 'calibrate', argv, {
      method: 'ABC-SMC (Beaumont et al. 2009; Toni et al. 2009)',
      targets: targets.map((t) => ({ name: t.name, ...t.summary, target: t.target, tolerance: t.tolerance })),
      targets_file: targetsText,
      vary: factors,
      particles,
      generations,
      quantile: q,
      runs,
      max_runs: maxRuns,
      stopped_because: result.reason,
      final_epsilon: last.epsilon,
      model_runs: result.evaluated * runs,
    });
    commitWithDescriptors(outputs, planned, provenance, io);
    if (!v.quiet) {
      const why =
        result.reason === 'target'
          ? 'every target met (ε = 1)'
          : `targets not all met: the last generation's ε is ${last.epsilon?.toPrecision(3) ?? 'none (prior only)'} (${result.reason === 'budget' ? '--max-runs spent' : '--generations reached'})`;
      io.err(
        `${source.label}: ${result.generations.length} generations, ${result.evaluated * runs} runs on ${workers} worker${workers === 1 ? '' : 's'}; ${why} in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
      );
    }
  } catch (e) {
    outputs.abort();
    return reportFailure(e, io, outputs);
  } finally {
    interrupt.dispose();
  }
  return EXIT.ok;
}

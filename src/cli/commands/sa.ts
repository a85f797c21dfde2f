// `sa`: global sensitivity analysis of any parameters on any yearly outputs. Morris elementary
// effects (Campolongo et al. 2007's trajectories) or Sobol' indices (Saltelli 2010 sampling,
// Jansen's estimators), each design point a batch of runs (sharded with --shard like a sweep),
// the indices as a tidy CSV with bootstrap intervals, a figure, and datapackage.json. The
// indices come from the runs' rows as printed, so `sa --from-rows` on merged shards gives the
// same bytes as one machine running the whole batch.
import { figureTitle } from '../sa-figure';
import { planInfo, planJobs } from '../../engine/ensemble';
import { INDEX_COLUMNS, saIndices, saPlan, type SaPlan } from '../../engine/sa-plan';
import type { Summary } from '../../engine/aggregate';
import type { Provenance } from '../../engine/datapackage';
import { indicesFigure } from '../../analysis/figure';
import type { YearMetrics } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { HELP } from '../help';
import { reportFailure } from '../failure';
import { rowWriter } from '../formats';
import { commandLine } from '../interrupt';
import { parseFlags, RUN_OPTIONS, str, wholeFlag, type Values } from '../options';
import { figureOutput, plannedOutput, type PlannedOutput } from '../output-flags';
import { Outputs, type Output } from '../output';
import { provenanceFor } from '../provenance';
import { readRunsFile } from '../rows-file';
import { methodFlag, outputsFlag, saSettings, SA_OPTIONS } from '../sa-flags';
import { scenarioFromFlags, type ScenarioSource } from '../scenario-source';
import { distinctTargets, type TargetRules } from '../targets';
import { rangeFlags } from '../vary';
import { commitWithDescriptors } from '../written';
import { BATCH_OPTIONS, batchSetup, MAX_JOBS, runBatch } from './batch';
import { resolve } from 'node:path';

/** Writes the indices (and the figure) computed from every run's rows. */
async function writeIndices(
  plan: SaPlan,
  results: readonly YearMetrics[][],
  runs: number,
  outputs: Summary[],
  files: { indices: PlannedOutput; figure?: PlannedOutput },
  open: (p: PlannedOutput) => Promise<Output>,
  title: string,
): Promise<void> {
  const rows = saIndices(plan, results, runs, outputs);
  const w = rowWriter(await open(files.indices), files.indices.format, INDEX_COLUMNS, files.indices.schema);
  w.write(rows as unknown as Record<string, unknown>[]);
  w.finish();
  if (files.figure) {
    const o = await open(files.figure);
    o.write(indicesFigure(rows, title));
    o.flush();
  }
}

export async function saCommand(argv: string[], io: Io): Promise<number> {
  const v = parseFlags('sa', argv, { ...RUN_OPTIONS, ...BATCH_OPTIONS, ...SA_OPTIONS });
  if (v.help) {
    io.out(HELP.sa);
    return EXIT.ok;
  }
  const source = scenarioFromFlags(v, io.cwd);
  const { scenario } = source;
  const method = methodFlag(v);
  const factors = rangeFlags(v);
  const outputs = outputsFlag(v, scenario);
  const settings = saSettings(v, method, factors, scenario.seed);
  const runs = wholeFlag(v, 'runs', 1, 100_000, 1);
  const plan = saPlan(settings);
  if (plan.points.length * runs > MAX_JOBS)
    throw new CliError(
      `${plan.points.length} design points × ${runs} runs is more than ${MAX_JOBS} runs; use fewer samples, trajectories or runs`,
    );
  if (str(v, 'out') !== undefined && str(v, 'rows') !== undefined && str(v, 'out') === str(v, 'rows'))
    throw new CliError('--out (the indices) and --rows (the runs) name the same file');
  const ids = factors.map((f) => f.id);
  const jobs = planJobs(scenario, runs, scenario.seed, plan.points, source.name);
  const title = figureTitle(settings, outputs, source.label, runs);
  const describe = {
    method,
    vary: factors,
    outputs: outputs.map((o) => o.metric),
    stat: outputs[0].stat,
    years_of_interest: outputs[0].years ?? null,
    runs,
    design:
      method === 'morris'
        ? { trajectories: settings.trajectories, levels: settings.levels, candidates: settings.candidates }
        : { samples: settings.samples, sequence: "Sobol' (Joe-Kuo 6.21201), unscrambled, from the origin" },
    bootstrap: settings.bootstrap,
    confidence: settings.level,
    points: plan.points.length,
  };
  const fromRows = str(v, 'from-rows');
  if (fromRows !== undefined)
    return fromRowsRun(v, io, argv, source, plan, jobs, runs, outputs, fromRows, title, describe);

  const sharded = str(v, 'shard') !== undefined;
  if (sharded && (str(v, 'out') !== undefined || str(v, 'figure') !== undefined))
    throw new CliError(
      "--shard runs part of the design: the indices need every run. Write each shard's --rows, merge them (sim merge --out rows.csv rows.shard-*.csv), then sim sa --from-rows rows.csv with the same flags",
    );
  if (sharded && str(v, 'rows') === undefined)
    throw new CliError('--shard needs --rows FILE (each shard writes its runs there)');
  const rules: TargetRules = {
    cwd: io.cwd,
    force: Boolean(v.force),
    inputs: [{ path: source.path, what: 'scenario file' }],
  };
  const indices = sharded ? undefined : plannedOutput('out', 'indices', str(v, 'out') ?? '-', rules, INDEX_COLUMNS);
  const figure = sharded ? undefined : figureOutput('figure', str(v, 'figure'), rules);
  const metrics = [
    ...new Set([
      ...(str(v, 'metrics')
        ?.split(',')
        .map((s) => s.trim()) ?? []),
      ...outputs.map((o) => o.metric),
    ]),
  ];
  const setup = batchSetup({ ...v, metrics: metrics.filter(Boolean).join(',') }, io, source, jobs.length, {
    command: 'sa',
    argv,
    varied: ids,
    rowsFlag: 'rows',
    rowsOptional: true,
    after: [indices, figure].filter((p): p is PlannedOutput => p !== undefined),
  });
  const info = await planInfo('sa', scenario, runs, plan.points, setup.columns);
  const provenance = await provenanceFor(source, v, 'sa', argv, describe);
  return runBatch(
    jobs,
    info,
    setup,
    v,
    io,
    source.label,
    provenance,
    indices
      ? (results, open) => writeIndices(plan, results, runs, outputs, { indices, figure }, open, title)
      : undefined,
  );
}

/** `--from-rows`: the indices from a rows file (merged shards), without running anything. */
async function fromRowsRun(
  v: Values,
  io: Io,
  argv: string[],
  source: ScenarioSource,
  plan: SaPlan,
  jobs: ReturnType<typeof planJobs>,
  runs: number,
  outputs: Summary[],
  rowsText: string,
  title: string,
  describe: Record<string, unknown>,
): Promise<number> {
  for (const k of ['rows', 'shard', 'resume', 'summary', 'weekly', 'events', 'organisations', 'workers'])
    if (v[k] !== undefined) throw new CliError(`--${k} does not apply with --from-rows (nothing is run)`);
  const path = resolve(io.cwd, rowsText);
  const rules: TargetRules = {
    cwd: io.cwd,
    force: Boolean(v.force),
    inputs: [
      { path: source.path, what: 'scenario file' },
      { path, what: 'rows file' },
    ],
  };
  const indices = plannedOutput('out', 'indices', str(v, 'out') ?? '-', rules, INDEX_COLUMNS)!;
  const figure = figureOutput('figure', str(v, 'figure'), rules);
  distinctTargets([indices.target, figure?.target]);
  const file = await readRunsFile(path, rowsText, jobs, runs);
  const missing = outputs.find((o) => !file.columns.includes(o.metric));
  if (missing) throw new CliError(`--from-rows ${rowsText}: has no column ${missing.metric} (one of --outputs)`);
  const info = await planInfo('sa', source.scenario, runs, plan.points, file.columns);
  if (file.planSha256 && file.planSha256 !== info.sha256)
    throw new CliError(
      `--from-rows ${rowsText}: its datapackage.json records another plan (${file.planSha256.slice(0, 12)}, these flags make ${info.sha256.slice(0, 12)}): give the scenario and flags the rows were made with`,
    );
  const provenance: Provenance = {
    ...(await provenanceFor(source, v, 'sa', argv, describe)),
    from_rows: { path: rowsText, plan: info },
  };
  const out = new Outputs(io, commandLine('sa', argv));
  try {
    await writeIndices(plan, file.results, runs, outputs, { indices, figure }, (p) => out.open(p.target), title);
    commitWithDescriptors(out, [indices, ...(figure ? [figure] : [])], provenance, io);
  } catch (e) {
    out.abort();
    return reportFailure(e, io, out);
  }
  if (!v.quiet) io.err(`${source.label}: indices from ${jobs.length} runs in ${rowsText}\n`);
  return EXIT.ok;
}

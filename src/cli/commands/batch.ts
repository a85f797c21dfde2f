// Shared by `ensemble` and `sweep` (and any command that runs a plan of jobs): run the jobs
// (of one shard, with --shard K/N) on the pool, write each output's rows in job order as
// they become available, then the summary. With --out FILE.csv, rows go to a checkpoint
// beside it (locked against other jobs) that Ctrl-C, SIGTERM or a full disk leaves for --resume.
import { basename } from 'node:path';
import type { JobOutput } from '../../engine/collect';
import { WEEK_ID_COLUMNS, yearColumns } from '../../engine/columns';
import type { Provenance } from '../../engine/datapackage';
import {
  InOrder,
  runTags,
  summariseRuns,
  summaryColumns,
  tagColumns,
  type Job,
  type PlanInfo,
} from '../../engine/ensemble';
import { ORGANISATION_COLUMNS } from '../../engine/organisations';
import { shardJobs, type Shard } from '../../engine/shard';
import type { YearMetrics } from '../../model/index';
import { CliError, EXIT, IoError, type Io } from '../io';
import { checkpointHasRows, readCheckpoint } from '../checkpoint';
import { incompleteNote, reportFailure } from '../failure';
import { rowWriter, type RowWriter } from '../formats';
import { commandLine, watchInterrupt } from '../interrupt';
import { str, wholeFlag, type OptionSpec, type Values } from '../options';
import {
  EVENT_COLUMNS,
  OUTPUT_OPTIONS,
  outputChoice,
  plannedOutput,
  SHARD_OPTIONS,
  shardFlag,
  type OutputChoice,
  type PlannedOutput,
} from '../output-flags';
import { checkpointPath, Outputs, type Output } from '../output';
import { DEFAULT_WORKERS, runJobs } from '../pool';
import { progress } from '../progress';
import type { ScenarioSource } from '../scenario-source';
import { distinctTargets, type TargetRules } from '../targets';
import { commitWithDescriptors } from '../written';

export const BATCH_OPTIONS: OptionSpec = {
  runs: { type: 'string' },
  workers: { type: 'string' },
  summary: { type: 'string' },
  resume: { type: 'boolean' },
  ...OUTPUT_OPTIONS,
  ...SHARD_OPTIONS,
};

export const MAX_JOBS = 1_000_000;

/** CPU of a simulated year at each scale once warm, in local-scale years (measured: ~4 ms, ~80 ms, ~0.2 s). */
export const SCALE_COST: Record<string, number> = { local: 1, region: 20, england: 55 };

/**
 * Work (local-scale run-years, per machine) from which more worker threads pay. Each thread
 * warms up its own JIT over its first run, and that, not compiling TypeScript, GC or threads
 * slowing one another, is why 2 threads cost ~1.4x the CPU of 1 on small batches (measured on
 * 2 cores: 2 England runs of 5 years cost 4.9 s of CPU in one thread, 7.8 s in two threads or
 * two processes alike; a run after the first costs a quarter of it). The warm-up is 2-3 s of
 * CPU, so below ~5,000 local-scale run-years (~20 s of warm CPU) a second thread adds more
 * than 15% to the batch's CPU for little gain in time, and one thread runs it.
 */
export const WORKERS_PAY_FROM = 5000;

export interface BatchSetup {
  source: ScenarioSource;
  /** Parameter ids varied (a sweep's), as tag columns. */
  varied: string[];
  choice: OutputChoice;
  shard?: Shard;
  /** The rows: a file (a checkpoint when CSV), or standard output, a device or a FIFO; none when optional and not asked for. */
  out?: PlannedOutput;
  /** The flag naming the rows (--out, or --rows for `sa`). */
  rowsFlag: string;
  /** The rows' columns (tags, then the yearly columns), whether or not they are written. */
  columns: string[];
  summary?: PlannedOutput;
  extra: PlannedOutput[];
  /** Files computed from all the runs at the end (a sensitivity analysis's indices and figure). */
  after: PlannedOutput[];
  workers: number;
  resume: boolean;
  /** The command and its flags, for the lock file, the resume hint and the descriptor. */
  command: string;
  argv: string[];
}

/** How a command's batch writes its rows and what else it writes. */
export interface BatchHow {
  command: string;
  argv: string[];
  varied?: string[];
  /** The flag naming the rows file (default `out`, whose absence means standard output). */
  rowsFlag?: string;
  /** Rows are written only when the flag is given (otherwise kept in memory for `after`). */
  rowsOptional?: boolean;
  /** Outputs written at the end from all the runs (planned by the command). */
  after?: PlannedOutput[];
  /** Files the command reads besides the scenario (not replaced without --force). */
  inputs?: { path: string; what: string }[];
}

/** Checks the output flags and worker count before anything runs (`runs`: jobs in the whole plan). */
export function batchSetup(v: Values, io: Io, source: ScenarioSource, runs: number, how: BatchHow): BatchSetup {
  const { scenario } = source;
  const varied = how.varied ?? [];
  const choice = outputChoice(v);
  const shard = shardFlag(v);
  const perMachine = shard ? Math.ceil(runs / shard.count) : runs;
  const small = perMachine * scenario.years * (SCALE_COST[scenario.scale] ?? 1) < WORKERS_PAY_FROM;
  const cores = io.cores ?? DEFAULT_WORKERS;
  const asked = wholeFlag(v, 'workers', 1, 256);
  const rules: TargetRules = {
    cwd: io.cwd,
    force: Boolean(v.force),
    inputs: [{ path: source.path, what: 'scenario file' }, ...(how.inputs ?? [])],
  };
  const tags = tagColumns(varied);
  const rowsFlag = how.rowsFlag ?? 'out';
  const rowsText = str(v, rowsFlag) ?? (how.rowsOptional ? undefined : '-');
  const columns = [...tags, ...yearColumns(choice.metrics)];
  const out = plannedOutput(rowsFlag, 'runs', rowsText, rules, columns, shard);
  const after = how.after ?? [];
  if (shard && str(v, 'summary') !== undefined)
    throw new CliError(
      '--summary with --shard: a shard holds only part of the runs; make the summary when merging (sim merge --summary FILE)',
    );
  const summary = plannedOutput('summary', 'summary', str(v, 'summary'), rules, summaryColumns(varied));
  const extra = [
    plannedOutput(
      'weekly',
      'weekly',
      str(v, 'weekly'),
      rules,
      [...tags, ...WEEK_ID_COLUMNS, ...(choice.wants.weekly ?? [])],
      shard,
    ),
    plannedOutput('events', 'events', str(v, 'events'), rules, [...tags, ...EVENT_COLUMNS], shard),
    plannedOutput(
      'organisations',
      'organisations',
      str(v, 'organisations'),
      rules,
      [...tags, ...ORGANISATION_COLUMNS],
      shard,
    ),
  ].filter((p): p is PlannedOutput => p !== undefined);
  distinctTargets([out, summary, ...extra, ...after].map((p) => p?.target));
  const resume = Boolean(v.resume);
  const f = `--${rowsFlag}`;
  if (resume && (str(v, rowsFlag) === undefined || !out))
    throw new CliError(`--resume needs the ${f} file of the interrupted run`);
  if (resume && out!.target.kind !== 'file')
    throw new CliError(`--resume needs ${f} to name a file; ${out!.target.name} keeps no checkpoint`);
  if (resume && out!.format !== 'csv')
    throw new CliError(
      `--resume needs ${f} to be a .csv file (a checkpoint is plain CSV); ${out!.target.name} is ${out!.format}`,
    );
  if (resume && extra.length)
    throw new CliError(
      `--resume continues ${f} and --summary only; --${extra[0].flag} is not checkpointed: run again without it, or split the batch with --shard`,
    );
  // More threads than cores only compete for them; results are the same for any number.
  if (asked !== undefined && asked > cores)
    io.err(
      `quasimarket: --workers ${asked} is more than the ${cores} core${cores === 1 ? '' : 's'} this machine can use; using ${cores}\n`,
    );
  const workers = asked === undefined ? (small ? 1 : cores) : Math.min(asked, cores);
  return {
    source,
    varied,
    choice,
    shard,
    out,
    rowsFlag,
    columns,
    summary,
    extra,
    after,
    workers,
    resume,
    command: how.command,
    argv: how.argv,
  };
}

/** Rows of one output for one run: the run's tags, then its own fields. */
function tagged(job: Job, rows: readonly object[] | undefined): Record<string, unknown>[] {
  const t = runTags(job);
  return (rows ?? []).map((r) => ({ ...t, ...r }));
}

/** Writes the `after` outputs from every run's yearly rows (in job order), once all have run. */
export type AfterRuns = (
  results: readonly YearMetrics[][],
  open: (p: PlannedOutput) => Promise<Output>,
) => void | Promise<void>;

export async function runBatch(
  plan: Job[],
  info: PlanInfo,
  setup: BatchSetup,
  v: Values,
  io: Io,
  label: string,
  provenance: Provenance,
  afterRuns?: AfterRuns,
): Promise<number> {
  if (plan.length > MAX_JOBS)
    throw new CliError(`${plan.length} runs requested; at most ${MAX_JOBS} (fewer --runs, steps or samples)`);
  const jobs = shardJobs(plan, setup.shard);
  const { out, summary, extra, after } = setup;
  const target = out?.target;
  const checkpoint = out && target?.kind === 'file' && out.format === 'csv' ? checkpointPath(target.path) : null;
  const kept = checkpoint ? basename(checkpoint) : '';
  const resumeLine = `  ${commandLine(setup.command, setup.argv, ['--resume'])}\n`;
  const interrupt = watchInterrupt(io);
  const outputs = new Outputs(io, commandLine(setup.command, setup.argv), interrupt.stop);
  const bar = progress(io, label, jobs.length, 'runs', Boolean(v.quiet));
  let rowsOut: Output | null = null;
  /** Runs wholly in the rows output, in job order. */
  let written = 0;
  let start = 0;
  const stopped = (): number => {
    bar.stop();
    outputs.keep(checkpoint ? rowsOut : null);
    const what = `quasimarket: interrupted (${interrupt.signal}) after ${written} of ${jobs.length} runs`;
    if (checkpoint && rowsOut) io.err(`${what}; the complete runs are kept in ${kept}. To continue:\n${resumeLine}`);
    else
      io.err(
        `${what}${incompleteNote(outputs)}${checkpoint ? '' : ` (with --${setup.rowsFlag} FILE.csv a batch can be resumed)`}\n`,
      );
    return interrupt.exit;
  };
  try {
    // The lock comes first: no other job may touch the checkpoint while it is read.
    if (target) outputs.lock(target);
    // An interrupted run's complete runs are not thrown away by running the command again without --resume.
    if (checkpoint && target && !setup.resume && !v.force && checkpointHasRows(checkpoint)) {
      throw new CliError(
        `--${setup.rowsFlag} ${target.name}: ${kept} holds the complete runs of an interrupted run; add --resume to continue it, or --force to start again`,
      );
    }
    const resumed =
      setup.resume && checkpoint && out
        ? readCheckpoint(
            checkpoint,
            `${out.target.name} checkpoint (${kept})`,
            jobs,
            out.columns,
            out.columns.length - yearColumns(setup.choice.metrics).length,
          )
        : null;
    written = start = resumed?.done ?? 0;
    let rows: RowWriter | null = null;
    if (out) {
      rowsOut = await outputs.open(
        out.target,
        checkpoint
          ? { path: checkpoint, resumeBytes: resumed ? Buffer.byteLength(resumed.text) : undefined }
          : undefined,
      );
      rows = rowWriter(rowsOut, out.format, out.columns, out.schema, { header: !resumed?.text });
      rows.unit();
    }
    const summaryOut = summary ? await outputs.open(summary.target) : null;
    const extras: [PlannedOutput, RowWriter][] = [];
    for (const p of extra) extras.push([p, rowWriter(await outputs.open(p.target), p.format, p.columns, p.schema)]);
    const results: YearMetrics[][] = new Array(jobs.length);
    resumed?.results.forEach((r, i) => {
      results[i] = r;
    });
    const ordered = new InOrder<JobOutput>((i, o) => {
      const job = jobs[i];
      rows?.write(tagged(job, o.yearly));
      rows?.unit(); // whole runs reach the checkpoint (or stdout) as soon as they are in order
      for (const [p, w] of extras) {
        w.write(tagged(job, p.role === 'weekly' ? o.weekly : p.role === 'events' ? o.events : o.organisations));
        w.unit();
      }
      written = i + 1;
    }, start);
    let done = start;
    bar.update(done);
    const position = new Map(jobs.map((j, i) => [j.index, i]));
    await runJobs(
      jobs.slice(start),
      setup.workers,
      (index, o) => {
        const i = position.get(index)!;
        if (summaryOut || afterRuns) results[i] = o.yearly;
        ordered.put(i, o);
        bar.update(++done);
      },
      interrupt.stop,
      setup.choice.wants,
    );
    if (interrupt.signal) return stopped();
    rows?.finish();
    for (const [, w] of extras) w.finish();
    if (summaryOut && summary) {
      const metrics = yearColumns(setup.choice.metrics).slice(3);
      const sw = rowWriter(summaryOut, summary.format, summary.columns, summary.schema);
      sw.write(summariseRuns(jobs, results, metrics));
      sw.finish();
    }
    if (afterRuns) await afterRuns(results, (p) => outputs.open(p.target));
    const shard = setup.shard ? { index: setup.shard.index, count: setup.shard.count } : null;
    const planned = [...(out ? [out] : []), ...(summary ? [summary] : []), ...extra, ...after];
    commitWithDescriptors(outputs, planned, provenance, io, () => ({ plan: { ...info, shard } }));
  } catch (e) {
    if (interrupt.signal && !(e instanceof CliError)) return stopped();
    bar.stop();
    // A file that cannot be written keeps the complete runs for --resume; the model's
    // failure (it would fail again) and bad input keep nothing new.
    if (e instanceof IoError && checkpoint && rowsOut && written > 0) {
      outputs.keep(rowsOut);
      return reportFailure(
        e,
        io,
        outputs,
        `quasimarket: ${written} of ${jobs.length} runs are kept in ${kept}; once the problem is fixed, continue with:\n${resumeLine}`,
      );
    }
    outputs.abort();
    return reportFailure(e, io, outputs);
  } finally {
    interrupt.dispose();
  }
  const k = Math.min(setup.workers, jobs.length - start);
  const again = start ? ` (resumed after ${start})` : '';
  const of = setup.shard
    ? ` (shard ${setup.shard.index} of ${setup.shard.count}: ${jobs.length} of ${plan.length})`
    : '';
  const to = out && str(v, setup.rowsFlag) !== undefined ? ` → ${out.target.name}` : '';
  const more = [
    ...(summary ? [`summary ${summary.target.name}`] : []),
    ...after.map((p) => `${p.flag} ${p.target.name}`),
  ];
  bar.finish(
    `${label}: ${jobs.length} runs${of}${again} on ${k} worker${k === 1 ? '' : 's'}${to}${more.length ? `, ${more.join(', ')}` : ''}`,
  );
  return EXIT.ok;
}

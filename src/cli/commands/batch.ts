// Shared by `ensemble` and `sweep`: run the jobs on the pool, write rows in job order as
// they become available, then the summary. With --out, rows go to a checkpoint beside it
// (locked against other jobs) that Ctrl-C, SIGTERM or a full disk leaves for --resume.
import { basename } from 'node:path';
import { csvLine, csvRow } from '../../engine/csv';
import { InOrder, runColumns, runRow, summariseRuns, summaryColumns, type Job } from '../../engine/ensemble';
import type { Scenario, YearMetrics } from '../../model/index';
import { CliError, EXIT, IoError, type Io } from '../io';
import { checkpointHasRows, readCheckpoint } from '../checkpoint';
import { incompleteNote, reportFailure } from '../failure';
import { commandLine, watchInterrupt } from '../interrupt';
import { str, wholeFlag, type Values } from '../options';
import { checkpointPath, Outputs, type Output } from '../output';
import { DEFAULT_WORKERS, runJobs } from '../pool';
import { progress } from '../progress';
import { distinctTargets, outputTarget, stdoutTarget, type Target } from '../targets';

export const BATCH_OPTIONS = {
  runs: { type: 'string' },
  workers: { type: 'string' },
  summary: { type: 'string' },
  resume: { type: 'boolean' },
} as const;

export const MAX_JOBS = 1_000_000;

/** Simulated local-scale years below which starting worker threads (~0.5–1 s each, for tsx) costs more than it saves. */
const SMALL_BATCH_YEARS = 100;

export interface BatchSetup {
  /** The rows: a file (with a checkpoint), or standard output, a device or a FIFO. */
  out: Target;
  summary?: Target;
  workers: number;
  resume: boolean;
  /** The command and its flags, for the lock file and the resume hint. */
  command: string;
  argv: string[];
}

/** Checks the output flags and worker count before anything runs. */
export function batchSetup(
  v: Values,
  io: Io,
  scenario: Scenario,
  runs: number,
  source: { path: string; command: string; argv: string[] },
): BatchSetup {
  const small = scenario.scale === 'local' && runs * scenario.years <= SMALL_BATCH_YEARS;
  const cores = io.cores ?? DEFAULT_WORKERS;
  const asked = wholeFlag(v, 'workers', 1, 256);
  const rules = { cwd: io.cwd, force: Boolean(v.force), inputs: [{ path: source.path, what: 'scenario file' }] };
  const out = outputTarget('out', str(v, 'out'), rules) ?? stdoutTarget('out');
  const summary = outputTarget('summary', str(v, 'summary'), rules);
  distinctTargets([out, summary]);
  const resume = Boolean(v.resume);
  if (resume && str(v, 'out') === undefined) throw new CliError('--resume needs the --out file of the interrupted run');
  if (resume && out.kind !== 'file')
    throw new CliError(`--resume needs --out to name a file; ${out.name} keeps no checkpoint`);
  // More threads than cores only compete for them; results are the same for any number.
  if (asked !== undefined && asked > cores)
    io.err(
      `quasimarket: --workers ${asked} is more than the ${cores} core${cores === 1 ? '' : 's'} this machine can use; using ${cores}\n`,
    );
  const workers = asked === undefined ? (small ? 1 : cores) : Math.min(asked, cores);
  return { out, summary, workers, resume, command: source.command, argv: source.argv };
}

export async function runBatch(
  jobs: Job[],
  varied: string[],
  setup: BatchSetup,
  v: Values,
  io: Io,
  label: string,
): Promise<number> {
  if (jobs.length > MAX_JOBS)
    throw new CliError(`${jobs.length} runs requested; at most ${MAX_JOBS} (fewer --runs, steps or samples)`);
  const columns = runColumns(varied);
  const out = setup.out;
  const checkpoint = out.kind === 'file' ? checkpointPath(out.path) : null;
  const kept = checkpoint ? basename(checkpoint) : '';
  const resumeLine = `  ${commandLine(setup.command, setup.argv, ['--resume'])}\n`;
  const interrupt = watchInterrupt(io);
  const outputs = new Outputs(io, commandLine(setup.command, setup.argv), interrupt.stop);
  const bar = progress(io, label, jobs.length, 'runs', Boolean(v.quiet));
  let rows: Output | null = null;
  /** Runs wholly in the rows output, in job order. */
  let written = 0;
  let start = 0;
  const stopped = (): number => {
    bar.stop();
    outputs.keep(checkpoint ? rows : null);
    const what = `quasimarket: interrupted (${interrupt.signal}) after ${written} of ${jobs.length} runs`;
    if (checkpoint && rows) io.err(`${what}; the complete runs are kept in ${kept}. To continue:\n${resumeLine}`);
    else
      io.err(`${what}${incompleteNote(outputs)}${checkpoint ? '' : ' (with --out FILE an ensemble can be resumed)'}\n`);
    return interrupt.exit;
  };
  try {
    // The lock comes first: no other job may touch the checkpoint while it is read.
    outputs.lock(out);
    // An interrupted run's complete runs are not thrown away by running the command again without --resume.
    if (checkpoint && !setup.resume && !v.force && checkpointHasRows(checkpoint)) {
      throw new CliError(
        `--out ${out.name}: ${kept} holds the complete runs of an interrupted run; add --resume to continue it, or --force to start again`,
      );
    }
    const resumed =
      setup.resume && checkpoint ? readCheckpoint(checkpoint, `${out.name} checkpoint (${kept})`, jobs, columns) : null;
    written = start = resumed?.done ?? 0;
    rows = await outputs.open(
      out,
      checkpoint ? { path: checkpoint, resumeBytes: resumed ? Buffer.byteLength(resumed.text) : undefined } : undefined,
    );
    const rowsOut = rows;
    const summaryOut = setup.summary ? await outputs.open(setup.summary) : null;
    const results: YearMetrics[][] = new Array(jobs.length);
    resumed?.results.forEach((r, i) => {
      results[i] = r;
    });
    const ordered = new InOrder<YearMetrics[]>((i, runRows) => {
      rowsOut.write(runRows.map((r) => csvRow(runRow(jobs[i], r), columns)).join(''));
      rowsOut.flush(); // whole runs reach the checkpoint (or stdout) as soon as they are in order
      written = i + 1;
    }, start);
    if (!resumed?.text) {
      rowsOut.write(csvLine(columns));
      rowsOut.flush();
    }
    let done = start;
    bar.update(done);
    await runJobs(
      jobs.slice(start),
      setup.workers,
      (i, runRows) => {
        if (summaryOut) results[i] = runRows;
        ordered.put(i, runRows);
        bar.update(++done);
      },
      interrupt.stop,
    );
    if (interrupt.signal) return stopped();
    if (summaryOut) {
      const sc = summaryColumns(varied);
      summaryOut.write(csvLine(sc));
      for (const row of summariseRuns(jobs, results)) summaryOut.write(csvRow(row, sc));
    }
    outputs.commit();
  } catch (e) {
    if (interrupt.signal && !(e instanceof CliError)) return stopped();
    bar.stop();
    // A file that cannot be written keeps the complete runs for --resume; the model's
    // failure (it would fail again) and bad input keep nothing new.
    if (e instanceof IoError && checkpoint && rows && written > 0) {
      outputs.keep(rows);
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
  const to = str(v, 'out') !== undefined ? ` → ${out.name}` : '';
  bar.finish(
    `${label}: ${jobs.length} runs${again} on ${k} worker${k === 1 ? '' : 's'}${to}${setup.summary ? `, summary ${setup.summary.name}` : ''}`,
  );
  return EXIT.ok;
}

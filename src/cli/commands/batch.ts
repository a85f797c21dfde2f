// Shared by `ensemble` and `sweep`: run the jobs on the pool, write rows in job order as
// they become available, then the summary.
import { csvLine, csvRow } from '../../engine/csv';
import { InOrder, runColumns, runRow, summariseRuns, summaryColumns, type Job } from '../../engine/ensemble';
import type { Scenario, YearMetrics } from '../../model/index';
import { CliError, EXIT, type Io } from '../io';
import { str, wholeFlag, type Values } from '../options';
import { basename } from 'node:path';
import { checkpointPath, distinctOutputs, outputPath, Outputs, type Sink } from '../output';
import { readCheckpoint } from '../checkpoint';
import { DEFAULT_WORKERS, runJobs } from '../pool';
import { progress } from '../progress';

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
  out?: string;
  summary?: string;
  workers: number;
  resume: boolean;
}

/** Checks the output flags and worker count before anything runs. */
export function batchSetup(v: Values, io: Io, scenario: Scenario, runs: number): BatchSetup {
  const small = scenario.scale === 'local' && runs * scenario.years <= SMALL_BATCH_YEARS;
  const workers = wholeFlag(v, 'workers', 1, 256, small ? 1 : DEFAULT_WORKERS);
  const out = outputPath('out', str(v, 'out'), io.cwd);
  const summary = outputPath('summary', str(v, 'summary'), io.cwd);
  distinctOutputs({ out, summary });
  const resume = Boolean(v.resume);
  if (resume && !out) throw new CliError('--resume needs the --out file of the interrupted run');
  return { out, summary, workers, resume };
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
  // With --out, rows go to a checkpoint beside it that Ctrl-C leaves for --resume.
  const checkpoint = setup.out ? checkpointPath(setup.out) : null;
  const cpLabel = checkpoint ? `${str(v, 'out')} checkpoint (${basename(checkpoint)})` : '';
  const resumed = setup.resume && checkpoint ? readCheckpoint(checkpoint, cpLabel, jobs, columns) : null;
  const start = resumed?.done ?? 0;

  const files = new Outputs();
  const rowsFile = setup.out ? files.open(setup.out, checkpoint!) : null;
  const rowsOut: Sink = rowsFile ?? { write: (t) => io.out(t) };
  const summaryOut = setup.summary ? files.open(setup.summary) : null;
  const results: YearMetrics[][] = new Array(jobs.length);
  resumed?.results.forEach((r, i) => {
    results[i] = r;
  });
  const bar = progress(io, label, jobs.length, 'runs', Boolean(v.quiet));
  const ordered = new InOrder<YearMetrics[]>((i, rows) => {
    for (const r of rows) rowsOut.write(csvRow(runRow(jobs[i], r), columns));
    rowsFile?.flush(); // whole runs reach the checkpoint as soon as they are in order
  }, start);
  let done = start;
  let interrupted = false;
  const undoInterrupt =
    io.onInterrupt?.(() => {
      interrupted = true;
    }) ?? (() => {});
  try {
    rowsOut.write(resumed ? resumed.text : csvLine(columns));
    rowsFile?.flush();
    bar.update(done);
    await runJobs(
      jobs.slice(start),
      setup.workers,
      (i, rows) => {
        if (summaryOut) results[i] = rows;
        ordered.put(i, rows);
        bar.update(++done);
      },
      () => interrupted,
    );
    if (interrupted) {
      bar.stop();
      if (rowsFile) rowsFile.keep();
      else files.abort();
      summaryOut?.abort();
      const kept = ordered.emitted;
      io.err(
        `quasimarket: interrupted after ${kept} of ${jobs.length} runs${rowsFile ? `; add --resume to the same command to continue` : ''}\n`,
      );
      return EXIT.interrupted;
    }
    if (summaryOut) {
      const sc = summaryColumns(varied);
      summaryOut.write(csvLine(sc));
      for (const row of summariseRuns(jobs, results)) summaryOut.write(csvRow(row, sc));
    }
    files.commit();
  } catch (e) {
    files.abort();
    bar.stop();
    if (e instanceof CliError) throw e;
    io.err(`quasimarket: ${(e as Error).message.split('\n')[0]}\n`);
    return EXIT.failure;
  } finally {
    undoInterrupt();
  }
  const k = Math.min(setup.workers, jobs.length - start);
  const again = start ? ` (resumed after ${start})` : '';
  bar.finish(
    `${label}: ${jobs.length} runs${again} on ${k} worker${k === 1 ? '' : 's'}${setup.out ? ` → ${str(v, 'out')}` : ''}${setup.summary ? `, summary ${str(v, 'summary')}` : ''}`,
  );
  return EXIT.ok;
}

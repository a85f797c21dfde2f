// Shared by `ensemble` and `sweep`: run the jobs on the pool, write rows in job order as
// they become available, then the summary.
import { csvLine, csvRow } from '../../engine/csv';
import { InOrder, runColumns, runRow, summarise, summaryColumns, type Job } from '../../engine/ensemble';
import type { YearMetrics } from '../../model/metrics';
import type { Scenario } from '../../model/scenario';
import { CliError, EXIT, type Io } from '../io';
import { str, wholeFlag, type Values } from '../options';
import { distinctOutputs, outputPath, Outputs, type Sink } from '../output';
import { DEFAULT_WORKERS, runJobs } from '../pool';
import { progress } from '../progress';

export const BATCH_OPTIONS = {
  runs: { type: 'string' }, workers: { type: 'string' }, summary: { type: 'string' },
} as const;

export const MAX_JOBS = 1_000_000;

/** Simulated local-scale years below which starting worker threads (~0.5–1 s each, for tsx) costs more than it saves. */
const SMALL_BATCH_YEARS = 100;

/** Checks the output flags and worker count before anything runs. */
export function batchSetup(v: Values, io: Io, scenario: Scenario, runs: number): { out?: string; summary?: string; workers: number } {
  const small = scenario.scale === 'local' && runs * scenario.years <= SMALL_BATCH_YEARS;
  const workers = wholeFlag(v, 'workers', 1, 256, small ? 1 : DEFAULT_WORKERS);
  const out = outputPath('out', str(v, 'out'), io.cwd);
  const summary = outputPath('summary', str(v, 'summary'), io.cwd);
  distinctOutputs({ out, summary });
  return { out, summary, workers };
}

export async function runBatch(jobs: Job[], varied: string[], setup: ReturnType<typeof batchSetup>, v: Values, io: Io, label: string): Promise<number> {
  if (jobs.length > MAX_JOBS) throw new CliError(`${jobs.length} runs requested; at most ${MAX_JOBS} (fewer --runs, steps or samples)`);
  const files = new Outputs();
  const rowsOut: Sink = setup.out ? files.open(setup.out) : { write: (t) => io.out(t) };
  const summaryOut = setup.summary ? files.open(setup.summary) : null;
  const columns = runColumns(varied);
  const results: YearMetrics[][] = new Array(jobs.length);
  const bar = progress(io, label, jobs.length, 'runs', Boolean(v.quiet));
  const ordered = new InOrder<YearMetrics[]>((i, rows) => {
    for (const r of rows) rowsOut.write(csvRow(runRow(jobs[i], r), columns));
  });
  let done = 0;
  try {
    rowsOut.write(csvLine(columns));
    await runJobs(jobs, setup.workers, (i, rows) => {
      if (summaryOut) results[i] = rows;
      ordered.put(i, rows);
      bar.update(++done);
    });
    if (summaryOut) {
      const sc = summaryColumns(varied);
      summaryOut.write(csvLine(sc));
      for (const row of summarise(jobs, results)) summaryOut.write(csvRow(row, sc));
    }
    files.commit();
  } catch (e) {
    files.abort();
    bar.stop();
    if (e instanceof CliError) throw e;
    io.err(`quasimarket: ${(e as Error).message.split('\n')[0]}\n`);
    return EXIT.failure;
  }
  const k = Math.min(setup.workers, jobs.length);
  bar.finish(`${label}: ${jobs.length} runs on ${k} worker${k === 1 ? '' : 's'}${setup.out ? ` → ${str(v, 'out')}` : ''}${setup.summary ? `, summary ${str(v, 'summary')}` : ''}`);
  return EXIT.ok;
}

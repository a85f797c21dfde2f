// Reading a batch's rows file back (`sa --from-rows`): a merged set of shards, or the --rows of
// an earlier run. Every run of the plan must be there once, with the design point, values,
// run and seed the plan gives it; when the datapackage.json beside the file records the plan
// it was written for, that must be this one. Then the indices computed from it are the ones a
// single run of the whole batch computes.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DataPackage } from '../engine/datapackage';
import type { Job } from '../engine/ensemble';
import type { YearMetrics } from '../model/index';
import { DESCRIPTOR } from './descriptor';
import { formatOf } from './formats';
import { CliError } from './io';
import { short } from './messages';
import { readShard, runsOf, splitCsvLine, type ShardFile } from './shard-files';

export interface RunsFile {
  columns: string[];
  /** Yearly rows of each job, in job order. */
  results: YearMetrics[][];
  /** The plan recorded beside the file, if any. */
  planSha256: string | null;
}

export async function readRunsFile(path: string, shown: string, jobs: readonly Job[], runs: number): Promise<RunsFile> {
  const name = short(shown, 120);
  if (!existsSync(path)) throw new CliError(`--from-rows ${name}: not found`);
  const format = formatOf(path, 'csv');
  if (format !== 'csv' && format !== 'csv.gz' && format !== 'parquet')
    throw new CliError(`--from-rows ${name}: expected the rows as .csv, .csv.gz or .parquet`);
  const file = { path, name, format, plan: { runs } } as unknown as ShardFile;
  const content = await readShard(file);
  const first = content.blocks[0];
  const columns =
    content.header !== null ? splitCsvLine(content.header) : first ? Object.keys(first.rows[0] ?? {}) : [];
  const { jobs: read, results: got } = runsOf(content.blocks, columns, content.header !== null);
  const results: YearMetrics[][] = new Array(jobs.length);
  read.forEach((r, i) => {
    const j = content.blocks[i].job;
    const want = jobs[j];
    if (!want)
      throw new CliError(`--from-rows ${name}: holds point ${r.point} run ${r.run}, which this plan does not have`);
    if (results[j]) throw new CliError(`--from-rows ${name}: run ${r.run} of point ${r.point} is there twice`);
    const same =
      r.seed === want.seed &&
      Object.entries(want.values).every(([id, x]) => r.values[id] === x) &&
      r.point === want.point;
    if (!same)
      throw new CliError(
        `--from-rows ${name}: point ${r.point} run ${r.run} is not this plan's (its values or seed differ: were the rows made with other --vary, --samples, --trajectories or --seed?)`,
      );
    results[j] = got[i];
  });
  const missing = jobs.findIndex((_, j) => !results[j]);
  if (missing >= 0)
    throw new CliError(
      `--from-rows ${name}: has no rows for point ${jobs[missing].point} run ${jobs[missing].run} (${jobs.length - results.filter(Boolean).length} of ${jobs.length} runs missing: merge every shard first)`,
    );
  let planSha256: string | null = null;
  try {
    const pkg = JSON.parse(readFileSync(join(dirname(path), DESCRIPTOR), 'utf8')) as DataPackage;
    const plan = pkg.resources?.find((r) => r.path === basename(path))?.quasimarket?.plan as { sha256?: string };
    planSha256 = plan?.sha256 ?? null;
  } catch {
    // No descriptor: the rows' own tags were checked above.
  }
  return { columns, results, planSha256 };
}

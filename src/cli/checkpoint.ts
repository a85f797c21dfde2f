// Resuming an interrupted ensemble or sweep: its rows so far sit in a checkpoint beside
// --out, in job order. The complete runs are kept (after checking they are this command's
// runs) and read back for the summary; the rest are run again.
import { closeSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { csvLine } from '../engine/csv';
import { parseDecimal } from '../engine/numbers';
import { runTags, type Job } from '../engine/ensemble';
import type { YearMetrics } from '../model/index';
import { CliError, ioError } from './io';

export interface Checkpoint {
  /** Header and the rows of the complete runs, exactly as to be kept. */
  text: string;
  /** Runs complete (jobs 0 .. done-1). */
  done: number;
  results: YearMetrics[][];
}

const TEXT_COLUMNS = new Set<string>(['financial_year', 'regime']);

/** A row's metrics as written (an empty cell is NaN), or null if a number is not one the CSV writer prints. */
function metrics(cells: string[], names: readonly string[]): YearMetrics | null {
  if (cells.length !== names.length) return null;
  const row: Record<string, string | number> = {};
  for (const [i, c] of names.entries()) {
    const cell = cells[i];
    if (TEXT_COLUMNS.has(c) || cell === '') row[c] = TEXT_COLUMNS.has(c) ? cell : NaN;
    else {
      const x = parseDecimal(cell);
      if (x === null) return null;
      row[c] = x;
    }
  }
  return row as unknown as YearMetrics;
}

/**
 * The complete runs of a checkpoint whose rows are `columns`: the first `tags` say which
 * run (as runTags), the rest are yearly columns starting with `year`.
 */
export function readCheckpoint(
  path: string,
  label: string,
  jobs: readonly Job[],
  columns: readonly string[],
  tags: number,
): Checkpoint {
  let text: string;
  try {
    // Written by this program, never followed through a link (the lock guards this name, not where a link points).
    if (!lstatSync(path).isFile()) throw new CliError(`--resume: ${label} is not a regular file; delete it`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new CliError(`--resume: no interrupted run to resume (${label} not found)`);
    throw ioError(e, `cannot read ${label}`);
  }
  const lines = text.split('\n');
  lines.pop(); // the text after the last newline is empty or a row cut short
  const header = csvLine(columns);
  // A checkpoint stopped before its header was whole holds no run: start again.
  if (lines.length === 0) return { text: '', done: 0, results: [] };
  if (lines[0] + '\n' !== header)
    throw new CliError(`--resume: ${label} has other columns than this command writes; delete it or drop --resume`);
  const names = columns.slice(tags);
  const out: string[] = [header];
  const results: YearMetrics[][] = [];
  let at = 1;
  for (const job of jobs) {
    const years = job.scenario.years;
    if (at + years > lines.length) break;
    // The tag fields of every row must be what this command would write for this run.
    const tagged = runTags(job);
    const expected = csvLine(columns.slice(0, tags).map((c) => tagged[c])).slice(0, -1) + ',';
    const rows: YearMetrics[] = [];
    for (let y = 0; y < years; y++) {
      const line = lines[at + y];
      const cells = line.startsWith(expected) ? line.slice(expected.length).split(',') : [];
      const row = metrics(cells, names);
      if (row === null || cells[0] !== String(y + 1)) {
        throw new CliError(
          `--resume: ${label} line ${at + y + 1} does not belong to run ${job.run}${job.point ? ` of point ${job.point}` : ''} of this command; delete it or drop --resume`,
        );
      }
      rows.push(row);
    }
    for (let y = 0; y < years; y++) out.push(lines[at + y] + '\n');
    results.push(rows);
    at += years;
  }
  return { text: out.join(''), done: results.length, results };
}

/** Whether a checkpoint holds at least one row after its header (it is not read whole: it may be large). */
export function checkpointHasRows(path: string): boolean {
  let fd: number;
  try {
    if (!lstatSync(path).isFile()) return false;
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(1 << 16);
    const n = readSync(fd, head, 0, head.length, 0);
    const text = head.subarray(0, n).toString('utf8');
    const first = text.indexOf('\n');
    return first >= 0 && text.indexOf('\n', first + 1) > first;
  } finally {
    closeSync(fd);
  }
}

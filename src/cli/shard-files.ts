// Reading the files of a sharded batch back for `merge`: which shard each is (its name),
// what plan it belongs to (its entry in the datapackage.json beside it), and its rows cut
// into runs, each run tagged with its job index (point × runs + run).
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, dirname, join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import type { DataPackage, FormatId, OutputRole, Resource } from '../engine/datapackage';
import type { Job, PlanInfo } from '../engine/ensemble';
import { parseDecimal } from '../engine/numbers';
import type { Scenario, YearMetrics } from '../model/index';
import { parseShardFileName, type Shard } from '../engine/shard';
import { DESCRIPTOR, fileDigest } from './descriptor';
import { CliError, ioError } from './io';
import { short } from './messages';

export interface ShardFile {
  path: string;
  name: string;
  shard: Shard;
  /** The merged file's name (the shard tag removed). */
  merged: string;
  resource: Resource;
  plan: PlanInfo & { shard: Shard | null };
  role: OutputRole;
  format: FormatId;
  columns: string[];
}

function formatOfResource(r: Resource): FormatId {
  if (r.format === 'parquet') return 'parquet';
  const base = r.format === 'jsonl' ? 'jsonl' : 'csv';
  return r.compression === 'gz' ? (`${base}.gz` as FormatId) : base;
}

/** A shard file as its name and descriptor describe it; bad input when either is missing or not a shard's. */
export function describeShard(path: string, shown: string): ShardFile {
  const name = basename(path);
  const parsed = parseShardFileName(name);
  if (!parsed)
    throw new CliError(`${short(shown, 120)} is not a shard's file (shard K of N is named NAME.shard-K-of-N.EXT)`);
  if (!existsSync(path)) throw new CliError(`${short(shown, 120)} not found`);
  const descriptor = join(dirname(path), DESCRIPTOR);
  let pkg: DataPackage;
  try {
    pkg = JSON.parse(readFileSync(descriptor, 'utf8')) as DataPackage;
  } catch {
    throw new CliError(
      `${short(shown, 120)}: no readable ${DESCRIPTOR} beside it; merge checks each shard's plan there (keep the shards' directory as they wrote it)`,
    );
  }
  const resource = pkg.resources?.find((r) => r.path === name);
  const plan = resource?.quasimarket?.plan as ShardFile['plan'] | undefined;
  if (!resource || !plan?.sha256 || !plan.shard)
    throw new CliError(
      `${short(shown, 120)}: ${DESCRIPTOR} beside it has no shard entry for it; was it written by --shard?`,
    );
  if (plan.shard.index !== parsed.shard.index || plan.shard.count !== parsed.shard.count)
    throw new CliError(
      `${short(shown, 120)}: its name says shard ${parsed.shard.index} of ${parsed.shard.count}, its descriptor entry another`,
    );
  // The file must be the one its shard recorded (not another plan's file copied over it, nor edited).
  if (resource.hash && resource.hash !== `sha256:${fileDigest(path).sha256}`)
    throw new CliError(
      `${name} is not the file its shard wrote (its SHA-256 differs from the one in ${DESCRIPTOR}); run that shard again`,
    );
  return {
    path,
    name,
    shard: parsed.shard,
    merged: parsed.merged,
    resource,
    plan,
    role: resource.quasimarket.role,
    format: formatOfResource(resource),
    columns: resource.schema?.fields.map((f) => f.name) ?? [],
  };
}

/** One CSV line's fields (RFC 4180 quoting, as csv.ts writes it). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let s = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        s += line.slice(i, q);
        if (line[q + 1] === '"') {
          s += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(s);
    } else {
      const c = line.indexOf(',', i);
      out.push(line.slice(i, c < 0 ? line.length : c));
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/** A run's part of a shard file: its job index, its rows as text lines (CSV, JSON lines) or objects (Parquet). */
export interface Block {
  job: number;
  lines: string[];
  rows: Record<string, unknown>[];
}

export interface ShardContent {
  /** CSV header line (without newline), or null. */
  header: string | null;
  blocks: Block[];
}

/** Reads a shard file and cuts it into runs (consecutive rows of one run). */
export async function readShard(f: ShardFile): Promise<ShardContent> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(f.path);
  } catch (e) {
    throw ioError(e, `cannot read ${f.name}`);
  }
  const runs = f.plan.runs;
  const blocks: Block[] = [];
  const add = (job: number, line: string | null, row: Record<string, unknown>): void => {
    const last = blocks.at(-1);
    const b = last && last.job === job ? last : (blocks.push({ job, lines: [], rows: [] }), blocks.at(-1)!);
    if (line !== null) b.lines.push(line);
    else b.rows.push(row);
  };
  const jobOf = (point: unknown, run: unknown, where: string): number => {
    const p = point === undefined || point === null || point === '' ? 0 : Number(point);
    const r = Number(run);
    if (!Number.isInteger(p) || !Number.isInteger(r) || r < 0 || r >= runs)
      throw new CliError(`${f.name}: ${where} has no valid run and point (is the file cut short or edited?)`);
    return p * runs + r;
  };
  if (f.format === 'parquet') {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file: ab as ArrayBuffer })) as Record<string, unknown>[];
    rows.forEach((r, i) => add(jobOf(r.point, r.run, `row ${i + 1}`), null, r));
    return { header: null, blocks };
  }
  let text: string;
  try {
    text = (f.format.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch {
    throw new CliError(`${f.name}: not a readable gzip file`);
  }
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new CliError(`${f.name}: the last line is cut short`);
  if (f.format.startsWith('jsonl')) {
    lines.forEach((line, i) => {
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new CliError(`${f.name}: line ${i + 1} is not JSON`);
      }
      add(jobOf(o.point, o.run, `line ${i + 1}`), line, o);
    });
    return { header: null, blocks };
  }
  const header = lines.shift() ?? '';
  const names = splitCsvLine(header);
  const pi = names.indexOf('point');
  const ri = names.indexOf('run');
  if (ri < 0) throw new CliError(`${f.name}: no run column`);
  lines.forEach((line, i) => {
    const cells = splitCsvLine(line);
    add(jobOf(pi < 0 ? 0 : cells[pi], cells[ri], `line ${i + 2}`), line, {});
  });
  return { header, blocks };
}

const TEXT = new Set(['scenario', 'scale', 'financial_year', 'regime']);

/** A run's jobs and yearly rows, read back from its tag and metric cells (for the summary, and `sa --from-rows`). */
export function runsOf(
  blocks: Block[],
  columns: string[],
  fromLines: boolean,
): { jobs: Job[]; results: YearMetrics[][] } {
  const pi = columns.indexOf('point');
  const ri = columns.indexOf('run');
  const varied = pi < 0 ? [] : columns.slice(pi + 1, ri);
  const rowsOf = (b: Block): Record<string, unknown>[] =>
    fromLines
      ? b.lines.map((l) => {
          const cells = splitCsvLine(l);
          return Object.fromEntries(
            columns.map((c, i) => [
              c,
              TEXT.has(c) ? cells[i] : cells[i] === '' ? NaN : (parseDecimal(cells[i]) ?? NaN),
            ]),
          );
        })
      : b.rows.map((r) =>
          Object.fromEntries(
            columns.map((c) => [c, r[c] === null ? NaN : typeof r[c] === 'bigint' ? Number(r[c]) : r[c]]),
          ),
        );
  const jobs: Job[] = [];
  const results: YearMetrics[][] = [];
  for (const b of blocks) {
    const rows = rowsOf(b);
    const t = rows[0];
    jobs.push({
      index: b.job,
      name: String(t.scenario),
      point: pi < 0 ? 0 : Number(t.point),
      run: Number(t.run),
      seed: Number(t.seed),
      values: Object.fromEntries(varied.map((p) => [p, Number(t[p])])),
      scenario: { scale: t.scale } as Scenario,
    });
    results.push(rows as unknown as YearMetrics[]);
  }
  return { jobs, results };
}

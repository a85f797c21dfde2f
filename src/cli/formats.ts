// The formats an output file can take, chosen by its extension: CSV (default for tables),
// JSON lines (default for events), either gzipped (.csv.gz, .jsonl.gz), or Parquet
// (.parquet, through hyparquet-writer: pure JavaScript, so it runs in Node and in the
// browser, and pandas, R's arrow and DuckDB read it). Every writer is deterministic: the
// same rows give the same bytes however they are handed over, so shards merge byte-identically.
import { gzipSync } from 'node:zlib';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { asWritten, csvLine } from '../engine/csv';
import type { FormatId, TableSchema } from '../engine/datapackage';
import type { Output } from './output-file';

export type { FormatId };

/** The format a file name asks for, or `fallback` (CSV for tables, JSON lines for events). */
export function formatOf(name: string, fallback: 'csv' | 'jsonl'): FormatId {
  const m = /\.(csv|jsonl|ndjson|parquet)(\.gz)?$/i.exec(name);
  if (!m) return /\.gz$/i.test(name) ? (`${fallback}.gz` as FormatId) : fallback;
  const base = m[1].toLowerCase() === 'ndjson' ? 'jsonl' : (m[1].toLowerCase() as 'csv' | 'jsonl' | 'parquet');
  if (base === 'parquet') return 'parquet';
  return m[2] ? (`${base}.gz` as FormatId) : base;
}

/** Rows to a file in one format. Callers hand whole units (a year, a run) and call `unit()` after each. */
export interface RowWriter {
  write(rows: readonly Record<string, unknown>[]): void;
  /** A whole unit has been written: what can be written out is (a checkpoint holds whole runs). */
  unit(): void;
  /** Writes what is left (a Parquet footer, the last gzip member). */
  finish(): void;
}

/** Uncompressed bytes per gzip member: members end at fixed offsets, so the same text always gives the same file. */
const GZIP_MEMBER = 1 << 20;

/** Text sink: plain, or gzip as a series of members (as bgzip does; every gzip reader reads them as one stream). */
export function textSink(out: Output, gz: boolean): { put(text: string): void; unit(): void; finish(): void } {
  if (!gz) return { put: (t) => out.write(t), unit: () => out.flush(), finish: () => out.flush() };
  let pending: Buffer[] = [];
  let size = 0;
  const emit = (all: boolean): void => {
    if (size === 0 || (!all && size < GZIP_MEMBER)) return;
    let buf = Buffer.concat(pending);
    while (buf.length >= GZIP_MEMBER || (all && buf.length > 0)) {
      const n = Math.min(GZIP_MEMBER, buf.length);
      out.write(gzipSync(buf.subarray(0, n)));
      buf = buf.subarray(n);
    }
    pending = buf.length ? [Buffer.from(buf)] : [];
    size = buf.length;
  };
  return {
    put: (t) => {
      const b = Buffer.from(t);
      pending.push(b);
      size += b.length;
    },
    unit: () => {
      emit(false);
      out.flush();
    },
    finish: () => {
      emit(true);
      out.flush();
    },
  };
}

export function csvWriter(out: Output, columns: readonly string[], opts: { gz: boolean; header: boolean }): RowWriter {
  const sink = textSink(out, opts.gz);
  if (opts.header) sink.put(csvLine(columns));
  return {
    write: (rows) => {
      for (const r of rows) sink.put(csvLine(columns.map((c) => r[c])));
    },
    unit: sink.unit,
    finish: sink.finish,
  };
}

/** JSON lines: each row an object with `columns` in order (absent ones left out), values as they are. */
export function jsonlWriter(out: Output, columns: readonly string[] | null, opts: { gz: boolean }): RowWriter {
  const sink = textSink(out, opts.gz);
  return {
    write: (rows) => {
      for (const r of rows) {
        const o = columns ? Object.fromEntries(columns.filter((c) => c in r).map((c) => [c, r[c]])) : r;
        sink.put(JSON.stringify(o) + '\n');
      }
    },
    unit: sink.unit,
    finish: sink.finish,
  };
}

/** Rows per Parquet row group: row groups end at fixed row counts, so the same rows give the same file. */
export const PARQUET_ROW_GROUP = 65_536;

const PARQUET_TYPE = { integer: 'INT64', number: 'DOUBLE', string: 'STRING', object: 'JSON' } as const;

export function parquetWriter(out: Output, schema: TableSchema): RowWriter {
  const fields = schema.fields;
  const bytes = new ByteWriter();
  // Hand each row group to the output as it is encoded (the library calls flush after each).
  const drain = (): void => {
    if (bytes.index === 0) return;
    out.write(new Uint8Array(bytes.buffer.slice(0, bytes.index)));
    bytes.index = 0;
  };
  Object.assign(bytes, { flush: drain, finish: drain });
  const writer = new ParquetWriter({
    writer: bytes,
    schema: [
      { name: 'root', num_children: fields.length },
      ...fields.map((f) => ({
        name: f.name,
        ...(f.type === 'string'
          ? { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const }
          : f.type === 'object'
            ? { type: 'BYTE_ARRAY' as const, converted_type: 'JSON' as const }
            : { type: PARQUET_TYPE[f.type] }),
        repetition_type: 'OPTIONAL' as const,
      })),
    ],
    createdBy: 'quasimarket (hyparquet-writer)',
  });
  let columns: unknown[][] = fields.map(() => []);
  let rows = 0;
  const cell = (type: string, v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (type === 'number' || type === 'integer') {
      const x = typeof v === 'number' ? asWritten(v) : Number(v);
      if (!Number.isFinite(x)) return null;
      return type === 'integer' ? BigInt(Math.round(x)) : x;
    }
    // A JSON column read back from Parquet (merging shards) is its text already.
    if (type === 'object') return typeof v === 'string' ? v : JSON.stringify(v);
    return typeof v === 'string' ? v : String(v);
  };
  const group = (n: number): void => {
    writer.write({
      columnData: fields.map((f, i) => ({ name: f.name, data: columns[i].slice(0, n) as never })),
      rowGroupSize: n,
    });
    columns = columns.map((c) => c.slice(n));
    rows -= n;
    drain();
  };
  return {
    write: (list) => {
      for (const r of list) {
        fields.forEach((f, i) => columns[i].push(cell(f.type, r[f.name])));
        if (++rows === PARQUET_ROW_GROUP) group(rows);
      }
    },
    unit: () => out.flush(),
    finish: () => {
      if (rows > 0) group(rows);
      writer.finish();
      drain();
      out.flush();
    },
  };
}

/** A writer for `format`; `columns` and `schema` describe the rows (events in JSON lines keep every field). */
export function rowWriter(
  out: Output,
  format: FormatId,
  columns: readonly string[],
  schema: TableSchema,
  opts: { header?: boolean; jsonlAll?: boolean } = {},
): RowWriter {
  if (format === 'parquet') return parquetWriter(out, schema);
  if (format === 'jsonl' || format === 'jsonl.gz')
    return jsonlWriter(out, opts.jsonlAll ? null : columns, { gz: format === 'jsonl.gz' });
  return csvWriter(out, columns, { gz: format === 'csv.gz', header: opts.header ?? true });
}

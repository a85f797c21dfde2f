// Frictionless Data Package descriptors (datapackage.json) for the files the CLI (and the
// app's experiments) write: a resource per file with a table schema whose column types,
// units and descriptions come from docs/metrics.md, and a `quasimarket` property saying
// what made it, so a paper can cite a run and R or Python load it with types. Pure data:
// hashing the scenario uses Web Crypto (in Node 20 and browsers alike); the doors write files.
import { paramSpec, type Scenario } from '../model/index';
import { METRIC_DOCS } from './metric-docs';

/** What an output holds; decides its table schema. */
export type OutputRole =
  | 'yearly'
  | 'runs'
  | 'summary'
  | 'weekly'
  | 'events'
  | 'organisations'
  | 'relationships'
  | 'areas'
  /** A sensitivity analysis's indices (sim sa) and its figure. */
  | 'indices'
  | 'figure'
  /** A calibration's particles, posterior summary and diagnostics (sim calibrate). */
  | 'particles'
  | 'posterior'
  | 'diagnostics';

export type FormatId = 'csv' | 'csv.gz' | 'jsonl' | 'jsonl.gz' | 'parquet' | 'svg';

export interface Field {
  name: string;
  type: 'integer' | 'number' | 'string' | 'object';
  description?: string;
  /** Not part of Table Schema v1 (extra properties are allowed): the unit as docs/metrics.md gives it. */
  unit?: string;
}

export interface TableSchema {
  fields: Field[];
  missingValues: string[];
}

/** Where each role's columns are documented, first match wins (sections of docs/metrics.md). */
const SECTIONS: Record<OutputRole, string[]> = {
  yearly: ['ensembles-and-sweeps', 'yearly-metrics'],
  runs: ['ensembles-and-sweeps', 'yearly-metrics'],
  summary: ['summaries', 'ensembles-and-sweeps', 'yearly-metrics'],
  weekly: ['weekly-series', 'ensembles-and-sweeps', 'yearly-metrics'],
  events: ['events', 'ensembles-and-sweeps'],
  organisations: ['organisations', 'ensembles-and-sweeps', 'yearly-metrics'],
  relationships: ['relationships'],
  areas: ['areas', 'yearly-metrics'],
  indices: ['sensitivity-indices'],
  figure: [],
  particles: ['calibration-particles'],
  posterior: ['calibration-posterior'],
  diagnostics: ['calibration-diagnostics'],
};

/** Columns documented without a unit cell. */
const TYPES: Record<string, Field['type']> = {
  scenario: 'string',
  scale: 'string',
  point: 'integer',
  run: 'integer',
  seed: 'integer',
  metric: 'string',
  n: 'integer',
};

function typeOf(name: string, unit: string): Field['type'] {
  if (TYPES[name]) return TYPES[name];
  if (unit === 'object') return 'object';
  if (/^text|regime id/.test(unit)) return 'string';
  if (/^(count|integer|people|admissions|years)\b/.test(unit)) return 'integer';
  if (/a year$/.test(unit) && !unit.includes('£')) return 'integer';
  return 'number';
}

/** The documentation of a column in a role's sections, or undefined. */
export function columnDoc(role: OutputRole, name: string): { description: string; unit: string } | undefined {
  const docs = SECTIONS[role].map((s) => METRIC_DOCS[s]?.[name]).filter((d) => d !== undefined);
  if (docs.length === 0) return undefined;
  // A table without a unit column ("as in the yearly CSV") takes the unit where one is given.
  return { description: docs[0].description, unit: docs.find((d) => d.unit)?.unit ?? '' };
}

/** Table schema of an output's columns; a column that is a parameter id (a sweep's varied one) is described from the registry. */
export function tableSchema(role: OutputRole, columns: readonly string[]): TableSchema {
  const fields = columns.map((name): Field => {
    const doc = columnDoc(role, name);
    if (doc) {
      const f: Field = { name, type: typeOf(name, doc.unit), description: doc.description };
      if (doc.unit && !/^(text|object)/.test(doc.unit)) f.unit = doc.unit;
      return f;
    }
    const p = paramSpec(name);
    if (p)
      return {
        name,
        type: p.integer ? 'integer' : 'number',
        description: `parameter varied: ${p.meaning}`,
        unit: p.unit,
      };
    throw new Error(`column "${name}" of ${role} is not documented in docs/metrics.md`);
  });
  return { fields, missingValues: [''] };
}

/** JSON with object keys sorted at every depth and no spaces (as RFC 8785 for the values a scenario holds). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** The Web platform's hashing and UTF-8 encoding (Node 20 and browsers have both; the engine's lib names neither). */
const web = globalThis as unknown as {
  crypto: { subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
  TextEncoder: new () => { encode(text: string): Uint8Array };
};

export async function sha256Hex(text: string): Promise<string> {
  const digest = await web.crypto.subtle.digest('SHA-256', new web.TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the scenario's canonical JSON: the same scenario, however written, has the same hash. */
export function scenarioSha256(scenario: Scenario): Promise<string> {
  return sha256Hex(canonicalJson(scenario));
}

export interface Software {
  name: 'quasimarket';
  version: string;
  /** Git commit, or null when unknown (not a git checkout, no git). */
  commit: string | null;
  /** Whether the working tree had uncommitted changes (null when unknown). */
  dirty: boolean | null;
}

/** What made a file. */
export interface Provenance {
  software: Software;
  /** The command line as typed (npm run -s sim -- …). */
  command: string;
  /** When it was written (ISO 8601, UTC). */
  created: string;
  scenario: Scenario;
  scenario_sha256: string;
  /** Where the scenario came from: `preset <id>` or a file path. */
  scenario_source: string;
  seed: number;
  scale: string;
  years: number;
  /** --set overrides and --reform flags as given (they are also in the resolved scenario). */
  overrides: Record<string, number>;
  reforms: { regime: string; year: number }[];
  /** Anything else the command adds: its batch plan, shard, chosen metrics, event types. */
  [more: string]: unknown;
}

export interface Resource {
  name: string;
  path: string;
  profile: 'tabular-data-resource' | 'data-resource';
  format: string;
  mediatype: string;
  encoding?: string;
  compression?: 'gz';
  bytes?: number;
  hash?: string;
  schema?: TableSchema;
  quasimarket: Provenance & { role: OutputRole };
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  created: string;
  resources: Resource[];
}

const MEDIA: Record<FormatId, { format: string; mediatype: string; compression?: 'gz' }> = {
  csv: { format: 'csv', mediatype: 'text/csv' },
  'csv.gz': { format: 'csv', mediatype: 'text/csv', compression: 'gz' },
  jsonl: { format: 'jsonl', mediatype: 'application/jsonl' },
  'jsonl.gz': { format: 'jsonl', mediatype: 'application/jsonl', compression: 'gz' },
  parquet: { format: 'parquet', mediatype: 'application/vnd.apache.parquet' },
  svg: { format: 'svg', mediatype: 'image/svg+xml' },
};

/** A resource name as Data Package wants it (lower case, digits, . _ -), from the file's name. */
export function resourceName(path: string): string {
  const name = path
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return name || 'output';
}

export function resourceFor(opts: {
  /** Path relative to the descriptor (the file's name). */
  path: string;
  role: OutputRole;
  format: FormatId;
  columns?: readonly string[];
  provenance: Provenance;
  bytes?: number;
  sha256?: string;
}): Resource {
  const media = MEDIA[opts.format];
  // A table schema describes the rows of a CSV or Parquet file; events are JSON objects (their schema documents the fields).
  const tabular = opts.format === 'csv' || opts.format === 'csv.gz' || opts.format === 'parquet';
  return {
    name: resourceName(opts.path),
    path: opts.path,
    profile: tabular ? 'tabular-data-resource' : 'data-resource',
    format: media.format,
    mediatype: media.mediatype,
    ...(opts.format === 'parquet' ? {} : { encoding: 'utf-8' }),
    ...(media.compression ? { compression: media.compression } : {}),
    ...(opts.bytes !== undefined ? { bytes: opts.bytes } : {}),
    ...(opts.sha256 ? { hash: `sha256:${opts.sha256}` } : {}),
    ...(opts.columns ? { schema: tableSchema(opts.role, opts.columns) } : {}),
    quasimarket: { role: opts.role, ...opts.provenance },
  };
}

/**
 * The descriptor after adding `incoming` to `existing` (another command's, in the same
 * directory): a resource for the same path is replaced, resources whose file is gone
 * (`exists` says false) are dropped, and names are kept unique.
 */
export function mergePackage(
  existing: DataPackage | null,
  incoming: readonly Resource[],
  created: string,
  exists: (path: string) => boolean = () => true,
): DataPackage {
  const paths = new Set(incoming.map((r) => r.path));
  const kept = (existing?.resources ?? []).filter((r) => !paths.has(r.path) && exists(r.path));
  const taken = new Set(kept.map((r) => r.name));
  const added = incoming.map((r) => {
    let name = r.name;
    for (let i = 2; taken.has(name); i++) name = `${r.name}-${i}`;
    taken.add(name);
    return { ...r, name };
  });
  return {
    profile: 'data-package',
    name: existing?.name ?? 'quasimarket-outputs',
    title: existing?.title ?? 'Quasimarket outputs',
    created,
    resources: [...kept, ...added].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

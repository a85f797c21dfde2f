// Splitting a batch (ensemble, sweep, or any plan of jobs) across machines: shard K of N
// runs the jobs whose index mod N is K. A job's seed comes from its run number, never from
// the shard, so the shards together are exactly the single-machine batch, and `merge`
// puts their rows back in job order. Shard K writes FILE as FILE.shard-K-of-N (before the
// extension), which also tells `merge` which shard a file is.

export interface Shard {
  /** 0-based: the Slurm array index or Kubernetes completion index. */
  index: number;
  count: number;
}

export const MAX_SHARDS = 10_000;

/** `K/N` as typed, or a message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return `expected K/N (shard K of N, K from 0 to N-1), e.g. 0/4`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return `N must be from 1 to ${MAX_SHARDS}`;
  if (index >= count) return `K must be from 0 to N-1 (${count - 1})`;
  return { index, count };
}

/** The jobs of one shard (all of them without a shard). */
export function shardJobs<T extends { index: number }>(jobs: readonly T[], shard: Shard | undefined): T[] {
  return shard ? jobs.filter((j) => j.index % shard.count === shard.index) : [...jobs];
}

/** Known multi-part extensions, so the shard tag goes before all of `.csv.gz`. */
const EXTENSIONS = /(\.(csv|jsonl|json|parquet|txt)(\.gz)?|\.gz)$/i;

function split(name: string): { stem: string; ext: string } {
  const slash = name.lastIndexOf('/') + 1;
  const base = name.slice(slash);
  const m = EXTENSIONS.exec(base) ?? /\.[^.]+$/.exec(base);
  const ext = m && m.index > 0 ? m[0] : '';
  return { stem: name.slice(0, name.length - ext.length), ext };
}

/** `runs.csv` → `runs.shard-1-of-3.csv` (a path keeps its directory). */
export function shardFileName(name: string, shard: Shard | undefined): string {
  if (!shard) return name;
  const { stem, ext } = split(name);
  return `${stem}.shard-${shard.index}-of-${shard.count}${ext}`;
}

/** The shard a file name carries and the name of the merged file, or null. */
export function parseShardFileName(name: string): { shard: Shard; merged: string } | null {
  const { stem, ext } = split(name);
  const m = /\.shard-(\d+)-of-(\d+)$/.exec(stem);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!(count >= 1 && index < count)) return null;
  return { shard: { index, count }, merged: stem.slice(0, m.index) + ext };
}

import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseShard, parseShardFileName, shardFileName, shardJobs } from '../../src/engine/shard';
import { leftovers, read, scratch, sim } from './helpers';

const sweep = [
  'sweep',
  '--scenario',
  'ccg-2013',
  '--years',
  '2',
  '--vary',
  'trust.initial=0.3:0.7:3',
  '--runs',
  '2',
  '--workers',
  '1',
  '--quiet',
];
const extra = [
  '--events',
  'e.jsonl.gz',
  '--event-types',
  'contract.signed,tender.awarded',
  '--organisations',
  'o.parquet',
];
const bytes = (dir: string, f: string): Buffer => readFileSync(join(dir, f));

describe('shards', () => {
  it('names shard files and picks every Nth job', () => {
    expect(shardFileName('out/runs.csv', { index: 1, count: 3 })).toBe('out/runs.shard-1-of-3.csv');
    expect(shardFileName('e.jsonl.gz', { index: 0, count: 2 })).toBe('e.shard-0-of-2.jsonl.gz');
    expect(shardFileName('runs', { index: 0, count: 2 })).toBe('runs.shard-0-of-2');
    expect(parseShardFileName('e.shard-0-of-2.jsonl.gz')).toEqual({
      shard: { index: 0, count: 2 },
      merged: 'e.jsonl.gz',
    });
    expect(parseShardFileName('runs.csv')).toBeNull();
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard('4/4')).toMatch(/K must be from 0 to N-1/);
    expect(parseShard('1-4')).toMatch(/expected K\/N/);
    const jobs = Array.from({ length: 7 }, (_, index) => ({ index }));
    expect(shardJobs(jobs, { index: 1, count: 3 }).map((j) => j.index)).toEqual([1, 4]);
  });

  it('merges the shards of a sweep into the single-machine files, byte for byte, in every format', async () => {
    const dir = scratch();
    const one = await sim([...sweep, '--out', 'runs.csv', '--summary', 'summary.csv', ...extra], dir);
    expect(one.code).toBe(0);
    for (const k of [0, 1, 2]) {
      const r = await sim([...sweep, '--out', 'runs.csv', ...extra, '--shard', `${k}/3`], dir);
      expect(r.code).toBe(0);
    }
    const shards = (f: string): string[] => [0, 1, 2].map((k) => shardFileName(f, { index: k, count: 3 }));
    const m = await sim(['merge', '--out', 'm.csv', '--summary', 'ms.csv', ...shards('runs.csv')], dir);
    expect(m).toMatchObject({ code: 0, out: '' });
    expect(read(dir, 'm.csv')).toBe(read(dir, 'runs.csv'));
    expect(read(dir, 'ms.csv')).toBe(read(dir, 'summary.csv'));
    for (const f of ['e.jsonl.gz', 'o.parquet']) {
      const out = `m-${f}`;
      expect((await sim(['merge', '-q', '--out', out, ...shards(f)], dir)).code).toBe(0);
      expect(bytes(dir, out).equals(bytes(dir, f))).toBe(true);
    }
    const d = JSON.parse(read(dir, 'datapackage.json')) as {
      resources: { path: string; quasimarket: Record<string, unknown> }[];
    };
    const merged = d.resources.find((r) => r.path === 'm.csv')!.quasimarket;
    expect(merged.merged_from).toHaveLength(3);
    expect(merged.plan).toMatchObject({ jobs: 6, runs: 2, points: 3, shard: null });
    expect(leftovers(dir)).toEqual([]);
  });

  it('refuses a missing shard (naming it and the array index), other plans, and a summary per shard', async () => {
    const dir = scratch();
    for (const k of [0, 1, 2, 3]) await sim([...sweep, '--out', 'r.csv', '--shard', `${k}/4`], dir);
    rmSync(join(dir, 'r.shard-1-of-4.csv'));
    rmSync(join(dir, 'r.shard-3-of-4.csv'));
    const missing = await sim(['merge', '--out', 'm.csv', 'r.shard-0-of-4.csv', 'r.shard-2-of-4.csv'], dir);
    expect(missing).toEqual({
      code: 2,
      out: '',
      err: 'quasimarket: missing 2 of 4 shards: r.shard-1-of-4.csv, r.shard-3-of-4.csv; submit array indices 1,3 again (sbatch --array=1,3 …) and merge once they are done\n',
    });
    // Another seed is another plan: its shard does not merge with these.
    mkdirSync(join(dir, 'b'));
    await sim([...sweep, '--seed', '8', '--out', 'b/r.csv', '--shard', '1/4'], dir);
    const plans = await sim(['merge', '--out', 'm.csv', 'r.shard-0-of-4.csv', 'b/r.shard-1-of-4.csv'], dir);
    expect(plans.code).toBe(2);
    expect(plans.err).toMatch(
      /^quasimarket: r.shard-1-of-4.csv and r.shard-0-of-4.csv belong to different plans \(scenario, seed, runs or design differ/,
    );
    renameSync(join(dir, 'b', 'r.shard-1-of-4.csv'), join(dir, 'r.shard-1-of-4.csv'));
    const unrecorded = await sim(['merge', '--out', 'm.csv', 'r.shard-0-of-4.csv', 'r.shard-1-of-4.csv'], dir);
    expect(unrecorded.err).toMatch(/r.shard-1-of-4.csv is not the file its shard wrote \(its SHA-256 differs/);
    for (const k of [0, 1]) expect((await sim([...sweep, '--out', 'q.csv', '--shard', `${k}/2`], dir)).code).toBe(0);
    const counts = await sim(['merge', '--out', 'm.csv', 'q.shard-0-of-2.csv', 'r.shard-2-of-4.csv'], dir);
    expect(counts.err).toMatch(/is a shard of 4, q.shard-0-of-2.csv of 2: these are not one plan's shards/);
    const summary = await sim([...sweep, '--out', 's.csv', '--summary', 'ss.csv', '--shard', '0/2'], dir);
    expect(summary.err).toMatch(/^quasimarket: --summary with --shard: a shard holds only part of the runs/);
    const bad = await sim([...sweep, '--out', 's.csv', '--shard', '2/2'], dir);
    expect(bad.err).toBe('quasimarket: --shard "2/2": K must be from 0 to N-1 (1)\n');
    const notShard = await sim(['merge', '--out', 'm.csv', 'q.csv'], dir);
    expect(notShard.err).toMatch(/q.csv is not a shard's file/);
    const format = await sim(['merge', '--out', 'm.parquet', 'q.shard-0-of-2.csv', 'q.shard-1-of-2.csv'], dir);
    expect(format.err).toMatch(/--out m.parquet: the shards are csv/);
    expect(leftovers(dir)).toEqual([]);
    expect(() => read(dir, 'm.csv')).toThrow();
  });
});

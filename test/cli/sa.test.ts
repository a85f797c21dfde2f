// `sim sa` through the real command: a small Morris run on the model (indices, figure,
// descriptor), and a Sobol' design run in shards, merged, and its indices computed from the
// merged rows byte-identical to one machine's.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csv, leftovers, read, scratch, sim } from './helpers';

const BASE = ['--scenario', 'ccg-2013', '--years', '2', '-q'];
const VARY = ['--vary', 'market.providerChoice=0.1:0.9', '--vary', 'trust.initial=0.3:0.8'];

describe('sim sa', () => {
  it('screens parameters with Morris: tidy indices with intervals, a figure and their descriptor', async () => {
    const dir = scratch();
    const r = await sim(
      [
        'sa',
        '--method',
        'morris',
        ...BASE,
        ...VARY,
        '--trajectories',
        '3',
        '--outputs',
        'mean_trust,transaction_cost_m',
      ],
      dir,
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // Without --out the indices go to standard output.
    const { header, rows } = csv(r.out);
    expect(header).toEqual(['method', 'parameter', 'output', 'index', 'value', 'ci_low', 'ci_high']);
    expect(rows).toHaveLength(2 * 2 * 3);
    expect(rows.map((x) => x.slice(0, 4).join(' ')).slice(0, 3)).toEqual([
      'morris market.providerChoice mean_trust mu',
      'morris market.providerChoice mean_trust mu_star',
      'morris market.providerChoice mean_trust sigma',
    ]);
    const get = (p: string, o: string, i: string) =>
      rows
        .find((x) => x[1] === p && x[2] === o && x[3] === i)!
        .slice(4)
        .map(Number);
    // Initial trust moves mean trust far more than provider choice does; μ* sits in its interval.
    expect(get('trust.initial', 'mean_trust', 'mu_star')[0]).toBeGreaterThan(
      5 * get('market.providerChoice', 'mean_trust', 'mu_star')[0],
    );
    for (const x of rows.filter((x) => x[3] === 'mu_star')) {
      const [v, lo, hi] = x.slice(4).map(Number);
      expect(lo).toBeLessThanOrEqual(v);
      expect(hi).toBeGreaterThanOrEqual(v);
    }
    const out = await sim(
      [
        'sa',
        '--method',
        'morris',
        ...BASE,
        ...VARY,
        '--trajectories',
        '3',
        '--outputs',
        'mean_trust,transaction_cost_m',
        '--out',
        'i.csv',
        '--figure',
        'f.svg',
        '--rows',
        'rows.csv',
      ],
      dir,
    );
    expect(out.code).toBe(0);
    expect(read(dir, 'i.csv')).toBe(r.out);
    const svg = read(dir, 'f.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('trust.initial');
    expect(svg.match(/<circle/g)).toHaveLength(4);
    // Rows as a sweep's: 3 trajectories × 3 points, one run each.
    const runs = csv(read(dir, 'rows.csv'));
    expect(runs.header.slice(0, 7)).toEqual([
      'scenario',
      'scale',
      'point',
      'market.providerChoice',
      'trust.initial',
      'run',
      'seed',
    ]);
    expect(new Set(runs.rows.map((x) => x[2])).size).toBe(9);
    const pkg = JSON.parse(read(dir, 'datapackage.json'));
    const byPath = Object.fromEntries(pkg.resources.map((x: { path: string }) => [x.path, x]));
    expect(byPath['i.csv'].schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
    expect(byPath['i.csv'].quasimarket.role).toBe('indices');
    expect(byPath['i.csv'].quasimarket.method).toBe('morris');
    expect(byPath['i.csv'].quasimarket.design).toEqual({ trajectories: 3, levels: 4, candidates: 12 });
    expect(byPath['f.svg'].mediatype).toBe('image/svg+xml');
    expect(byPath['f.svg'].profile).toBe('data-resource');
    expect(leftovers(dir)).toEqual([]);
  });

  it('runs a Sobol design in shards; indices from the merged rows equal one machine’s, byte for byte', async () => {
    const sobol = [
      'sa',
      '--method',
      'sobol',
      '--samples',
      '4',
      ...BASE,
      ...VARY,
      '--outputs',
      'mean_trust',
      '--stat',
      'last',
    ];
    const one = scratch();
    expect((await sim([...sobol, '--out', 'sobol.csv', '--rows', 'rows.csv'], one)).code).toBe(0);
    const { rows } = csv(read(one, 'sobol.csv'));
    expect(rows.map((x) => `${x[1]} ${x[3]}`)).toEqual([
      'market.providerChoice S1',
      'market.providerChoice ST',
      'trust.initial S1',
      'trust.initial ST',
    ]);
    expect(csv(read(one, 'rows.csv')).rows).toHaveLength(4 * 4 * 2); // N(k + 2) points × 2 years

    const split = scratch();
    for (const k of [0, 1, 2])
      expect((await sim([...sobol, '--rows', 'rows.csv', '--shard', `${k}/3`], split)).code).toBe(0);
    expect(
      readdirSync(split)
        .filter((f) => f.includes('shard'))
        .sort(),
    ).toEqual(['rows.shard-0-of-3.csv', 'rows.shard-1-of-3.csv', 'rows.shard-2-of-3.csv']);
    const merged = await sim(
      ['merge', '-q', '--out', 'rows.csv', 'rows.shard-0-of-3.csv', 'rows.shard-1-of-3.csv', 'rows.shard-2-of-3.csv'],
      split,
    );
    expect(merged.code).toBe(0);
    expect(read(split, 'rows.csv')).toBe(read(one, 'rows.csv'));
    const from = await sim([...sobol, '--from-rows', 'rows.csv', '--out', 'sobol.csv', '--figure', 'sobol.svg'], split);
    expect(from.err).toBe('');
    expect(from.code).toBe(0);
    expect(readFileSync(join(split, 'sobol.csv'))).toEqual(readFileSync(join(one, 'sobol.csv')));
    expect(read(split, 'sobol.svg')).toContain('S1 (solid)');
    // Other flags than the rows were made with are refused, naming the mismatch.
    const other = await sim([...sobol, '--seed', '9', '--from-rows', 'rows.csv', '--out', 'x.csv'], split);
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/^quasimarket: --from-rows rows\.csv: point 0 run 0 is not this plan's/);
    const set = await sim(
      [...sobol, '--set', 'tender.propensity=2', '--from-rows', 'rows.csv', '--out', 'x.csv'],
      split,
    );
    expect(set.code).toBe(2);
    expect(set.err).toMatch(/datapackage\.json records another plan/);
    expect(readdirSync(split)).not.toContain('x.csv');
  });
});

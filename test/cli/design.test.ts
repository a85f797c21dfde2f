// `sim design`: a design made elsewhere runs as a sweep would (the same rows, byte for byte,
// when the design is the sweep's grid), with pandas' index column ignored, and in shards.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { read, scratch, sim } from './helpers';

const BASE = ['--scenario', 'ccg-2013', '--years', '2', '--runs', '2', '-q'];

describe('sim design', () => {
  it('runs every row of a CSV design; its rows are the sweep’s for the same points', async () => {
    const dir = scratch();
    // As pandas writes it by default: an unnamed index column first.
    writeFileSync(
      join(dir, 'design.csv'),
      ',market.providerChoice,contract.years\n0,0,1\n1,0.5,1\n2,1,1\n3,0,3\n4,0.5,3\n5,1,3\n',
    );
    const d = await sim(['design', ...BASE, '--from', 'design.csv', '--out', 'd.csv', '--summary', 'ds.csv'], dir);
    expect(d.err).toBe('');
    expect(d.code).toBe(0);
    const s = await sim(
      [
        'sweep',
        ...BASE,
        '--vary',
        'contract.years=1:3:2',
        '--vary',
        'market.providerChoice=0:1:3',
        '--out',
        's.csv',
        '--summary',
        'ss.csv',
      ],
      dir,
    );
    expect(s.code).toBe(0);
    // The sweep's first parameter varies slowest: reorder its columns as the design gives them.
    const sweep = read(dir, 's.csv')
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    const design = read(dir, 'd.csv')
      .trimEnd()
      .split('\n')
      .map((l) => l.split(','));
    expect(design[0].slice(0, 7)).toEqual([
      'scenario',
      'scale',
      'point',
      'market.providerChoice',
      'contract.years',
      'run',
      'seed',
    ]);
    const swapped = sweep.map((r) => [...r.slice(0, 3), r[4], r[3], ...r.slice(5)]);
    expect(
      design
        .slice(1)
        .map((r) => r.slice(3).join(','))
        .sort(),
    ).toEqual(
      swapped
        .slice(1)
        .map((r) => r.slice(3).join(','))
        .sort(),
    );
    expect(design).toHaveLength(1 + 6 * 2 * 2);
    const pkg = JSON.parse(read(dir, 'datapackage.json'));
    const entry = pkg.resources.find((x: { path: string }) => x.path === 'd.csv').quasimarket;
    expect(entry.design).toMatchObject({
      file: 'design.csv',
      rows: 6,
      parameters: ['market.providerChoice', 'contract.years'],
    });
    expect(entry.design.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('splits into shards that merge into the single-machine rows', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'design.csv'), 'trust.initial,tender.propensity\n0.3,0.5\n0.5,1\n0.7,2\n');
    expect((await sim(['design', ...BASE, '--from', 'design.csv', '--out', 'all.csv'], dir)).code).toBe(0);
    for (const k of [0, 1])
      expect(
        (await sim(['design', ...BASE, '--from', 'design.csv', '--out', 'part.csv', '--shard', `${k}/2`], dir)).code,
      ).toBe(0);
    expect(
      (await sim(['merge', '-q', '--out', 'part.csv', 'part.shard-0-of-2.csv', 'part.shard-1-of-2.csv'], dir)).code,
    ).toBe(0);
    expect(read(dir, 'part.csv')).toBe(read(dir, 'all.csv'));
  });
});

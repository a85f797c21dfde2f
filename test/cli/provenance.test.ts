import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseMetricDocs } from '../../src/engine/metric-docs-source';
import { METRIC_DOCS } from '../../src/engine/metric-docs';
import {
  canonicalJson,
  mergePackage,
  resourceFor,
  type DataPackage,
  type Provenance,
} from '../../src/engine/datapackage';
import { parseScenario } from '../../src/model/scenario';
import { csv, read, scratch, sim } from './helpers';

const docs = readFileSync(new URL('../../docs/metrics.md', import.meta.url), 'utf8');
const pkg = (dir: string): DataPackage => JSON.parse(read(dir, 'datapackage.json')) as DataPackage;

describe('provenance', () => {
  it('prints the version and the commit', async () => {
    const r = await sim(['--version'], scratch());
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^quasimarket \d+\.\d+\.\d+ \(commit ([0-9a-f]{40}( \(with uncommitted changes\))?|unknown)\)\n$/,
    );
  });

  it('describes every file it writes in datapackage.json: what made it, and a typed schema', async () => {
    const dir = scratch();
    const args = ['run', '--scenario', 'ccg-2013', '--years', '2', '--seed', '5', '--set', 'trust.initial=0.4'];
    const r = await sim([...args, '--reform', 'icb-2022@2', '--quiet', '--out', 'y.csv', '--events', 'e.jsonl'], dir);
    expect(r.code).toBe(0);
    const d = pkg(dir);
    expect(d.profile).toBe('data-package');
    expect(d.resources.map((x) => x.path)).toEqual(['e.jsonl', 'y.csv']);
    const y = d.resources.find((x) => x.path === 'y.csv')!;
    expect(y.profile).toBe('tabular-data-resource');
    expect(y.bytes).toBe(read(dir, 'y.csv').length);
    expect(y.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const q = y.quasimarket;
    expect(q.command).toBe(
      'npm run -s sim -- run --scenario ccg-2013 --years 2 --seed 5 --set trust.initial=0.4 --reform icb-2022@2 --quiet --out y.csv --events e.jsonl',
    );
    expect(q.software.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect([q.seed, q.scale, q.years, q.overrides, q.reforms]).toEqual([
      5,
      'local',
      2,
      { 'trust.initial': 0.4 },
      [{ regime: 'icb-2022', year: 2 }],
    ]);
    // The scenario as run, and the SHA-256 of its canonical JSON.
    expect(parseScenario(q.scenario).ok).toBe(true);
    const { createHash } = await import('node:crypto');
    expect(q.scenario_sha256).toBe(createHash('sha256').update(canonicalJson(q.scenario)).digest('hex'));
    // Column types that match the data: integers print as integers, and every column has a description.
    const { header, rows } = csv(read(dir, 'y.csv'));
    expect(y.schema!.fields.map((f) => f.name)).toEqual(header);
    y.schema!.fields.forEach((f, i) => {
      expect(f.description).toBeTruthy();
      for (const row of rows) {
        if (f.type === 'integer') expect(row[i]).toMatch(/^-?\d+$/);
        if (f.type === 'number') expect(row[i]).toMatch(/^(-?\d+(\.\d+)?)?$/);
      }
    });
    expect(y.schema!.fields.find((f) => f.name === 'spend_total_m')).toMatchObject({ type: 'number', unit: '£m' });
  });

  it('adds the resources of a second command to the same descriptor, replacing its own entries, dropping deleted files', async () => {
    const dir = scratch();
    const run = ['run', '--scenario', 'ccg-2013', '--years', '1', '--quiet'];
    await sim([...run, '--out', 'a.csv'], dir);
    await sim([...run, '--out', 'b.csv', '--seed', '9'], dir);
    const ens = await sim(
      ['ensemble', '--scenario', 'ccg-2013', '--years', '1', '--runs', '2', '--quiet', '--out', 'r.csv'],
      dir,
    );
    expect(ens.code).toBe(0);
    let d = pkg(dir);
    expect(d.resources.map((x) => [x.path, x.quasimarket.seed])).toEqual([
      ['a.csv', 1],
      ['b.csv', 9],
      ['r.csv', 1],
    ]);
    expect(d.resources.find((x) => x.path === 'r.csv')!.quasimarket.plan).toMatchObject({
      jobs: 2,
      runs: 2,
      shard: null,
    });
    rmSync(join(dir, 'b.csv'));
    await sim([...run, '--out', 'a.csv', '--seed', '4'], dir);
    d = pkg(dir);
    expect(d.resources.map((x) => [x.path, x.quasimarket.seed])).toEqual([
      ['a.csv', 4],
      ['r.csv', 1],
    ]);
  });

  it('keeps resource names unique and sorted when merging descriptors', () => {
    const p = { seed: 1 } as unknown as Provenance;
    const a = resourceFor({ path: 'x.csv', role: 'yearly', format: 'csv', columns: ['seed', 'year'], provenance: p });
    const b = { ...resourceFor({ path: 'X.csv', role: 'yearly', format: 'csv', provenance: p }) };
    const merged = mergePackage(mergePackage(null, [a], 'now'), [b], 'later');
    expect(merged.resources.map((r) => [r.name, r.path])).toEqual([
      ['x.csv-2', 'X.csv'],
      ['x.csv', 'x.csv'],
    ]);
    expect(merged.created).toBe('later');
  });

  it('keeps src/engine/metric-docs.ts in step with docs/metrics.md (npm run gen:metric-docs)', () => {
    expect(parseMetricDocs(docs)).toEqual(METRIC_DOCS);
  });
});

// The Experiments tab's data, without a page: its CSV is the command line's byte for byte
// (ensemble and sweep), its descriptor describes it, and fan quantiles are the runs' quantiles.
import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/engine/collect';
import {
  experimentCsv,
  experimentJobs,
  experimentPackage,
  experimentPoints,
  fanSeries,
  type Experiment,
  type ExperimentSpec,
} from '../../src/engine/experiment';
import { parseScenario, type Scenario } from '../../src/model/index';
import { ROOT, scratch, sim } from '../cli/helpers';

const preset = JSON.parse(readFileSync(join(ROOT, 'public/scenarios/ccg-2013.json'), 'utf8')) as object;
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function scenario(): Scenario {
  const r = parseScenario({ ...preset, seed: 3, years: 2 });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

function run(spec: ExperimentSpec): Experiment {
  const s = scenario();
  const jobs = experimentJobs(s, 'ccg-2013', spec);
  return {
    id: 'x',
    created: '2025-01-01T00:00:00.000Z',
    name: 'ccg-2013',
    scenario: s,
    spec,
    points: experimentPoints(spec),
    yearly: jobs.map((j) => runJob(j.scenario, {}).yearly),
    software: { name: 'quasimarket', version: '0.1.0', commit: null, dirty: null },
  };
}

describe('experiments of the app', () => {
  it('write the ensemble CSV of the command line, byte for byte', async () => {
    const e = run({ kind: 'ensemble', runs: 3 });
    const cli = await sim(
      ['ensemble', '--scenario', 'ccg-2013', '--seed', '3', '--years', '2', '--runs', '3', '-q'],
      scratch(),
    );
    expect(cli.code).toBe(0);
    expect(experimentCsv(e)).toBe(cli.out);
  });

  it('write the sweep CSV of the command line, byte for byte, and describe it', async () => {
    const spec: ExperimentSpec = {
      kind: 'sweep',
      runs: 2,
      vary: { param: 'trust.initial', from: 0.3, to: 0.7, steps: 2 },
    };
    const e = run(spec);
    const cli = await sim(
      [
        'sweep',
        '--scenario',
        'ccg-2013',
        '--seed',
        '3',
        '--years',
        '2',
        '--runs',
        '2',
        '--vary',
        'trust.initial=0.3:0.7:2',
        '-q',
      ],
      scratch(),
    );
    const csv = experimentCsv(e);
    expect(csv).toBe(cli.out);
    const pkg = await experimentPackage(e, csv, 'runs.csv');
    const r = pkg.resources[0];
    expect(r.path).toBe('runs.csv');
    expect(r.bytes).toBe(Buffer.byteLength(csv));
    expect(r.schema!.fields.map((f) => f.name)).toEqual(csv.split('\n')[0].split(','));
    expect(r.quasimarket).toMatchObject({ role: 'runs', seed: 3, scale: 'local', years: 2, runs: 2, complete: true });
    expect(r.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('draw fans from the quantiles of the runs’ values, year by year', () => {
    const e = run({ kind: 'ensemble', runs: 5 });
    const fan = fanSeries(e, 0, 'mean_trust');
    expect(fan.map((p) => p.financialYear)).toEqual(['2013/14', '2014/15']);
    const values = e.yearly.map((y) => y![1].mean_trust).sort((a, b) => a - b);
    expect(fan[1].median).toBe(values[2]);
    expect(fan[1].p05).toBeLessThanOrEqual(fan[1].p25);
    expect(fan[1].p75).toBeLessThanOrEqual(fan[1].p95);
    expect(fan[1].n).toBe(5);
  });
});

// `sim calibrate` recovers a parameter from a target made by the model itself at a known
// value, and writes particles, posterior and diagnostics that say how it got there.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csv, read, scratch, sim } from './helpers';

describe('sim calibrate', () => {
  it('recovers real funding growth from the allocation it produces (ABC-SMC)', async () => {
    const dir = scratch();
    // The target: allocations grow 2% in real terms from 2013/14 to 2014/15, within 0.2 points
    // (each seed draws its own population and allocation level; the growth is the parameter's).
    writeFileSync(
      join(dir, 'targets.json'),
      JSON.stringify({
        targets: [{ metric: 'allocation_m', years: '2013-2014', stat: 'growth', target: 0.02, tolerance: 0.002 }],
      }),
    );
    const r = await sim(
      [
        'calibrate',
        '--scenario',
        'ccg-2013',
        '--years',
        '2',
        '--targets',
        'targets.json',
        '--vary',
        'funding.allocationGrowth=-0.04:0.08',
        '--particles',
        '12',
        '--generations',
        '8',
        '--quantile',
        '0.3',
        '--out',
        'particles.csv',
        '--posterior',
        'posterior.csv',
        '--diagnostics',
        'diagnostics.csv',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^generation 0: prior, kept 12 of 12 proposals \(100%\), ESS 12\.0$/m);
    const post = csv(read(dir, 'posterior.csv'));
    expect(post.header).toEqual(['parameter', 'prior_low', 'prior_high', 'mean', 'sd', 'p05', 'median', 'p95']);
    const [, lo, hi, mean, sd, p05, median, p95] = post.rows[0].map(Number);
    expect([lo, hi]).toEqual([-0.04, 0.08]);
    // The prior spans 0.12; the posterior is narrow and holds the truth.
    expect(r.err).toMatch(/every target met \(ε = 1\)/);
    expect(Math.abs(median - 0.02)).toBeLessThan(0.002);
    expect(Math.abs(mean - 0.02)).toBeLessThan(0.002);
    expect(sd).toBeLessThan(0.002);
    expect(p05).toBeLessThanOrEqual(0.02);
    expect(p95).toBeGreaterThanOrEqual(0.02);
    const diag = csv(read(dir, 'diagnostics.csv'));
    expect(diag.header).toEqual(['generation', 'epsilon', 'proposals', 'accepted', 'acceptance_rate', 'ess', 'runs']);
    expect(diag.rows[0].slice(0, 4)).toEqual(['0', '', '12', '12']);
    const eps = diag.rows.slice(1).map((x) => Number(x[1]));
    eps.slice(1).forEach((e, i) => expect(e).toBeLessThanOrEqual(eps[i]));
    for (const x of diag.rows) {
      expect(Number(x[4])).toBeCloseTo(Number(x[3]) / Number(x[2]), 5);
      expect(Number(x[5])).toBeGreaterThan(1);
      expect(Number(x[5])).toBeLessThanOrEqual(12);
    }
    const parts = csv(read(dir, 'particles.csv'));
    expect(parts.header).toEqual([
      'generation',
      'particle',
      'funding.allocationGrowth',
      'distance',
      'weight',
      'evaluation',
    ]);
    const last = parts.rows.filter((x) => x[0] === String(diag.rows.length - 1));
    expect(last).toHaveLength(12);
    expect(last.reduce((a, x) => a + Number(x[4]), 0)).toBeCloseTo(1, 4);
    const pkg = JSON.parse(read(dir, 'datapackage.json'));
    const made = pkg.resources.find((x: { path: string }) => x.path === 'particles.csv').quasimarket;
    expect(made.method).toMatch(/ABC-SMC/);
    expect(made.targets[0]).toMatchObject({ metric: 'allocation_m', stat: 'growth', target: 0.02, tolerance: 0.002 });
    expect(made.stopped_because).toBe('target');
  });
});

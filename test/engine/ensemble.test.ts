import { describe, expect, it } from 'vitest';
import {
  gridDesign,
  gridValues,
  InOrder,
  lhsDesign,
  planJobs,
  runColumns,
  summariseRuns,
  SUMMARY_METRICS,
} from '../../src/engine/ensemble';
import { runSeed } from '../../src/model/rng';
import { YEAR_COLUMNS, type YearMetrics } from '../../src/model/metrics';
import type { Scenario } from '../../src/model/scenario';

const base: Scenario = {
  regime: 'ccg-2013',
  scale: 'local',
  seed: 7,
  years: 3,
  params: { 'trust.initial': 0.5 },
  reforms: [],
};

function row(year: number, x: number): YearMetrics {
  const r = Object.fromEntries(YEAR_COLUMNS.map((c) => [c, x])) as unknown as YearMetrics;
  return { ...r, year, financial_year: `${2012 + year}/${13 + year}`, regime: 'ccg-2013' };
}

describe('ensemble plan', () => {
  it('gives run i the seed runSeed(S, i) and keeps the rest of the scenario', () => {
    const jobs = planJobs(base, 4, 99);
    expect(jobs.map((j) => j.seed)).toEqual([0, 1, 2, 3].map((i) => runSeed(99, i)));
    expect(jobs.map((j) => j.index)).toEqual([0, 1, 2, 3]);
    expect(jobs[2].scenario).toEqual({ ...base, seed: runSeed(99, 2) });
    expect(new Set(jobs.map((j) => j.seed)).size).toBe(4);
  });

  it('uses the same seeds at every design point (common random numbers) and lets the point override parameters', () => {
    const jobs = planJobs(base, 2, 5, [{ 'trust.initial': 0.2 }, { 'trust.initial': 0.8 }]);
    expect(jobs.map((j) => [j.point, j.run])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
    expect(jobs[0].seed).toBe(jobs[2].seed);
    expect(jobs[3].scenario.params).toEqual({ 'trust.initial': 0.8 });
    expect(runColumns(['trust.initial']).slice(0, 6)).toEqual([
      'scenario',
      'scale',
      'point',
      'trust.initial',
      'run',
      'seed',
    ]);
    expect(runColumns([]).slice(0, 5)).toEqual(['scenario', 'scale', 'run', 'seed', 'year']);
  });
});

describe('designs', () => {
  it('spaces grid values evenly, rounds whole-number parameters and drops duplicates', () => {
    expect(gridValues({ param: 'market.providerChoice', from: 0, to: 1, steps: 5 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(gridValues({ param: 'market.providerChoice', from: 0.3, to: 1, steps: 1 })).toEqual([0.3]);
    expect(gridValues({ param: 'negotiation.rounds', from: 2, to: 4, steps: 5 })).toEqual([2, 3, 4]);
    expect(gridValues({ param: 'trust.initial', from: 0, to: 1, steps: 4 })).toEqual([0, 0.333333, 0.666667, 1]);
  });

  it('crosses grid values with the first parameter varying slowest', () => {
    const g = gridDesign([
      { param: 'a', from: 0, to: 1, steps: 2 },
      { param: 'b', from: 0, to: 2, steps: 3 },
    ]);
    expect(g).toEqual([
      { a: 0, b: 0 },
      { a: 0, b: 1 },
      { a: 0, b: 2 },
      { a: 1, b: 0 },
      { a: 1, b: 1 },
      { a: 1, b: 2 },
    ]);
  });

  it('puts one Latin hypercube sample in each stratum of each parameter, reproducibly', () => {
    const vary = [
      { param: 'market.providerChoice', from: 0, to: 1, steps: 1 },
      { param: 'trust.initial', from: 0.2, to: 0.6, steps: 1 },
    ];
    const d = lhsDesign(vary, 10, 3);
    expect(d).toEqual(lhsDesign(vary, 10, 3));
    expect(d).not.toEqual(lhsDesign(vary, 10, 4));
    const strata = (k: string, lo: number, hi: number): number[] =>
      d.map((p) => Math.min(9, Math.floor(((p[k] - lo) / (hi - lo)) * 10))).sort((a, b) => a - b);
    expect(strata('market.providerChoice', 0, 1)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(strata('trust.initial', 0.2, 0.6)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('summaries of runs', () => {
  it('gives one row per year per metric, the same whatever order runs finished in', () => {
    const jobs = planJobs(base, 3, 1);
    const results = [
      [row(1, 1), row(2, 10)],
      [row(1, 2), row(2, 20)],
      [row(1, 6), row(2, 60)],
    ];
    const sum = summariseRuns(jobs, results);
    expect(sum.length).toBe(2 * SUMMARY_METRICS.length);
    const tenders = sum.find((r) => r.year === 2 && r.metric === 'tenders')!;
    expect(tenders).toMatchObject({ n: 3, mean: 30, min: 10, max: 60, median: 20, financial_year: '2014/15' });
    expect(summariseRuns(jobs, [results[2], results[0], results[1]]).map((r) => r.mean)).toEqual(
      sum.map((r) => r.mean),
    );
  });

  it('summarises each sweep point separately', () => {
    const jobs = planJobs(base, 2, 1, [{ 'trust.initial': 0.2 }, { 'trust.initial': 0.8 }]);
    const sum = summariseRuns(jobs, [[row(1, 1)], [row(1, 3)], [row(1, 10)], [row(1, 30)]]);
    const means = sum.filter((r) => r.metric === 'tenders').map((r) => [r.point, r['trust.initial'], r.mean]);
    expect(means).toEqual([
      [0, 0.2, 2],
      [1, 0.8, 20],
    ]);
  });
});

describe('InOrder', () => {
  it('hands results on in index order whatever order they arrive in', () => {
    const seen: number[] = [];
    const o = new InOrder<string>((i) => seen.push(i));
    for (const i of [2, 0, 3, 1, 5, 4]) o.put(i, String(i));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

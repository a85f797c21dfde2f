import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';
import { parseScenario, type Scenario } from '../../src/model/scenario';
import { advance } from '../../src/engine/run';
import { AREA_COLUMNS, AreaTally, type AreaRow } from '../../src/engine/areas';
import type { YearMetrics } from '../../src/model/metrics';

function run(s: Partial<Scenario>): { years: YearMetrics[]; rows: AreaRow[][] } {
  const p = parseScenario({ seed: 3, years: 3, ...s });
  if (!p.ok) throw new Error(p.errors.join('; '));
  const m = new Model(p.scenario);
  const tally = new AreaTally(p.scenario.seed);
  const rows: AreaRow[][] = [];
  advance(m, Infinity, { afterWeek: (x) => tally.week(x), onYear: (row, x) => rows.push(tally.rows(x, row)) });
  return { years: m.yearly.slice(), rows };
}

const sum = (rows: AreaRow[], k: (typeof AREA_COLUMNS)[number]): number =>
  rows.reduce((s, r) => s + Number(r[k] ?? 0), 0);

describe('area rows', () => {
  it('add up to the yearly rows, across a reform at a year start', () => {
    // A region of three real footprints, CCGs then ICBs: the year before the reform still counts CCGs.
    const { years, rows } = run({
      regime: 'ccg-2013',
      scale: 'region',
      area: 'QYG',
      reforms: [{ regime: 'icb-2022', year: 2 }],
    });
    expect(rows.map((r) => r.length)).toEqual([3, 3, 3]);
    years.forEach((y, i) => {
      const r = rows[i];
      expect(r.every((x) => x.year === y.year && x.financial_year === y.financial_year && x.seed === 3)).toBe(true);
      expect(sum(r, 'population')).toBe(y.population);
      expect(sum(r, 'practices')).toBe(y.practices);
      expect(sum(r, 'commissioners')).toBe(y.commissioners);
      expect(sum(r, 'providers')).toBe(y.providers);
      expect(sum(r, 'providers_in_deficit')).toBe(y.providers_in_deficit);
      expect(sum(r, 'arbitrations')).toBe(y.arbitrations);
      expect(Math.abs(sum(r, 'waiting_list') - y.waiting_list)).toBeLessThanOrEqual(r.length);
      expect(sum(r, 'provider_net_surplus_m')).toBeCloseTo(y.provider_net_surplus_m, 0);
      const trusts = sum(r, 'nhs_trusts');
      expect(trusts > 0 ? sum(r, 'nhs_trusts_in_deficit') / trusts : 0).toBeCloseTo(y.nhs_trusts_in_deficit_share, 3);
      // Commissioners spend about what they are given (the rest is their balance).
      expect(sum(r, 'spend_m') / sum(r, 'allocation_m')).toBeGreaterThan(0.9);
      expect(sum(r, 'spend_m') / sum(r, 'allocation_m')).toBeLessThan(1.1);
    });
    expect(years[0].commissioners).toBeGreaterThan(years[1].commissioners);
  });

  it('counts arbitrations in their year, not since the start', () => {
    // Seven fictional areas, with arbitrations in some years only (seed 2: none until year 4).
    const { years, rows } = run({ regime: 'ccg-2013', scale: 'region', years: 5, seed: 2 });
    expect(rows.map((r) => sum(r, 'arbitrations'))).toEqual(years.map((y) => y.arbitrations));
    expect(years.reduce((s, y) => s + y.arbitrations, 0)).toBeGreaterThan(1);
    expect(rows.every((r) => r.length === 7 && r.every((x) => x.code === null && x.region === null))).toBe(true);
  });
});

// Yearly results by area, for researchers who map them: one row per area (a real ICB footprint
// with its ODS code and region, or a fictional area) at each year end, read from the model's
// world as the doors' other observations are (observe.ts). Counts follow the yearly row's own
// definitions, so an area column summed over the areas gives England's (or the run's) figure;
// the tests check that they do.
import type { Model } from '../model/model';
import type { YearMetrics } from '../model/metrics';
import { contractPathways } from '../model/waiting';
import { isNhsTrust } from '../model/support';
import { regionOf } from '../model/england/footprints';

/** Columns of the areas file (docs/metrics.md explains each). */
export const AREA_COLUMNS = [
  'financial_year',
  'year',
  'seed',
  'code',
  'name',
  'region',
  'region_code',
  'population',
  'practices',
  'commissioners',
  'providers',
  'nhs_trusts',
  'allocation_m',
  'spend_m',
  'spend_per_head',
  'providers_in_deficit',
  'nhs_trusts_in_deficit',
  'provider_net_surplus_m',
  'waiting_list',
  'arbitrations',
] as const;

export type AreaRow = Record<(typeof AREA_COLUMNS)[number], string | number | null>;

const m1 = (x: number): number => Math.round(x / 1e5) / 10;

/** What the year's last weeks had: lists, practices and commissioners, before the year end changes them. */
interface Stocks {
  population: number[];
  practices: number[];
  commissioners: number[];
}

function stocks(m: Model): Stocks {
  const n = m.world.areas.length;
  const s: Stocks = {
    population: new Array(n).fill(0),
    practices: new Array(n).fill(0),
    commissioners: new Array(n).fill(0),
  };
  for (const p of m.world.practices) {
    if (!p.active) continue;
    s.population[p.area] += p.listSize;
    s.practices[p.area]++;
  }
  for (const c of m.world.commissioners) if (c.active) s.commissioners[c.area]++;
  return s;
}

/**
 * Area rows year by year. The step that closes a year also opens the next (lists grow,
 * practices merge, a reform replaces the commissioners) before anyone can look, so `week` is
 * called after every step to keep the year's last lists and organisations; and arbitrations
 * are counted from each pair's count week by week, so `rows` is called at every year end,
 * in order, as the model's yearly rows appear (advance()'s afterWeek and onYear).
 */
export class AreaTally {
  /** Arbitrations this year by area, from each pair's count week by week. */
  private arbitrations: number[] = [];
  private pairCounts = new Map<number, number>();
  private knownCommissioners = 0;
  private last: Stocks | null = null;

  constructor(private readonly seed: number) {}

  /** After each week's step: keeps the stocks of any week that did not close a year, and counts arbitrations. */
  week(m: Model): void {
    if (m.week !== 0) this.last = stocks(m);
    this.countArbitrations(m);
  }

  /**
   * A pair's count grows by one per arbitration. A commissioner created this week (a reform)
   * inherits its predecessors' counts, copied to each successor that takes some of their
   * population: those are not new arbitrations, so its pairs only set their starting count.
   */
  private countArbitrations(m: Model): void {
    const { commissioners, providers } = m.world;
    for (const r of m.world.relationships()) {
      const key = r.commissioner * providers.length + r.provider;
      const before = this.pairCounts.get(key);
      if (r.commissioner >= this.knownCommissioners) this.pairCounts.set(key, r.arbitrations);
      else if (r.arbitrations !== (before ?? 0)) {
        const area = commissioners[r.commissioner].area;
        this.arbitrations[area] = (this.arbitrations[area] ?? 0) + r.arbitrations - (before ?? 0);
        this.pairCounts.set(key, r.arbitrations);
      }
    }
    this.knownCommissioners = commissioners.length;
  }

  /** One row per area for the year that `row` closed (after the model's step that closed it). */
  rows(m: Model, row: YearMetrics): AreaRow[] {
    const { areas, providers, commissioners, contracts } = m.world;
    const n = areas.length;
    const count = (): number[] => new Array<number>(n).fill(0);
    const { population, practices: activePractices, commissioners: main } = this.last ?? stocks(m);
    const active = count(),
      trusts = count(),
      allocation = count(),
      spend = count(),
      inDeficit = count(),
      trustsInDeficit = count(),
      surplus = count(),
      waiting = count();
    for (const p of providers) {
      if (p.status !== 'active') continue;
      active[p.area]++;
      surplus[p.area] += p.surplus;
      if (p.surplus < 0) inDeficit[p.area]++;
      if (!isNhsTrust(p)) continue;
      trusts[p.area]++;
      if (p.surplus < 0) trustsInDeficit[p.area]++;
    }
    // The year's accounts as recorded at its close (the next year has already opened them anew).
    for (const c of commissioners) {
      const closed = m.records.commissioner(c.id).find((y) => y.year === row.year);
      if (!closed) continue;
      allocation[c.area] += closed.allocation;
      spend[c.area] += closed.allocation - closed.balance;
    }
    // Each commissioner's patients waiting, wherever they wait (an ended contract's moved with its services).
    for (const ct of contracts)
      if (ct.state !== 'ended') waiting[commissioners[ct.commissioner].area] += contractPathways(ct);

    const out = areas.map((a, i): AreaRow => {
      const region = a.code ? regionOf(a.code) : undefined;
      return {
        financial_year: row.financial_year,
        year: row.year,
        seed: this.seed,
        code: a.code,
        name: a.name,
        region: region?.name ?? null,
        region_code: region?.code ?? null,
        population: population[i],
        practices: activePractices[i],
        commissioners: main[i],
        providers: active[i],
        nhs_trusts: trusts[i],
        allocation_m: m1(allocation[i]),
        spend_m: m1(spend[i]),
        spend_per_head: population[i] > 0 ? Math.round(spend[i] / population[i]) : null,
        providers_in_deficit: inDeficit[i],
        nhs_trusts_in_deficit: trustsInDeficit[i],
        provider_net_surplus_m: m1(surplus[i]),
        waiting_list: Math.round(waiting[i]),
        arbitrations: this.arbitrations[i] ?? 0,
      };
    });
    this.arbitrations = [];
    this.last = null;
    return out;
  }
}

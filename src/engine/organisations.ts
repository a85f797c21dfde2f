// A snapshot of every organisation at each year end (--organisations): finances, capacity,
// trust, contracts and waiting list, one row per commissioner or provider per year. Read
// through the model's public face. The year-end step closes the accounts and opens the next
// year (counters reset, next year's contract terms applied, reforms) in one go, so the
// contracts, capacity and waiting lists are sampled as the year's last week begins, and the
// finances and trust come from what the model records at the close (Model.records,
// relationship histories).
import { SERVICE_LINES, type Model } from '../model/index';
import { contractPathways } from '../model/waiting';
import { roundTo } from './stats';

export const ORGANISATION_COLUMNS = [
  'year',
  'financial_year',
  'organisation_id',
  'kind',
  'type',
  'name',
  'status',
  'population',
  'allocation_m',
  'balance_m',
  'carried_m',
  'orientation',
  'income_m',
  'surplus_m',
  'underlying_m',
  'cash_m',
  'debt_m',
  'bailouts',
  'quality',
  ...SERVICE_LINES.map((l) => `capacity_${l.replace('-', '_')}`),
  'contracts',
  'contract_value_m',
  'mean_trust',
  'waiting_list',
] as const;

export type OrganisationRow = Record<(typeof ORGANISATION_COLUMNS)[number], string | number | null>;

const money = (x: number): number => roundTo(x / 1e6, 3);

interface Structure {
  contracts: number;
  value: number;
  waiting: number;
  /** Partners with a live contract (providers of a commissioner, or commissioners of a provider). */
  partners: number[];
}

/** Collects the rows of each year as a run goes: call beforeStep before every week, yearEnd after a year's row. */
export class OrganisationObserver {
  private commissioners = new Map<number, Structure>();
  private providers = new Map<number, Structure & { capacity: number[] }>();

  beforeStep(m: Model): void {
    if (m.week !== 51 || m.finished) return;
    const { world } = m;
    this.commissioners.clear();
    this.providers.clear();
    const of = <T extends Structure>(map: Map<number, T>, id: number, make: () => T): T => {
      let s = map.get(id);
      if (!s) map.set(id, (s = make()));
      return s;
    };
    const blank = (): Structure => ({ contracts: 0, value: 0, waiting: 0, partners: [] });
    for (const p of world.providers) {
      if (p.status === 'active') of(this.providers, p.id, () => ({ ...blank(), capacity: Array.from(p.capacity) }));
    }
    for (const c of world.commissioners) if (c.active) of(this.commissioners, c.id, blank);
    for (const ct of world.contracts) {
      if (ct.state === 'ended') continue;
      let value = 0;
      for (const v of ct.lineValue) value += v;
      const waiting = contractPathways(ct);
      const cs = of(this.commissioners, ct.commissioner, blank);
      const ps = of(this.providers, ct.provider, () => ({
        ...blank(),
        capacity: Array.from(world.providers[ct.provider].capacity),
      }));
      for (const [s, partner] of [
        [cs, ct.provider],
        [ps, ct.commissioner],
      ] as const) {
        s.contracts++;
        s.value += value;
        s.waiting += waiting;
        s.partners.push(partner);
      }
    }
  }

  /** Rows for the year just closed (`year`, `financialYear` of its yearly row). */
  yearEnd(m: Model, year: number, financialYear: string): OrganisationRow[] {
    const { world } = m;
    const trustAt = (c: number, p: number): number | null => {
      const r = world.relationship(c, p);
      const t = r ? r.history[year - r.historyFrom] : undefined;
      return t === undefined ? null : t;
    };
    const meanTrust = (pairs: [number, number][]): number | null => {
      let s = 0;
      let n = 0;
      for (const [c, p] of pairs) {
        const t = trustAt(c, p);
        if (t !== null) {
          s += t;
          n++;
        }
      }
      return n ? roundTo(s / n, 4) : null;
    };
    const empty = Object.fromEntries(ORGANISATION_COLUMNS.map((k) => [k, null])) as OrganisationRow;
    const rows: OrganisationRow[] = [];
    for (const c of world.commissioners) {
      const rec = m.records.commissioner(c.id).at(-1);
      if (!rec || rec.year !== year) continue;
      const s = this.commissioners.get(c.id);
      rows.push({
        ...empty,
        year,
        financial_year: financialYear,
        organisation_id: c.code,
        kind: 'commissioner',
        type: c.kind,
        name: c.name,
        status: c.active || c.endedYear === null || c.endedYear > year ? 'active' : 'abolished',
        population: Math.round(c.population),
        allocation_m: money(rec.allocation),
        balance_m: money(rec.balance),
        carried_m: money(rec.carried),
        orientation: roundTo(rec.orientation, 4),
        ...structureCells(s),
        mean_trust: s ? meanTrust(s.partners.map((p) => [c.id, p])) : null,
      });
    }
    for (const p of world.providers) {
      const rec = m.records.provider(p.id).at(-1);
      if (!rec || rec.year !== year) continue;
      const s = this.providers.get(p.id);
      const capacity = s?.capacity ?? Array.from(p.capacity);
      rows.push({
        ...empty,
        year,
        financial_year: financialYear,
        organisation_id: p.code,
        kind: 'provider',
        type: p.type,
        name: p.name,
        status: p.status === 'active' || (p.endedYear ?? Infinity) > year ? 'active' : p.status,
        income_m: money(rec.income),
        surplus_m: money(rec.surplus),
        underlying_m: money(p.underlying),
        cash_m: money(rec.cash),
        debt_m: money(rec.debt),
        bailouts: p.bailouts,
        quality: roundTo(rec.quality, 3),
        ...Object.fromEntries(
          SERVICE_LINES.map((l, i) => [`capacity_${l.replace('-', '_')}`, Math.round(capacity[i])]),
        ),
        ...structureCells(s),
        mean_trust: s ? meanTrust(s.partners.map((c) => [c, p.id])) : null,
      });
    }
    return rows;
  }
}

function structureCells(
  s: Structure | undefined,
): Pick<OrganisationRow, 'contracts' | 'contract_value_m' | 'waiting_list'> {
  return {
    contracts: s?.contracts ?? 0,
    contract_value_m: money(s?.value ?? 0),
    waiting_list: Math.round(s?.waiting ?? 0),
  };
}

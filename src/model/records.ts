// Year-end records of each organisation (finances, quality, orientation), for the inspector's
// charts and researchers.
import type { Model } from './model';

export interface ProviderYear {
  year: number;
  income: number;
  surplus: number;
  cash: number;
  debt: number;
  quality: number;
}
export interface CommissionerYear {
  year: number;
  allocation: number;
  balance: number;
  carried: number;
  orientation: number;
}

export class YearEndRecords {
  private readonly prov = new Map<number, ProviderYear[]>();
  private readonly comm = new Map<number, CommissionerYear[]>();

  record(m: Model): void {
    for (const p of m.world.providers) {
      if (p.status !== 'active' && p.endedYear !== m.year) continue;
      let a = this.prov.get(p.id);
      if (!a) this.prov.set(p.id, (a = []));
      a.push({ year: m.year, income: p.income, surplus: p.surplus, cash: p.cash, debt: p.debt, quality: p.quality });
    }
    for (const c of m.world.commissioners) {
      if (!c.active) continue;
      let a = this.comm.get(c.id);
      if (!a) this.comm.set(c.id, (a = []));
      a.push({
        year: m.year,
        allocation: c.allocation,
        balance: c.balance,
        carried: c.carried,
        orientation: c.orientation,
      });
    }
  }

  provider(id: number): readonly ProviderYear[] {
    return this.prov.get(id) ?? [];
  }
  commissioner(id: number): readonly CommissionerYear[] {
    return this.comm.get(id) ?? [];
  }
}

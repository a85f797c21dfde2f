// The economy: national prices, what each practice's list demands per service line, the
// allocations that follow need, and the money that moves outside contracts (commissioners'
// allocation, primary care, other spend and running costs; transaction costs).
import { FUNDHELD_LINES, FUNDHELD_SHARE } from './fundholding';
import { CENTRE, EXTERNAL, PRACTICES } from './ledger';
import { LINES, OTHER_SPEND_SHARE, PRIMARY_CARE_SHARE } from './lines';
import type { Model } from './model';
import type { Commissioner, Contract, PaymentForm, Provider } from './types';
import { L, LINE_COUNT } from './types';

/** Fundholders' budgets were set from their own historic activity, with a small margin. */
const FUNDHOLDER_BUDGET_MARGIN = 1.02;
/** A fundholding practice's own management costs, £ per head a year (a practice manager's time). */
const FUNDHOLDER_RUNNING_COST_PER_HEAD = 3;
/**
 * Emergency admissions rise with chronic disease: people with diabetes, dementia or a past
 * stroke are admitted far more often (brief P4: patients with 5+ conditions rose from 1 in 10
 * to 1 in 3 admissions; demography explains only 40–50% of the growth). Weights per share of
 * the list with each condition: at the brief's prevalence growth they add about a point a year.
 */
const CHRONIC_WEIGHTS = { diabetes: 4, dementia: 12, stroke: 10 } as const;
function chronicBurden(p: { diabetes: number; dementia: number; stroke: number }): number {
  return (
    1 +
    CHRONIC_WEIGHTS.diabetes * p.diabetes +
    CHRONIC_WEIGHTS.dementia * p.dementia +
    CHRONIC_WEIGHTS.stroke * p.stroke
  );
}

/** A provider new to a service starts above the tariff's cost: it must mobilise before it is efficient. */
const NEW_SERVICE_COST_PREMIUM = 1.02;

export class Economy {
  /** Current national price per unit per line (tariff; block values are built from it too). */
  readonly prices = new Float64Array(LINE_COUNT);
  /** Annual demand per practice per line, units ([practice * LINE_COUNT + line]). */
  practiceDemand = new Float64Array(0);
  /** Per-head demand multipliers per line (growth beyond prevalence and lists). */
  readonly demandIndex = new Float64Array(LINE_COUNT).fill(1);
  /** Per-practice reduction of emergency demand from upstream investment (1 = none). */
  preventionIndex = new Float64Array(0);
  /** Weekly demand per line with no contracted provider (unmet). */
  readonly uncovered = new Float64Array(LINE_COUNT);
  allocationPerHead: number;
  /** Next year's price multiplier once set at planning time (null until then each year). */
  nextPriceDrift: number | null = null;
  /** The affordability adjustment set with next year's prices, applied to providers' costs too. */
  nextSettlement = 1;
  /** The price change and real funding growth applied at the last turn of the year (for indexing contracts). */
  lastPriceDrift = 1;
  lastFundingGrowth = 0;

  /** Bumped whenever practice demand is recomputed. */
  private demandVersion = 0;
  private readonly demandCache = new Map<number, Float64Array>();
  private demandCacheKey = '';
  private readonly fundShareCache = new Map<number, number>();

  constructor(private readonly m: Model) {
    this.allocationPerHead = m.timeline.allocationPerHead(m.startYear);
  }

  /** Sets national prices so planned spend matches the allocation shares of the brief. */
  computePrices(): void {
    const practices = this.m.world.practices;
    this.practiceDemand = new Float64Array(practices.length * LINE_COUNT);
    this.preventionIndex = new Float64Array(practices.length).fill(1);
    this.updatePracticeDemand();
    const tot = new Float64Array(LINE_COUNT);
    let weighted = 0;
    for (const p of practices) {
      weighted += p.listSize * p.caseMix;
      for (let l = 0; l < LINE_COUNT; l++) tot[l] += this.practiceDemand[p.id * LINE_COUNT + l];
    }
    for (let l = 0; l < LINE_COUNT; l++)
      this.prices[l] = (this.allocationPerHead * weighted * LINES[l].allocationShare) / Math.max(1, tot[l]);
  }

  updatePracticeDemand(): void {
    const practices = this.m.world.practices;
    this.demandVersion++;
    if (this.practiceDemand.length < practices.length * LINE_COUNT) {
      const d = new Float64Array(practices.length * LINE_COUNT);
      d.set(this.practiceDemand);
      this.practiceDemand = d;
      const pi = new Float64Array(practices.length).fill(1);
      pi.set(this.preventionIndex);
      this.preventionIndex = pi;
    }
    for (const p of practices) {
      const base = p.id * LINE_COUNT;
      for (let l = 0; l < LINE_COUNT; l++) {
        const spec = LINES[l];
        let d = 0;
        if (p.active) {
          if (spec.prevalence) d = p.listSize * p[spec.prevalence];
          else if (l === L.emergency)
            d = p.listSize * spec.perHead * p.caseMix * this.preventionIndex[p.id] * chronicBurden(p);
          else d = p.listSize * spec.perHead * p.caseMix * p.referralRate;
          d *= this.demandIndex[l];
        }
        this.practiceDemand[base + l] = d;
      }
    }
  }

  /** Lines a commissioner buys: fundholders buy planned care for their list; main commissioners the rest. */
  linesHeld(c: Commissioner): number[] {
    if (c.kind === 'fundholder') return [...FUNDHELD_LINES];
    return Array.from({ length: LINE_COUNT }, (_, l) => l);
  }

  /** Annual demand per line for which this commissioner pays (do not mutate the result). */
  commissionerDemand(c: Commissioner): Float64Array {
    // Demand changes only at year end and when practices or commissioners change: cache until then.
    const key = `${this.m.year}:${this.m.world.structureVersion}:${this.demandVersion}`;
    if (key !== this.demandCacheKey) {
      this.demandCache.clear();
      this.demandCacheKey = key;
    }
    let hit = this.demandCache.get(c.id);
    if (!hit) {
      hit = this.computeCommissionerDemand(c);
      this.demandCache.set(c.id, hit);
    }
    return hit;
  }

  private computeCommissionerDemand(c: Commissioner): Float64Array {
    const out = new Float64Array(LINE_COUNT);
    const held = new Set(this.linesHeld(c));
    for (const pid of c.practices) {
      const p = this.m.world.practices[pid];
      if (!p.active) continue;
      const fundheld = c.kind !== 'fundholder' && p.fundholder !== null;
      for (let l = 0; l < LINE_COUNT; l++) {
        if (!held.has(l)) continue;
        if (fundheld && (FUNDHELD_LINES as readonly number[]).includes(l)) continue;
        out[l] += this.practiceDemand[pid * LINE_COUNT + l];
      }
    }
    return out;
  }

  /** Allocations: need-weighted capitation at the current price per head. */
  refreshAllocations(): void {
    const { practices, commissioners } = this.m.world;
    for (const c of commissioners) {
      if (!c.active) continue;
      let weighted = 0;
      let pop = 0;
      let fundheldWeighted = 0;
      for (const pid of c.practices) {
        const p = practices[pid];
        if (!p.active) continue;
        weighted += p.listSize * p.caseMix;
        pop += p.listSize;
        if (c.kind !== 'fundholder' && p.fundholder !== null) fundheldWeighted += p.listSize * p.caseMix;
      }
      c.population = pop;
      if (c.kind === 'fundholder') {
        const d = this.commissionerDemand(c);
        let v = 0;
        for (const l of FUNDHELD_LINES) v += d[l] * this.prices[l];
        c.allocation = v * FUNDHOLDER_BUDGET_MARGIN;
        c.runningCosts = pop * FUNDHOLDER_RUNNING_COST_PER_HEAD;
      } else {
        c.allocation = (weighted - fundheldWeighted * FUNDHELD_SHARE) * this.allocationPerHead;
        c.runningCosts = pop * this.m.regime.commissioners.runningCostPerHead;
      }
    }
  }

  /** Commissioner's weekly non-contract flows: allocation in; primary care, other spend and running costs out. */
  commissionerWeek(c: Commissioner): void {
    const { ledger, counters } = this.m;
    const alloc = c.allocation / 52;
    ledger.transfer(CENTRE, c.account, alloc);
    c.balance += alloc;
    counters.allocation += alloc;
    if (c.kind !== 'fundholder') {
      const primary = (alloc * PRIMARY_CARE_SHARE) / (1 - this.fundShareOf(c));
      const other = (alloc * OTHER_SPEND_SHARE) / (1 - this.fundShareOf(c));
      ledger.transfer(c.account, PRACTICES, primary);
      ledger.transfer(PRACTICES, EXTERNAL, primary);
      ledger.transfer(c.account, EXTERNAL, other);
      c.balance -= primary + other;
      counters.spendPrimary += primary;
    }
    const rc = c.runningCosts / 52;
    ledger.transfer(c.account, EXTERNAL, rc);
    c.balance -= rc;
    // Commissioning bodies exist because of the split: their running costs count as transaction costs.
    counters.transactionCost += rc;
  }

  /** Share of the weighted list whose planned care is fundheld (so primary/other spend scales to the whole list). */
  private fundShareOf(c: Commissioner): number {
    const key = c.id * 1000 + this.m.year;
    let v = this.fundShareCache.get(key);
    if (v === undefined) {
      let w = 0;
      let f = 0;
      for (const pid of c.practices) {
        const p = this.m.world.practices[pid];
        if (!p.active) continue;
        w += p.listSize * p.caseMix;
        if (p.fundholder !== null) f += p.listSize * p.caseMix;
      }
      v = w > 0 ? (f / w) * FUNDHELD_SHARE : 0;
      this.fundShareCache.set(key, v);
    }
    return v;
  }

  /** Charges a transaction cost (management time, fees) to an organisation's account. */
  chargeTransaction(
    account: number,
    amount: number,
    commissioner: Commissioner | null,
    provider: Provider | null,
  ): void {
    const a = amount * this.m.params['contract.transactionCostScale'];
    if (a <= 0) return;
    this.m.ledger.transfer(account, EXTERNAL, a);
    if (commissioner) commissioner.balance -= a;
    if (provider) provider.costs += a;
    this.m.counters.transactionCost += a;
  }

  /**
   * A provider takes on `volume` units a year of a service (handed back or secured directly):
   * its capacity and the service's fixed cost come with it.
   */
  takeOnService(p: Provider, l: number, volume: number): void {
    const spec = LINES[l];
    if (p.capacity[l] <= 0) p.unitCost[l] = this.prices[l] * NEW_SERVICE_COST_PREMIUM * (1 - spec.fixedShare);
    p.capacity[l] += volume;
    p.fixedCost += volume * this.prices[l] * spec.fixedShare;
  }

  /** Payment form of a contract under the rules in force: alliance members are capitated. */
  paymentFormFor(ct: Pick<Contract, 'alliance'>): PaymentForm {
    if (ct.alliance !== null) return 'capitated';
    return this.m.regime.payment.form;
  }
}

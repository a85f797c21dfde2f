// The Model (Mesa's sense): holds the agents and the rules in force, and steps the
// health economy one week at a time through the annual contracting calendar.
import { EventLog } from './events';
import { Ledger, CENTRE, EXTERNAL, PRACTICES } from './ledger';
import { LINES, PRIMARY_CARE_SHARE, OTHER_SPEND_SHARE } from './lines';
import { Namer } from './names';
import { resolveParams, checkParam, type ParamValues } from './params';
import { REGIMES, type Regime, type RegimeId } from './regimes';
import { hash32, makeStreams, type Streams } from './rng';
import type { Scenario } from './scenario';
import { initialise, FUNDHELD_LINES, FUNDHELD_SHARE } from './initialise';
import { reorganise } from './reform';
import { updateReferrals } from './referrals';
import { weeklyActivity } from './payment';
import { CALENDAR, financialYearLabel, dateLabel } from './calendar';
import { openRound, bargainingWeek } from './negotiation';
import { disputeWeek } from './dispute';
import { tenderWeek, considerTenders } from './tender';
import { considerAlliances, allianceYearEnd } from './alliance';
import { yearEndFinance } from './finance';
import { yearEndTrust, type Experience } from './trust';
import { yearEndDemand } from './demand';
import { collectYear, weeklySnapshot, type WeeklySnapshot } from './collector';
import { History } from './history';
import { checkInvariants } from './invariants';
import { contractValue, pairKey } from './contract';
import { emptyCounters, type RelationshipRow, type YearCounters, type YearMetrics } from './metrics';
import type {
  Alliance,
  Area,
  Commissioner,
  CommissionerKind,
  Contract,
  Negotiation,
  PaymentForm,
  Practice,
  Provider,
  Relationship,
  Tender,
} from './types';
import { LINE_COUNT } from './types';

export interface ModelOptions {
  eventLimit?: number;
}

export class Model {
  readonly scenario: Scenario;
  params: ParamValues;
  regime: Regime;
  readonly rng: Streams;
  readonly ledger = new Ledger();
  readonly events: EventLog;
  readonly namer: Namer;
  readonly history = new History();

  readonly areas: Area[] = [];
  readonly commissioners: Commissioner[] = [];
  readonly providers: Provider[] = [];
  readonly practices: Practice[] = [];
  readonly contracts: Contract[] = [];
  readonly tenders: Tender[] = [];
  readonly alliances: Alliance[] = [];
  readonly negotiations = new Map<number, Negotiation>();
  private readonly rels = new Map<number, Relationship>();
  /** Live contract per commissioner–provider pair, and per-organisation lists (rebuilt when structure changes). */
  private readonly live = new Map<number, Contract>();
  private byCommissioner: Contract[][] = [];
  private byProvider: Contract[][] = [];
  private byArea: Provider[][] = [];
  private indexVersion = -1;

  pcnCount = 0;
  /** Weekly demand per line with no contracted provider (unmet). */
  readonly uncovered = new Float64Array(LINE_COUNT);
  /** This year's experience per commissioner (agreements, disputes…), for orientation learning. */
  readonly experience = new Map<number, Experience>();
  /** Current national price per unit per line (tariff; block values are built from it too). */
  readonly prices = new Float64Array(LINE_COUNT);
  /** Annual demand per practice per line, units. */
  practiceDemand = new Float64Array(0);
  /** Per-head demand multipliers per line (growth beyond prevalence and lists). */
  readonly demandIndex = new Float64Array(LINE_COUNT).fill(1);
  /** Per-practice reduction of emergency demand from upstream investment (1 = none). */
  preventionIndex = new Float64Array(0);
  allocationPerHead: number;

  tick = 0;
  structureVersion = 0;
  referralsDirty = true;
  /** Bumped each time referrals are recomputed (after any change to contracts' lines). */
  referralsVersion = 0;
  counters: YearCounters = emptyCounters();
  readonly yearly: YearMetrics[] = [];
  readonly reforms: { tick: number; regime: RegimeId }[] = [];

  constructor(scenario: Scenario, opts: ModelOptions = {}) {
    this.scenario = { params: {}, reforms: [], ...scenario };
    this.params = resolveParams(this.scenario.params ?? {});
    this.regime = REGIMES[scenario.regime];
    if (!this.regime) throw new Error(`unknown regime "${scenario.regime}"`);
    this.rng = makeStreams(scenario.seed);
    this.events = new EventLog(opts.eventLimit ?? Infinity);
    this.namer = new Namer(this.rng.init);
    this.allocationPerHead = this.regime.allocationPerHead;
    initialise(this);
    this.reforms.push({ tick: 0, regime: this.regime.id });
    this.applyScheduledReforms();
    this.startYear();
  }

  // ---- time -------------------------------------------------------------------------
  get year(): number {
    return Math.floor(this.tick / 52) + 1;
  }
  get week(): number {
    return this.tick % 52;
  }
  get finished(): boolean {
    return this.tick >= this.scenario.years * 52;
  }
  get calendarYear(): number {
    return this.reforms[0] ? REGIMES[this.reforms[0].regime].firstYear + this.year - 1 : this.regime.firstYear;
  }
  get financialYear(): string {
    return financialYearLabel(this.calendarYear);
  }
  dateLabel(): string {
    return dateLabel(this.calendarYear, this.week);
  }

  /** Advances one week. */
  step(): void {
    if (this.finished) return;
    const w = this.week;
    if (this.referralsDirty) updateReferrals(this);
    weeklyActivity(this);
    if (w === CALENDAR.planning) {
      considerAlliances(this);
      considerTenders(this);
      for (const ct of this.contracts) {
        if (ct.state === 'active' && ct.endYear <= this.year && !this.negotiations.has(ct.id))
          openRound(this, ct, null);
      }
    }
    bargainingWeek(this);
    disputeWeek(this);
    tenderWeek(this);
    if (w === 51) this.endYear();
    this.tick++;
    if (this.week === 0 && !this.finished) {
      this.applyScheduledReforms();
      this.startYear();
    }
  }

  stepYear(): void {
    const target = this.year * 52;
    while (this.tick < target && !this.finished) this.step();
  }

  run(onYear?: (row: YearMetrics) => void): void {
    let seen = this.yearly.length;
    while (!this.finished) {
      this.step();
      if (onYear) while (seen < this.yearly.length) onYear(this.yearly[seen++]);
    }
  }

  private applyScheduledReforms(): void {
    for (const r of this.scenario.reforms ?? []) {
      if (r.year === this.year && this.week === 0 && r.regime !== this.regime.id)
        this.applyReform(r.regime, 'scheduled');
    }
  }

  /** Applies another regime now: its rules, and its commissioners in place of the old ones. */
  applyReform(id: RegimeId, why = 'reform now'): void {
    const next = REGIMES[id];
    if (!next) throw new Error(`unknown regime "${id}"`);
    const prev = this.regime;
    if (prev.id === id) return;
    this.regime = next;
    // Allocations keep their level: a reform changes rules, not the money available.
    const ev = this.events.record(this.tick, this.year, {
      type: 'reform.applied',
      reason: why,
      detail: { from: prev.id, to: next.id, label: next.label },
    });
    this.reforms.push({ tick: this.tick, regime: id });
    reorganise(this, ev);
    for (const ct of this.contracts) {
      if (ct.state === 'ended' || ct.form === 'capitated') continue;
      ct.form = this.paymentFormFor(ct);
      ct.withhold = next.payment.withhold;
    }
    if (next.failure.writeOffDebt) {
      let total = 0;
      for (const p of this.providers) {
        if (p.debt > 0) {
          total += p.debt;
          p.debt = 0;
        }
      }
      if (total > 0)
        this.events.record(this.tick, this.year, {
          type: 'debt.written-off',
          value: total,
          cause: ev,
          reason: 'reform converts revenue support loans to public dividend capital',
        });
    }
    this.referralsDirty = true;
    this.structureVersion++;
  }

  setParam(id: string, value: number): void {
    const err = checkParam(id, value);
    if (err) throw new Error(err);
    this.params[id] = value;
  }

  // ---- year boundaries ----------------------------------------------------------------
  private startYear(): void {
    this.counters = emptyCounters();
    for (const p of this.providers) {
      p.income = 0;
      p.costs = 0;
    }
    for (const c of this.commissioners) c.balance = 0;
    for (const ct of this.contracts) {
      ct.paidYtd = 0;
      ct.withheldYtd = 0;
      ct.referredYtd = 0;
      ct.activityYtd.fill(0);
      if (ct.next && ct.state !== 'ended') {
        ct.lineValue.set(ct.next.lineValue);
        ct.lineVolume.set(ct.next.lineVolume);
        ct.startYear = this.year;
        ct.endYear = Math.max(ct.endYear, ct.next.endYear);
      }
      ct.next = null;
    }
    this.refreshAllocations();
    this.referralsDirty = true;
  }

  private endYear(): void {
    allianceYearEnd(this);
    yearEndFinance(this);
    yearEndTrust(this);
    const row = collectYear(this);
    this.yearly.push(row);
    this.history.record(this);
    yearEndDemand(this);
  }

  // ---- economics helpers --------------------------------------------------------------
  /** Sets national prices so planned spend matches the allocation shares of the brief. */
  computePrices(): void {
    const n = this.practices.length;
    this.practiceDemand = new Float64Array(n * LINE_COUNT);
    this.preventionIndex = new Float64Array(n).fill(1);
    this.updatePracticeDemand();
    const tot = new Float64Array(LINE_COUNT);
    let weighted = 0;
    for (const p of this.practices) {
      weighted += p.listSize * p.caseMix;
      for (let l = 0; l < LINE_COUNT; l++) tot[l] += this.practiceDemand[p.id * LINE_COUNT + l];
    }
    for (let l = 0; l < LINE_COUNT; l++)
      this.prices[l] = (this.allocationPerHead * weighted * LINES[l].allocationShare) / Math.max(1, tot[l]);
  }

  /** Bumped whenever practice demand is recomputed. */
  private demandVersion = 0;

  updatePracticeDemand(): void {
    this.demandVersion++;
    if (this.practiceDemand.length < this.practices.length * LINE_COUNT) {
      const d = new Float64Array(this.practices.length * LINE_COUNT);
      d.set(this.practiceDemand);
      this.practiceDemand = d;
      const pi = new Float64Array(this.practices.length).fill(1);
      pi.set(this.preventionIndex);
      this.preventionIndex = pi;
    }
    for (const p of this.practices) {
      const base = p.id * LINE_COUNT;
      for (let l = 0; l < LINE_COUNT; l++) {
        const spec = LINES[l];
        let d = 0;
        if (p.active) {
          if (spec.prevalence) d = p.listSize * p[spec.prevalence];
          else d = p.listSize * spec.perHead * p.caseMix * (l === 1 ? this.preventionIndex[p.id] : p.referralRate);
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

  private demandCache = new Map<number, Float64Array>();
  private demandCacheKey = '';

  /** Annual demand per line for which this commissioner pays (do not mutate the result). */
  commissionerDemand(c: Commissioner): Float64Array {
    // Demand changes only at year end and when practices or commissioners change: cache until then.
    const key = `${this.year}:${this.structureVersion}:${this.demandVersion}`;
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
    const ids = c.kind === 'fundholder' ? c.practices : c.practices;
    for (const pid of ids) {
      const p = this.practices[pid];
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
    const fundShare = FUNDHELD_SHARE;
    for (const c of this.commissioners) {
      if (!c.active) continue;
      let weighted = 0;
      let pop = 0;
      let fundheldWeighted = 0;
      for (const pid of c.practices) {
        const p = this.practices[pid];
        if (!p.active) continue;
        weighted += p.listSize * p.caseMix;
        pop += p.listSize;
        if (c.kind !== 'fundholder' && p.fundholder !== null) fundheldWeighted += p.listSize * p.caseMix;
      }
      c.population = pop;
      if (c.kind === 'fundholder') {
        // Fundholders' budgets were set from their own historic activity, at current prices.
        const d = this.commissionerDemand(c);
        let v = 0;
        for (const l of FUNDHELD_LINES) v += d[l] * this.prices[l];
        c.allocation = v * 1.02;
      } else {
        c.allocation = (weighted - fundheldWeighted * fundShare) * this.allocationPerHead;
      }
      c.runningCosts = c.kind === 'fundholder' ? pop * 3 : pop * this.regime.commissioners.runningCostPerHead;
    }
  }

  paymentFormFor(ct: Contract): PaymentForm {
    if (ct.alliance !== null) return 'capitated';
    return this.regime.payment.form;
  }

  /** Commissioner's weekly non-contract flows: allocation in; primary care, other spend and running costs out. */
  commissionerWeek(c: Commissioner): void {
    const alloc = c.allocation / 52;
    this.ledger.transfer(CENTRE, c.account, alloc);
    c.balance += alloc;
    this.counters.allocation += alloc;
    if (c.kind !== 'fundholder') {
      const primary = (alloc * PRIMARY_CARE_SHARE) / (1 - this.fundShareOf(c));
      const other = (alloc * OTHER_SPEND_SHARE) / (1 - this.fundShareOf(c));
      this.ledger.transfer(c.account, PRACTICES, primary);
      this.ledger.transfer(PRACTICES, EXTERNAL, primary);
      this.ledger.transfer(c.account, EXTERNAL, other);
      c.balance -= primary + other;
      this.counters.spendPrimary += primary;
    }
    const rc = c.runningCosts / 52;
    this.ledger.transfer(c.account, EXTERNAL, rc);
    c.balance -= rc;
    // Commissioning bodies exist because of the split: their running costs count as transaction costs.
    this.counters.transactionCost += rc;
  }

  private fundShareCache = new Map<number, number>();
  private fundShareOf(c: Commissioner): number {
    // Share of the weighted list whose planned care is fundheld (so primary/other spend scales to the whole list).
    const key = c.id * 1000 + this.year;
    let v = this.fundShareCache.get(key);
    if (v === undefined) {
      let w = 0;
      let f = 0;
      for (const pid of c.practices) {
        const p = this.practices[pid];
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
    const a = amount * this.params['contract.transactionCostScale'];
    if (a <= 0) return;
    this.ledger.transfer(account, EXTERNAL, a);
    if (commissioner) commissioner.balance -= a;
    if (provider) provider.costs += a;
    this.counters.transactionCost += a;
  }

  // ---- organisations ------------------------------------------------------------------
  addCommissioner(kind: CommissionerKind, area: number, name: string, practiceIds: number[]): Commissioner {
    const rng = this.rng.init;
    const cap = this.regime.commissioners.capability;
    const clamp = (x: number) => Math.min(1, Math.max(0, x));
    const id = this.commissioners.length;
    let x = 0;
    let y = 0;
    for (const pid of practiceIds) {
      x += this.practices[pid].x;
      y += this.practices[pid].y;
    }
    const c: Commissioner = {
      id,
      code: `C${String(id).padStart(4, '0')}`,
      name: this.namer.exact(name),
      kind,
      area,
      account: this.ledger.open(name),
      x: x / Math.max(1, practiceIds.length),
      y: y / Math.max(1, practiceIds.length),
      population: 0,
      allocation: 0,
      runningCosts: 0,
      procurement: clamp(rng.normal(cap, 0.12)),
      contracting: clamp(rng.normal(cap, 0.12)),
      actuarial: clamp(rng.normal(cap - 0.1, 0.12)),
      orientation: clamp(
        rng.normal(this.params['commissioner.orientationInitial'] + 0.25 * this.regime.orientationNudge, 0.12),
      ),
      gpLed: this.regime.commissioners.gpLed && kind !== 'fundholder',
      practices: practiceIds,
      balance: 0,
      carried: 0,
      active: true,
      createdYear: this.year,
      endedYear: null,
      successor: null,
    };
    this.commissioners.push(c);
    if (kind !== 'fundholder') for (const pid of practiceIds) this.practices[pid].commissioner = id;
    return c;
  }

  abolishCommissioner(c: Commissioner, successor: number, cause: number | null): void {
    c.active = false;
    c.endedYear = this.year;
    c.successor = successor;
    this.events.record(this.tick, this.year, {
      type: 'commissioner.abolished',
      commissioner: c.id,
      cause,
      reason: 'reform',
      detail: { successor: this.commissioners[successor]?.code ?? '' },
    });
  }

  newContract(commissioner: number, provider: number, form: PaymentForm, startYear: number, endYear: number): Contract {
    const ct: Contract = {
      id: this.contracts.length,
      commissioner,
      provider,
      lineValue: EMPTY_LINES,
      lineVolume: EMPTY_LINES,
      form,
      state: 'active',
      startYear,
      endYear,
      emergencyBaseline: 0,
      withhold: this.regime.payment.withhold,
      alliance: null,
      next: null,
      paidYtd: 0,
      withheldYtd: 0,
      referredYtd: 0,
      activityYtd: EMPTY_LINES,
      weeklyReferrals: EMPTY_LINES,
      createdYear: this.year,
      endedYear: null,
    };
    this.contracts.push(ct);
    this.bindContractLines(ct);
    this.live.set(pairKey(commissioner, provider), ct);
    this.structureVersion++;
    this.referralsDirty = true;
    return ct;
  }

  /**
   * A provider takes on `volume` units a year of a service (handed back or secured directly):
   * its capacity and the service's fixed cost come with it; a provider new to the service
   * starts at 2% above the tariff's cost (it must mobilise before it is efficient).
   */
  takeOnService(p: Provider, l: number, volume: number): void {
    const spec = LINES[l];
    if (p.capacity[l] <= 0) p.unitCost[l] = this.prices[l] * 1.02 * (1 - spec.fixedShare);
    p.capacity[l] += volume;
    p.fixedCost += volume * this.prices[l] * spec.fixedShare;
  }

  /**
   * Changes a line of a contract mid-year, in its current terms and in any terms already
   * agreed for next year, so a tender award or hand-back is not undone when those start.
   * With `set`, the line takes exactly these values instead of having them added.
   */
  adjustLine(ct: Contract, l: number, value: number, volume: number, set = false): void {
    if (set) {
      ct.lineValue[l] = value;
      ct.lineVolume[l] = volume;
    } else {
      ct.lineValue[l] += value;
      ct.lineVolume[l] += volume;
    }
    if (ct.next) {
      if (set) {
        ct.next.lineValue[l] = value;
        ct.next.lineVolume[l] = volume;
      } else {
        ct.next.lineValue[l] += value;
        ct.next.lineVolume[l] += volume;
      }
    }
    this.referralsDirty = true;
  }

  endContract(ct: Contract, reason: string, cause: number | null, record = true): void {
    if (ct.state === 'ended') return;
    ct.state = 'ended';
    ct.endedYear = this.year;
    if (this.live.get(pairKey(ct.commissioner, ct.provider)) === ct)
      this.live.delete(pairKey(ct.commissioner, ct.provider));
    this.negotiations.delete(ct.id);
    this.structureVersion++;
    this.referralsDirty = true;
    if (record)
      this.events.record(this.tick, this.year, {
        type: 'contract.ended',
        commissioner: ct.commissioner,
        provider: ct.provider,
        contract: ct.id,
        cause,
        reason,
        value: contractValue(ct),
      });
  }

  /** The live contract between a commissioner and a provider, if any. */
  contractBetween(c: number, p: number): Contract | undefined {
    return this.live.get(pairKey(c, p));
  }

  private reindex(): void {
    if (this.indexVersion === this.structureVersion) return;
    this.byCommissioner = this.commissioners.map(() => []);
    this.byProvider = this.providers.map(() => []);
    this.byArea = this.areas.map(() => []);
    for (const p of this.providers) if (p.status === 'active') this.byArea[p.area].push(p);
    for (const ct of this.contracts) {
      if (ct.state === 'ended') continue;
      this.byCommissioner[ct.commissioner].push(ct);
      this.byProvider[ct.provider].push(ct);
    }
    this.indexVersion = this.structureVersion;
  }

  /** Active providers of an area (do not mutate the list). */
  providersIn(area: number): readonly Provider[] {
    this.reindex();
    return this.byArea[area] ?? [];
  }

  /** Live contracts of a commissioner (do not mutate the list). */
  contractsOf(commissioner: number): readonly Contract[] {
    this.reindex();
    return this.byCommissioner[commissioner] ?? [];
  }
  /** Live contracts held by a provider (do not mutate the list). */
  contractsAt(provider: number): readonly Contract[] {
    this.reindex();
    return this.byProvider[provider] ?? [];
  }

  relationship(c: number, p: number): Relationship | undefined {
    return this.rels.get(pairKey(c, p));
  }
  ensureRelationship(c: number, p: number): Relationship {
    const k = pairKey(c, p);
    let r = this.rels.get(k);
    if (!r) {
      r = {
        commissioner: c,
        provider: p,
        trust: this.params['trust.initial'],
        rapport: (hash32(`${this.scenario.seed}:${c}:${p}`) / 4294967296 - 0.5) * 0.8,
        yearsTogether: 0,
        arbitrations: 0,
        disputes: 0,
        tendersLost: 0,
        history: [],
        historyFrom: this.year,
      };
      this.rels.set(k, r);
    }
    return r;
  }
  relationships(): Relationship[] {
    return [...this.rels.values()];
  }

  reorganise(cause: number | null): void {
    reorganise(this, cause);
  }

  // Per-line state of contracts and providers lives in contiguous arrays indexed by
  // [id * LINE_COUNT + line] (struct of arrays); each organisation's Float64Array fields are
  // views into them. The weekly loop reads these arrays directly, walking memory in order.
  /** Contracts: agreed value, planned volume, activity this year, expected weekly referrals. */
  ctValue = new Float64Array(0);
  ctVolume = new Float64Array(0);
  ctActivity = new Float64Array(0);
  ctReferrals = new Float64Array(0);
  /** Providers: capacity and unit cost per line. */
  pvCapacity = new Float64Array(0);
  pvUnitCost = new Float64Array(0);

  private static grow(a: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> {
    if (a.length >= n) return a;
    const b = new Float64Array(Math.max(n, a.length * 2, 256 * LINE_COUNT));
    b.set(a);
    return b;
  }

  /** Binds a new contract's line arrays, growing the stores (and rebinding every view) when full. */
  bindContractLines(ct: Contract): void {
    const need = (ct.id + 1) * LINE_COUNT;
    if (need > this.ctValue.length) {
      this.ctValue = Model.grow(this.ctValue, need);
      this.ctVolume = Model.grow(this.ctVolume, need);
      this.ctActivity = Model.grow(this.ctActivity, need);
      this.ctReferrals = Model.grow(this.ctReferrals, need);
      for (const k of this.contracts) if (k !== ct) this.viewContract(k);
    }
    this.viewContract(ct);
  }

  private viewContract(ct: Contract): void {
    const a = ct.id * LINE_COUNT;
    const b = a + LINE_COUNT;
    ct.lineValue = this.ctValue.subarray(a, b);
    ct.lineVolume = this.ctVolume.subarray(a, b);
    ct.activityYtd = this.ctActivity.subarray(a, b);
    ct.weeklyReferrals = this.ctReferrals.subarray(a, b);
  }

  /** Binds a new provider's capacity and unit cost to the stores (values it already has are kept). */
  bindProviderLines(p: Provider): void {
    const need = (p.id + 1) * LINE_COUNT;
    if (need > this.pvCapacity.length) {
      this.pvCapacity = Model.grow(this.pvCapacity, need);
      this.pvUnitCost = Model.grow(this.pvUnitCost, need);
      for (const q of this.providers) if (q !== p) this.viewProvider(q);
    }
    const cap = Float64Array.from(p.capacity);
    const cost = Float64Array.from(p.unitCost);
    this.viewProvider(p);
    p.capacity.set(cap);
    p.unitCost.set(cost);
  }

  private viewProvider(p: Provider): void {
    const a = p.id * LINE_COUNT;
    const b = a + LINE_COUNT;
    p.capacity = this.pvCapacity.subarray(a, b);
    p.unitCost = this.pvUnitCost.subarray(a, b);
  }

  private neighbours: number[][] = [];
  /** An area followed by its neighbours (centres within about one area's width on the map). */
  neighbourhood(area: number): readonly number[] {
    if (this.neighbours.length !== this.areas.length) {
      this.neighbours = this.areas.map((a) => [
        a.id,
        ...this.areas.filter((b) => b.id !== a.id && Math.hypot(b.x - a.x, b.y - a.y) <= 130).map((b) => b.id),
      ]);
    }
    return this.neighbours[area];
  }

  /** A practice's primary care network, where the regime has them (from 2019: ICB era), else null. */
  pcnOf(practiceId: number): number | null {
    return this.regime.pcns ? this.practices[practiceId].pcn : null;
  }

  // ---- observation --------------------------------------------------------------------
  weekly(): WeeklySnapshot {
    return weeklySnapshot(this);
  }

  relationshipRows(): RelationshipRow[] {
    const rows: RelationshipRow[] = [];
    const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
    for (const r of this.rels.values()) {
      const c = this.commissioners[r.commissioner];
      const p = this.providers[r.provider];
      if (!c.active || p.status !== 'active') continue;
      const ct = this.contractBetween(c.id, p.id);
      if (!ct) continue;
      rows.push({
        commissioner_id: c.code,
        provider_id: p.code,
        provider_type: p.type,
        trust: round(r.trust, 4),
        contract_value_m: round(contractValue(ct) / 1e6, 3),
        years_together: r.yearsTogether,
        arbitrations: r.arbitrations,
      });
    }
    rows.sort((a, b) =>
      a.commissioner_id < b.commissioner_id
        ? -1
        : a.commissioner_id > b.commissioner_id
          ? 1
          : a.provider_id < b.provider_id
            ? -1
            : 1,
    );
    return rows;
  }

  /** Cash of providers and balances of commissioners as the ledger holds them. */
  syncCash(): void {
    for (const p of this.providers) p.cash = this.ledger.balance(p.account);
  }

  checkInvariants(): string[] {
    return checkInvariants(this);
  }
}

/** Placeholder until a contract's lines are bound to the model's stores. */
const EMPTY_LINES = new Float64Array(0);

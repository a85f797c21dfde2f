// The world: every organisation, contract, tender and alliance, and the relationships between
// commissioners and providers. Entities live in arrays indexed by a stable id (arrays only
// grow: abolished or failed organisations stay, flagged, so history and events keep their
// references). Structural changes go through the methods below, which keep the indexes and
// the referral flag valid, so no other file has to invalidate a cache by hand.
import { pairKey } from './contract';
import type { ParamValues } from './params';
import type { Regime } from './regimes';
import { hash32 } from './rng';
import { EMPTY_LINES, LineStores } from './line-stores';
import type {
  Alliance,
  Area,
  Commissioner,
  Contract,
  Negotiation,
  PaymentForm,
  Practice,
  Provider,
  Relationship,
  Tender,
} from './types';

/** What the world reads from the model it belongs to: the clock, the rules and parameters. */
export interface WorldContext {
  readonly year: number;
  readonly params: ParamValues;
  readonly regime: Regime;
  readonly scenario: { readonly seed: number };
}

export class World {
  readonly areas: Area[] = [];
  readonly commissioners: Commissioner[] = [];
  readonly providers: Provider[] = [];
  readonly practices: Practice[] = [];
  readonly contracts: Contract[] = [];
  readonly tenders: Tender[] = [];
  readonly alliances: Alliance[] = [];
  /** Open renewals, by contract id. */
  readonly negotiations = new Map<number, Negotiation>();
  readonly lines = new LineStores();
  /** Primary care networks numbered so far. */
  pcnCount = 0;
  /** The run's population as a share of England's at the start (organisation counts follow it). */
  populationShare = 1;

  private readonly rels = new Map<number, Relationship>();
  /** Live contract per commissioner–provider pair. */
  private readonly live = new Map<number, Contract>();
  // Live contracts per commissioner and per provider, active providers per area: kept up to
  // date by the mutations below. A list handed out is never changed afterwards (a change
  // replaces it), so callers may iterate it while the world changes.
  private byCommissioner: Contract[][] = [];
  private byProvider: Contract[][] = [];
  private byArea: Provider[][] = [];
  private readonly handedOut = new Set<Contract[] | Provider[]>();
  private neighbours: number[][] = [];
  /** Bumped by every change of who contracts with whom, who is active, or who holds which practice. */
  private structure = 0;
  private referralsStale = true;
  private referralsCount = 0;

  constructor(private readonly ctx: WorldContext) {}

  // ---- versions --------------------------------------------------------------------------
  /** Changes whenever contracts, providers' status or practices' holders change (for caches). */
  get structureVersion(): number {
    return this.structure;
  }
  /** Whether expected referrals must be recomputed before the next week of care. */
  get referralsDirty(): boolean {
    return this.referralsStale;
  }
  /** Bumped each time referrals are recomputed (the weekly loop's line index follows it). */
  get referralsVersion(): number {
    return this.referralsCount;
  }
  /** Called by the referral model after it has recomputed every contract's referrals. */
  referralsComputed(): void {
    this.referralsStale = false;
    this.referralsCount++;
  }
  /** Something that patients' choices depend on changed (capacity, the year's demand). */
  referralsChanged(): void {
    this.referralsStale = true;
  }
  private changed(): void {
    this.structure++;
    this.referralsStale = true;
  }

  // ---- organisations -------------------------------------------------------------------
  addArea(a: Area): void {
    this.areas.push(a);
    this.byArea[a.id] = [];
    this.neighbours = [];
  }

  addPractice(p: Practice): void {
    this.practices.push(p);
    this.structure++;
  }

  addProvider(p: Provider): void {
    this.providers.push(p);
    this.lines.bindProvider(p, this.providers);
    if (p.status === 'active') this.writable(this.byArea, p.area).push(p);
    this.structure++;
  }

  /** Registers a commissioner; a main commissioner (not a fundholder) becomes its practices' holder. */
  addCommissioner(c: Commissioner): void {
    this.commissioners.push(c);
    if (c.kind !== 'fundholder') for (const pid of c.practices) this.practices[pid].commissioner = c.id;
    this.structure++;
  }

  abolishCommissioner(c: Commissioner, successor: number): void {
    c.active = false;
    c.endedYear = this.ctx.year;
    c.successor = successor;
    this.structure++;
  }

  /** Sets (or clears) the fundholder holding a practice's budget for planned care. */
  setFundholder(p: Practice, fundholder: number | null): void {
    p.fundholder = fundholder;
    this.structure++;
  }

  /** A practice merges into another: its list joins, and it leaves its holders' lists. */
  mergePractice(p: Practice, into: Practice): void {
    into.listSize += p.listSize;
    p.active = false;
    p.mergedInto = into.id;
    const c = this.commissioners[p.commissioner];
    c.practices = c.practices.filter((q) => q !== p.id);
    if (p.fundholder !== null) {
      const f = this.commissioners[p.fundholder];
      f.practices = f.practices.filter((q) => q !== p.id);
    }
    this.structure++;
  }

  /** A provider leaves the market (failure or exit). */
  retireProvider(p: Provider, status: 'failed' | 'exited', successor: number | null): void {
    p.status = status;
    p.endedYear = this.ctx.year;
    p.successor = successor;
    this.unlist(this.byArea, p.area, p);
    this.changed();
  }

  // ---- contracts -----------------------------------------------------------------------
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
      withhold: this.ctx.regime.payment.withhold,
      alliance: null,
      next: null,
      paidYtd: 0,
      withheldYtd: 0,
      referredYtd: 0,
      activityYtd: EMPTY_LINES,
      weeklyReferrals: EMPTY_LINES,
      waiting: EMPTY_LINES,
      createdYear: this.ctx.year,
      endedYear: null,
    };
    this.contracts.push(ct);
    this.lines.bindContract(ct, this.contracts);
    this.live.set(pairKey(commissioner, provider), ct);
    this.writable(this.byCommissioner, commissioner).push(ct);
    this.writable(this.byProvider, provider).push(ct);
    this.changed();
    return ct;
  }

  /** Ends a contract (its negotiation, if any, with it). Returns false if it had already ended. */
  endContract(ct: Contract): boolean {
    if (ct.state === 'ended') return false;
    ct.state = 'ended';
    ct.endedYear = this.ctx.year;
    const key = pairKey(ct.commissioner, ct.provider);
    if (this.live.get(key) === ct) this.live.delete(key);
    this.unlist(this.byCommissioner, ct.commissioner, ct);
    this.unlist(this.byProvider, ct.provider, ct);
    this.negotiations.delete(ct.id);
    this.changed();
    return true;
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
    this.referralsStale = true;
  }

  /** The live contract between a commissioner and a provider, if any. */
  contractBetween(c: number, p: number): Contract | undefined {
    return this.live.get(pairKey(c, p));
  }

  /** Live contracts of a commissioner (do not mutate the list). */
  contractsOf(commissioner: number): readonly Contract[] {
    return this.hand(this.byCommissioner[commissioner]);
  }

  /** Live contracts held by a provider (do not mutate the list). */
  contractsAt(provider: number): readonly Contract[] {
    return this.hand(this.byProvider[provider]);
  }

  /** Active providers of an area (do not mutate the list). */
  providersIn(area: number): readonly Provider[] {
    return this.hand(this.byArea[area]);
  }

  /** Active providers grouped by area (do not mutate the lists). */
  providersByArea(): readonly (readonly Provider[])[] {
    for (const list of this.byArea) this.handedOut.add(list);
    return this.byArea;
  }

  private hand<T extends Contract | Provider>(list: T[] | undefined): readonly T[] {
    if (!list) return [];
    this.handedOut.add(list as Contract[] | Provider[]);
    return list;
  }

  /** A list to change: itself, or a copy if it has been handed out. */
  private writable<T extends Contract | Provider>(lists: T[][], i: number): T[] {
    const list = lists[i] ?? [];
    if (!this.handedOut.has(list as Contract[] | Provider[])) return (lists[i] = list);
    this.handedOut.delete(list as Contract[] | Provider[]);
    return (lists[i] = list.slice());
  }

  private unlist<T extends Contract | Provider>(lists: T[][], i: number, x: T): void {
    const list = this.writable(lists, i);
    const at = list.indexOf(x);
    if (at >= 0) list.splice(at, 1);
  }

  // ---- relationships -------------------------------------------------------------------
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
        trust: this.ctx.params['trust.initial'],
        // Lasting local chemistry of the pair, the same whenever and however the pair first meets.
        rapport: (hash32(`${this.ctx.scenario.seed}:${c}:${p}`) / 4294967296 - 0.5) * 0.8,
        yearsTogether: 0,
        arbitrations: 0,
        disputes: 0,
        tendersLost: 0,
        history: [],
        historyFrom: this.ctx.year,
      };
      this.rels.set(k, r);
    }
    return r;
  }

  /** Every relationship ever formed, in the order they were formed. */
  relationships(): IterableIterator<Relationship> {
    return this.rels.values();
  }

  // ---- geography -----------------------------------------------------------------------
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
}

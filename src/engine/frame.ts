// Packs the model's state into a compact Frame: flat typed arrays the worker transfers to the
// screen, plus the new events in plain English. Node order is practices, then providers,
// then commissioners, so entity ids map to node indices by an offset; the catalogue (names)
// is rebuilt only when an entity array grows (structureVersion).
import { scaleSqrt } from 'd3-scale';
import type { Catalogue, EdgeState, FeedItem, Frame, NodeInfo, NodeKind, WeeklyPoint } from './api';
import { EDGE_STATES, NODE_FLAG, NODE_KINDS } from './api';
import { computeLayout, type Layout } from './layout';
import { areaInfo, footprintFrames, geographyOf } from './geography';
import { eventSentence, serviceWords, type SentenceNames } from './event-sentence';
import { chooseFeedEvents, EVENT_TONE } from './feed';
import { withArticles } from './articles';
import { whySentence } from './event-why';
import type { Model } from '../model/model';
import type { ModelEvent } from '../model/events';
import type { Contract } from '../model/types';
import { contractValue } from '../model/contract';
import { REGIMES, isRegimeId } from '../model/regimes';
import { SERVICE_LINES } from '../model/types';
import { dateLabel, financialYearLabel } from '../model/calendar';

const STATE_INDEX = Object.fromEntries(EDGE_STATES.map((s, i) => [s, i])) as Record<EdgeState, number>;
const KIND_INDEX = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<NodeKind, number>;

/** Most weeks a frame's trail carries (about five years). */
const MAX_TRAIL = 260;
/** Challenger bids drawn per open tender. */
const MAX_BID_EDGES = 3;

/** A contract's relationship state as drawn (and listed in the inspector). */
export function edgeStateOf(k: Contract, m: Model): EdgeState {
  switch (k.state) {
    case 'negotiating': {
      const n = m.world.negotiations.get(k.id);
      return n && n.stage === 'mediation' ? 'dispute' : n && n.stage === 'arbitration' ? 'arbitration' : 'negotiating';
    }
    case 'disputed':
      return 'dispute';
    case 'arbitration':
      return 'arbitration';
    case 'tendering':
      return 'tendering';
    case 'alliance':
      return 'alliance';
    default:
      return k.alliance != null || k.form === 'capitated' ? 'alliance' : 'agreed';
  }
}

export class FrameBuilder {
  structureVersion = 0;
  private counts = [-1, -1, -1];
  private catalogueCache: Catalogue | null = null;
  private layoutCache: Layout | null = null;
  private layoutKey = '';
  private yearsSent = 0;
  /** Changes whenever the run's past is replaced (a rewind): the screen drops what it had after `tick`. */
  readonly epoch: number = 0;
  private readonly names: SentenceNames;
  private codes: Map<string, string> | null = null;
  /** Weeks stepped since the last frame (bounded: a frame at full speed covers at most a few years). */
  private trail: WeeklyPoint[] = [];

  /**
   * `after`: the builder this one replaces when the session rewinds to another model: its
   * structure versions continue (so the screen reloads names), and its first frame carries all
   * the model's years (the screen replaces its own on the new `epoch`).
   */
  constructor(
    private m: Model,
    after?: { builder: FrameBuilder; epoch: number },
  ) {
    if (after) {
      this.structureVersion = after.builder.structureVersion + 1;
      this.epoch = after.epoch;
    }
    // Through `this.m`: the builder may be handed another model of the run (replaceModel).
    const w = () => this.m.world;
    this.names = {
      commissioner: (id) => w().commissioners[id]?.name ?? `commissioner ${id}`,
      provider: (id) => w().providers[id]?.name ?? `provider ${id}`,
      practice: (id) => w().practices[id]?.name ?? `practice ${id}`,
      tenderService: (id) => {
        const t = w().tenders[id];
        return t ? serviceWords(SERVICE_LINES[t.line] ?? '') : null;
      },
      allianceMembers: (id) => (w().alliances[id]?.members ?? []).map((p) => w().providers[p]?.name ?? `provider ${p}`),
      regimeLabel: (id) => (isRegimeId(id) ? REGIMES[id].label : id || 'a new regime'),
      byCode: (code) => {
        if (!this.codes)
          this.codes = new Map([...w().practices, ...w().providers, ...w().commissioners].map((o) => [o.code, o.name]));
        if (!this.codes.has(code))
          for (const o of [...w().commissioners, ...w().providers]) this.codes.set(o.code, o.name);
        return this.codes.get(code) ?? null;
      },
    };
  }

  /**
   * Draws another model of the same run from now on (a week undone to ask a player): versions
   * and the years sent carry on; entity arrays that shrank or grew bump the structure.
   */
  replaceModel(m: Model): void {
    this.m = m;
    this.codes = null;
  }

  get offsets(): { providers: number; commissioners: number; total: number } {
    const P = this.m.world.practices.length,
      V = this.m.world.providers.length,
      C = this.m.world.commissioners.length;
    return { providers: P, commissioners: P + V, total: P + V + C };
  }
  commissionerNode(id: number): number {
    return this.offsets.commissioners + id;
  }
  providerNode(id: number): number {
    return this.offsets.providers + id;
  }

  /** Which entity a node index is. */
  entityOf(index: number): { kind: 'practice' | 'provider' | 'commissioner'; id: number } | null {
    const o = this.offsets;
    if (index < 0 || index >= o.total) return null;
    if (index < o.providers) return { kind: 'practice', id: index };
    if (index < o.commissioners) return { kind: 'provider', id: index - o.providers };
    return { kind: 'commissioner', id: index - o.commissioners };
  }

  /** Bumps structureVersion when an entity array grew. Returns true when it did. */
  checkStructure(): boolean {
    const c = [this.m.world.practices.length, this.m.world.providers.length, this.m.world.commissioners.length];
    if (c.every((v, i) => v === this.counts[i])) return false;
    this.counts = c;
    this.structureVersion++;
    this.catalogueCache = null;
    this.layoutKey = '';
    return true;
  }

  catalogue(): Catalogue {
    this.checkStructure();
    if (this.catalogueCache) return this.catalogueCache;
    const m = this.m;
    const areas = m.world.areas.map((a) => a.name);
    const info = areaInfo(m.world.areas);
    const nodes: NodeInfo[] = [];
    const push = (id: string, name: string, kind: NodeKind, area: number): void => {
      const a = info[area];
      nodes.push({
        index: nodes.length,
        id,
        name,
        kind,
        area,
        areaName: areas[area],
        areaCode: a?.code ?? null,
        region: a?.region ?? null,
      });
    };
    for (const p of m.world.practices) push(p.code, p.name, 'practice', p.area);
    for (const v of m.world.providers) push(v.code, v.name, v.type, v.area);
    for (const c of m.world.commissioners) push(c.code, c.name, 'commissioner', c.area);
    this.catalogueCache = {
      structureVersion: this.structureVersion,
      nodes,
      areas,
      areaInfo: info,
      geography: geographyOf(
        m.world.areas.map((a) => a.code),
        m.scenario.area,
      ),
    };
    return this.catalogueCache;
  }

  private layout(contracts: { commissioner: number; provider: number; value: number }[]): Layout {
    const m = this.m;
    // Practices and commissioners move only on structural change, merger or reform; providers
    // follow their contracts, so the key includes the contract pattern's coarse signature.
    let sig = 0;
    for (const k of contracts)
      sig = (sig * 31 + k.commissioner * 7919 + k.provider * 104729 + Math.round(Math.log2(1 + k.value / 1e6))) | 0;
    let activeP = 0;
    for (const p of m.world.practices) if (p.active) activeP++;
    let activeC = 0;
    for (const c of m.world.commissioners) if (c.active) activeC += c.id + 1;
    const key = `${this.structureVersion}:${activeP}:${activeC}:${sig}`;
    if (this.layoutCache && key === this.layoutKey) return this.layoutCache;
    this.layoutKey = key;
    const areaCount = Math.max(
      1,
      ...m.world.commissioners.map((c) => c.area + 1),
      ...m.world.providers.map((p) => p.area + 1),
    );
    this.layoutCache = computeLayout({
      practices: m.world.practices.map((p) => ({ commissioner: p.commissioner, active: p.active })),
      providers: m.world.providers.map((v) => ({ area: v.area, active: v.status === 'active' })),
      commissioners: m.world.commissioners.map((c) => ({
        area: c.area,
        active: c.active,
        successor: c.successor,
        fundholderOf: c.kind === 'fundholder' && c.practices.length === 1 ? c.practices[0] : null,
      })),
      contracts,
      areas: areaCount,
      footprints: footprintFrames(m.world.areas.map((a) => a.code)),
    });
    return this.layoutCache;
  }

  build(): Frame {
    const m = this.m;
    this.checkStructure();
    const o = this.offsets;
    const N = o.total;
    const live = m.world.contracts.filter((k) => k.state !== 'ended');
    const values = live.map(contractValue);
    const lay = this.layout(
      live.map((k, i) => ({ commissioner: k.commissioner, provider: k.provider, value: values[i] })),
    );

    const nodeX = new Float32Array(lay.x),
      nodeY = new Float32Array(lay.y);
    const nodeSize = new Float32Array(N),
      nodeKind = new Uint8Array(N),
      nodeFlags = new Uint8Array(N);
    // Sizes: practices by list, providers by contracted income, commissioners by allocation.
    const turnover = new Float64Array(m.world.providers.length);
    live.forEach((k, i) => {
      turnover[k.provider] += values[i];
    });
    const practiceR = scaleSqrt().domain([0, 30000]).range([1.6, 4.2]).clamp(true);
    const providerR = scaleSqrt().domain([0, 6e8]).range([3, 11]).clamp(true);
    const commissionerR = scaleSqrt().domain([0, 3e9]).range([2.5, 14]).clamp(true);
    m.world.practices.forEach((p, i) => {
      nodeKind[i] = KIND_INDEX.practice;
      nodeSize[i] = p.active ? practiceR(p.listSize) : 0;
      if (!p.active) nodeFlags[i] |= NODE_FLAG.inactive;
    });
    m.world.providers.forEach((v, id) => {
      const i = o.providers + id;
      nodeKind[i] = KIND_INDEX[v.type];
      nodeSize[i] = v.status === 'active' ? providerR(turnover[id]) : 2.5;
      if (v.status !== 'active') nodeFlags[i] |= NODE_FLAG.inactive;
      if (v.status === 'failed') nodeFlags[i] |= NODE_FLAG.failed;
      if (v.surplus < 0) nodeFlags[i] |= NODE_FLAG.deficit;
      if (v.bailouts > 0) nodeFlags[i] |= NODE_FLAG.bailedOut;
    });
    m.world.commissioners.forEach((c, id) => {
      const i = o.commissioners + id;
      nodeKind[i] = KIND_INDEX.commissioner;
      nodeSize[i] = c.active ? commissionerR(c.allocation) : 0;
      if (!c.active) nodeFlags[i] |= NODE_FLAG.inactive;
      if (c.carried < 0 || c.balance < 0) nodeFlags[i] |= NODE_FLAG.deficit;
    });

    // Edges: contracts first (drawn on top), then memberships. Open tenders add bidder edges.
    const openTenders = m.world.tenders.filter(
      (t) => t.stage === 'open' || t.stage === 'evaluation' || t.stage === 'standstill',
    );
    // Challengers bidding for a service (the incumbent's own contract turns 'tendering');
    // at most a few per tender, or a busy year paints every area pink.
    const challengers = (t: (typeof openTenders)[number]) =>
      t.bids.filter((b) => b.provider !== t.incumbent).slice(0, MAX_BID_EDGES);
    let bidEdges = 0;
    for (const t of openTenders) bidEdges += challengers(t).length;
    let members = 0;
    for (const p of m.world.practices) if (p.active) members += p.federation != null ? 2 : 1;
    const E = live.length + bidEdges + members;
    const edgeSrc = new Uint32Array(E),
      edgeDst = new Uint32Array(E),
      edgeState = new Uint8Array(E),
      edgeWeight = new Float32Array(E);
    let e = 0;
    live.forEach((k, i) => {
      edgeSrc[e] = o.commissioners + k.commissioner;
      edgeDst[e] = o.providers + k.provider;
      edgeState[e] = STATE_INDEX[edgeStateOf(k, m)];
      edgeWeight[e] = values[i] / 1e6;
      e++;
    });
    for (const t of openTenders)
      for (const b of challengers(t)) {
        edgeSrc[e] = o.commissioners + t.commissioner;
        edgeDst[e] = o.providers + b.provider;
        edgeState[e] = STATE_INDEX.bid;
        edgeWeight[e] = b.price / 1e6;
        e++;
      }
    m.world.practices.forEach((p, i) => {
      if (!p.active) return;
      edgeSrc[e] = o.commissioners + p.commissioner;
      edgeDst[e] = i;
      edgeState[e] = STATE_INDEX.membership;
      edgeWeight[e] = p.listSize / 1e4;
      e++;
      if (p.federation != null) {
        edgeSrc[e] = o.providers + p.federation;
        edgeDst[e] = i;
        edgeState[e] = STATE_INDEX.referral;
        edgeWeight[e] = p.listSize / 1e4;
        e++;
      }
    });

    const events = chooseFeedEvents(m.events.drain()).map((ev) => this.item(ev));
    const newYears = m.yearly.slice(this.yearsSent);
    this.yearsSent = m.yearly.length;
    const w = m.weekly();
    const weekly = { tick: m.tick, ...w };
    const weeklyTrail = this.trail.length && this.trail.at(-1)!.tick === m.tick ? this.trail : [...this.trail, weekly];
    this.trail = [];
    // A finished run stands at the week after its last: the clock (and the year and week that
    // panels date things from) shows the last week it ran.
    const end = m.finished && m.tick > 0;
    return {
      tick: m.tick,
      year: end ? m.year - 1 : m.year,
      week: end ? 51 : m.week,
      financialYear: end ? financialYearLabel(m.calendarYear - 1) : m.financialYear,
      dateLabel: end ? `Wk 52 · ${dateLabel(m.calendarYear - 1, 51)}` : `Wk ${m.week + 1} · ${m.dateLabel()}`,
      regime: m.regime.id,
      finished: m.finished,
      epoch: this.epoch,
      structureVersion: this.structureVersion,
      nodeCount: N,
      nodeX,
      nodeY,
      nodeSize,
      nodeKind,
      nodeFlags,
      edgeCount: e,
      edgeSrc,
      edgeDst,
      edgeState,
      edgeWeight,
      events,
      weekly,
      weeklyTrail,
      newYears,
      reforms: m.reforms.slice(),
      decision: null,
    };
  }

  /** Records the week just stepped for the next frame's trail. */
  noteWeek(): void {
    if (this.trail.length >= MAX_TRAIL) this.trail.shift();
    this.trail.push({ tick: this.m.tick, ...this.m.weekly() });
  }

  /** A model event as a feed item: its sentence, tone and the nodes to flash. */
  item(ev: ModelEvent): FeedItem {
    const nodes: number[] = [];
    const o = this.offsets;
    if (ev.commissioner != null && ev.commissioner < this.m.world.commissioners.length)
      nodes.push(o.commissioners + ev.commissioner);
    if (ev.provider != null && ev.provider < this.m.world.providers.length) nodes.push(o.providers + ev.provider);
    return {
      id: ev.id,
      tick: ev.tick,
      type: ev.type,
      text: withArticles(eventSentence(ev, this.names)),
      nodes,
      tone: EVENT_TONE[ev.type],
      why: whySentence(ev, this.names),
      cause: ev.cause,
    };
  }
}

// Reorganising commissioners when a regime starts: practices are grouped into the new
// regime's commissioners by geography, and every contract, relationship, balance, tender
// and alliance of the old commissioners passes to their successors in proportion to the
// population they take over. Nothing is lost: old organisations stay, flagged as abolished.
import { contractValue, pairKey } from './contract';
import { groupByArea } from './group';
import { clamp01 } from './math';
import type { Model } from './model';
import type { RegimeOverride } from './regime-schema';
import { writeOffDebt } from './support';
import { fundholdingWave } from './waves';
import { contractTerm, type RegimeId } from './regimes';
import { apportion, scaledCount } from './scales';
import { abolishCommissioner, createCommissioner, endContract } from './structure';
import type { Alliance, Commissioner, Contract, Practice, Tender } from './types';
import { L, LINE_COUNT } from './types';

/**
 * Applies another regime: its rules, and its commissioners in place of the old ones. A
 * reform the run schedules (why ≠ 'reform now') keeps the timeline's rules for the year — the
 * payment rules in force did not change with the organisations — plus any changes it brings;
 * a reform applied now, as a what-if, brings the regime's own rules whole.
 */
export function applyReform(m: Model, id: RegimeId, why: string, rules?: RegimeOverride, fromTimeline = false): void {
  const next = m.regimes[id];
  if (!next) throw new Error(`unknown regime "${id}"`);
  const prev = m.regime;
  if (prev.id === id) return;
  m.regime = next;
  if (why !== 'reform now' && !m.timeline.constant) m.followTimelineRules(m.timeline.rules(m.calendarYear));
  // The record's rules for the new regime give way to what the scenario sets for it.
  if (rules) {
    if (fromTimeline) m.followTimelineRules(rules);
    else m.changeRules(rules);
  }
  // Allocations keep their level: a reform changes rules, not the money available.
  const before = m.world.commissioners.filter((c) => c.active).length;
  const ev = m.events.record(m.tick, m.year, {
    type: 'reform.applied',
    reason: why,
    detail: {
      from: prev.id,
      to: next.id,
      label: next.label,
      ...(why !== 'reform now' && why !== 'scheduled' && { event: why }),
    },
  });
  m.reforms.push({ tick: m.tick, regime: id });
  reorganise(m, ev);
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended' || ct.form === 'capitated') continue;
    ct.form = m.economy.paymentFormFor(ct);
    ct.withhold = next.payment.withhold;
  }
  if (m.regime.failure.writeOffDebt)
    writeOffDebt(m, 'reform converts revenue support loans to public dividend capital', ev);
  m.world.referralsChanged();
  // What it changed, for "why?": the commissioners before and after, the new rules' headlines.
  m.events.amend(ev, {
    commissionersBefore: before,
    commissionersAfter: m.world.commissioners.filter((c) => c.active).length,
    paymentForm: m.regime.payment.form,
    tenderCompetition: m.regime.procurement.competition,
    arbiter: m.regime.disputes.arbiter,
  });
}

/** The commissioners the rules in force call for, area by area, and whether today's already fit. */
function plannedShape(m: Model) {
  const spec = m.regime.commissioners;
  const { world } = m;
  const old = world.commissioners.filter((c) => c.active);
  const practicesIn = groupByArea(
    world.practices.filter((p) => p.active),
    world.areas.length,
  );
  const areaPop = practicesIn.map((ps) => ps.reduce((s, p) => s + p.listSize, 0));
  const total = Math.max(m.world.areas.length, scaledCount(spec.england, world.populationShare, 1));
  // Every area has at least one commissioner; the rest follow population.
  const perArea = apportion(total - m.world.areas.length, areaPop).map((n) => n + 1);
  const oldMain = old.filter((c) => c.kind !== 'fundholder');
  const oldMainIn = groupByArea(oldMain, world.areas.length);
  const sameShape =
    oldMain.length > 0 &&
    oldMain.every((c) => c.kind === spec.kind) &&
    world.areas.every((a, i) => oldMainIn[a.id].length === perArea[i]) &&
    spec.fundholding === old.some((c) => c.kind === 'fundholder');
  return { old, practicesIn, areaPop, perArea, sameShape };
}

/**
 * A change of the commissioners' number within the regime (the CCG mergers of 2019–21): where
 * the rules now call for fewer (or more), they are reorganised as at a reform, recorded as one.
 */
export function restructure(m: Model, label: string): void {
  if (plannedShape(m).sameShape) return;
  const before = m.world.commissioners.filter((c) => c.active).length;
  const ev = m.events.record(m.tick, m.year, {
    type: 'reform.applied',
    reason: label,
    detail: { from: m.regime.id, to: m.regime.id, label, event: label },
  });
  m.reforms.push({ tick: m.tick, regime: m.regime.id });
  reorganise(m, ev);
  m.events.amend(ev, {
    commissionersBefore: before,
    commissionersAfter: m.world.commissioners.filter((c) => c.active).length,
  });
}

export function reorganise(m: Model, cause: number | null): void {
  const spec = m.regime.commissioners;
  const { world } = m;
  const { old, practicesIn, areaPop, perArea, sameShape } = plannedShape(m);
  if (sameShape) {
    for (const c of old) c.gpLed = spec.gpLed;
    return;
  }

  // Who held each practice before (main and fundholder), to map contracts to successors.
  const prevMain = m.world.practices.map((p) => p.commissioner);
  const prevFund = m.world.practices.map((p) => p.fundholder);
  const created: Commissioner[] = [];
  for (const area of m.world.areas) {
    const prs = practicesIn[area.id]
      .slice()
      .sort((a, b) => Math.atan2(a.y - area.y, a.x - area.x) - Math.atan2(b.y - area.y, b.x - area.x));
    const k = perArea[area.id];
    const target = areaPop[area.id] / k;
    let acc = 0;
    let g = 0;
    const groups: number[][] = Array.from({ length: k }, () => []);
    for (const p of prs) {
      if (acc >= target * (g + 1) && g < k - 1) g++;
      groups[g].push(p.id);
      acc += p.listSize;
    }
    for (const grp of groups) {
      if (grp.length === 0) continue;
      const name = k === 1 ? `${area.name} ${spec.suffix}` : `${m.namer.place()} ${spec.suffix}`;
      const c = createCommissioner(m, spec.kind, area.id, name, grp);
      created.push(c);
    }
  }
  // Fundholders: volunteer practices, larger lists first (the year's share; see waves.ts). At
  // the start of a run they join before the first contracts; at a reform, afterwards.
  for (const p of world.practices) if (p.fundholder !== null) world.setFundholder(p, null);
  m.economy.refreshAllocations();

  if (old.length === 0) {
    initialContracts(m);
  } else {
    transferFromOld(m, old, prevMain, prevFund, cause);
  }
  fundholdingWave(m, created);
  m.economy.refreshAllocations();
  for (const c of created) {
    m.events.record(m.tick, m.year, {
      type: 'commissioner.created',
      commissioner: c.id,
      cause,
      reason: cause === null ? 'initial' : 'reform',
      value: c.allocation,
      detail: { kind: c.kind, practices: c.practices.length, population: c.population },
    });
  }
  world.referralsChanged();
}

/**
 * Weight of each new commissioner in an old one's population (the practices it held). A
 * fundholder's planned-care contracts pass to the practice's new fundholder if any, else its
 * main commissioner; a commissioner left with no practices hands everything to `fallback`.
 */
function successorWeights(
  oldC: Commissioner,
  held: readonly Practice[],
  fallback: () => Commissioner | undefined,
): Map<number, number> {
  const w = new Map<number, number>();
  let sum = 0;
  for (const p of held) {
    const to = oldC.kind === 'fundholder' && p.fundholder !== null ? p.fundholder : p.commissioner;
    w.set(to, (w.get(to) ?? 0) + p.listSize);
    sum += p.listSize;
  }
  if (sum === 0) {
    const heir = fallback();
    if (heir) {
      w.set(heir.id, 1);
      sum = 1;
    }
  }
  for (const [k, v] of w) w.set(k, v / sum);
  return w;
}

function transferFromOld(
  m: Model,
  old: Commissioner[],
  prevMain: number[],
  prevFund: (number | null)[],
  cause: number | null,
): void {
  const { world } = m;
  const merged = new Map<number, Contract>();
  const relParts = new Map<
    number,
    { trust: number; rapport: number; w: number; years: number; arb: number; disputes: number; lost: number }
  >();
  // Everything indexed once, so a reform costs time in proportion to the world's size.
  const heldMain = new Map<number, Practice[]>();
  const heldFund = new Map<number, Practice[]>();
  world.practices.forEach((p, i) => {
    if (!p.active) return;
    push(heldMain, prevMain[i], p);
    if (prevFund[i] !== null) push(heldFund, prevFund[i] as number, p);
  });
  const liveOf = new Map<number, Contract[]>();
  for (const ct of world.contracts) if (ct.state !== 'ended') push(liveOf, ct.commissioner, ct);
  const alliancesOf = new Map<number, Alliance[]>();
  for (const al of world.alliances) for (const id of new Set(al.contracts)) push(alliancesOf, id, al);
  const mainIn = groupByArea(
    world.commissioners.filter((c) => c.active && c.kind !== 'fundholder'),
    world.areas.length,
  );
  const openTenders = new Map<number, Tender[]>();
  for (const t of world.tenders)
    if (t.stage !== 'awarded' && t.stage !== 'abandoned') push(openTenders, t.commissioner, t);

  for (const oc of old) {
    const held = (oc.kind === 'fundholder' ? heldFund.get(oc.id) : heldMain.get(oc.id)) ?? [];
    const w = successorWeights(oc, held, () => mainIn[oc.area].find((c) => c.active));
    let heaviest = -1;
    let hw = -1;
    for (const [nc, x] of w)
      if (x > hw) {
        hw = x;
        heaviest = nc;
      }
    // Money and history pass on in proportion to population.
    const bal = m.ledger.balance(oc.account);
    for (const [nc, x] of w) {
      m.ledger.transfer(oc.account, world.commissioners[nc].account, bal * x);
      world.commissioners[nc].carried += oc.carried * x;
    }
    for (const ct of liveOf.get(oc.id) ?? []) {
      if (ct.state === 'ended') continue;
      world.negotiations.delete(ct.id);
      for (const [nc, x] of w) {
        const key = pairKey(nc, ct.provider);
        let t = merged.get(key);
        if (!t) {
          t = world.newContract(nc, ct.provider, m.regime.payment.form, m.year, Math.max(m.year, ct.endYear));
          if (ct.alliance !== null) {
            t.alliance = ct.alliance;
            t.form = 'capitated';
            t.state = 'alliance';
          }
          merged.set(key, t);
          // A successor that is itself being replaced later in this reform hands this on too.
          push(liveOf, nc, t);
        }
        addShare(t, ct, x);
      }
      for (const al of alliancesOf.get(ct.id) ?? []) {
        const i = al.contracts.indexOf(ct.id);
        if (i >= 0) al.contracts.splice(i, 1);
      }
      endContract(m, ct, 'reform', cause, false);
      const rel = world.relationship(oc.id, ct.provider);
      if (rel) {
        for (const [nc, x] of w) {
          const key = pairKey(nc, ct.provider);
          const part = relParts.get(key) ?? { trust: 0, rapport: 0, w: 0, years: 0, arb: 0, disputes: 0, lost: 0 };
          part.trust += rel.trust * x;
          part.rapport += rel.rapport * x;
          part.w += x;
          part.years = Math.max(part.years, rel.yearsTogether);
          part.arb += rel.arbitrations;
          part.disputes += rel.disputes;
          part.lost += rel.tendersLost;
          relParts.set(key, part);
        }
      }
    }
    for (const t of openTenders.get(oc.id) ?? []) {
      t.commissioner = heaviest;
      push(openTenders, heaviest, t);
    }
    for (const al of world.alliances)
      if (al.commissioner === oc.id && al.dissolvedYear === null) al.commissioner = heaviest;
    abolishCommissioner(m, oc, heaviest, cause);
  }
  for (const t of merged.values()) {
    if (contractValue(t) <= 0) {
      endContract(m, t, 'empty', cause, false);
      continue;
    }
    if (t.alliance !== null) world.alliances[t.alliance].contracts.push(t.id);
    const part = relParts.get(pairKey(t.commissioner, t.provider));
    const rel = world.ensureRelationship(t.commissioner, t.provider);
    if (part && part.w > 0) {
      rel.trust = part.trust / part.w;
      rel.rapport = part.rapport / part.w;
      rel.yearsTogether = part.years;
      rel.arbitrations = part.arb;
      rel.disputes = part.disputes;
      rel.tendersLost = part.lost;
    }
  }
  inheritOrientation(m, old, prevMain, prevFund);
  for (const al of world.alliances)
    if (al.dissolvedYear === null && al.contracts.length === 0) al.dissolvedYear = m.year;
}

/** Adds share `x` of an old commissioner's contract (this year's terms, next year's, money so far) to a successor's. */
function addShare(t: Contract, ct: Contract, x: number): void {
  for (let l = 0; l < LINE_COUNT; l++) {
    t.lineValue[l] += ct.lineValue[l] * x;
    t.lineVolume[l] += ct.lineVolume[l] * x;
    t.activityYtd[l] += ct.activityYtd[l] * x;
    t.waiting[l] += ct.waiting[l] * x;
  }
  // Terms already agreed for next year pass on too (parts without them carry their current terms).
  if (ct.next) {
    if (!t.next) {
      // Parts merged earlier had no new terms: they carry their current ones (already added above, less this part).
      t.next = {
        lineValue: new Float64Array(LINE_COUNT),
        lineVolume: new Float64Array(LINE_COUNT),
        endYear: ct.next.endYear,
        how: ct.next.how,
      };
      for (let l = 0; l < LINE_COUNT; l++) {
        t.next.lineValue[l] = t.lineValue[l] - ct.lineValue[l] * x;
        t.next.lineVolume[l] = t.lineVolume[l] - ct.lineVolume[l] * x;
      }
    }
    for (let l = 0; l < LINE_COUNT; l++) {
      t.next.lineValue[l] += ct.next.lineValue[l] * x;
      t.next.lineVolume[l] += ct.next.lineVolume[l] * x;
    }
  } else if (t.next) {
    for (let l = 0; l < LINE_COUNT; l++) {
      t.next.lineValue[l] += ct.lineValue[l] * x;
      t.next.lineVolume[l] += ct.lineVolume[l] * x;
    }
  }
  t.paidYtd += ct.paidYtd * x;
  t.referredYtd += ct.referredYtd * x;
  t.emergencyBaseline += ct.emergencyBaseline * x;
}

/** Successors inherit their predecessors' orientation, weighted by population, then the regime's nudge. */
function inheritOrientation(m: Model, old: Commissioner[], prevMain: number[], prevFund: (number | null)[]): void {
  const { world } = m;
  for (const c of world.commissioners) {
    if (!c.active || c.createdYear !== m.year) continue;
    // Population each predecessor (main, then fundholder) passed to c, summed in c's practice order.
    const share = new Map<number, number>();
    for (const pid of c.practices) {
      const list = world.practices[pid].listSize;
      share.set(prevMain[pid], (share.get(prevMain[pid]) ?? 0) + list);
      const f = prevFund[pid];
      if (f !== null) share.set(f, (share.get(f) ?? 0) + list);
    }
    let o = 0;
    let w = 0;
    for (const oc of old) {
      const s = share.get(oc.id) ?? 0;
      o += oc.orientation * s;
      w += s;
    }
    if (w > 0) c.orientation = clamp01(o / w + 0.15 * m.regime.orientationNudge);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First contracts: each commissioner buys each line from its area's providers in their share of capacity. */
function initialContracts(m: Model): void {
  const rng = m.rng.init;
  const years = contractTerm(m.regime, m.params);
  const providersIn = groupByArea(
    m.world.providers.filter((p) => p.status === 'active'),
    m.world.areas.length,
  );
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    const lines = m.economy.linesHeld(c);
    const demand = m.economy.commissionerDemand(c);
    const here = providersIn[c.area];
    for (const l of lines) {
      // A fundholding practice buys from its few main providers of each line, not from every one.
      const all = here.filter((p) => p.capacity[l] > 0);
      const lineCap = all.reduce((s, p) => s + p.capacity[l], 0);
      const sellers = c.kind === 'fundholder' ? all.filter((p) => p.capacity[l] >= 0.12 * lineCap) : all;
      const capSum = sellers.reduce((s, p) => s + p.capacity[l], 0);
      if (capSum <= 0) continue;
      for (const p of sellers) {
        const vol = (demand[l] * p.capacity[l]) / capSum;
        let ct = m.world.contractBetween(c.id, p.id);
        if (!ct) {
          const end = 1 + rng.int(years);
          ct = m.world.newContract(c.id, p.id, m.regime.payment.form, 1, end);
          const rel = m.world.ensureRelationship(c.id, p.id);
          rel.trust = Math.min(0.95, Math.max(0.05, m.params['trust.initial'] + rng.normal(0, 0.15)));
          rel.yearsTogether = 1 + rng.int(10);
        }
        ct.lineVolume[l] += vol;
        ct.lineValue[l] += vol * m.economy.prices[l];
        if (l === L.emergency) ct.emergencyBaseline += vol;
      }
    }
  }
}

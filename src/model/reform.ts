// Reorganising commissioners when a regime starts: practices are grouped into the new
// regime's commissioners by geography, and every contract, relationship, balance, tender
// and alliance of the old commissioners passes to their successors in proportion to the
// population they take over. Nothing is lost: old organisations stay, flagged as abolished.
import { SCALES, apportion, scaledCount } from './scales';
import type { Model } from './model';
import { contractValue, pairKey } from './contract';
import type { Commissioner, Contract } from './types';
import { LINE_COUNT } from './types';

export function reorganise(m: Model, cause: number | null): void {
  const r = m.regime;
  const spec = r.commissioners;
  const old = m.commissioners.filter((c) => c.active);
  const scale = SCALES[m.scenario.scale];
  const areaPop = m.areas.map((a) =>
    m.practices.reduce((s, p) => s + (p.active && p.area === a.id ? p.listSize : 0), 0),
  );
  const total = Math.max(m.areas.length, scaledCount(spec.england, scale.population(r), r.england.population, 1));
  // Every area has at least one commissioner; the rest follow population.
  const perArea = apportion(total - m.areas.length, areaPop).map((n) => n + 1);

  const oldMain = old.filter((c) => c.kind !== 'fundholder');
  const sameShape =
    oldMain.length > 0 &&
    oldMain.every((c) => c.kind === spec.kind) &&
    m.areas.every((a, i) => oldMain.filter((c) => c.area === a.id).length === perArea[i]) &&
    spec.fundholding === old.some((c) => c.kind === 'fundholder');
  if (sameShape) {
    for (const c of old) c.gpLed = spec.gpLed;
    return;
  }

  // Who held each practice before (main and fundholder), to map contracts to successors.
  const prevMain = m.practices.map((p) => p.commissioner);
  const prevFund = m.practices.map((p) => p.fundholder);
  const created: Commissioner[] = [];
  for (const area of m.areas) {
    const prs = m.practices
      .filter((p) => p.active && p.area === area.id)
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
      const c = m.addCommissioner(spec.kind, area.id, name, grp);
      created.push(c);
    }
  }
  // Fundholders: volunteer practices, larger lists first (list ≥ 11,000 at first, later ≥ 5,000).
  for (const p of m.practices) p.fundholder = null;
  if (spec.fundholding) {
    const share = m.params['fundholding.share'];
    const cand = m.practices.filter((p) => p.active && p.listSize >= 5000);
    for (const p of cand) {
      if (m.rng.init.chance(Math.min(1, share * (p.listSize >= 11000 ? 1.6 : 0.8)))) {
        const c = m.addCommissioner('fundholder', p.area, `${p.name} (fundholder)`, [p.id]);
        p.fundholder = c.id;
        created.push(c);
      }
    }
  }
  m.refreshAllocations();

  if (old.length === 0) {
    initialContracts(m);
  } else {
    transferFromOld(m, old, prevMain, prevFund, cause);
  }
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
  m.structureVersion++;
  m.referralsDirty = true;
}

/** Weight of each new commissioner in an old one's population. */
function successorWeights(
  m: Model,
  oldC: Commissioner,
  prevMain: number[],
  prevFund: (number | null)[],
): Map<number, number> {
  const w = new Map<number, number>();
  let sum = 0;
  m.practices.forEach((p, i) => {
    if (!p.active) return;
    const held = oldC.kind === 'fundholder' ? prevFund[i] === oldC.id : prevMain[i] === oldC.id;
    if (!held) return;
    // A fundholder's planned-care contracts pass to the practice's new fundholder if any, else its main commissioner.
    const to = oldC.kind === 'fundholder' && p.fundholder !== null ? p.fundholder : p.commissioner;
    w.set(to, (w.get(to) ?? 0) + p.listSize);
    sum += p.listSize;
  });
  if (sum === 0) {
    const anyInArea = m.commissioners.find((c) => c.active && c.area === oldC.area && c.kind !== 'fundholder');
    if (anyInArea) (w.set(anyInArea.id, 1), (sum = 1));
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
  const merged = new Map<number, Contract>();
  const relParts = new Map<
    number,
    { trust: number; rapport: number; w: number; years: number; arb: number; disputes: number; lost: number }
  >();
  for (const oc of old) {
    const w = successorWeights(m, oc, prevMain, prevFund);
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
      m.ledger.transfer(oc.account, m.commissioners[nc].account, bal * x);
      m.commissioners[nc].carried += oc.carried * x;
    }
    for (const ct of m.contracts) {
      if (ct.commissioner !== oc.id || ct.state === 'ended') continue;
      m.negotiations.delete(ct.id);
      for (const [nc, x] of w) {
        const key = pairKey(nc, ct.provider);
        let t = merged.get(key);
        if (!t) {
          t = m.newContract(nc, ct.provider, m.regime.payment.form, m.year, Math.max(m.year, ct.endYear));
          if (ct.alliance !== null) {
            t.alliance = ct.alliance;
            t.form = 'capitated';
            t.state = 'alliance';
          }
          merged.set(key, t);
        }
        for (let l = 0; l < LINE_COUNT; l++) {
          t.lineValue[l] += ct.lineValue[l] * x;
          t.lineVolume[l] += ct.lineVolume[l] * x;
          t.activityYtd[l] += ct.activityYtd[l] * x;
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
      for (const al of m.alliances) {
        const i = al.contracts.indexOf(ct.id);
        if (i >= 0) al.contracts.splice(i, 1);
      }
      m.endContract(ct, 'reform', cause, false);
      const rel = m.relationship(oc.id, ct.provider);
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
    for (const t of m.tenders)
      if (t.commissioner === oc.id && t.stage !== 'awarded' && t.stage !== 'abandoned') t.commissioner = heaviest;
    for (const al of m.alliances)
      if (al.commissioner === oc.id && al.dissolvedYear === null) al.commissioner = heaviest;
    m.abolishCommissioner(oc, heaviest, cause);
  }
  for (const t of merged.values()) {
    if (contractValue(t) <= 0) {
      m.endContract(t, 'empty', cause, false);
      continue;
    }
    if (t.alliance !== null) m.alliances[t.alliance].contracts.push(t.id);
    const part = relParts.get(pairKey(t.commissioner, t.provider));
    const rel = m.ensureRelationship(t.commissioner, t.provider);
    if (part && part.w > 0) {
      rel.trust = part.trust / part.w;
      rel.rapport = part.rapport / part.w;
      rel.yearsTogether = part.years;
      rel.arbitrations = part.arb;
      rel.disputes = part.disputes;
      rel.tendersLost = part.lost;
    }
  }
  // Successors inherit their predecessors' orientation, weighted by population, then the regime's nudge.
  for (const c of m.commissioners) {
    if (!c.active || c.createdYear !== m.year) continue;
    let o = 0;
    let w = 0;
    for (const oc of old) {
      const share = c.practices.reduce(
        (s, pid) =>
          s + ((oc.kind === 'fundholder' ? prevFund[pid] : prevMain[pid]) === oc.id ? m.practices[pid].listSize : 0),
        0,
      );
      o += oc.orientation * share;
      w += share;
    }
    if (w > 0) c.orientation = Math.min(1, Math.max(0, o / w + 0.15 * m.regime.orientationNudge));
  }
  for (const al of m.alliances) if (al.dissolvedYear === null && al.contracts.length === 0) al.dissolvedYear = m.year;
}

/** First contracts: each commissioner buys each line from its area's providers in their share of capacity. */
function initialContracts(m: Model): void {
  const rng = m.rng.init;
  const years = m.regime.payment.form === 'block' ? 1 : m.params['contract.years'];
  for (const c of m.commissioners) {
    if (!c.active) continue;
    const lines = m.linesHeld(c);
    const demand = m.commissionerDemand(c);
    const here = m.providers.filter((p) => p.area === c.area && p.status === 'active');
    for (const l of lines) {
      // A fundholding practice buys from its few main providers of each line, not from every one.
      const all = here.filter((p) => p.capacity[l] > 0);
      const lineCap = all.reduce((s, p) => s + p.capacity[l], 0);
      const sellers = c.kind === 'fundholder' ? all.filter((p) => p.capacity[l] >= 0.12 * lineCap) : all;
      const capSum = sellers.reduce((s, p) => s + p.capacity[l], 0);
      if (capSum <= 0) continue;
      for (const p of sellers) {
        const vol = (demand[l] * p.capacity[l]) / capSum;
        let ct = m.contractBetween(c.id, p.id);
        if (!ct) {
          const end = 1 + rng.int(years);
          ct = m.newContract(c.id, p.id, m.regime.payment.form, 1, end);
          const rel = m.ensureRelationship(c.id, p.id);
          rel.trust = Math.min(0.95, Math.max(0.05, m.params['trust.initial'] + rng.normal(0, 0.15)));
          rel.yearsTogether = 1 + rng.int(10);
        }
        ct.lineVolume[l] += vol;
        ct.lineValue[l] += vol * m.prices[l];
        if (l === 1) ct.emergencyBaseline += vol;
      }
    }
  }
}

// Demand between years: lists grow with population, chronic disease prevalence rises,
// per-head use of emergency and planned care grows (brief P4, P5), small practices merge
// (brief §1.1: ~178 fewer a year), allocations grow with real funding and national prices
// move by the cost uplift less the efficiency factor (all as the timeline has them).
import { LINES } from './lines';
import type { Model } from './model';
import { priceDrift } from './prices';
import { LINE_COUNT } from './types';

export function yearEndDemand(m: Model): void {
  const rng = m.rng.practice;
  const pg = m.params['demand.populationGrowth'];
  const dg = m.params['demand.diabetesGrowth'];
  const sg = m.params['demand.strokeGrowth'];
  const mg = m.params['demand.dementiaGrowth'];
  for (const p of m.world.practices) {
    if (!p.active) continue;
    p.listSize = Math.round(p.listSize * (1 + pg + 0.004 * rng.normal()));
    p.diabetes *= 1 + dg;
    p.stroke *= 1 + sg;
    p.dementia *= 1 + mg;
  }
  // Growth per head into next year: the timeline's value for a year is the change from the
  // year before to that year (2020: referrals fell 30% in 2020/21), so it applies now, as the
  // year turns, not a year later.
  const next = m.nextParams;
  for (let l = 0; l < LINE_COUNT; l++) {
    if (LINES[l].prevalence) continue;
    m.economy.demandIndex[l] *= 1 + next[LINES[l].growth];
  }
  mergePractices(m);
  // Funding grows in total by next year's real growth; lists have grown by this year's population growth.
  m.economy.allocationPerHead *= (1 + m.nextParams['funding.allocationGrowth']) / (1 + pg);
  const drift = priceDrift(m);
  for (let l = 0; l < LINE_COUNT; l++) m.economy.prices[l] *= drift;
  m.economy.lastPriceDrift = drift;
  m.economy.lastFundingGrowth = m.nextParams['funding.allocationGrowth'];
  m.economy.nextPriceDrift = null;
  m.economy.nextSettlement = 1;
  m.economy.updatePracticeDemand();
}

function mergePractices(m: Model): void {
  const rate = m.params['practice.mergerRate'];
  if (rate <= 0) return;
  const rng = m.rng.practice;
  const byPcn = new Map<number, number[]>();
  for (const p of m.world.practices) {
    if (!p.active) continue;
    let a = byPcn.get(p.pcn);
    if (!a) byPcn.set(p.pcn, (a = []));
    a.push(p.id);
  }
  for (const ids of byPcn.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const p = m.world.practices[id];
      if (!p.active) continue;
      // Smaller practices merge more often: the chance doubles below the network's mean list.
      const small = p.listSize < 6000 ? 2 : 0.5;
      if (!rng.chance(rate * small)) continue;
      const partners = ids.filter(
        (q) =>
          q !== id &&
          m.world.practices[q].active &&
          m.world.practices[q].commissioner === p.commissioner &&
          m.world.practices[q].fundholder === p.fundholder,
      );
      if (!partners.length) continue;
      const into =
        m.world.practices[
          partners.reduce((a, b) => (m.world.practices[a].listSize >= m.world.practices[b].listSize ? a : b))
        ];
      const w = p.listSize / (p.listSize + into.listSize);
      into.caseMix = into.caseMix * (1 - w) + p.caseMix * w;
      into.diabetes = into.diabetes * (1 - w) + p.diabetes * w;
      into.stroke = into.stroke * (1 - w) + p.stroke * w;
      into.dementia = into.dementia * (1 - w) + p.dementia * w;
      into.referralRate = into.referralRate * (1 - w) + p.referralRate * w;
      m.economy.preventionIndex[into.id] =
        m.economy.preventionIndex[into.id] * (1 - w) + m.economy.preventionIndex[p.id] * w;
      m.world.mergePractice(p, into);
      m.events.record(m.tick, m.year, {
        type: 'practice.merged',
        commissioner: p.commissioner,
        reason: 'practice merged into a neighbour in its network',
        detail: { practice: p.code, into: into.code, list: p.listSize },
      });
    }
  }
}

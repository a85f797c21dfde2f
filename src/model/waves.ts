// Structures that change year by year rather than by reform: GP fundholding spread in waves
// through the 1990s, and NHS trusts became foundation trusts from 2004 (the timeline gives the
// shares). Each April the run catches up with the year's shares.
import { FUNDHELD_LINES } from './fundholding';
import type { Model } from './model';
import { createCommissioner } from './structure';
import { isNhsTrust } from './support';
import type { Commissioner, Practice } from './types';
import { LINE_COUNT } from './types';

/**
 * Volunteer practices become fundholders until the year's share is reached, larger lists
 * first. At local scale each fundholder is one practice; at region and England scale the
 * eligible practices of a network join together as a multifund (as many did), which keeps
 * the number of purchasers the model carries in proportion.
 */
export function fundholdingWave(m: Model, created: Commissioner[] = []): void {
  if (!m.regime.commissioners.fundholding) return;
  const { world } = m;
  const practices = world.practices.filter((p) => p.active);
  const holding = practices.filter((p) => p.fundholder !== null).length;
  let wanted = Math.round(m.params['fundholding.share'] * practices.length) - holding;
  if (wanted <= 0) return;
  const rng = m.rng.practice;
  const multifunds = m.scenario.scale !== 'local';
  // Lists of 11,000 or more could join from the start, of 5,000 later (brief §1.1).
  const eligible = practices
    .filter((p) => p.fundholder === null && p.listSize >= 5000)
    .sort((a, b) => b.listSize - a.listSize || a.id - b.id);
  const byNetwork = new Map<number, Practice[]>();
  for (const p of eligible) {
    const k = multifunds ? p.pcn : -1 - p.id;
    const list = byNetwork.get(k);
    if (list) list.push(p);
    else byNetwork.set(k, [p]);
  }
  for (const p of eligible) {
    if (wanted <= 0) break;
    if (p.fundholder !== null || !rng.chance(p.listSize >= 11000 ? 0.6 : 0.3)) continue;
    const group = (byNetwork.get(multifunds ? p.pcn : -1 - p.id) ?? [p]).filter(
      (q) => q.fundholder === null && q.commissioner === p.commissioner,
    );
    const name = group.length > 1 ? `${p.name} multifund` : `${p.name} (fundholder)`;
    const f = createCommissioner(
      m,
      'fundholder',
      p.area,
      name,
      group.map((q) => q.id),
    );
    for (const q of group) {
      world.setFundholder(q, f.id);
      takeOverPlannedCare(m, q.commissioner, f.id, q.id);
    }
    created.push(f);
    if (m.tick > 0)
      m.events.record(m.tick, m.year, {
        type: 'commissioner.created',
        commissioner: f.id,
        reason: 'fundholding wave',
        detail: { kind: 'fundholder', practices: group.length, population: group.reduce((s, q) => s + q.listSize, 0) },
      });
    wanted -= group.length;
  }
}

/** A fundholder buys from its practices' main providers of each line: those with this share of the line or more. */
const MAIN_SELLER_SHARE = 0.12;

/**
 * A new fundholder buys its practice's planned care: the main commissioner's contracts for
 * those lines shrink by the practice's share, and the fundholder contracts for it with the
 * main providers among them (a fundholding practice dealt with a few), trust carried over.
 */
function takeOverPlannedCare(m: Model, mainId: number, fundholderId: number, practiceId: number): void {
  const { world } = m;
  const main = world.commissioners[mainId];
  const demand = m.economy.commissionerDemand(main);
  for (const l of FUNDHELD_LINES) {
    const own = m.economy.practiceDemand[practiceId * LINE_COUNT + l];
    if (!(own > 0) || !(demand[l] > 0)) continue;
    const share = Math.min(1, own / demand[l]);
    const sellers = world.contractsOf(mainId).filter((ct) => ct.lineVolume[l] > 0);
    const lineTotal = sellers.reduce((s, ct) => s + ct.lineVolume[l], 0);
    const main = sellers.filter((ct) => ct.lineVolume[l] >= MAIN_SELLER_SHARE * lineTotal);
    const mainTotal = main.reduce((s, ct) => s + ct.lineVolume[l], 0);
    let vol = 0;
    let val = 0;
    for (const ct of sellers) {
      vol += ct.lineVolume[l] * share;
      val += ct.lineValue[l] * share;
      world.adjustLine(ct, l, -ct.lineValue[l] * share, -ct.lineVolume[l] * share);
    }
    for (const ct of main) {
      const w = ct.lineVolume[l] / (mainTotal * (1 - share)) || 0;
      let k = world.contractBetween(fundholderId, ct.provider);
      if (!k) {
        k = world.newContract(fundholderId, ct.provider, m.economy.paymentFormFor({ alliance: null }), m.year, m.year);
        const from = world.relationship(mainId, ct.provider);
        if (from) world.ensureRelationship(fundholderId, ct.provider).trust = from.trust;
      }
      world.adjustLine(k, l, val * w, vol * w);
    }
  }
}

/** NHS trusts take foundation status until the year's share is reached (those in surplus first). */
export function foundationWave(m: Model): void {
  const trusts = m.world.providers.filter((p) => p.status === 'active' && isNhsTrust(p));
  let wanted =
    Math.round(m.params['provider.foundationShare'] * trusts.length) - trusts.filter((p) => p.foundation).length;
  if (wanted <= 0) return;
  // Monitor authorised only trusts in sound finances: the best results go first.
  const candidates = trusts.filter((p) => !p.foundation).sort((a, b) => b.surplus - a.surplus || a.id - b.id);
  for (const p of candidates) {
    if (wanted-- <= 0) break;
    p.foundation = true;
    p.name = m.namer.exact(p.name.replace(/ NHS Trust$/, ' NHS Foundation Trust'));
  }
}

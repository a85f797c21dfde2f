// Trust between each commissioner and provider: reinforcement learning with asymmetric
// rates (slow to build, fast to lose), shocks from disputes and tenders, and a slow drift
// toward neutral. Commissioners' orientation (relational vs transactional) follows their
// experience and the regime's nudge.
import type { Model } from './model';
import { contractValue } from './contract';
import { clamp01 } from './math';
import { LINE_COUNT } from './types';

/** Moves trust toward an outcome in [0, 1] (1 = much better than expected). */
export function learnTrust(m: Model, c: number, p: number, outcome: number, weight = 1): void {
  const r = m.world.ensureRelationship(c, p);
  const d = outcome - r.trust;
  const rate = d >= 0 ? m.params['trust.gainRate'] : m.params['trust.lossRate'];
  r.trust = clamp01(r.trust + rate * weight * d);
}

/** A shock (positive or negative) to both sides' trust. */
export function shockTrust(m: Model, c: number, p: number, delta: number): void {
  const r = m.world.ensureRelationship(c, p);
  r.trust = clamp01(r.trust + delta);
}

export interface Experience {
  agreements: number;
  disputes: number;
  arbitrations: number;
  underDelivery: number;
  contracts: number;
}

export function experienceOf(m: Model, c: number): Experience {
  let e = m.experience.get(c);
  if (!e) m.experience.set(c, (e = { agreements: 0, disputes: 0, arbitrations: 0, underDelivery: 0, contracts: 0 }));
  return e;
}

export function yearEndTrust(m: Model): void {
  const drift = m.params['trust.drift'];
  const target = m.params['payment.qualityTarget'];
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended') continue;
    const p = m.world.providers[ct.provider];
    if (p.status !== 'active') continue;
    // This year's outcome: patients seen against patients referred (waiting lists grow when
    // capacity runs out), quality against the goal, and money — a provider in deficit and a
    // commissioner over-spending fight over where the money comes from (Healthcare Leader 2022).
    let done = 0;
    for (let l = 0; l < LINE_COUNT; l++) done += ct.activityYtd[l];
    const delivery = ct.referredYtd > 0 ? Math.min(1, done / ct.referredYtd) : 1;
    const c = m.world.commissioners[ct.commissioner];
    const squeeze = c.allocation > 0 ? Math.max(0, -c.balance / c.allocation) : 0;
    // Seen through imperfect information (market.informationQuality), so judgements differ.
    const seen = 0.12 * (1 - m.params['market.informationQuality']) * m.rng.quality.normal();
    // A deficit strains the relationship in proportion to its size (at most 0.1).
    const deficit = p.income > 0 ? Math.min(0.1, Math.max(0, -p.surplus / p.income) * 2) : 0;
    const outcome = clamp01(
      0.55 +
        2 * (delivery - 0.96) +
        0.8 * (p.quality - target) -
        deficit -
        3 * squeeze +
        seen +
        // Relational commissioners read the same performance more charitably (Porter et al. 2013).
        0.2 * (c.orientation - 0.5) +
        m.world.ensureRelationship(ct.commissioner, ct.provider).rapport,
    );
    learnTrust(m, ct.commissioner, ct.provider, outcome, 0.5);
    const e = experienceOf(m, ct.commissioner);
    e.contracts++;
    if (delivery < 0.95 || p.quality < target - 0.05) e.underDelivery++;
  }
  for (const r of m.world.relationships()) {
    r.trust = clamp01(r.trust + drift * (0.5 - r.trust));
    const ct = m.world.contractBetween(r.commissioner, r.provider);
    if (ct && contractValue(ct) > 0) r.yearsTogether++;
    if (r.history.length === 0) r.historyFrom = m.year;
    r.history.push(r.trust);
  }
  adaptOrientation(m);
}

function adaptOrientation(m: Model): void {
  const rate = m.params['commissioner.orientationAdaptation'];
  const choice = m.params['market.providerChoice'];
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    const e = experienceOf(m, c.id);
    let tsum = 0;
    let n = 0;
    for (const ct of m.world.contractsOf(c.id)) {
      const r = m.world.relationship(c.id, ct.provider);
      if (r) {
        tsum += r.trust;
        n++;
      }
    }
    const meanTrust = n ? tsum / n : 0.5;
    const under = e.contracts ? e.underDelivery / e.contracts : 0;
    // Porter et al.: without real alternatives, relational contracting persists; with them,
    // poor delivery pushes toward market levers. Seed 001: arbitration teaches "win-win".
    const signal =
      0.45 * m.regime.orientationNudge +
      0.8 * (meanTrust - 0.5) -
      0.9 * under * choice +
      0.25 * (1 - choice) +
      0.2 * Math.min(2, e.arbitrations);
    const goal = clamp01(0.5 + signal);
    c.orientation = clamp01(c.orientation + rate * (goal - c.orientation));
  }
  m.experience.clear();
}

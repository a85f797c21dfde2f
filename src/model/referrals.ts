// Referrals and patient choice: each commissioner's demand per line is split among the
// providers it contracts for that line. The split blends the contracted plan with a
// multinomial logit on quality and capacity (patients' and GPs' choice), weighted by how much choice the
// regime gives and how many capable alternatives exist (market.providerChoice). Long waits
// for planned care deter some referrals.
import { LINES } from './lines';
import type { Model } from './model';
import { LINE_COUNT } from './types';
import type { Contract } from './types';

export function updateReferrals(m: Model): void {
  const chi = m.regime.procurement.patientChoice * (0.3 + 0.7 * m.params['market.providerChoice']);
  const beta = m.params['market.choiceSensitivity'];
  const elasticity = m.params['demand.waitingElasticity'];
  const byComm = new Map<number, Contract[]>();
  for (const ct of m.world.contracts) {
    ct.weeklyReferrals.fill(0);
    if (ct.state === 'ended') continue;
    if (m.world.providers[ct.provider].status !== 'active') continue;
    let list = byComm.get(ct.commissioner);
    if (!list) byComm.set(ct.commissioner, (list = []));
    list.push(ct);
  }
  m.economy.uncovered.fill(0);
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    const demand = m.economy.commissionerDemand(c);
    const list = byComm.get(c.id) ?? [];
    for (let l = 0; l < LINE_COUNT; l++) {
      if (demand[l] <= 0) continue;
      // Patient choice applies to planned care (elective and outpatients), not emergencies or pathways.
      const chiL = LINES[l].choice ? chi : 0;
      let planSum = 0;
      let logitSum = 0;
      for (const ct of list) {
        const v = ct.lineVolume[l];
        if (v <= 0) continue;
        planSum += v;
        logitSum += choiceWeight(m, ct.provider, l, beta);
      }
      if (planSum <= 0) {
        m.economy.uncovered[l] += demand[l] / 52;
        continue;
      }
      for (const ct of list) {
        const v = ct.lineVolume[l];
        if (v <= 0) continue;
        const share = (1 - chiL) * (v / planSum) + chiL * (choiceWeight(m, ct.provider, l, beta) / logitSum);
        ct.weeklyReferrals[l] = (demand[l] * share * waitingDeterrent(m, ct.provider, l, elasticity)) / 52;
      }
    }
  }
  m.world.referralsComputed();
}

/** Attraction of a provider in patients' choice: its capacity (what it can offer) times a logit
 * term in quality. Weighting by capacity rather than by the contracted plan stops choice from
 * compounding year on year: a provider gains share only as fast as it can add capacity. */
function choiceWeight(m: Model, provider: number, line: number, beta: number): number {
  const p = m.world.providers[provider];
  return Math.max(1, p.capacity[line]) * Math.exp(beta * p.quality);
}

/** Wait (weeks) below which waiting deters no one: about the time a referral takes to be seen. */
const USUAL_WAIT = 8;

/**
 * Long waits deter referrals for planned care (some patients go private, some do without, GPs
 * refer less): referrals scale with (wait / usual wait) to the power of the elasticity, the
 * wait being the provider's list over its weekly capacity.
 */
function waitingDeterrent(m: Model, provider: number, line: number, elasticity: number): number {
  if (!LINES[line].rtt || elasticity === 0) return 1;
  const cap = m.world.providers[provider].capacity[line] / 52;
  if (!(cap > 0)) return 1;
  const wait = m.waiting.size(provider, line) / cap;
  return wait > USUAL_WAIT ? Math.pow(wait / USUAL_WAIT, elasticity) : 1;
}

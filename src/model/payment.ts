// A week of care and money: referrals arrive at providers (with winter pressure and noise);
// planned care waits on lists that capacity works through, emergencies take elective beds
// when they must; commissioners pay by the contract's payment form: block, national tariff
// (phased in, blended for emergencies, with the marginal emergency rate), aligned payment
// (fixed plus variable elective), or capitation. A share is withheld against quality goals (CQUIN).
import { winterFactor } from './calendar';
import { shockNow } from './injects';
import { EXTERNAL } from './ledger';
import { LINES, sectorOfProvider } from './lines';
import { RTT_LINES } from './waiting';
import type { Model } from './model';
import type { Contract, ProviderType, Sector } from './types';
import { LINE_COUNT, L } from './types';

// Local copies: imported bindings cost a getter call per access under some loaders.
const NL: number = LINE_COUNT;
const EMERGENCY: number = L.emergency;
const ELECTIVE: number = L.elective;
const OUTPATIENT: number = L.outpatient;

const SECTOR_INDEX: Record<Sector, number> = { acute: 0, community: 1, 'mental-health': 2, primary: 3 };
/** Sector index per line for each provider type (where its payments count in spend by sector). */
const SECTOR_OF = Object.fromEntries(
  (['acute', 'community', 'mental-health', 'isp', 'gp-federation'] as ProviderType[]).map((t) => [
    t,
    Uint8Array.from({ length: NL }, (_, l) => SECTOR_INDEX[sectorOfProvider(t, l)]),
  ]),
) as Record<ProviderType, Uint8Array>;
const sectorSpend = new Float64Array(4);

let buf = new Float64Array(0);
let shock = new Float64Array(0);
let provDemand = new Float64Array(0);
/** Per provider and line this week: what it served (planned care) or could admit (emergencies), and its lists. */
let provServed = new Float64Array(0);
let provWaiting = new Float64Array(0);
const RTT = Uint8Array.from({ length: NL }, (_, l) => (RTT_LINES.includes(l) ? 1 : 0));
/** Under aligned payment, planned hospital care is paid by activity; the rest is fixed. */
const VARIABLE_IN_ALIGNED = Uint8Array.from({ length: NL }, (_, l) => (l === ELECTIVE || l === OUTPATIENT ? 1 : 0));
/** Sector of each line as commissioned (acute lines are the ones Payment by Results phased in). */
const SECTOR_INDEX_OF_LINE = Uint8Array.from({ length: NL }, (_, l) => SECTOR_INDEX[LINES[l].sector]);

export function weeklyActivity(m: Model): void {
  const rng = m.rng.demand;
  const noise = m.params['demand.noise'];
  const winter = winterFactor(m.week, m.params['demand.winterPeak']);
  const { world, regime } = m;
  const nC = world.contracts.length;
  const nP = world.providers.length;
  if (buf.length < nC * NL) buf = new Float64Array(nC * NL * 2);
  if (provDemand.length < nP * NL) {
    provDemand = new Float64Array(nP * NL * 2);
    provServed = new Float64Array(nP * NL * 2);
    provWaiting = new Float64Array(nP * NL * 2);
  }
  provDemand.fill(0, 0, nP * NL);
  provWaiting.fill(0, 0, nP * NL);
  const counters = m.counters;
  // Contract management is charged quarterly (13 weeks at a time) to keep the weekly loop light.
  const quarterEnd = m.week % 13 === 12;
  m.waiting.startWeek(m.tick, nP);

  // 1. Referrals this week. Demand shocks hit a commissioner's population per line (one draw
  // shared by all its providers); winter raises emergencies.
  const nComm = world.commissioners.length;
  // A facilitator's winter surge or pandemic (injects.ts), while it lasts.
  const injected = m.shocks.length ? shockNow(m) : null;
  const surgeWinter = injected ? winter * injected.emergency : winter;
  if (shock.length < nComm * NL) shock = new Float64Array(nComm * NL * 2);
  for (let c = 0; c < nComm; c++) {
    if (!world.commissioners[c].active) continue;
    for (let l = 0; l < NL; l++)
      shock[c * NL + l] = Math.max(0, (l === EMERGENCY ? surgeWinter : 1) * (1 + noise * rng.normal()));
  }
  const { ctReferrals: R, ctValue: V, ctVolume: Q, ctActivity: A, ctWaiting: W } = world.lines;
  const { pvCapacity: CAP, pvUnitCost: UC } = world.lines;
  const idx = lineIndex(m);
  const E = idx.entries;
  const nE = idx.count;
  for (let e = 0; e < nE; e++) {
    const k = E[e];
    const i = (k / NL) | 0;
    const l = k - i * NL;
    const ct = world.contracts[i];
    const mean = R[k];
    const d = mean > 0 ? mean * shock[ct.commissioner * NL + l] : 0;
    buf[k] = d;
    provDemand[ct.provider * NL + l] += d;
    if (RTT[l]) {
      // Planned care: the referral joins the list; the list is what the provider can treat from.
      W[k] += d;
      provWaiting[ct.provider * NL + l] += W[k];
      m.waiting.add(m.tick, ct.provider, l, d);
    }
  }
  for (let l = 0; l < NL; l++) {
    counters.demand += m.economy.uncovered[l];
    counters.unmet += m.economy.uncovered[l];
  }

  // 2. What each provider can do this week. Emergencies must be admitted: beyond emergency
  // capacity they take elective beds (winter crowds out planned care); planned capacity may be
  // reduced (infection control in 2020/21); each waiting list is served, longest waiters first.
  const electiveShare = injected
    ? m.params['demand.electiveCapacity'] * injected.elective
    : m.params['demand.electiveCapacity'];
  const crowding = m.params['provider.winterCrowding'];
  for (let pv = 0; pv < nP; pv++) {
    const b = pv * NL;
    const emCap = CAP[b + EMERGENCY] / 52;
    const overflow = Math.max(0, provDemand[b + EMERGENCY] - emCap);
    for (const l of RTT_LINES) {
      let cap = (CAP[b + l] / 52) * electiveShare;
      if (l === ELECTIVE) cap = Math.max(0, cap - overflow * crowding);
      const eligible = m.waiting.eligible(m.tick, pv, l);
      const served = Math.min(cap, eligible);
      provServed[b + l] = served;
      if (served > 0) m.waiting.treat(m.tick, pv, l, served, eligible);
    }
    // Emergencies the elective beds could not absorb go unmet.
    const elCap = (CAP[b + ELECTIVE] / 52) * electiveShare;
    provServed[b + EMERGENCY] = emCap + Math.min(overflow, crowding > 0 ? elCap / crowding : 0);
  }

  // 3. Delivery, payment and variable cost, contract by contract.
  const pay0 = regime.payment;
  const lowVolume = pay0.lowVolumeBlock;
  const marginal = pay0.marginalEmergencyRate;
  const spend = sectorSpend.fill(0);
  let ispSpend = 0;
  let unmet = 0;
  let demanded = 0;
  let emergency = 0;
  let e = 0;
  while (e < nE) {
    const i = (E[e] / NL) | 0;
    const ct = world.contracts[i];
    const p = world.providers[ct.provider];
    const c = world.commissioners[ct.commissioner];
    const pBase = ct.provider * NL;
    const value = idx.value[i];
    const form = lowVolume > 0 && value < lowVolume && ct.form !== 'capitated' ? 'block' : ct.form;
    const fixedForm = form === 'block' || form === 'capitated';
    const aligned = form === 'aligned';
    const sectors = SECTOR_OF[p.type];
    const isp = p.type === 'isp';
    let pay = 0;
    let withheld = 0;
    let varCost = 0;
    let referred = 0;
    for (; e < nE && ((E[e] / NL) | 0) === i; e++) {
      const k = E[e];
      const l = k - i * NL;
      const d = buf[k];
      const v = V[k];
      let act = 0;
      if (RTT[l]) {
        // Its share of what the provider treated, in proportion to its patients waiting.
        const list = provWaiting[pBase + l];
        act = list > 0 ? (provServed[pBase + l] * W[k]) / list : 0;
        W[k] -= act;
        demanded += d;
        referred += d;
      } else if (d > 0) {
        const tot = provDemand[pBase + l];
        const weeklyCap = l === EMERGENCY ? provServed[pBase + l] : CAP[pBase + l] / 52;
        act = tot > weeklyCap ? (d * weeklyCap) / tot : d;
        demanded += d;
        referred += d;
        unmet += d - act;
      }
      if (act > 0) {
        A[k] += act;
        varCost += act * UC[pBase + l];
        if (l === EMERGENCY) emergency += act;
      }
      // What is paid: a fixed sum, activity at the contract's price, or a blend of the two
      // (Payment by Results phased in; blended emergency payment from 2019/20).
      let variable: number;
      if (fixedForm || (aligned && !VARIABLE_IN_ALIGNED[l])) variable = 0;
      else if (aligned) variable = 1;
      else
        variable =
          (SECTOR_INDEX_OF_LINE[l] === 0 ? pay0.tariffCoverage : 1) * (l === EMERGENCY ? pay0.emergencyVariable : 1);
      let linePay = (1 - variable) * (v / 52);
      if (variable > 0 && act > 0) {
        const q = Q[k];
        const price = q > 0 ? v / q : m.economy.prices[l];
        let activityPay: number;
        if (l === EMERGENCY && marginal !== null) {
          const base = (ct.emergencyBaseline / 52) * winter;
          activityPay = act <= base ? act * price : base * price + (act - base) * price * marginal;
        } else activityPay = act * price;
        linePay += variable * activityPay;
      }
      if (linePay > 0) {
        const w = linePay * ct.withhold;
        withheld += w;
        pay += linePay - w;
        spend[sectors[l]] += linePay - w;
        if (isp) ispSpend += linePay - w;
      }
    }
    if (pay > 0) {
      m.ledger.transfer(c.account, p.account, pay);
      c.balance -= pay;
      p.income += pay;
      ct.paidYtd += pay;
    }
    ct.withheldYtd += withheld;
    ct.referredYtd += referred;
    if (varCost > 0) {
      m.ledger.transfer(p.account, EXTERNAL, varCost);
      p.costs += varCost;
    }
    if (quarterEnd) monitoring(m, ct, value);
  }
  counters.spendAcute += spend[0];
  counters.spendCommunity += spend[1];
  counters.spendMentalHealth += spend[2];
  counters.spendPrimary += spend[3];
  counters.spendIsp += ispSpend;
  counters.demand += demanded;
  counters.unmet += unmet;
  counters.emergencyAdmissions += emergency;

  // 4. Fixed costs of providers; commissioners' own flows.
  for (const p of world.providers) {
    if (p.status !== 'active' || p.fixedCost <= 0) continue;
    const f = p.fixedCost / 52;
    m.ledger.transfer(p.account, EXTERNAL, f);
    p.costs += f;
  }
  for (const c of world.commissioners) if (c.active) m.economy.commissionerWeek(c);
}

/** Contract management on both sides: activity-based forms need more checking; transactional commissioners check more. */
function monitoring(m: Model, ct: Contract, value: number): void {
  const formFactor = ct.form === 'tariff' || ct.form === 'aligned' ? 2 : ct.form === 'capitated' ? 0.7 : 1;
  const c = m.world.commissioners[ct.commissioner];
  const cost = (value * m.params['contract.monitoringCost'] * formFactor * (1.5 - c.orientation)) / 4;
  if (cost <= 0) return;
  m.economy.chargeTransaction(c.account, cost * 0.6, c, null);
  const p = m.world.providers[ct.provider];
  m.economy.chargeTransaction(p.account, cost * 0.4, null, p);
}

/**
 * The (contract, line) pairs that carry referrals or money, in contract order, with each
 * contract's total value. Rebuilt only when referrals are recomputed (every change to a
 * contract's lines marks them dirty), so the weekly loop skips the many empty lines.
 */
interface LineIndex {
  version: number;
  entries: Int32Array;
  count: number;
  value: Float64Array;
}
const indexes = new WeakMap<Model, LineIndex>();

function lineIndex(m: Model): LineIndex {
  let index = indexes.get(m);
  if (!index)
    indexes.set(m, (index = { version: -1, entries: new Int32Array(0), count: 0, value: new Float64Array(0) }));
  if (index.version === m.world.referralsVersion) return index;
  const nC = m.world.contracts.length;
  if (index.entries.length < nC * NL) index.entries = new Int32Array(nC * NL * 2);
  if (index.value.length < nC) index.value = new Float64Array(nC * 2);
  const { ctReferrals: R, ctValue: V, ctWaiting: W } = m.world.lines;
  let n = 0;
  for (let i = 0; i < nC; i++) {
    const ct = m.world.contracts[i];
    let value = 0;
    if (ct.state !== 'ended') {
      for (let l = 0; l < NL; l++) {
        const k = i * NL + l;
        value += V[k];
        if (R[k] > 0 || V[k] > 0 || W[k] > 0) index.entries[n++] = k;
      }
    }
    index.value[i] = value;
  }
  index.count = n;
  index.version = m.world.referralsVersion;
  return index;
}

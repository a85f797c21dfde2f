// A week of care and money: referrals arrive at providers (with winter pressure and noise),
// capacity limits what is delivered, and commissioners pay by the contract's payment form:
// block, national tariff (with the marginal emergency rate), aligned payment (fixed plus
// variable elective), or capitation. A share is withheld against quality goals (CQUIN).
import { winterFactor } from './calendar';
import { EXTERNAL } from './ledger';
import { sectorOfProvider } from './lines';
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

export function weeklyActivity(m: Model): void {
  const rng = m.rng.demand;
  const noise = m.params['demand.noise'];
  const winter = winterFactor(m.week, m.params['demand.winterPeak']);
  const nC = m.world.contracts.length;
  if (buf.length < nC * NL) buf = new Float64Array(nC * NL * 2);

  if (provDemand.length < m.world.providers.length * NL)
    provDemand = new Float64Array(m.world.providers.length * NL * 2);
  provDemand.fill(0, 0, m.world.providers.length * NL);
  const counters = m.counters;
  // Contract management is charged quarterly (13 weeks at a time) to keep the weekly loop light.
  const quarterEnd = m.week % 13 === 12;

  // 1. Referrals this week. Demand shocks hit a commissioner's population per line (one draw
  // shared by all its providers); winter raises emergencies.
  const nComm = m.world.commissioners.length;
  if (shock.length < nComm * NL) shock = new Float64Array(nComm * NL * 2);
  for (let c = 0; c < nComm; c++) {
    if (!m.world.commissioners[c].active) continue;
    for (let l = 0; l < NL; l++)
      shock[c * NL + l] = Math.max(0, (l === EMERGENCY ? winter : 1) * (1 + noise * rng.normal()));
  }
  const R = m.world.lines.ctReferrals;
  const V = m.world.lines.ctValue;
  const Q = m.world.lines.ctVolume;
  const A = m.world.lines.ctActivity;
  const CAP = m.world.lines.pvCapacity;
  const UC = m.world.lines.pvUnitCost;
  const idx = lineIndex(m);
  const E = idx.entries;
  const nE = idx.count;
  for (let e = 0; e < nE; e++) {
    const k = E[e];
    const i = (k / NL) | 0;
    const l = k - i * NL;
    const mean = R[k];
    if (mean <= 0) {
      buf[k] = 0;
      continue;
    }
    const ct = m.world.contracts[i];
    const d = mean * shock[ct.commissioner * NL + l];
    buf[k] = d;
    provDemand[ct.provider * NL + l] += d;
  }
  for (let l = 0; l < NL; l++) {
    counters.demand += m.economy.uncovered[l];
    counters.unmet += m.economy.uncovered[l];
  }

  // 2. Delivery within capacity, payment and variable cost, contract by contract.
  const lowVolume = m.regime.payment.lowVolumeBlock;
  const marginal = m.regime.payment.marginalEmergencyRate;
  const spend = sectorSpend.fill(0);
  let ispSpend = 0;
  let unmet = 0;
  let demanded = 0;
  let emergency = 0;
  let e = 0;
  while (e < nE) {
    const i = (E[e] / NL) | 0;
    const ct = m.world.contracts[i];
    const p = m.world.providers[ct.provider];
    const c = m.world.commissioners[ct.commissioner];
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
      if (d > 0) {
        const weeklyCap = CAP[pBase + l] / 52;
        const tot = provDemand[pBase + l];
        act = tot > weeklyCap ? (d * weeklyCap) / tot : d;
        demanded += d;
        referred += d;
        unmet += d - act;
        A[k] += act;
        varCost += act * UC[pBase + l];
        if (l === EMERGENCY) emergency += act;
      }
      let linePay: number;
      if (fixedForm || (aligned && l !== ELECTIVE && l !== OUTPATIENT)) {
        linePay = v / 52;
      } else {
        const q = Q[k];
        const price = q > 0 ? v / q : m.economy.prices[l];
        if (l === EMERGENCY && marginal !== null) {
          const base = (ct.emergencyBaseline / 52) * winter;
          linePay = act <= base ? act * price : base * price + (act - base) * price * marginal;
        } else {
          linePay = act * price;
        }
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

  // 3. Fixed costs of providers; commissioners' own flows.
  for (const p of m.world.providers) {
    if (p.status !== 'active' || p.fixedCost <= 0) continue;
    const f = p.fixedCost / 52;
    m.ledger.transfer(p.account, EXTERNAL, f);
    p.costs += f;
  }
  for (const c of m.world.commissioners) if (c.active) m.economy.commissionerWeek(c);
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
  const R = m.world.lines.ctReferrals;
  const V = m.world.lines.ctValue;
  let n = 0;
  for (let i = 0; i < nC; i++) {
    const ct = m.world.contracts[i];
    let value = 0;
    if (ct.state !== 'ended') {
      for (let l = 0; l < NL; l++) {
        const k = i * NL + l;
        value += V[k];
        if (R[k] > 0 || V[k] > 0) index.entries[n++] = k;
      }
    }
    index.value[i] = value;
  }
  index.count = n;
  index.version = m.world.referralsVersion;
  return index;
}

// A week of care and money: referrals arrive at providers (with winter pressure and noise),
// capacity limits what is delivered, and commissioners pay by the contract's payment form:
// block, national tariff (with the marginal emergency rate), aligned payment (fixed plus
// variable elective), or capitation. A share is withheld against quality goals (CQUIN).
import { winterFactor } from './calendar';
import { EXTERNAL } from './ledger';
import { sectorOfProvider } from './lines';
import type { Model } from './model';
import { contractValue } from './model';
import type { Contract, Sector } from './types';
import { LINE_COUNT, L } from './types';

// Local copies: imported bindings cost a getter call per access under some loaders.
const NL: number = LINE_COUNT;
const EMERGENCY: number = L.emergency;
const ELECTIVE: number = L.elective;
const OUTPATIENT: number = L.outpatient;

let buf = new Float64Array(0);
let provDemand = new Float64Array(0);

export function weeklyActivity(m: Model): void {
  const rng = m.rng.demand;
  const noise = m.params['demand.noise'];
  const winter = winterFactor(m.week, m.params['demand.winterPeak']);
  const nC = m.contracts.length;
  if (buf.length < nC * NL) buf = new Float64Array(nC * NL * 2);
  if (provDemand.length < m.providers.length * NL) provDemand = new Float64Array(m.providers.length * NL * 2);
  provDemand.fill(0, 0, m.providers.length * NL);
  const counters = m.counters;

  // 1. Referrals this week.
  for (let i = 0; i < nC; i++) {
    const ct = m.contracts[i];
    if (ct.state === 'ended') continue;
    const pBase = ct.provider * NL;
    for (let l = 0; l < NL; l++) {
      const mean = ct.weeklyReferrals[l];
      if (mean <= 0) { buf[i * NL + l] = 0; continue; }
      const season = l === EMERGENCY ? winter : 1;
      const d = Math.max(0, mean * season * (1 + noise * rng.normal()));
      buf[i * NL + l] = d;
      provDemand[pBase + l] += d;
    }
  }
  for (let l = 0; l < NL; l++) { counters.demand += m.uncovered[l]; counters.unmet += m.uncovered[l]; }

  // 2. Delivery within capacity, payment and variable cost.
  const lowVolume = m.regime.payment.lowVolumeBlock;
  const marginal = m.regime.payment.marginalEmergencyRate;
  for (let i = 0; i < nC; i++) {
    const ct = m.contracts[i];
    if (ct.state === 'ended') continue;
    const p = m.providers[ct.provider];
    const c = m.commissioners[ct.commissioner];
    const pBase = ct.provider * NL;
    const value = contractValue(ct);
    const form = lowVolume > 0 && value < lowVolume && ct.form !== 'capitated' ? 'block' : ct.form;
    let pay = 0; let withheld = 0; let varCost = 0;
    for (let l = 0; l < NL; l++) {
      const d = buf[i * NL + l];
      let act = 0;
      if (d > 0) {
        const cap = p.capacity[l] / 52;
        const tot = provDemand[pBase + l];
        const ratio = tot > cap ? cap / tot : 1;
        act = d * ratio;
        counters.demand += d;
        counters.unmet += d - act;
        ct.activityYtd[l] += act;
        varCost += act * p.unitCost[l];
        if (l === EMERGENCY) counters.emergencyAdmissions += act;
      }
      let linePay: number;
      if (form === 'block' || form === 'capitated') {
        linePay = ct.lineValue[l] / 52;
      } else if (form === 'tariff' || (form === 'aligned' && (l === ELECTIVE || l === OUTPATIENT))) {
        const price = ct.lineVolume[l] > 0 ? ct.lineValue[l] / ct.lineVolume[l] : m.prices[l];
        if (l === EMERGENCY && marginal !== null) {
          const base = (ct.emergencyBaseline / 52) * winter;
          linePay = Math.min(act, base) * price + Math.max(0, act - base) * price * marginal;
        } else {
          linePay = act * price;
        }
      } else {
        // Aligned payment's fixed element for everything but elective activity.
        linePay = ct.lineValue[l] / 52;
      }
      const w = linePay * ct.withhold;
      withheld += w;
      pay += linePay - w;
      if (linePay > 0) addSpend(m, sectorOfProvider(p.type, l), linePay - w, p.type === 'isp');
    }
    if (pay > 0) {
      m.ledger.transfer(c.account, p.account, pay);
      c.balance -= pay;
      p.income += pay;
      ct.paidYtd += pay;
    }
    ct.withheldYtd += withheld;
    if (varCost > 0) {
      m.ledger.transfer(p.account, EXTERNAL, varCost);
      p.costs += varCost;
    }
    monitoring(m, ct, value);
  }

  // 3. Fixed costs of providers; commissioners' own flows.
  for (const p of m.providers) {
    if (p.status !== 'active' || p.fixedCost <= 0) continue;
    const f = p.fixedCost / 52;
    m.ledger.transfer(p.account, EXTERNAL, f);
    p.costs += f;
  }
  for (const c of m.commissioners) if (c.active) m.commissionerWeek(c);
}

function addSpend(m: Model, sector: Sector, amount: number, isp: boolean): void {
  const k = m.counters;
  if (sector === 'acute') k.spendAcute += amount;
  else if (sector === 'community') k.spendCommunity += amount;
  else if (sector === 'mental-health') k.spendMentalHealth += amount;
  else k.spendPrimary += amount;
  if (isp) k.spendIsp += amount;
}

/** Contract management on both sides: activity-based forms need more checking; transactional commissioners check more. */
function monitoring(m: Model, ct: Contract, value: number): void {
  const formFactor = ct.form === 'tariff' || ct.form === 'aligned' ? 2 : ct.form === 'capitated' ? 0.7 : 1;
  const c = m.commissioners[ct.commissioner];
  const cost = (value * m.params['contract.monitoringCost'] * formFactor * (1.5 - c.orientation)) / 52;
  if (cost <= 0) return;
  m.chargeTransaction(c.account, cost * 0.6, c, null);
  const p = m.providers[ct.provider];
  m.chargeTransaction(p.account, cost * 0.4, null, p);
}

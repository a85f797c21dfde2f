// How providers' costs, capacity and quality move between years. Input costs rise with pay and
// prices (the cost pressure); each provider plans savings to meet the efficiency factor (and
// to recover a deficit), and delivers what its skill allows, with diminishing returns and a
// non-recurrent share that helps one year only. NHS providers spend much of a surplus (staff,
// quality): their budgets are soft. Capacity is a stepped investment: growing it adds fixed
// cost, and shedding it releases only part of that cost at once.
import { LINES } from './lines';
import type { Model } from './model';
import { costDrift } from './prices';
import type { Provider } from './types';
import { LINE_COUNT, L } from './types';
import { RTT_LINES } from './waiting';

/** The margin NHS providers aim for before spending the rest of a surplus (1% of income). */
const TARGET_MARGIN = 0.01;
/** How fast recent savings stop weighing on the next (the sum decays by this each year). */
const SAVINGS_MEMORY = 0.5;

export function adaptProviders(m: Model): void {
  const { world } = m;
  const nL = LINE_COUNT;
  const want = new Float64Array(world.providers.length * nL);
  const planned = new Float64Array(world.providers.length * nL);
  for (const ct of world.contracts) {
    if (ct.state === 'ended') continue;
    const terms = ct.next ?? ct;
    for (let l = 0; l < nL; l++) {
      want[ct.provider * nL + l] += ct.weeklyReferrals[l] * 52;
      planned[ct.provider * nL + l] += terms.lineVolume[l];
    }
  }
  const clearance = m.params['contract.backlogClearance'];
  for (const p of world.providers) {
    if (p.status !== 'active') continue;
    // Patients waiting add to what planned capacity is for.
    for (const l of RTT_LINES) want[p.id * nL + l] += clearance * m.waiting.size(p.id, l);
    const util = adaptCapacity(m, p, want, planned);
    adaptCosts(m, p);
    adaptQuality(m, p, util);
  }
}

/** Capacity follows demand where it is paid for; returns the provider's mean utilisation. */
function adaptCapacity(m: Model, p: Provider, want: Float64Array, planned: Float64Array): number {
  const growth = m.params['provider.capacityGrowth'];
  const activityPaid = m.regime.payment.form !== 'block';
  const margin = p.income > 0 ? p.surplus / p.income : 0;
  const flexible = p.type === 'isp' || p.type === 'gp-federation';
  const sticky = m.params['provider.capacityStickiness'] * (flexible ? 0.2 : 1);
  let util = 0;
  let n = 0;
  for (let l = 0; l < LINE_COUNT; l++) {
    const cap = p.capacity[l];
    if (cap <= 0) continue;
    const need = want[p.id * LINE_COUNT + l];
    util += need / cap;
    n++;
    // Under activity payment money follows patients, so capacity follows demand; under a block
    // only what the commissioner plans (and pays for) is worth building. Emergencies must be
    // admitted (escalation beds, shorter stays) whatever the money.
    const target = l === L.emergency || activityPaid ? need : Math.min(need, planned[p.id * LINE_COUNT + l] * 1.05);
    const price = m.economy.prices[l] * LINES[l].fixedShare;
    if (target > cap) {
      const g = l === L.emergency ? growth : growth * (margin >= -0.01 ? 1 : 0.4);
      const extra = Math.min(g, (target - cap) / cap) * cap;
      p.capacity[l] = cap + extra;
      p.fixedCost += extra * price;
    } else if (target < 0.85 * cap) {
      // Idle capacity is shed slowly by trusts, quickly by independent providers (flexible
      // staffing); estate and overheads stay for a while, so only part of its fixed cost goes.
      const shed = (flexible ? 0.5 : 0.1) * (0.85 * cap - target);
      p.capacity[l] = cap - shed;
      p.fixedCost = Math.max(0, p.fixedCost - shed * price * (1 - sticky));
    }
  }
  return n ? util / n : 1;
}

/** Next year's unit and fixed costs: pay and prices, savings, and what a surplus is spent on. */
function adaptCosts(m: Model, p: Provider): void {
  const next = m.nextParams;
  const activityPaid = m.regime.payment.form !== 'block';
  const income = Math.max(p.income, 1);
  const underlying = p.underlying / income;
  // Savings planned: the efficiency factor and any cost pressure prices do not fund, plus part
  // of an underlying deficit to recover, grossed up for the share that will not recur.
  const unfunded = Math.max(0, next['payment.costPressure'] - next['payment.costUplift']);
  const recurrentShare = m.params['provider.savingsRecurrent'];
  const target =
    (next['payment.efficiencyFactor'] + unfunded + (underlying < 0 ? Math.min(0.03, -underlying * 0.5) : 0)) /
    Math.max(0.1, recurrentShare);
  // What can be delivered: skill, the incentive of activity payment (brief P8), profit-seekers'
  // drive, and harder the more has been saved lately; nearer that limit, each point costs more.
  const achievable =
    (m.params['provider.costEfficiency'] *
      p.savingsSkill *
      (activityPaid ? 1 : 0.7) *
      (p.profitMotive > 0.5 ? 1.2 : 1)) /
    (1 + p.savedRecently / m.params['provider.savingsDepth']);
  // A soft minimum of the target and what is achievable: near the limit each point costs more.
  const lo = Math.min(target, achievable);
  const hi = Math.max(target, achievable);
  const delivered = lo > 0 ? lo / Math.pow(1 + (lo / hi) ** 4, 0.25) : 0;
  const recurrent = delivered * recurrentShare;
  p.oneOffSavings = (delivered - recurrent) * p.costs;
  p.savedRecently = p.savedRecently * SAVINGS_MEMORY + recurrent;
  // NHS providers spend most of a surplus above a small margin on staff and quality next year.
  const nhs = p.type !== 'isp' && p.type !== 'gp-federation';
  const margin = p.surplus / income;
  const spending = nhs && margin > TARGET_MARGIN ? m.params['provider.surplusSpending'] * (margin - TARGET_MARGIN) : 0;
  const factor = costDrift(m) * (1 - recurrent) * (1 + spending);
  for (let l = 0; l < LINE_COUNT; l++) p.unitCost[l] *= factor;
  p.fixedCost *= factor;
}

/** Quality moves toward what money, pressure and motivation support. */
function adaptQuality(m: Model, p: Provider, util: number): void {
  const resp = m.params['provider.qualityResponse'];
  const margin = p.income > 0 ? p.surplus / p.income : 0;
  const goal =
    0.55 +
    0.8 * Math.max(-0.1, Math.min(0.05, margin)) -
    0.6 * Math.max(0, util - 1.02) +
    0.05 * (1 - p.profitMotive) +
    2 * m.regime.payment.withhold;
  p.quality = Math.min(0.98, Math.max(0.05, p.quality + resp * (goal - p.quality) + 0.015 * m.rng.quality.normal()));
}

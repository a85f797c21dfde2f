// Year-end finances: withheld quality payments (CQUIN) earned or kept, sanctions, activity
// above plan, provider results (underlying and reported) and the regime's response to
// distress — a bail-out (revenue support loan), or failure: special administration for an
// NHS trust (services pass to a neighbour), exit for an independent provider. Independent
// providers also walk away from contracts that lose too much (the winner's curse, as with
// UnitingCare).
import { CENTRE, EXTERNAL } from './ledger';
import { LINES } from './lines';
import type { Model } from './model';
import { contractValue } from './contract';
import { endContract } from './structure';
import { moveWaiting } from './waiting';
import type { Provider } from './types';
import { LINE_COUNT, L } from './types';
import { learnTrust } from './trust';
import { adaptProviders } from './provider-costs';
import { payCentralSupport, poolSystemResults } from './support';

const PDC_RATE = 0.035;

/**
 * The year's contracts settle: CQUIN earned or kept, sanctions, activity above plan that a
 * commissioner short of money will not pay for, independent providers walking away, and the
 * emergency baseline (fixed while a marginal rate applies, else last year's admissions).
 */
export function settleContracts(m: Model): void {
  qualityPayments(m);
  capOverPerformance(m);
  ispContractExits(m);
  const marginal = m.regime.payment.marginalEmergencyRate !== null;
  for (const ct of m.world.contracts)
    if (ct.state !== 'ended' && !marginal) ct.emergencyBaseline = ct.activityYtd[L.emergency];
}

/**
 * The year's accounts: each provider's underlying result, one-off savings and central support
 * give its reported result; system control totals pool results; distress brings a bail-out
 * or failure; commissioners carry their balance; providers adapt for next year.
 */
export function closeAccounts(m: Model): void {
  for (const p of m.world.providers) {
    if (p.status !== 'active') continue;
    // Public dividend / interest on revenue support debt.
    if (p.debt > 0) {
      const i = p.debt * PDC_RATE;
      m.ledger.transfer(p.account, CENTRE, i);
      p.costs += i;
    }
    p.underlying = p.income - p.costs;
    // Non-recurrent savings (vacancy freezes, asset sales) improve this year only.
    if (p.oneOffSavings > 0) {
      m.ledger.transfer(EXTERNAL, p.account, p.oneOffSavings);
      p.costs -= p.oneOffSavings;
    }
  }
  payCentralSupport(m);
  for (const p of m.world.providers) {
    if (p.status !== 'active') continue;
    p.surplus = p.income - p.costs;
    if (p.surplus < -0.01 * Math.max(p.income, 1) && p.income > 0) {
      m.events.record(m.tick, m.year, {
        type: 'provider.deficit',
        provider: p.id,
        value: -p.surplus,
        reason: 'costs exceeded income this year',
        detail: {
          income: Math.round(p.income),
          costs: Math.round(p.costs),
          underlying: Math.round(p.underlying),
          support: Math.round(p.support),
        },
      });
    }
  }
  poolSystemResults(m);
  for (const p of m.world.providers) p.cash = m.ledger.balance(p.account);
  for (const p of m.world.providers) if (p.status === 'active') distress(m, p);
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    c.carried = c.carried * 0.5 + c.balance; // overspends are partly written off by the centre over time
  }
  adaptProviders(m);
}

/**
 * Activity above plan, paid at tariff through the year, is partly clawed back at year end by a
 * commissioner that cannot afford it (cap and collar, activity challenges); unpaid work
 * strains the relationship.
 */
function capOverPerformance(m: Model): void {
  const cap = m.params['payment.overPerformanceCap'];
  if (cap <= 0 || m.regime.payment.form === 'block') return;
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended' || ct.form === 'capitated') continue;
    const c = m.world.commissioners[ct.commissioner];
    if (!c.active || c.balance >= 0) continue;
    let over = 0;
    for (let l = 0; l < LINE_COUNT; l++) {
      if (l === L.emergency || ct.lineVolume[l] <= 0) continue;
      const extra = ct.activityYtd[l] - ct.lineVolume[l];
      if (extra > 0) over += extra * (ct.lineValue[l] / ct.lineVolume[l]);
    }
    const unpaid = Math.min(over * cap, -c.balance, ct.paidYtd);
    const p = m.world.providers[ct.provider];
    if (unpaid < 50_000 || p.status !== 'active') continue;
    m.ledger.transfer(p.account, c.account, unpaid);
    p.income -= unpaid;
    c.balance += unpaid;
    ct.paidYtd -= unpaid;
    m.events.record(m.tick, m.year, {
      type: 'payment.capped',
      commissioner: c.id,
      provider: p.id,
      contract: ct.id,
      value: unpaid,
      reason: 'activity above plan not paid by a commissioner over budget',
      detail: { overPlan: Math.round(over) },
    });
    learnTrust(m, c.id, p.id, 0.2, 0.5);
  }
}

function qualityPayments(m: Model): void {
  const target = m.params['payment.qualityTarget'];
  const sanctions = m.params['payment.sanctionRate'];
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended') {
      ct.withheldYtd = 0;
      continue;
    }
    const c = m.world.commissioners[ct.commissioner];
    const p = m.world.providers[ct.provider];
    if (ct.withheldYtd > 0 && p.status === 'active') {
      const seen = p.quality + 0.1 * (1 - m.params['market.informationQuality']) * m.rng.finance.normal();
      // With clawback paused (2024/25 on), the withheld share is paid in full whatever the quality.
      const earned = m.regime.payment.withholdEnforced ? Math.max(0, Math.min(1, seen / target)) : 1;
      const pay = ct.withheldYtd * earned;
      if (pay > 0) {
        m.ledger.transfer(c.account, p.account, pay);
        c.balance -= pay;
        p.income += pay;
        ct.paidYtd += pay;
      }
      const kept = ct.withheldYtd - pay;
      if (kept > 100_000) {
        m.events.record(m.tick, m.year, {
          type: 'payment.withheld',
          commissioner: c.id,
          provider: p.id,
          contract: ct.id,
          value: kept,
          reason: 'quality goals (CQUIN) not met',
          detail: { earnedShare: Math.round(earned * 100) / 100 },
        });
        learnTrust(m, c.id, p.id, 0.3, 0.3);
      }
    }
    ct.withheldYtd = 0;
    if (p.status === 'active' && p.quality < target - 0.1 && m.rng.finance.chance(sanctions)) {
      const fine = 0.005 * contractValue(ct);
      if (fine > 0) {
        m.ledger.transfer(p.account, c.account, fine);
        p.costs += fine;
        c.balance += fine;
        m.events.record(m.tick, m.year, {
          type: 'payment.sanction',
          commissioner: c.id,
          provider: p.id,
          contract: ct.id,
          value: fine,
          reason: 'contract sanctions for poor performance',
          detail: {},
        });
        learnTrust(m, c.id, p.id, 0.2, 0.4);
      }
    }
  }
}

function ispContractExits(m: Model): void {
  const threshold = m.params['failure.ispExitThreshold'];
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended') continue;
    const p = m.world.providers[ct.provider];
    if (p.status !== 'active' || p.type !== 'isp' || ct.paidYtd <= 0 || p.income <= 0) continue;
    const costShare = p.costs * (ct.paidYtd / p.income);
    const loss = (costShare - ct.paidYtd) / ct.paidYtd;
    if (loss > threshold) {
      const ev = m.events.record(m.tick, m.year, {
        type: 'contract.collapsed',
        commissioner: ct.commissioner,
        provider: p.id,
        contract: ct.id,
        value: costShare - ct.paidYtd,
        reason: 'independent provider walked away from a loss-making contract',
        detail: { lossShare: Math.round(loss * 100) / 100 },
      });
      handBack(m, p, ct.commissioner, ct.id, ev);
      learnTrust(m, ct.commissioner, p.id, 0, 1);
    }
  }
}

/** Passes a contract's services to the area's NHS provider of the right type (or any). */
function handBack(m: Model, from: Provider, commissioner: number, contractId: number, cause: number): void {
  const ct = m.world.contracts[contractId];
  for (let l = 0; l < LINE_COUNT; l++) {
    if (ct.lineVolume[l] <= 0 && ct.lineValue[l] <= 0) continue;
    const to = successorFor(m, from, l);
    if (!to) continue;
    let k = m.world.contractBetween(commissioner, to.id);
    if (!k) k = m.world.newContract(commissioner, to.id, m.regime.payment.form, m.year, m.year + 1);
    m.world.adjustLine(k, l, ct.lineValue[l], ct.lineVolume[l]);
    moveWaiting(m.waiting, ct, k, l);
    // Staff and estate come with the service: its capacity and share of fixed cost move too.
    const moved = Math.min(from.capacity[l], ct.lineVolume[l]);
    m.economy.takeOnService(to, l, moved);
    from.capacity[l] -= moved;
    from.fixedCost = Math.max(0, from.fixedCost - moved * m.economy.prices[l] * LINES[l].fixedShare);
  }
  endContract(m, ct, 'services handed back', cause);
}

function successorFor(m: Model, from: Provider, line: number): Provider | undefined {
  const candidates = m.world.providers.filter(
    (p) => p.id !== from.id && p.status === 'active' && p.area === from.area && p.type !== 'isp',
  );
  const pref = LINES[line].deliverers;
  candidates.sort((a, b) => {
    const ra = pref.indexOf(a.type) < 0 ? 99 : pref.indexOf(a.type);
    const rb = pref.indexOf(b.type) < 0 ? 99 : pref.indexOf(b.type);
    return ra - rb || b.capacity[line] - a.capacity[line] || a.id - b.id;
  });
  return candidates[0];
}

function distress(m: Model, p: Provider): void {
  const turnover = Math.max(p.income, 1);
  if (p.cash >= -m.params['failure.distressThreshold'] * turnover) return;
  const nhs = p.type !== 'isp' && p.type !== 'gp-federation';
  // What the decision weighed, for "why?": the cash shortfall against the distress threshold, and
  // the regime's policy (the chance the centre bails out an NHS trust; none for others).
  const weighed = {
    deficit: Math.round(-p.surplus),
    cash: Math.round(p.cash),
    threshold: Math.round(-m.params['failure.distressThreshold'] * turnover),
    bailoutPolicy: nhs ? m.regime.failure.bailoutProbability : 0,
    regime: m.regime.id,
  };
  // An NHS trust's player may decline to ask for support (the draw then never happens).
  const asks =
    !nhs ||
    !m.decisions.holds(p.code) ||
    m.decisions.ask(m.tick, 'support.ask', p.code, p.code, {
      facts: weighed,
      options: [
        { value: 'ask', label: 'Ask the centre for revenue support (a loan to repay later)' },
        { value: 'decline', label: 'Do not ask: face special administration' },
      ],
      suggestion: 'ask',
    }) === 'ask';
  if (nhs && asks && m.rng.finance.chance(m.regime.failure.bailoutProbability)) {
    const amount = -p.cash + 0.01 * turnover;
    m.ledger.transfer(CENTRE, p.account, amount);
    p.debt += amount;
    p.bailouts++;
    p.cash += amount;
    m.counters.bailouts++;
    m.counters.bailoutValue += amount;
    m.events.record(m.tick, m.year, {
      type: 'provider.bailout',
      provider: p.id,
      value: amount,
      reason: 'revenue support loan to cover a cash deficit',
      detail: weighed,
    });
    return;
  }
  // Failure: special administration for an NHS trust, market exit for others.
  const ev = m.events.record(m.tick, m.year, {
    type: nhs ? 'provider.failed' : 'provider.exited',
    provider: p.id,
    value: -p.cash,
    reason: nhs ? 'trust special administration' : 'insolvent: left the market',
    detail: weighed,
  });
  m.counters.failures++;
  for (const ct of m.world.contracts)
    if (ct.provider === p.id && ct.state !== 'ended') handBack(m, p, ct.commissioner, ct.id, ev);
  // Whatever capacity is left passes to the successor; the debt is written off by the centre.
  const heir = successorFor(m, p, 0);
  if (heir) {
    for (let l = 0; l < LINE_COUNT; l++) {
      if (p.capacity[l] > 0 && heir.capacity[l] <= 0) heir.unitCost[l] = p.unitCost[l];
      heir.capacity[l] += p.capacity[l];
      p.capacity[l] = 0;
    }
    heir.fixedCost += p.fixedCost * 0.8;
  }
  const cash = m.ledger.balance(p.account);
  m.ledger.transfer(p.account, CENTRE, cash); // the centre absorbs the residual position
  p.cash = 0;
  p.debt = 0;
  p.fixedCost = 0;
  m.world.retireProvider(p, nhs ? 'failed' : 'exited', heir?.id ?? null);
}

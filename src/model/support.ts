// Central support for NHS providers and the control totals it comes with. Each NHS trust has an
// underlying result (income less costs) and a reported one (after central support and one-off
// savings). Conditional support (STF, PSF, FRF) is paid to trusts that meet their control
// total and forfeited by those that went to arbitration; deficit support pays towards
// deficits whatever the control totals; loans (revenue support) are cash, not income, and may
// be written off. Under system control totals a share of each area's results is pooled.
import { CENTRE } from './ledger';
import type { Model } from './model';
import type { Provider } from './types';

export function isNhsTrust(p: Provider): boolean {
  return p.type === 'acute' || p.type === 'community' || p.type === 'mental-health';
}

/**
 * April: control totals for the year where the rules set them. A trust in underlying deficit
 * must recover part of it; one in balance must stay there.
 */
export function setControlTotals(m: Model): void {
  const on = m.regime.finance.controlTotals !== 'none';
  const recover = m.params['finance.controlTotalRecovery'];
  for (const p of m.world.providers) {
    p.support = 0;
    p.arbitrated = false;
    p.controlTotal = on && p.status === 'active' && isNhsTrust(p) ? Math.min(0, p.underlying * (1 - recover)) : null;
  }
}

/** March: central support for the year, paid into trusts' accounts before their results are reported. */
export function payCentralSupport(m: Model): void {
  const trusts = m.world.providers.filter((p) => p.status === 'active' && isNhsTrust(p) && p.income > 0);
  if (!trusts.length) return;
  // National money in shares of national funding, so the run gets its share of it.
  const funding = m.counters.allocation;
  const conditional = m.params['support.conditional'] * funding;
  const deficit = m.params['support.deficit'] * funding;
  if (conditional > 0 && m.regime.finance.controlTotals !== 'none') {
    const income = trusts.reduce((s, p) => s + p.income, 0);
    const slack = m.params['finance.controlTotalSlack'];
    for (const p of trusts) {
      if (p.arbitrated) continue;
      // Full support on meeting the control total, tapering to none a little below it.
      const ct = p.controlTotal ?? 0;
      const met = Math.max(0, Math.min(1, 1 + (p.underlying - ct) / (slack * p.income)));
      pay(m, p, conditional * (p.income / income) * met);
    }
  }
  if (deficit > 0) {
    const inDeficit = trusts.filter((p) => p.underlying < 0);
    const total = inDeficit.reduce((s, p) => s - p.underlying, 0);
    const share = total > 0 ? Math.min(1, deficit / total) : 0;
    for (const p of inDeficit) pay(m, p, -p.underlying * share);
  }
}

function pay(m: Model, p: Provider, amount: number): void {
  if (!(amount > 0)) return;
  m.ledger.transfer(CENTRE, p.account, amount);
  p.income += amount;
  p.support += amount;
  m.counters.centralSupport += amount;
}

/** System control totals: a share of each area's trust results is pooled, so one's loss is all of theirs. */
export function poolSystemResults(m: Model): void {
  const share = m.regime.finance.controlTotals === 'system' ? m.regime.collaboration.systemPooling : 0;
  if (share <= 0) return;
  for (const area of m.world.providersByArea()) {
    const ps = area.filter((p) => isNhsTrust(p) && p.income > 0);
    if (ps.length < 2) continue;
    const pool = ps.reduce((s, p) => s + share * p.surplus, 0);
    const income = ps.reduce((s, p) => s + p.income, 0);
    for (const p of ps) {
      const net = (p.income / income) * pool - share * p.surplus;
      m.ledger.transfer(CENTRE, p.account, net);
      p.income += net;
      p.surplus += net;
    }
  }
}

/** Revenue support loans converted to public dividend capital (a reform or a dated decision). */
export function writeOffDebt(m: Model, reason: string, cause: number | null): void {
  let total = 0;
  for (const p of m.world.providers) {
    if (p.debt > 0) {
      total += p.debt;
      p.debt = 0;
    }
  }
  if (total > 0) m.events.record(m.tick, m.year, { type: 'debt.written-off', value: total, cause, reason });
}

// Real-terms price and cost drift between years (all money is in the timeline's anchor-year
// prices). National prices and block uplifts move by the cost uplift less the efficiency
// factor; providers' input costs by the cost pressure, which runs above the uplift in years
// when pay or inflation outran what prices funded. Both are next year's: the tariff and the
// uplift are published before the contracting round that uses them. Setting them, the centre
// keeps planned activity affordable within the settlement: when commissioners' budgets run
// ahead of what next year's activity would cost, prices rise towards them, and the reverse.
import type { Model } from './model';
import { contractBudget, plannedSpend } from './negotiation';

/** Multiplier on national prices from this year to the next: as set at planning, else as the record has it. */
export function priceDrift(m: Model): number {
  return m.economy.nextPriceDrift ?? recordedDrift(m);
}

/** Next year's cost uplift less its efficiency factor, as the timeline (or the scenario) has them. */
export function recordedDrift(m: Model): number {
  const next = m.nextParams;
  return (1 + next['payment.costUplift']) * (1 - next['payment.efficiencyFactor']);
}

/**
 * Multiplier on a provider's unit costs from this year to the next, before its own savings:
 * the recorded cost pressure, and the same affordability adjustment as prices (pay awards and
 * staffing follow the settlement as the tariff does).
 */
export function costDrift(m: Model): number {
  return (1 + m.nextParams['payment.costPressure']) * m.economy.nextSettlement;
}

/**
 * At planning time (October) the centre sets next year's national prices and block uplift: the
 * recorded uplift less efficiency, moved by a share of the gap between commissioners' contract
 * budgets and what next year's planned activity would cost (at most 5% either way).
 */
export function setNextPrices(m: Model): void {
  const base = recordedDrift(m);
  let budget = 0;
  let planned = 0;
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    budget += contractBudget(m, c.id);
    planned += plannedSpend(m, c.id, base);
  }
  const gap = planned > 0 ? budget / planned - 1 : 0;
  const k = m.params['payment.priceAffordability'];
  m.economy.nextSettlement = 1 + Math.max(-0.05, Math.min(0.05, k * gap));
  m.economy.nextPriceDrift = base * m.economy.nextSettlement;
}

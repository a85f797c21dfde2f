// Real-terms price and cost drift between years (all money is in the timeline's anchor-year
// prices). National prices and block uplifts move by the cost uplift less the efficiency
// factor; providers' input costs by the cost pressure, which runs above the uplift in years
// when pay or inflation outran what prices funded. Both are next year's: the tariff and the
// uplift are published before the contracting round that uses them. Setting them, the centre
// keeps planned activity affordable within the settlement: when commissioners' budgets run
// ahead of what next year's activity would cost, prices rise towards them, and the reverse.
import type { Model } from './model';

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
 * the recorded cost pressure, and part of the affordability adjustment prices get (pay awards
 * and staffing follow the settlement, but only partly: a squeeze cuts prices faster than costs).
 */
export function costDrift(m: Model): number {
  const follow = m.params['payment.costsFollowSettlement'];
  return (1 + m.nextParams['payment.costPressure']) * (1 + follow * (m.economy.nextSettlement - 1));
}

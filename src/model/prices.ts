// Real-terms price and cost drift between years (all money is in the timeline's anchor-year
// prices). National prices and block uplifts move by the cost uplift less the efficiency
// factor; providers' input costs by the cost pressure, which runs above the uplift in years
// when pay or inflation outran what prices funded. Both are next year's: the tariff and the
// uplift are published before the contracting round that uses them.
import type { Model } from './model';

/** Multiplier on national prices from this year to the next. */
export function priceDrift(m: Model): number {
  const next = m.nextParams;
  return (1 + next['payment.costUplift']) * (1 - next['payment.efficiencyFactor']);
}

/** Multiplier on a provider's unit costs from this year to the next, before its own savings. */
export function costDrift(m: Model): number {
  return 1 + m.nextParams['payment.costPressure'];
}

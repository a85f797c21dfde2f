// Real-terms price and cost drift between years. Providers' input costs per unit rise in real
// terms (pay drift, drugs, technology: "NHS-specific inflation"); tariff prices and block
// uplifts follow that pressure less the efficiency factor they demand; providers claw back
// efficiency of their own (faster under activity-based payment).
import type { Model } from './model';

/** Multiplier on tariff prices from this year to the next. */
export function priceDrift(m: Model): number {
  return (1 + m.params['payment.costPressure']) * (1 - m.params['payment.efficiencyFactor']);
}

/** Multiplier on a provider's unit costs from this year to the next, before its own efficiency. */
export function costDrift(m: Model): number {
  return 1 + m.params['payment.costPressure'];
}

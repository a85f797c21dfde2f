// Setting next year's national prices (the tariff and block uplifts) at planning time.
import type { Model } from './model';
import { contractBudget, plannedSpend } from './negotiation';
import { recordedDrift } from './prices';

/**
 * At planning time (October) the centre sets next year's national prices and block uplift: the
 * recorded uplift less efficiency, moved by a share of the gap between commissioners' contract
 * budgets and what next year's planned activity would cost (at most 5% down). Upward, only out
 * of real growth beyond the efficiency ask: a generous settlement reaches providers' prices,
 * but in lean years the efficiency factor stays in force (the spare money buys activity, not
 * dearer prices).
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
  const room = m.nextParams['funding.allocationGrowth'] - m.nextParams['payment.efficiencyFactor'];
  const up = Math.max(0, Math.min(0.05, room));
  m.economy.nextSettlement = 1 + Math.max(-0.05, Math.min(up, k * gap));
  m.economy.nextPriceDrift = base * m.economy.nextSettlement;
}

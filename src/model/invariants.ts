// Checks that must hold after every tick: money is conserved, every live contract joins one
// live commissioner and one live provider, and no state is NaN or negative where it cannot be.
import type { Model } from './model';
import { LINE_COUNT } from './types';

export function checkInvariants(m: Model): string[] {
  const errs: string[] = [];
  const total = m.ledger.total();
  if (!(Math.abs(total) <= 1e-7 * m.ledger.scale())) errs.push(`money not conserved: ledger sums to ${total}`);
  for (const p of m.world.providers) {
    for (let l = 0; l < LINE_COUNT; l++) {
      if (!(p.capacity[l] >= 0)) errs.push(`${p.code} capacity[${l}] = ${p.capacity[l]}`);
      if (!(p.unitCost[l] >= 0)) errs.push(`${p.code} unitCost[${l}] = ${p.unitCost[l]}`);
    }
    if (!(p.quality >= 0 && p.quality <= 1)) errs.push(`${p.code} quality = ${p.quality}`);
    if (!Number.isFinite(p.income) || !Number.isFinite(p.costs) || !(p.fixedCost >= 0) || !(p.debt >= 0))
      errs.push(`${p.code} finances not finite or negative`);
    if (p.status !== 'active' && Math.abs(m.ledger.balance(p.account)) > 1)
      errs.push(`${p.code} left the market holding cash`);
  }
  for (const c of m.world.commissioners) {
    if (!Number.isFinite(c.balance) || !Number.isFinite(c.allocation) || !(c.orientation >= 0 && c.orientation <= 1))
      errs.push(`${c.code} state not finite`);
  }
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended') continue;
    const c = m.world.commissioners[ct.commissioner];
    const p = m.world.providers[ct.provider];
    if (!c || !c.active) errs.push(`contract ${ct.id} has no live commissioner`);
    if (!p || p.status !== 'active') errs.push(`contract ${ct.id} has no live provider`);
    for (let l = 0; l < LINE_COUNT; l++) {
      if (!(ct.lineValue[l] >= -1e-6) || !(ct.lineVolume[l] >= -1e-6))
        errs.push(`contract ${ct.id} line ${l} negative or NaN`);
    }
  }
  for (const r of m.world.relationships())
    if (!(r.trust >= 0 && r.trust <= 1)) errs.push(`trust ${r.commissioner}-${r.provider} = ${r.trust}`);
  for (let i = 0; i < m.economy.practiceDemand.length; i++)
    if (!(m.economy.practiceDemand[i] >= 0)) {
      errs.push(`practice demand ${i} = ${m.economy.practiceDemand[i]}`);
      break;
    }
  return errs;
}

// Central support for NHS providers: revenue support loans and their write-off.
import type { Model } from './model';

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

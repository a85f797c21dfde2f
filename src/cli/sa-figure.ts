// The title of a sensitivity analysis's figure: what was varied, on what, and how.
import type { Summary } from '../engine/aggregate';
import { rangeText } from '../engine/aggregate';
import type { SaSettings } from '../engine/sa-plan';

export function figureTitle(s: SaSettings, outputs: readonly Summary[], label: string, runs: number): string {
  const o = outputs[0];
  const years = o.years ? ` over ${rangeText(o.years)}` : '';
  const design =
    s.method === 'morris'
      ? `Morris, r = ${s.trajectories} of ${s.candidates}, p = ${s.levels}`
      : `Sobol' (Saltelli/Jansen), N = ${s.samples}`;
  return `${design}; ${label}; ${o.stat}${years}; ${runs} run${runs === 1 ? '' : 's'} a point`;
}

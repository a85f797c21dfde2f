// The address carries the run (?scenario=ccg-2013&scale=england&seed=4) so a link can be
// shared. Bad values are named in a message and replaced by the defaults.
import { isScaleId, SCALE_IDS, MAX_SEED, MAX_YEARS, type ScaleId } from '../model/index';

export interface RunAddress {
  scenario: string;
  scale: ScaleId | null;
  seed: number | null;
  /** Optional run length in years (overrides the preset's). */
  years: number | null;
  /** Testing hooks: `debug=worker-error` crashes the worker after the first frame. */
  debug: string | null;
}

export const DEFAULT_SCENARIO = 'icb-2022';
export const DEFAULT_SCALE: ScaleId = 'local';

export function readAddress(search: string, presets: readonly string[]): { address: RunAddress; problems: string[] } {
  const q = new URLSearchParams(search);
  const problems: string[] = [];
  let scenario = q.get('scenario') ?? DEFAULT_SCENARIO;
  if (!presets.includes(scenario)) {
    problems.push(
      `Unknown scenario "${scenario}" in the address; expected one of ${presets.join(', ')}. Showing ${DEFAULT_SCENARIO}.`,
    );
    scenario = DEFAULT_SCENARIO;
  }
  let scale: ScaleId | null = null;
  const s = q.get('scale');
  if (s !== null) {
    if (isScaleId(s)) scale = s;
    else
      problems.push(
        `Unknown scale "${s}" in the address; expected one of ${SCALE_IDS.join(', ')}. Using ${DEFAULT_SCALE}.`,
      );
  }
  let seed: number | null = null;
  const sd = q.get('seed');
  if (sd !== null) {
    const n = Number(sd);
    if (sd.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= MAX_SEED) seed = n;
    else
      problems.push(
        `Bad seed "${sd}" in the address; expected a whole number from 0 to ${MAX_SEED}. Using the scenario's seed.`,
      );
  }
  let years: number | null = null;
  const y = q.get('years');
  if (y !== null) {
    const n = Number(y);
    if (y.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= MAX_YEARS) years = n;
    else
      problems.push(
        `Bad years "${y}" in the address; expected a whole number from 1 to ${MAX_YEARS}. Using the scenario's length.`,
      );
  }
  return { address: { scenario, scale, seed, years, debug: q.get('debug') }, problems };
}

/** Updates the address bar to the run being shown (no reload, no history entry). */
export function writeAddress(run: { scenario: string; scale: ScaleId; seed: number; years?: number }): void {
  const q = new URLSearchParams(location.search);
  q.set('scenario', run.scenario);
  q.set('scale', run.scale);
  q.set('seed', String(run.seed));
  if (run.years !== undefined) q.set('years', String(run.years));
  else q.delete('years');
  q.delete('debug');
  history.replaceState(null, '', `${location.pathname}?${q.toString()}${location.hash}`);
}

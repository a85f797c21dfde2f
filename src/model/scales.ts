// The three scales. England has 42 areas (ICS footprints); a region is 7 of them; local is one
// health economy of about 1.2m people. Organisation counts come from the regime's England counts.
import type { Regime } from './regimes';

export const SCALE_IDS = ['local', 'region', 'england'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export const ENGLAND_AREAS = 42;

export interface ScaleSpec {
  id: ScaleId;
  label: string;
  areas: number;
  /** Population of the whole scale, given the regime's England population. */
  population(r: Regime): number;
}

export const SCALES: Record<ScaleId, ScaleSpec> = {
  local: { id: 'local', label: 'Local health economy (~1.2m people)', areas: 1, population: () => 1_200_000 },
  region: {
    id: 'region',
    label: 'Region (7 areas, ~9m people)',
    areas: 7,
    population: (r) => Math.round((r.england.population * 7) / ENGLAND_AREAS),
  },
  england: {
    id: 'england',
    label: 'England (42 areas)',
    areas: ENGLAND_AREAS,
    population: (r) => r.england.population,
  },
};

export function isScaleId(x: unknown): x is ScaleId {
  return typeof x === 'string' && (SCALE_IDS as readonly string[]).includes(x);
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0 && k < order.length; k++, left--) out[order[k][1]]++;
  return out;
}

/** Count of an organisation type at a scale: England's count shared by population. */
export function scaledCount(englandCount: number, scalePopulation: number, englandPopulation: number, min = 1): number {
  return Math.max(min, Math.round((englandCount * scalePopulation) / englandPopulation));
}

// The three scales, and the areas of a run. England is the 42 real ICB footprints with their
// regions and populations; a region is a real NHS region's footprints (or, unanchored, seven
// fictional areas); local is one footprint (or, unanchored, a fictional health economy of
// about 1.2m people). Organisation counts come from the regime's England counts, shared by
// population; the organisations themselves stay fictional.
import { FOOTPRINTS, footprintByCode, regionOf, type Footprint } from './england/footprints';

export const SCALE_IDS = ['local', 'region', 'england'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export const ENGLAND_AREAS = FOOTPRINTS.length;

export interface ScaleSpec {
  id: ScaleId;
  label: string;
}

export const SCALES: Record<ScaleId, ScaleSpec> = {
  local: { id: 'local', label: 'Local health economy: one ICB footprint, or a fictional one of ~1.2m people' },
  region: { id: 'region', label: 'Region: an NHS region’s footprints, or seven fictional areas' },
  england: { id: 'england', label: 'England: the 42 ICB footprints' },
};

export function isScaleId(x: unknown): x is ScaleId {
  return typeof x === 'string' && (SCALE_IDS as readonly string[]).includes(x);
}

/** Population of the unanchored local health economy (brief §1.1: a workshop economy of 1–1.5m). */
export const LOCAL_POPULATION = 1_200_000;
/** Areas in an unanchored region. */
export const FICTIONAL_REGION_AREAS = 7;

/** The real footprints a run is made of, or null for fictional areas. */
export function footprintsOf(scale: ScaleId, area: string | undefined): readonly Footprint[] | null {
  if (scale === 'england') return FOOTPRINTS;
  if (area === undefined) return null;
  if (scale === 'local') {
    const f = footprintByCode(area);
    return f ? [f] : null;
  }
  const region = footprintByCode(area)?.regionCode ?? regionOf(area)?.code ?? null;
  return region ? FOOTPRINTS.filter((f) => f.regionCode === region) : null;
}

/** Registered population of all footprints in the data (their 2024/25 projection). */
const FOOTPRINTS_POPULATION = FOOTPRINTS.reduce((s, f) => s + f.population, 0);

/**
 * Population of a run at its start, given England's registered population that year: real
 * footprints take their share of England; fictional areas the fixed sizes above.
 */
export function scalePopulation(scale: ScaleId, area: string | undefined, england: number): number {
  const real = footprintsOf(scale, area);
  if (real) return Math.round((england * real.reduce((s, f) => s + f.population, 0)) / FOOTPRINTS_POPULATION);
  return scale === 'local' ? LOCAL_POPULATION : Math.round((england * FICTIONAL_REGION_AREAS) / ENGLAND_AREAS);
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
export function scaledCount(englandCount: number, share: number, min = 1): number {
  return Math.max(min, Math.round(englandCount * share));
}

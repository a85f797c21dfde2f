// England's 42 Integrated Care Board footprints as the model sees them: real names, regions,
// populations and counts (the organisations inside stay fictional). Baked from public ONS and
// NHS England data by scripts/gen-england.ts; see README.md here for sources and caveats.
import data from './footprints.json';

export const REGION_CODES = ['Y56', 'Y58', 'Y59', 'Y60', 'Y61', 'Y62', 'Y63'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export interface Region {
  /** NHS England region (ODS code). */
  code: RegionCode;
  name: string;
  /** ONS code of the region (E400000xx). */
  ons: string;
}

export interface Footprint {
  /** ODS code of the ICB (e.g. QOP), the footprint's key. */
  code: string;
  /** ONS GSS code (E54…). */
  gss: string;
  name: string;
  /** The name without "NHS" and "Integrated Care Board". */
  shortName: string;
  /** Name of the NHS England region. */
  region: string;
  regionCode: RegionCode;
  /** Registered-list population projected by NHS England for 2024/25 allocations. */
  population: number;
  /** Census 2021 usual residents. */
  residents2021: number;
  /** GP practices with a list in Nov 2021–Oct 2022. */
  practices2022: number;
  /** Open NHS trusts with their headquarters inside the footprint (February 2022). */
  trusts2022: number;
  /** Sub-ICB locations (April 2024), the successors of CCGs. */
  subIcbLocations: number;
  areaKm2: number;
  /** Population-weighted centre in map units (km east and south of 52.5°N 1.5°W). */
  centre: readonly [number, number];
}

// The JSON's inferred types are looser (string, number[]); narrowing them here, once, means a
// regenerated file with an unknown region or a malformed centre fails on import, not later.
function regionCode(code: string): RegionCode {
  const known = REGION_CODES.find((c) => c === code);
  if (!known) throw new Error(`footprints.json: unknown NHS England region ${code}`);
  return known;
}

/** The 42 footprints, sorted by code. */
export const FOOTPRINTS: readonly Footprint[] = data.footprints.map((f) => {
  if (f.centre.length !== 2) throw new Error(`footprints.json: ${f.code} has a malformed centre`);
  return { ...f, regionCode: regionCode(f.regionCode), centre: [f.centre[0], f.centre[1]] as const };
});
/** The 7 NHS England regions, sorted by code. */
export const REGIONS: readonly Region[] = data.regions.map((r) => ({ ...r, code: regionCode(r.code) }));
/** Attribution the data's licence (OGL v3.0) asks to be shown with it. */
export const FOOTPRINT_ATTRIBUTION: readonly string[] = data.attribution;

const byCode = new Map(FOOTPRINTS.map((f) => [f.code, f]));
const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));

export function footprintByCode(code: string): Footprint | undefined {
  return byCode.get(code);
}

/** The region a footprint belongs to. */
export function regionOf(code: string): Region | undefined {
  const f = byCode.get(code);
  return f && regionByCode.get(f.regionCode);
}

// The England map as a run sees it: which footprints its areas are, the map the renderer
// draws under them (in the catalogue) and the footprints' boundaries in world units that the
// layout fills. A run of fictional areas has none of these.
import type { AreaInfo, Geography } from './api';
import { WORLD_PER_KM, type FootprintFrame } from './area-placement';
import { englandMap, mapFootprint } from './geo/england';
import type { MultiPolygon } from './geo/types';
import { footprintByCode, regionOf } from '../model/england/footprints';

/** What the catalogue says of each area: its name and, for a real footprint, its codes and region. */
export function areaInfo(areas: readonly { name: string; code: string | null }[]): AreaInfo[] {
  return areas.map((a, index) => {
    const region = a.code ? regionOf(a.code) : undefined;
    return { index, name: a.name, code: a.code, region: region?.name ?? null, regionCode: region?.code ?? null };
  });
}

/**
 * The map for a run whose areas are real footprints (every one of them), or null. `anchor` is
 * the scenario's `area`: a footprint code there is the one the view opens centred on.
 */
export function geographyOf(codes: readonly (string | null)[], anchor: string | undefined): Geography | null {
  if (codes.length === 0 || !codes.every((c) => c !== null && mapFootprint(c))) return null;
  return {
    map: englandMap(),
    worldPerKm: WORLD_PER_KM,
    footprints: codes as string[],
    anchor: anchor !== undefined && footprintByCode(anchor) ? anchor : null,
  };
}

const framed = new Map<string, FootprintFrame>();

/** The footprints' boundaries and origins in world units, for the layout (null: some area is fictional). */
export function footprintFrames(codes: readonly (string | null)[]): FootprintFrame[] | null {
  const out: FootprintFrame[] = [];
  for (const code of codes) {
    const f = code === null ? undefined : mapFootprint(code);
    if (!f) return null;
    let frame = framed.get(f.code);
    if (!frame) {
      const shape: MultiPolygon = f.shape.map((poly) => poly.map((ring) => ring.map((v) => v * WORLD_PER_KM)));
      frame = { shape, origin: [f.label[0] * WORLD_PER_KM, f.label[1] * WORLD_PER_KM] };
      framed.set(f.code, frame);
    }
    out.push(frame);
  }
  return out;
}

// The England map, baked by scripts/gen-england.ts: the outline, the 42 footprints' boundaries,
// label points and (derived here, once) the inland borders. This is what the engine sends to
// the renderer in the catalogue and what the layout places organisations into.
import data from './england-map.json';
import { deriveBorders } from './borders';
import type { EnglandMap, EnglandMapData, MapFootprint } from './types';

/** The generated data; JSON infers number[] where the type says a tuple (test/engine/geo.test.ts checks the shapes). */
export const ENGLAND_MAP_DATA = data as EnglandMapData;

let cached: EnglandMap | null = null;

/** The map with its borders; built on first use and shared (treat it as read-only). */
export function englandMap(): EnglandMap {
  cached ??= { ...ENGLAND_MAP_DATA, borders: deriveBorders(ENGLAND_MAP_DATA.footprints) };
  return cached;
}

const byCode = new Map(ENGLAND_MAP_DATA.footprints.map((f) => [f.code, f]));

/** A footprint's shape, box and label point by its ODS code (the model's footprint code). */
export function mapFootprint(code: string): MapFootprint | undefined {
  return byCode.get(code);
}

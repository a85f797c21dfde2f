// Where a layout's areas go. Each area is laid out on a disc of its own (layout.ts); here the
// discs are put in place: fictional areas packed on a grid, real ICB footprints carried into
// their boundaries on the England map, at WORLD_PER_KM world units to the kilometre.
import { radialPlace } from './geo/place';
import type { MultiPolygon, Point } from './geo/types';

/**
 * World units per kilometre of the England map. The grid layout of the 42 areas spanned about
 * 6,100 × 6,800 world units; England is 567 × 644 km, so at 10 the map keeps the network's
 * scale: node sizes, spacing and the renderer's zoom thresholds mean what they meant.
 */
export const WORLD_PER_KM = 10;

/** A real footprint as the layout fills it (world units). */
export interface FootprintFrame {
  shape: MultiPolygon;
  /** Where the area's centre goes: a point inside with room around it (the footprint's label point). */
  origin: Point;
}

/**
 * Fictional areas packed in rows (in area order), each row as tall as its largest area, so small
 * areas do not sit in cells sized for the largest. Rows aim at a landscape aspect.
 */
export function gridAreas(
  areaLocal: { r: number }[],
  areaX: Float32Array,
  areaY: Float32Array,
  areaR: Float32Array,
): void {
  const gap = 50;
  const diam = areaLocal.map((a) => 2 * a.r + gap);
  const rowWidth = Math.max(Math.max(...diam), Math.sqrt(diam.reduce((t, d) => t + d * d, 0) * 1.6));
  const rows: number[][] = [[]];
  let used = 0;
  areaLocal.forEach((_, k) => {
    if (used + diam[k] > rowWidth && rows[rows.length - 1].length) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(k);
    used += diam[k];
  });
  let top = 0;
  for (const row of rows) {
    const h = Math.max(...row.map((k) => diam[k]));
    const w = row.reduce((t, k) => t + diam[k], 0);
    let left = (rowWidth - w) / 2;
    for (const k of row) {
      areaX[k] = left + diam[k] / 2;
      areaY[k] = top + h / 2;
      areaR[k] = areaLocal[k].r;
      left += diam[k];
    }
    top += h;
  }
}

/**
 * Real footprints: each area's disc is carried into its boundary around the footprint's
 * origin (radialPlace), so its organisations fill the footprint, keep their arrangement and
 * never cross the border; a footprint with more organisations than room packs them closer.
 */
export function placeOnMap(
  footprints: readonly FootprintFrame[],
  areaLocal: { r: number }[],
  home: Int32Array,
  lx: Float64Array,
  ly: Float64Array,
  x: Float32Array,
  y: Float32Array,
  areaX: Float32Array,
  areaY: Float32Array,
  areaR: Float32Array,
): void {
  const members: number[][] = areaLocal.map(() => []);
  for (let i = 0; i < home.length; i++) if (home[i] >= 0) members[home[i]].push(i);
  members.forEach((idx, a) => {
    const f = footprints[a];
    areaX[a] = f.origin[0];
    areaY[a] = f.origin[1];
    areaR[a] = areaLocal[a].r;
    if (idx.length === 0) return;
    const p = radialPlace(
      f.shape,
      f.origin,
      areaLocal[a].r,
      idx.map((i) => lx[i]),
      idx.map((i) => ly[i]),
    );
    idx.forEach((i, k) => {
      x[i] = p.x[k];
      y[i] = p.y[k];
    });
  });
}

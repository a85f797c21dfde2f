// Boxes the view fits and flies to, in world units: the whole network (on the map, the run's
// footprints whole, centred on the one the run is anchored on), one area, and each area's
// centre. Computed from the frame's target positions and the catalogue's geography.
import type { Catalogue, Frame, Geography, MapFootprint } from '../engine/api';

/** [x0, y0, x1, y1] in world units. */
export type Box = [number, number, number, number];

const empty = (): Box => [Infinity, Infinity, -Infinity, -Infinity];

function grow(box: Box, b: readonly number[]): void {
  box[0] = Math.min(box[0], b[0]);
  box[1] = Math.min(box[1], b[1]);
  box[2] = Math.max(box[2], b[2]);
  box[3] = Math.max(box[3], b[3]);
}

/** The box of the drawn nodes (target positions) that pass `keep`. */
function nodesBox(f: Frame, keep: (i: number) => boolean): Box {
  const box = empty();
  for (let i = 0; i < f.nodeCount; i++) {
    if (f.nodeSize[i] <= 0 || !keep(i)) continue;
    grow(box, [f.nodeX[i], f.nodeY[i], f.nodeX[i], f.nodeY[i]]);
  }
  return box;
}

function footprintOf(geo: Geography, code: string): MapFootprint | undefined {
  return geo.map.footprints.find((f) => f.code === code);
}

/** A footprint's box in world units (empty for an unknown code). */
function footprintBox(geo: Geography, code: string): Box {
  const f = footprintOf(geo, code);
  return f ? (f.bbox.map((v) => v * geo.worldPerKm) as Box) : empty();
}

/** What a fit shows: every node, the run's footprints whole, centred on the anchor's label point. Null: nothing drawn. */
export function networkBox(cat: Catalogue, f: Frame): Box | null {
  const box = nodesBox(f, () => true);
  const geo = cat.geography;
  if (geo) {
    for (const code of geo.footprints) grow(box, footprintBox(geo, code));
    const anchor = geo.anchor === null ? undefined : footprintOf(geo, geo.anchor);
    if (anchor && box[0] !== Infinity) {
      const cx = anchor.label[0] * geo.worldPerKm,
        cy = anchor.label[1] * geo.worldPerKm;
      const hw = Math.max(cx - box[0], box[2] - cx),
        hh = Math.max(cy - box[1], box[3] - cy);
      return [cx - hw, cy - hh, cx + hw, cy + hh];
    }
  }
  return box[0] === Infinity ? null : box;
}

/** An area's box: its footprint on the map, or its organisations (null: unknown area, or nothing drawn). */
export function areaBox(cat: Catalogue, f: Frame, area: number): Box | null {
  const a = cat.areaInfo[area];
  if (!a) return null;
  const box =
    cat.geography && a.code ? footprintBox(cat.geography, a.code) : nodesBox(f, (i) => cat.nodes[i]?.area === area);
  return box[0] === Infinity ? null : box;
}

/** Each area's centre: its footprint's label point (where its organisations gather), or the middle of its organisations. */
export function areaCentres(cat: Catalogue, f: Frame): { x: number; y: number }[] {
  const geo = cat.geography;
  return cat.areaInfo.map((a) => {
    const fp = geo && a.code ? footprintOf(geo, a.code) : undefined;
    if (geo && fp) return { x: fp.label[0] * geo.worldPerKm, y: fp.label[1] * geo.worldPerKm };
    const b = nodesBox(f, (i) => cat.nodes[i]?.area === a.index);
    return { x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2 };
  });
}

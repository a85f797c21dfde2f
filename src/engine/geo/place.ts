// Puts a footprint's organisations inside its real boundary. The layout arranges them on a
// disc around a centre; the radial map carries that disc into the polygon by scaling each ray
// from the centre: a point at fraction r of the disc's radius along angle θ goes to fraction r
// of the distance from the centre to the boundary along θ. Neighbours stay neighbours and the
// angular order is kept, and as the centre sees the whole segment up to the first boundary
// crossing, every point lands inside (islands beyond water stay empty).
import { pointInShape, rayToBoundary } from './polygon';
import type { MultiPolygon, Point } from './types';

/** Share of the way to the boundary the disc's rim is mapped to (keeps nodes off the border). */
export const RIM_FILL = 0.94;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export interface Placed {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Maps points given as offsets (dx, dy) on a disc of `radius` around `origin` into `shape`.
 * Offsets beyond the disc are pulled onto its rim. `origin` must be inside the shape: use a
 * footprint's population-weighted centre or its label point (which has the most room round it).
 */
export function radialPlace(
  shape: MultiPolygon,
  origin: Point,
  radius: number,
  dx: ArrayLike<number>,
  dy: ArrayLike<number>,
  fill = RIM_FILL,
): Placed {
  const [ox, oy] = origin;
  if (!pointInShape(shape, ox, oy)) throw new Error(`radialPlace: origin (${ox}, ${oy}) is outside the shape`);
  if (!(radius > 0)) throw new Error(`radialPlace: radius must be positive, got ${radius}`);
  const n = dx.length;
  const x = new Float64Array(n),
    y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = Math.hypot(dx[i], dy[i]);
    if (d === 0) {
      x[i] = ox;
      y[i] = oy;
      continue;
    }
    const ux = dx[i] / d,
      uy = dy[i] / d;
    const reach = rayToBoundary(shape, ox, oy, ux, uy);
    const r = Math.min(d / radius, 1) * fill * reach;
    x[i] = ox + ux * r;
    y[i] = oy + uy * r;
  }
  return { x, y };
}

/**
 * Offsets on the unit disc for items in a sunflower (golden-angle) spiral, each item taking a
 * share of the disc's area in proportion to its weight, in the order given (put the heaviest
 * first to have them near the centre). Feed the result to `radialPlace` with radius 1.
 */
export function sunflower(weights: readonly number[]): Placed {
  const n = weights.length;
  const total = weights.reduce((s, w) => s + Math.max(0, w), 0);
  const x = new Float64Array(n),
    y = new Float64Array(n);
  let before = 0;
  for (let i = 0; i < n; i++) {
    const w = Math.max(0, weights[i]);
    // Each item sits at the middle of its own annulus of area; equal weights give the classic spiral.
    const r = total > 0 ? Math.sqrt((before + w / 2) / total) : 0;
    before += w;
    x[i] = r * Math.cos(i * GOLDEN);
    y[i] = r * Math.sin(i * GOLDEN);
  }
  return { x, y };
}

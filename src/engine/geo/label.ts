// A label point for a shape: the pole of inaccessibility (the interior point farthest from the
// boundary) of its largest part, found by the quadtree search of Agafonkin's "polylabel"
// (Mapbox, 2016): cells are split best-first until none can beat the best point by `precision`.
// Unlike a centroid it always lies inside, with room around it for a name or a cluster.
import { distanceToBoundary, pointInPolygon, polygonArea, ringsBox, shapeCentroid } from './polygon';
import type { MultiPolygon, Point, Polygon } from './types';

interface Cell {
  x: number;
  y: number;
  /** Half the cell's side. */
  h: number;
  /** Signed distance from the centre to the boundary (negative outside). */
  d: number;
  /** The best distance any point in the cell could have. */
  max: number;
}

function cell(poly: Polygon, x: number, y: number, h: number): Cell {
  const d = (pointInPolygon(poly, x, y) ? 1 : -1) * distanceToBoundary(poly, x, y);
  return { x, y, h, d, max: d + h * Math.SQRT2 };
}

/** Max-heap on `max`, ties broken by insertion order so the search is deterministic. */
class CellQueue {
  private a: Cell[] = [];
  get size(): number {
    return this.a.length;
  }
  push(c: Cell): void {
    const a = this.a;
    a.push(c);
    for (let i = a.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (a[p].max >= a[i].max) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): Cell {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < a.length && a[l].max > a[m].max) m = l;
        if (r < a.length && a[r].max > a[m].max) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/** Pole of inaccessibility of one polygon, and its distance to the boundary. */
export function polygonLabel(poly: Polygon, precision = 0.25): { point: Point; room: number } {
  const [x0, y0, x1, y1] = ringsBox([poly[0]]);
  const side = Math.min(x1 - x0, y1 - y0);
  if (side <= 0) return { point: [x0, y0], room: 0 };
  const h = side / 2;
  const queue = new CellQueue();
  for (let x = x0; x < x1; x += side) for (let y = y0; y < y1; y += side) queue.push(cell(poly, x + h, y + h, h));
  const [cx, cy] = shapeCentroid([poly]);
  let best = cell(poly, cx, cy, 0);
  const mid = cell(poly, (x0 + x1) / 2, (y0 + y1) / 2, 0);
  if (mid.d > best.d) best = mid;
  while (queue.size > 0) {
    const c = queue.pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const q = c.h / 2;
    queue.push(cell(poly, c.x - q, c.y - q, q));
    queue.push(cell(poly, c.x + q, c.y - q, q));
    queue.push(cell(poly, c.x - q, c.y + q, q));
    queue.push(cell(poly, c.x + q, c.y + q, q));
  }
  return { point: [best.x, best.y], room: Math.max(0, best.d) };
}

/** Label point of a shape: the pole of its largest polygon (a mainland, not an island). */
export function shapeLabel(shape: MultiPolygon, precision = 0.25): { point: Point; room: number } {
  let largest = shape[0];
  for (const poly of shape) if (polygonArea(poly) > polygonArea(largest)) largest = poly;
  return polygonLabel(largest, precision);
}

// Plane geometry on flat rings: containment, area, centroid, bounds, distance to the boundary
// and the first boundary hit along a ray. Rings are implicitly closed; a polygon's first ring
// is its outline and the rest are holes, whatever their winding.
import type { Box, MultiPolygon, Point, Polygon, Ring } from './types';

/** Even–odd test against one ring (points exactly on an edge may fall either way). */
export function pointInRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i],
      yi = ring[i + 1],
      xj = ring[j],
      yj = ring[j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outline and in none of the holes. */
export function pointInPolygon(poly: Polygon, x: number, y: number): boolean {
  if (poly.length === 0 || !pointInRing(poly[0], x, y)) return false;
  for (let h = 1; h < poly.length; h++) if (pointInRing(poly[h], x, y)) return false;
  return true;
}

export function pointInShape(shape: MultiPolygon, x: number, y: number): boolean {
  return shape.some((poly) => pointInPolygon(poly, x, y));
}

/** Shoelace area, positive when the ring runs clockwise on screen (y down). */
export function ringSignedArea(ring: Ring): number {
  let s = 0;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) s += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
  return s / 2;
}

export function polygonArea(poly: Polygon): number {
  return poly.reduce((s, ring, k) => s + (k === 0 ? 1 : -1) * Math.abs(ringSignedArea(ring)), 0);
}

export function shapeArea(shape: MultiPolygon): number {
  return shape.reduce((s, poly) => s + polygonArea(poly), 0);
}

/** Area-weighted centroid of the whole shape (holes subtracted). It may lie outside a crescent. */
export function shapeCentroid(shape: MultiPolygon): Point {
  let a = 0,
    cx = 0,
    cy = 0;
  for (const poly of shape)
    poly.forEach((ring, k) => {
      // Each ring's moments with the sign that makes outlines add and holes subtract.
      const sign = (k === 0 ? 1 : -1) * Math.sign(ringSignedArea(ring));
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const cross = ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
        a += (sign * cross) / 2;
        cx += sign * (ring[j] + ring[i]) * cross;
        cy += sign * (ring[j + 1] + ring[i + 1]) * cross;
      }
    });
  return [cx / (6 * a), cy / (6 * a)];
}

export function ringsBox(rings: Ring[]): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (let i = 0; i < ring.length; i += 2) {
      if (ring[i] < b[0]) b[0] = ring[i];
      if (ring[i + 1] < b[1]) b[1] = ring[i + 1];
      if (ring[i] > b[2]) b[2] = ring[i];
      if (ring[i + 1] > b[3]) b[3] = ring[i + 1];
    }
  return b;
}

export function shapeBox(shape: MultiPolygon): Box {
  return ringsBox(shape.flat());
}

/** Distance from a point to the nearest edge of any ring of the polygon (unsigned). */
export function distanceToBoundary(poly: Polygon, x: number, y: number): number {
  let best = Infinity;
  for (const ring of poly) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const ax = ring[j],
        ay = ring[j + 1],
        dx = ring[i] - ax,
        dy = ring[i + 1] - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
      const d = Math.hypot(x - ax - t * dx, y - ay - t * dy);
      if (d < best) best = d;
    }
  }
  return best;
}

/**
 * Distance from (ox, oy) along the unit direction (ux, uy) to the first crossing of any ring
 * of the shape; Infinity when the ray meets nothing. From a point inside, the segment up to
 * that distance lies wholly inside the shape.
 */
export function rayToBoundary(shape: MultiPolygon, ox: number, oy: number, ux: number, uy: number): number {
  let best = Infinity;
  for (const poly of shape)
    for (const ring of poly) {
      const n = ring.length;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const ax = ring[j] - ox,
          ay = ring[j + 1] - oy,
          ex = ring[i] - ring[j],
          ey = ring[i + 1] - ring[j + 1];
        best = Math.min(best, rayHitsEdge(ux, uy, ax, ay, ex, ey));
      }
    }
  return best;
}

/**
 * Where a ray from the origin along (ux, uy) crosses the edge from (ax, ay) along (ex, ey):
 * the distance along the ray in units of (ux, uy), or Infinity if it misses.
 */
export function rayHitsEdge(ux: number, uy: number, ax: number, ay: number, ex: number, ey: number): number {
  const den = ux * ey - uy * ex;
  if (den === 0) return Infinity;
  const t = (ax * ey - ay * ex) / den; // along the ray
  const s = (ax * uy - ay * ux) / den; // along the edge
  return t >= 0 && s >= 0 && s <= 1 ? t : Infinity;
}

// Borders derived from the footprints' shared edges. Neighbouring footprints carry identical
// vertices along their common boundary (the source was simplified with shared arcs and the
// generator rounds both copies alike), so an edge found in two footprints is an inland border,
// drawn once, and an edge found in one is coast. Merging a region's footprints is the same
// idea: the edges its footprints do not share among themselves ring the region.
import type { MapBorders, MapFootprint, MultiPolygon, Ring } from './types';

interface Edge {
  a: number;
  b: number;
  /** Indices of the shapes the edge belongs to. */
  owners: number[];
}

/** Vertices numbered by exact position, and every undirected edge with the shapes that hold it. */
function edgeTable(shapes: MultiPolygon[]): { xy: number[]; edges: Edge[] } {
  const vertex = new Map<string, number>();
  const xy: number[] = [];
  const id = (x: number, y: number): number => {
    const k = `${x},${y}`;
    let v = vertex.get(k);
    if (v === undefined) {
      v = xy.length / 2;
      vertex.set(k, v);
      xy.push(x, y);
    }
    return v;
  };
  const byKey = new Map<string, Edge>();
  const edges: Edge[] = [];
  shapes.forEach((shape, s) => {
    for (const poly of shape)
      for (const ring of poly) {
        const n = ring.length;
        for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
          const a = id(ring[j], ring[j + 1]),
            b = id(ring[i], ring[i + 1]);
          if (a === b) continue;
          const key = a < b ? `${a}-${b}` : `${b}-${a}`;
          let e = byKey.get(key);
          if (!e) {
            e = { a, b, owners: [] };
            byKey.set(key, e);
            edges.push(e);
          }
          e.owners.push(s);
        }
      }
  });
  return { xy, edges };
}

/**
 * Joins edges into as few polylines as it can, in a deterministic order. Lines run through
 * vertices where exactly two of the edges meet and stop at ends and junctions; closed loops
 * come back as a polyline whose last point repeats its first.
 */
export function chainEdges(xy: number[], edges: readonly { a: number; b: number }[]): number[][] {
  const at = new Map<number, number[]>();
  edges.forEach((e, k) => {
    for (const v of [e.a, e.b]) {
      const list = at.get(v);
      if (list) list.push(k);
      else at.set(v, [k]);
    }
  });
  const used = new Uint8Array(edges.length);
  const lines: number[][] = [];
  const walk = (start: number, first: number): void => {
    const line = [xy[2 * start], xy[2 * start + 1]];
    let v = start,
      k = first;
    for (;;) {
      used[k] = 1;
      v = edges[k].a === v ? edges[k].b : edges[k].a;
      line.push(xy[2 * v], xy[2 * v + 1]);
      const next = at.get(v)!;
      if (next.length !== 2) break;
      const other = next[0] === k ? next[1] : next[0];
      if (used[other]) break;
      k = other;
    }
    lines.push(line);
  };
  // Open lines first, from their ends and junctions; what is left are closed loops.
  for (const [v, list] of at) if (list.length !== 2) for (const k of list) if (!used[k]) walk(v, k);
  edges.forEach((e, k) => {
    if (!used[k]) walk(e.a, k);
  });
  return lines;
}

/** Inland borders between footprints, split by whether they also divide two regions. */
export function deriveBorders(footprints: readonly Pick<MapFootprint, 'shape' | 'region'>[]): MapBorders {
  const { xy, edges } = edgeTable(footprints.map((f) => f.shape));
  const shared = edges.filter((e) => e.owners.length >= 2);
  const crossesRegion = (e: Edge): boolean =>
    e.owners.some((s) => footprints[s].region !== footprints[e.owners[0]].region);
  return {
    icb: chainEdges(
      xy,
      shared.filter((e) => !crossesRegion(e)),
    ),
    region: chainEdges(xy, shared.filter(crossesRegion)),
  };
}

/** How many edges of the footprints are held by one, two and more footprints (a topology check). */
export function edgeSharing(shapes: MultiPolygon[]): { single: number; double: number; more: number } {
  const { edges } = edgeTable(shapes);
  const count = (f: (n: number) => boolean): number => edges.filter((e) => f(e.owners.length)).length;
  return { single: count((n) => n === 1), double: count((n) => n === 2), more: count((n) => n > 2) };
}

/**
 * The rings of several shapes merged into one: the edges not shared between them, joined
 * into closed rings (the last point is dropped, as in every Ring).
 */
export function mergeShapes(shapes: MultiPolygon[]): Ring[] {
  const { xy, edges } = edgeTable(shapes);
  const outer = edges.filter((e) => e.owners.length === 1);
  return chainRings(xy, outer);
}

/** Closed rings from edges that all meet in pairs or fours (pinch points are walked through). */
function chainRings(xy: number[], edges: readonly Edge[]): Ring[] {
  const at = new Map<number, number[]>();
  edges.forEach((e, k) => {
    for (const v of [e.a, e.b]) at.set(v, [...(at.get(v) ?? []), k]);
  });
  const used = new Uint8Array(edges.length);
  const rings: Ring[] = [];
  edges.forEach((e0, k0) => {
    if (used[k0]) return;
    const ring: number[] = [];
    let v = e0.a,
      k: number | undefined = k0;
    while (k !== undefined) {
      used[k] = 1;
      ring.push(xy[2 * v], xy[2 * v + 1]);
      v = edges[k].a === v ? edges[k].b : edges[k].a;
      k = at.get(v)!.find((j) => !used[j]);
    }
    rings.push(ring);
  });
  return rings;
}

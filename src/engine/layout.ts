// Deterministic network layout, computed in the worker. Each commissioner is a cluster: its
// practices on a sunflower annulus around it, its main providers in the empty core; an area's
// clusters ring the area's centre. Each area is laid out on its own disc, which is then put
// in place: fictional areas on a grid, real footprints into their boundary on the England map
// (see area-placement.ts). Providers are pulled toward the commissioners that pay them, so
// positions move (and the renderer eases) when contracts form or end and commissioners merge.
import { pointInShape } from './geo/polygon';
import { gridAreas, placeOnMap, type FootprintFrame } from './area-placement';

export interface LayoutInput {
  /** Node order is practices, then providers, then commissioners (see frame.ts). */
  practices: { commissioner: number; active: boolean }[];
  providers: { area: number; active: boolean }[];
  commissioners: { area: number; active: boolean; successor: number | null; fundholderOf: number | null }[];
  /** Commissioner–provider contracts that are live, with their annual value. */
  contracts: { commissioner: number; provider: number; value: number }[];
  areas: number;
  /**
   * One per area, in world units: the real footprint each area is laid into (its boundary and
   * the origin its clusters ring, inside it). Absent: areas sit on a grid.
   */
  footprints?: readonly FootprintFrame[] | null;
}

export interface Layout {
  x: Float32Array;
  y: Float32Array;
  /** Centre and radius of each area in world units (on the map: the footprint's origin and its disc before placing). */
  areaX: Float32Array;
  areaY: Float32Array;
  areaR: Float32Array;
}

/** Spacing between practices in world units. */
const PRACTICE_SPACING = 9;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Providers on the inner ring of a cluster's core; the rest go on an outer ring. */
const INNER = 7;
/** On the map an area of up to this many clusters is shared out as slices of a pie. */
const PIE_MAX = 3;

interface Cluster {
  commissioner: number;
  area: number;
  practices: number[];
  providers: number[];
  core: number;
  r: number;
  /** Centre on its area's disc (relative to the area's centre). */
  x: number;
  y: number;
  /** On the map, a slice of its area's disc its practices fill: [from angle, span, radius]. */
  slice?: [number, number, number];
}

/** Rings of a cluster's core for k main providers: inner, outer and the core's edge. */
function coreRings(k: number): { inner: number; outer: number; core: number } {
  const inner = 34 + 2.5 * Math.min(k, INNER);
  const outer = inner + 24 + 1.2 * Math.max(0, k - INNER);
  return { inner, outer, core: (k > INNER ? outer : inner) + 20 };
}

/** Radius of a cluster of n practices around a core of radius `core`. */
export function clusterRadius(n: number, core = coreRings(0).core): number {
  return Math.sqrt(core * core + PRACTICE_SPACING * PRACTICE_SPACING * 1.1 * n) + PRACTICE_SPACING;
}

export function computeLayout(inp: LayoutInput): Layout {
  const P = inp.practices.length,
    V = inp.providers.length,
    C = inp.commissioners.length,
    N = P + V + C;
  const areas = Math.max(1, inp.areas);
  const onMap = !!inp.footprints && inp.footprints.length >= areas;
  const areaOf = (a: number): number => Math.min(areas - 1, Math.max(0, a));

  // Follow abolished commissioners to their successor so their practices cluster with it.
  const live = (c: number): number => {
    let k = c,
      guard = 0;
    while (k >= 0 && k < C && !inp.commissioners[k].active && inp.commissioners[k].successor != null && guard++ < 16) {
      k = inp.commissioners[k].successor!;
    }
    return k;
  };

  const clusters = new Map<number, Cluster>();
  for (let c = 0; c < C; c++) {
    const k = inp.commissioners[c];
    if (k.active && k.fundholderOf == null)
      clusters.set(c, {
        commissioner: c,
        area: areaOf(k.area),
        practices: [],
        providers: [],
        core: 0,
        r: 0,
        x: 0,
        y: 0,
      });
  }
  inp.practices.forEach((p, i) => {
    if (!p.active) return;
    const cl = clusters.get(live(p.commissioner));
    if (cl) cl.practices.push(i);
  });
  // Each provider's main commissioner: the one paying it most (ties: lowest id). On the map a
  // provider stays in its own footprint: only that footprint's commissioners can be its main one.
  const main = new Int32Array(V).fill(-1);
  const best = new Float64Array(V);
  for (const k of inp.contracts) {
    const c = live(k.commissioner);
    const cl = clusters.get(c);
    if (!cl || k.provider < 0 || k.provider >= V) continue;
    if (onMap && cl.area !== areaOf(inp.providers[k.provider].area)) continue;
    const w = Math.max(k.value, 1);
    if (w > best[k.provider]) {
      best[k.provider] = w;
      main[k.provider] = c;
    }
  }
  for (let v = 0; v < V; v++) if (main[v] >= 0) clusters.get(main[v])!.providers.push(v);
  for (const cl of clusters.values()) {
    cl.core = coreRings(cl.providers.length).core;
    cl.r = clusterRadius(cl.practices.length, cl.core);
  }

  // Clusters of each area around the area centre.
  const byArea: Cluster[][] = Array.from({ length: areas }, () => []);
  for (const cl of clusters.values()) byArea[cl.area].push(cl);
  const areaLocal: { cls: Cluster[]; ring: number; r: number }[] = byArea.map((cls) => {
    if (cls.length === 0) return { cls, ring: 0, r: coreRings(0).core * 2 };
    if (cls.length === 1) return { cls, ring: 0, r: cls[0].r };
    const maxR = Math.max(...cls.map((c) => c.r));
    // Ring long enough for the clusters side by side, and never so small two clusters overlap.
    const circumference = cls.reduce((s, c) => s + 2 * c.r, 0) * 1.08;
    const ring = Math.max(circumference / (2 * Math.PI), (maxR * 1.05) / Math.sin(Math.PI / cls.length));
    return { cls, ring, r: ring + maxR };
  });
  areaLocal.forEach((a) => {
    // On the map two or three clusters side by side would leave half the footprint empty: they
    // share the disc as slices instead, each its practices' share of it.
    if (onMap && a.cls.length >= 2 && a.cls.length <= PIE_MAX) {
      a.r = Math.sqrt(a.cls.reduce((s, c) => s + c.r * c.r, 0)) * 1.1;
      const total = a.cls.reduce((s, c) => s + Math.max(1, c.practices.length), 0);
      let from = -Math.PI / 2;
      for (const cl of a.cls) {
        const span = (2 * Math.PI * Math.max(1, cl.practices.length)) / total;
        cl.slice = [from, span, a.r];
        cl.x = Math.cos(from + span / 2) * a.r * 0.55;
        cl.y = Math.sin(from + span / 2) * a.r * 0.55;
        from += span;
      }
      return;
    }
    // Angular slots proportional to each cluster's diameter.
    const total = a.cls.reduce((s, c) => s + c.r, 0);
    let acc = 0;
    for (const cl of a.cls) {
      const theta = ((acc + cl.r / 2) / total) * Math.PI * 2 - Math.PI / 2;
      acc += cl.r;
      cl.x = Math.cos(theta) * a.ring;
      cl.y = Math.sin(theta) * a.ring;
    }
  });

  // Every node is first placed on its area's disc (relative to the area's centre): `home` is
  // that area, or -1 for a node placed later from others' final positions.
  const lx = new Float64Array(N),
    ly = new Float64Array(N);
  const home = new Int32Array(N).fill(-1);
  const at = (i: number, area: number, x: number, y: number): void => {
    home[i] = area;
    lx[i] = x;
    ly[i] = y;
  };

  // Practices on a sunflower annulus (or spread evenly over their slice); commissioners at
  // their cluster centre.
  for (const cl of clusters.values()) {
    cl.practices.forEach((p, i) => {
      if (cl.slice) {
        const [from, span, radius] = cl.slice;
        const r = radius * Math.sqrt((i + 0.5) / cl.practices.length),
          t = from + span * (((i + 0.5) * (GOLDEN / (2 * Math.PI))) % 1);
        at(p, cl.area, Math.cos(t) * r, Math.sin(t) * r);
        return;
      }
      const r = Math.sqrt(cl.core * cl.core + PRACTICE_SPACING * PRACTICE_SPACING * 1.1 * (i + 0.5));
      const t = i * GOLDEN;
      at(p, cl.area, cl.x + Math.cos(t) * r, cl.y + Math.sin(t) * r);
    });
    at(P + V + cl.commissioner, cl.area, cl.x, cl.y);
  }
  // Providers: inside the core of their main commissioner (the pull toward the others comes later).
  for (const cl of clusters.values()) {
    const vs = cl.providers;
    // Largest payers first, on the inner ring.
    vs.sort((a, b) => best[b] - best[a] || a - b);
    const rings = coreRings(vs.length);
    vs.forEach((v, i) => {
      const inner = i < INNER;
      const ring = inner ? rings.inner : rings.outer;
      const t =
        (inner ? i / Math.min(INNER, vs.length) : (i - INNER) / Math.max(1, vs.length - INNER)) * Math.PI * 2 +
        (inner ? 0.3 : 0.75);
      at(P + v, cl.area, cl.x + Math.cos(t) * ring, cl.y + Math.sin(t) * ring);
    });
  }
  // Providers without contracts wait on the rim of their area.
  const idle = new Map<number, number>();
  for (let v = 0; v < V; v++) {
    if (main[v] >= 0) continue;
    const a = areaOf(inp.providers[v].area);
    const k = idle.get(a) ?? 0;
    idle.set(a, k + 1);
    const t = k * 0.5 + 0.2;
    const r = areaLocal[a].r + 14;
    at(P + v, a, Math.cos(t) * r, Math.sin(t) * r);
  }
  // Fundholding practices' budgets sit just outside their practice.
  for (let c = 0; c < C; c++) {
    const f = inp.commissioners[c].fundholderOf;
    if (f == null || !inp.commissioners[c].active || f < 0 || f >= P || home[f] < 0) continue;
    const cl = clusters.get(live(inp.practices[f].commissioner));
    const dx = cl ? lx[f] - cl.x : 1,
      dy = cl ? ly[f] - cl.y : 0;
    const d = Math.hypot(dx, dy) || 1;
    at(P + V + c, home[f], lx[f] + (dx / d) * PRACTICE_SPACING * 0.8, ly[f] + (dy / d) * PRACTICE_SPACING * 0.8);
  }
  // Abolished commissioners slide onto their successor (and the renderer shrinks them).
  for (let c = 0; c < C; c++) {
    if (inp.commissioners[c].active) continue;
    const s = clusters.get(live(c));
    if (s && s.commissioner !== c) at(P + V + c, s.area, s.x, s.y);
    else at(P + V + c, areaOf(inp.commissioners[c].area), 0, 0);
  }
  // Merged practices sit under their commissioner's centre.
  inp.practices.forEach((p, i) => {
    if (p.active) return;
    const cl = clusters.get(live(p.commissioner));
    if (cl) at(i, cl.area, cl.x, cl.y);
  });

  // The areas' discs put in place.
  const areaX = new Float32Array(areas),
    areaY = new Float32Array(areas),
    areaR = new Float32Array(areas);
  const x = new Float32Array(N),
    y = new Float32Array(N);
  if (onMap) placeOnMap(inp.footprints!, areaLocal, home, lx, ly, x, y, areaX, areaY, areaR);
  else {
    gridAreas(areaLocal, areaX, areaY, areaR);
    for (let i = 0; i < N; i++)
      if (home[i] >= 0) {
        x[i] = areaX[home[i]] + lx[i];
        y[i] = areaY[home[i]] + ly[i];
      }
  }

  // Providers drawn a little toward every commissioner that pays them (on the map, only as
  // far as their footprint allows).
  const sx = new Float64Array(V),
    sy = new Float64Array(V),
    sw = new Float64Array(V);
  for (const k of inp.contracts) {
    const cl = clusters.get(live(k.commissioner));
    if (!cl || k.provider < 0 || k.provider >= V) continue;
    const w = Math.max(k.value, 1);
    sx[k.provider] += x[P + V + cl.commissioner] * w;
    sy[k.provider] += y[P + V + cl.commissioner] * w;
    sw[k.provider] += w;
  }
  const pull = 0.12;
  for (let v = 0; v < V; v++) {
    if (main[v] < 0) continue;
    const i = P + v;
    const px = x[i] + (sx[v] / sw[v] - x[i]) * pull,
      py = y[i] + (sy[v] / sw[v] - y[i]) * pull;
    if (onMap && !pointInShape(inp.footprints![home[i]].shape, px, py)) continue;
    x[i] = px;
    y[i] = py;
  }
  return { x, y, areaX, areaY, areaR };
}

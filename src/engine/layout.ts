// Deterministic network layout, computed in the worker. Each commissioner is a cluster: its
// practices on a sunflower annulus around it, its main providers in the empty core. Areas sit
// on a grid; a commissioner's clusters ring the area centre. Providers are pulled toward the
// commissioners that pay them, so positions move (and the renderer eases) when contracts
// form or end and when commissioners merge.

export interface LayoutInput {
  /** Node order is practices, then providers, then commissioners (see frame.ts). */
  practices: { commissioner: number; active: boolean }[];
  providers: { area: number; active: boolean }[];
  commissioners: { area: number; active: boolean; successor: number | null; fundholderOf: number | null }[];
  /** Commissioner–provider contracts that are live, with their annual value. */
  contracts: { commissioner: number; provider: number; value: number }[];
  areas: number;
}

export interface Layout {
  x: Float32Array;
  y: Float32Array;
  /** Centre and radius of each area in world units (for labels and focus). */
  areaX: Float32Array;
  areaY: Float32Array;
  areaR: Float32Array;
}

/** Spacing between practices in world units. */
const PRACTICE_SPACING = 9;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Providers on the inner ring of a cluster's core; the rest go on an outer ring. */
const INNER = 7;

interface Cluster {
  commissioner: number;
  practices: number[];
  providers: number[];
  core: number;
  r: number;
  x: number;
  y: number;
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
    C = inp.commissioners.length;
  const x = new Float32Array(P + V + C),
    y = new Float32Array(P + V + C);
  const areas = Math.max(1, inp.areas);

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
      clusters.set(c, { commissioner: c, practices: [], providers: [], core: 0, r: 0, x: 0, y: 0 });
  }
  inp.practices.forEach((p, i) => {
    if (!p.active) return;
    const cl = clusters.get(live(p.commissioner));
    if (cl) cl.practices.push(i);
  });
  // Each provider's main commissioner: the one paying it most (ties: lowest id).
  const main = new Int32Array(V).fill(-1);
  const best = new Float64Array(V);
  for (const k of inp.contracts) {
    const c = live(k.commissioner);
    if (!clusters.has(c) || k.provider < 0 || k.provider >= V) continue;
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
  for (const cl of clusters.values())
    byArea[Math.min(areas - 1, Math.max(0, inp.commissioners[cl.commissioner].area))].push(cl);
  const areaLocal: { cls: Cluster[]; ring: number; r: number }[] = byArea.map((cls) => {
    if (cls.length === 0) return { cls, ring: 0, r: coreRings(0).core * 2 };
    if (cls.length === 1) return { cls, ring: 0, r: cls[0].r };
    const maxR = Math.max(...cls.map((c) => c.r));
    // Ring long enough for the clusters side by side, and never so small two clusters overlap.
    const circumference = cls.reduce((s, c) => s + 2 * c.r, 0) * 1.08;
    const ring = Math.max(circumference / (2 * Math.PI), (maxR * 1.05) / Math.sin(Math.PI / cls.length));
    return { cls, ring, r: ring + maxR };
  });

  // Areas packed in rows (in area order), each row as tall as its largest area, so small
  // areas do not sit in cells sized for the largest. Rows aim at a landscape aspect.
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
  const areaX = new Float32Array(areas),
    areaY = new Float32Array(areas),
    areaR = new Float32Array(areas);
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
  areaLocal.forEach((a, k) => {
    const ax = areaX[k],
      ay = areaY[k];
    // Angular slots proportional to each cluster's diameter.
    const total = a.cls.reduce((s, c) => s + c.r, 0);
    let acc = 0;
    for (const cl of a.cls) {
      const theta = ((acc + cl.r / 2) / total) * Math.PI * 2 - Math.PI / 2;
      acc += cl.r;
      cl.x = ax + Math.cos(theta) * a.ring;
      cl.y = ay + Math.sin(theta) * a.ring;
    }
  });

  // Practices on a sunflower annulus; commissioners at their cluster centre.
  for (const cl of clusters.values()) {
    cl.practices.forEach((p, i) => {
      const r = Math.sqrt(cl.core * cl.core + PRACTICE_SPACING * PRACTICE_SPACING * 1.1 * (i + 0.5));
      const t = i * GOLDEN;
      x[p] = cl.x + Math.cos(t) * r;
      y[p] = cl.y + Math.sin(t) * r;
    });
    x[P + V + cl.commissioner] = cl.x;
    y[P + V + cl.commissioner] = cl.y;
  }

  // Providers: inside the core of their main commissioner, drawn a little toward the others.
  const sx = new Float64Array(V),
    sy = new Float64Array(V),
    sw = new Float64Array(V);
  for (const k of inp.contracts) {
    const cl = clusters.get(live(k.commissioner));
    if (!cl || k.provider < 0 || k.provider >= V) continue;
    const w = Math.max(k.value, 1);
    sx[k.provider] += cl.x * w;
    sy[k.provider] += cl.y * w;
    sw[k.provider] += w;
  }
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
      const hx = cl.x + Math.cos(t) * ring,
        hy = cl.y + Math.sin(t) * ring;
      const mx = sx[v] / sw[v],
        my = sy[v] / sw[v];
      const pull = 0.12;
      x[P + v] = hx + (mx - hx) * pull;
      y[P + v] = hy + (my - hy) * pull;
    });
  }
  // Providers without contracts wait on the rim of their area.
  const idle = new Map<number, number>();
  for (let v = 0; v < V; v++) {
    if (main[v] >= 0) continue;
    const a = Math.min(areas - 1, Math.max(0, inp.providers[v].area));
    const k = idle.get(a) ?? 0;
    idle.set(a, k + 1);
    const t = k * 0.5 + 0.2;
    const r = areaR[a] + 14;
    x[P + v] = areaX[a] + Math.cos(t) * r;
    y[P + v] = areaY[a] + Math.sin(t) * r;
  }
  // Fundholding practices' budgets sit just outside their practice.
  for (let c = 0; c < C; c++) {
    const f = inp.commissioners[c].fundholderOf;
    if (f == null || !inp.commissioners[c].active || f < 0 || f >= P) continue;
    const cl = clusters.get(live(inp.practices[f].commissioner));
    const dx = cl ? x[f] - cl.x : 1,
      dy = cl ? y[f] - cl.y : 0;
    const d = Math.hypot(dx, dy) || 1;
    x[P + V + c] = x[f] + (dx / d) * PRACTICE_SPACING * 0.8;
    y[P + V + c] = y[f] + (dy / d) * PRACTICE_SPACING * 0.8;
  }
  // Abolished commissioners slide onto their successor (and the renderer shrinks them).
  for (let c = 0; c < C; c++) {
    if (inp.commissioners[c].active) continue;
    const s = live(c);
    const a = Math.min(areas - 1, Math.max(0, inp.commissioners[c].area));
    x[P + V + c] = s !== c && clusters.has(s) ? clusters.get(s)!.x : areaX[a];
    y[P + V + c] = s !== c && clusters.has(s) ? clusters.get(s)!.y : areaY[a];
  }
  // Merged practices sit under their commissioner's centre.
  inp.practices.forEach((p, i) => {
    if (p.active) return;
    const cl = clusters.get(live(p.commissioner));
    if (cl) {
      x[i] = cl.x;
      y[i] = cl.y;
    }
  });
  return { x, y, areaX, areaY, areaR };
}

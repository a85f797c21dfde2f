import { describe, expect, it } from 'vitest';
import { chainEdges, deriveBorders, edgeSharing, mergeShapes } from '../../src/engine/geo/borders';
import { ENGLAND_MAP_DATA, englandMap, mapFootprint } from '../../src/engine/geo/england';
import { polygonLabel, shapeLabel } from '../../src/engine/geo/label';
import { radialPlace, RIM_FILL, sunflower } from '../../src/engine/geo/place';
import {
  distanceToBoundary,
  pointInPolygon,
  pointInShape,
  polygonArea,
  rayToBoundary,
  ringSignedArea,
  shapeArea,
  shapeBox,
  shapeCentroid,
} from '../../src/engine/geo/polygon';
import type { MultiPolygon, Polygon, Ring } from '../../src/engine/geo/types';
import { FOOTPRINTS } from '../../src/model/england/footprints';

const square = (x0: number, y0: number, s: number): Ring => [x0, y0, x0 + s, y0, x0 + s, y0 + s, x0, y0 + s];
/** A 10×10 square with a 4×4 hole in the middle. */
const framed: Polygon = [square(0, 0, 10), square(3, 3, 4)];
/** An L: the 10×10 square without its top-right 5×5 quarter (y grows downward). */
const ell: Ring = [0, 0, 5, 0, 5, 5, 10, 5, 10, 10, 0, 10];
/** A C opening to the right, whose centroid falls in the gap. */
const cee: Ring = [0, 0, 10, 0, 10, 2, 2, 2, 2, 8, 10, 8, 10, 10, 0, 10];

describe('containment', () => {
  it('tells inside, outside and a hole apart', () => {
    expect(pointInPolygon(framed, 1, 1)).toBe(true);
    expect(pointInPolygon(framed, 5, 5)).toBe(false); // in the hole
    expect(pointInPolygon(framed, 11, 5)).toBe(false);
    expect(pointInPolygon([ell], 7, 2)).toBe(false); // the missing quarter
    expect(pointInPolygon([ell], 7, 7)).toBe(true);
  });

  it('counts a point in any part of a multipolygon, whatever the winding', () => {
    const two: MultiPolygon = [[square(0, 0, 2)], [[30, 30, 30, 32, 32, 32, 32, 30]]];
    expect(ringSignedArea(two[0][0])).toBe(-ringSignedArea(two[1][0]));
    expect(pointInShape(two, 1, 1)).toBe(true);
    expect(pointInShape(two, 31, 31)).toBe(true);
    expect(pointInShape(two, 10, 10)).toBe(false);
  });
});

describe('area, centroid, box', () => {
  it('subtracts holes', () => {
    expect(polygonArea(framed)).toBe(84);
    expect(shapeArea([framed, [square(20, 0, 1)]])).toBe(85);
  });

  it('finds centroids of an L and of a square with an off-centre hole', () => {
    // L = 10×10 minus the 5×5 quarter at (7.5, 2.5): (100·5 − 25·7.5)/75 = 4.1667.
    const [lx, ly] = shapeCentroid([[ell]]);
    expect(lx).toBeCloseTo(25 / 6, 10);
    expect(ly).toBeCloseTo((100 * 5 - 25 * 2.5) / 75, 10);
    const [hx, hy] = shapeCentroid([[square(0, 0, 10), square(6, 6, 2)]]);
    expect(hx).toBeCloseTo((100 * 5 - 4 * 7) / 96, 10);
    expect(hy).toBeCloseTo(hx, 10);
  });

  it('boxes every ring of every part', () => {
    expect(shapeBox([framed, [square(-4, 20, 1)]])).toEqual([-4, 0, 10, 21]);
  });

  it('measures distance to the nearest edge, holes included', () => {
    expect(distanceToBoundary(framed, 1, 5)).toBe(1);
    expect(distanceToBoundary(framed, 2, 5)).toBe(1); // the hole's edge at x = 3
  });

  it('casts rays to the first crossing', () => {
    expect(rayToBoundary([[ell]], 2.5, 7.5, 1, 0)).toBeCloseTo(7.5, 10);
    expect(rayToBoundary([[ell]], 7.5, 7.5, 0, -1)).toBeCloseTo(2.5, 10); // stops at the notch
    expect(rayToBoundary([[ell]], 20, 20, 1, 0)).toBe(Infinity);
  });
});

describe('label points', () => {
  it('puts a square’s at its centre with half the side as room', () => {
    const { point, room } = polygonLabel([square(0, 0, 10)], 0.01);
    expect(point[0]).toBeCloseTo(5, 1);
    expect(point[1]).toBeCloseTo(5, 1);
    expect(room).toBeCloseTo(5, 1);
  });

  it('keeps a C’s label inside although its centroid is not', () => {
    const [cx, cy] = shapeCentroid([[cee]]);
    expect(pointInPolygon([cee], cx, cy)).toBe(false);
    const { point, room } = polygonLabel([cee]);
    expect(pointInPolygon([cee], point[0], point[1])).toBe(true);
    expect(room).toBeGreaterThan(0.9);
  });

  it('labels the largest part of a multipolygon', () => {
    const { point } = shapeLabel([[square(0, 0, 1)], [square(10, 10, 6)]]);
    expect(point[0]).toBeGreaterThan(10);
  });
});

describe('borders', () => {
  // Three unit squares in a row, A and B in region r, C in region s.
  const row = [
    { shape: [[square(0, 0, 1)]], region: 'r' },
    { shape: [[square(1, 0, 1)]], region: 'r' },
    { shape: [[square(2, 0, 1)]], region: 's' },
  ];

  it('draws each shared edge once and splits them by region', () => {
    expect(deriveBorders(row)).toEqual({ icb: [[1, 0, 1, 1]], region: [[2, 0, 2, 1]] });
  });

  it('merges shapes into the ring around them', () => {
    const rings = mergeShapes(row.map((r) => r.shape));
    expect(rings).toHaveLength(1);
    expect(Math.abs(ringSignedArea(rings[0]))).toBe(3);
  });

  it('chains edges through two-way vertices and stops at junctions', () => {
    const xy = [0, 0, 1, 0, 2, 0, 1, 1];
    // A T: 0–1–2 along the bottom and 1–3 up.
    const lines = chainEdges(xy, [
      { a: 0, b: 1 },
      { a: 1, b: 2 },
      { a: 1, b: 3 },
    ]);
    expect(lines.map((l) => l.length / 2).sort()).toEqual([2, 2, 2]);
    expect(
      chainEdges(xy, [
        { a: 0, b: 1 },
        { a: 1, b: 2 },
      ]),
    ).toEqual([[0, 0, 1, 0, 2, 0]]);
  });
});

describe('the England map', () => {
  const map = englandMap();

  it('has the 42 footprints of the model, in the same order, and 7 regions', () => {
    expect(map.footprints.map((f) => f.code)).toEqual(FOOTPRINTS.map((f) => f.code));
    expect(map.regions).toHaveLength(7);
    expect(map.attribution).toMatch(/Open Government Licence v\.3\.0.*Crown copyright/);
  });

  it('has the shapes its type promises (the JSON import is only cast)', () => {
    const rings = [...map.outline.flat(), ...map.footprints.flatMap((f) => f.shape.flat())];
    for (const ring of rings) {
      expect(ring.length % 2).toBe(0);
      expect(ring.length).toBeGreaterThanOrEqual(6);
      expect(ring.every(Number.isFinite)).toBe(true);
      expect(ring[0] === ring[ring.length - 2] && ring[1] === ring[ring.length - 1]).toBe(false); // not closed
    }
    expect(rings.reduce((s, r) => s + r.length / 2, 0)).toBe(4189 + 497);
    expect(map.bounds).toHaveLength(4);
    for (const f of map.footprints) {
      expect(f.bbox).toHaveLength(4);
      expect(f.label).toHaveLength(2);
    }
    for (const r of map.regions) expect(r.label).toHaveLength(2);
  });

  it('is topologically clean: every inland edge is shared by exactly two footprints', () => {
    const sharing = edgeSharing(map.footprints.map((f) => f.shape));
    expect(sharing.more).toBe(0);
    expect(sharing.double).toBeGreaterThan(1000);
    const points = (ls: number[][]): number => ls.reduce((s, l) => s + l.length / 2 - 1, 0);
    expect(points(map.borders.icb) + points(map.borders.region)).toBe(sharing.double);
  });

  it('keeps each footprint’s true area (equal-area projection) within 2%', () => {
    for (const f of FOOTPRINTS) {
      const area = shapeArea(mapFootprint(f.code)!.shape);
      expect(Math.abs(area / f.areaKm2 - 1), f.code).toBeLessThan(0.02);
    }
  });

  it('has every population centre and label point inside its own footprint, with boxes around them', () => {
    for (const f of FOOTPRINTS) {
      const m = mapFootprint(f.code)!;
      expect(pointInShape(m.shape, f.centre[0], f.centre[1]), f.code).toBe(true);
      expect(pointInShape(m.shape, m.label[0], m.label[1]), f.code).toBe(true);
      expect(m.labelRoom).toBeGreaterThan(4);
      const [x0, y0, x1, y1] = m.bbox;
      expect(x0 <= f.centre[0] && f.centre[0] <= x1 && y0 <= f.centre[1] && f.centre[1] <= y1, f.code).toBe(true);
      expect(shapeBox(m.shape)).toEqual(m.bbox);
    }
  });

  it('has region label points inside a footprint of that region', () => {
    for (const r of map.regions) {
      const home = map.footprints.find((f) => pointInShape(f.shape, r.label[0], r.label[1]));
      expect(home?.region, r.name).toBe(r.code);
    }
  });

  it('bounds everything drawn', () => {
    const [x0, y0, x1, y1] = map.bounds;
    expect(y1 - y0).toBeGreaterThan(600); // Berwick to the Lizard
    for (const s of [map.outline, ...map.footprints.map((f) => f.shape)]) {
      const b = shapeBox(s);
      expect(b[0] >= x0 && b[1] >= y0 && b[2] <= x1 && b[3] <= y1).toBe(true);
    }
  });

  it('is built once', () => {
    expect(englandMap()).toBe(map);
    expect(map.outline).toBe(ENGLAND_MAP_DATA.outline);
  });
});

describe('radial placement', () => {
  /** Offsets on a disc of radius 1: 90 angles × 12 radii, the rim and beyond it included. */
  const dx: number[] = [],
    dy: number[] = [];
  for (let a = 0; a < 90; a++)
    for (let k = 0; k <= 11; k++) {
      const t = (a * 2 * Math.PI) / 90 + 0.013,
        r = k / 10;
      dx.push(r * Math.cos(t));
      dy.push(r * Math.sin(t));
    }

  it('lands every point inside its footprint, from the centre and from the label point', () => {
    const outside: string[] = [];
    let placed = 0;
    for (const f of englandMap().footprints) {
      const centre = FOOTPRINTS.find((g) => g.code === f.code)!.centre;
      for (const origin of [[centre[0], centre[1]] as [number, number], f.label]) {
        const p = radialPlace(f.shape, origin, 1, dx, dy);
        for (let i = 0; i < dx.length; i++, placed++)
          if (!pointInShape(f.shape, p.x[i], p.y[i])) outside.push(`${f.code} ${dx[i]},${dy[i]}`);
      }
    }
    expect(placed).toBe(42 * 2 * 90 * 12);
    expect(outside).toEqual([]);
  });

  it('keeps angles and the order along each ray, and puts the rim short of the border', () => {
    const f = mapFootprint('QHM')!; // North East and North Cumbria: long, with a ragged coast
    const p = radialPlace(f.shape, f.label, 1, dx, dy);
    for (let a = 0; a < 90; a++) {
      const base = a * 12;
      for (let k = 1; k <= 10; k++) {
        const i = base + k;
        const d = Math.hypot(p.x[i] - f.label[0], p.y[i] - f.label[1]);
        const prev = Math.hypot(p.x[i - 1] - f.label[0], p.y[i - 1] - f.label[1]);
        expect(d).toBeGreaterThan(prev);
        expect(Math.atan2(p.y[i] - f.label[1], p.x[i] - f.label[0])).toBeCloseTo(Math.atan2(dy[i], dx[i]), 9);
      }
      // Beyond the disc is pulled onto the rim, which sits at RIM_FILL of the way to the border.
      expect(p.x[base + 11]).toBeCloseTo(p.x[base + 10], 9);
      expect(p.y[base + 11]).toBeCloseTo(p.y[base + 10], 9);
      const reach = rayToBoundary(f.shape, f.label[0], f.label[1], dx[base + 10], dy[base + 10]);
      expect(Math.hypot(p.x[base + 10] - f.label[0], p.y[base + 10] - f.label[1])).toBeCloseTo(RIM_FILL * reach, 9);
    }
  });

  it('is deterministic', () => {
    const f = mapFootprint('QOP')!;
    const a = radialPlace(f.shape, f.label, 50, dx, dy);
    const b = radialPlace(f.shape, f.label, 50, dx, dy);
    expect(Buffer.from(a.x.buffer).equals(Buffer.from(b.x.buffer))).toBe(true);
    expect(Buffer.from(a.y.buffer).equals(Buffer.from(b.y.buffer))).toBe(true);
  });

  it('refuses an origin outside the shape and a non-positive radius', () => {
    const f = mapFootprint('QOP')!;
    expect(() => radialPlace(f.shape, [0, 0], 1, [0.5], [0])).toThrow(/outside/);
    expect(() => radialPlace(f.shape, f.label, 0, [0.5], [0])).toThrow(/radius/);
  });

  it('gives heavier items more room in a sunflower, all within the unit disc', () => {
    const even = sunflower([1, 1, 1, 1]);
    const r = (p: { x: Float64Array; y: Float64Array }, i: number): number => Math.hypot(p.x[i], p.y[i]);
    expect([0, 1, 2, 3].map((i) => r(even, i) ** 2)).toEqual(
      [0.125, 0.375, 0.625, 0.875].map((v) => expect.closeTo(v)),
    );
    const heavy = sunflower([6, 1, 1]);
    expect(r(heavy, 1)).toBeCloseTo(Math.sqrt(6.5 / 8), 12);
    for (let i = 0; i < 3; i++) expect(r(heavy, i)).toBeLessThanOrEqual(1);
  });
});

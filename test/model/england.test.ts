import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FOOTPRINT_ATTRIBUTION,
  FOOTPRINTS,
  REGIONS,
  footprintByCode,
  regionOf,
} from '../../src/model/england/footprints';
import { EARTH_RADIUS_KM, project, unproject } from '../../src/model/england/projection';
import { generate, parseCsv } from '../../scripts/gen-england';

const sum = (f: (x: (typeof FOOTPRINTS)[number]) => number): number => FOOTPRINTS.reduce((s, x) => s + f(x), 0);

describe('England footprints', () => {
  it('are the 42 ICBs, sorted by ODS code, with unique codes', () => {
    expect(FOOTPRINTS).toHaveLength(42);
    const codes = FOOTPRINTS.map((f) => f.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(42);
    expect(new Set(FOOTPRINTS.map((f) => f.gss)).size).toBe(42);
    for (const f of FOOTPRINTS) {
      expect(f.code).toMatch(/^Q[A-Z0-9]{2}$/);
      expect(f.gss).toMatch(/^E540000\d\d$/);
      expect(f.name).toBe(`NHS ${f.shortName} Integrated Care Board`);
    }
  });

  it('add up to the England totals the source documents', () => {
    // The source's England total is 62,154,630; per-ICB figures are rounded, hence the slack.
    expect(Math.abs(sum((f) => f.population) - 62_154_630)).toBeLessThan(10);
    expect(sum((f) => f.residents2021)).toBe(56_490_108);
    expect(sum((f) => f.practices2022)).toBe(6_553);
    expect(sum((f) => f.trusts2022)).toBe(209);
    expect(sum((f) => f.subIcbLocations)).toBe(106);
    expect(sum((f) => f.areaKm2)).toBe(130_062);
  });

  it('carry the documented examples', () => {
    expect(footprintByCode('QOP')).toMatchObject({ shortName: 'Greater Manchester', residents2021: 2_867_871 });
    expect(footprintByCode('QOP')!.subIcbLocations).toBe(10);
    expect(FOOTPRINTS.find((f) => f.shortName === 'Lincolnshire')!.residents2021).toBe(768_404);
    // New GSS codes from April 2023 (boundary changes).
    expect(footprintByCode('QXU')!.gss).toBe('E54000063');
    expect(footprintByCode('QNX')!.gss).toBe('E54000064');
  });

  it('belong to the 7 NHS England regions in the documented numbers', () => {
    expect(REGIONS.map((r) => [r.code, r.ons, FOOTPRINTS.filter((f) => f.regionCode === r.code).length])).toEqual([
      ['Y56', 'E40000003', 5],
      ['Y58', 'E40000006', 7],
      ['Y59', 'E40000005', 6],
      ['Y60', 'E40000011', 11],
      ['Y61', 'E40000007', 6],
      ['Y62', 'E40000010', 3],
      ['Y63', 'E40000012', 4],
    ]);
    for (const f of FOOTPRINTS) expect(regionOf(f.code)!.name).toBe(f.region);
    expect(regionOf('QHL')).toEqual({ code: 'Y60', name: 'Midlands', ons: 'E40000011' });
  });

  it('answer unknown codes with undefined', () => {
    expect(footprintByCode('XXX')).toBeUndefined();
    expect(regionOf('XXX')).toBeUndefined();
  });

  it('have centres on the map, registered lists above census residents in most places', () => {
    for (const f of FOOTPRINTS) {
      expect(Math.abs(f.centre[0]) < 400 && Math.abs(f.centre[1]) < 400, f.code).toBe(true);
      expect(f.practices2022).toBeGreaterThan(0);
    }
    expect(FOOTPRINTS.filter((f) => f.population > f.residents2021).length).toBeGreaterThan(35);
  });

  it('ship the licence’s attribution', () => {
    expect(FOOTPRINT_ATTRIBUTION).toEqual([
      'Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2024.',
      'Contains public sector information licensed under the Open Government Licence v3.0',
    ]);
  });
});

describe('projection', () => {
  it('puts its centre at the origin, north up and east right', () => {
    const [x, y] = project(-1.5, 52.5);
    expect(Math.abs(x) + Math.abs(y)).toBeLessThan(1e-9);
    const [, yn] = project(-1.5, 53.5);
    expect(yn).toBeLessThan(-110); // a degree of latitude north is ~111 km up
    expect(yn).toBeGreaterThan(-112);
    expect(project(-0.5, 52.5)[0]).toBeGreaterThan(67); // a degree of longitude at 52.5°N ≈ 67.7 km
  });

  it('keeps great-circle distances within 0.2% across England', () => {
    const haversine = (a: [number, number], b: [number, number]): number => {
      const r = Math.PI / 180;
      const h =
        Math.sin(((b[1] - a[1]) * r) / 2) ** 2 +
        Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(((b[0] - a[0]) * r) / 2) ** 2;
      return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    };
    const places: [number, number][] = [
      [-0.1278, 51.5074], // London
      [-2.2426, 53.4808], // Manchester
      [-5.7151, 50.066], // Land's End
      [-2.0047, 55.7711], // Berwick-upon-Tweed
      [1.7297, 52.6083], // Great Yarmouth
    ];
    for (const a of places)
      for (const b of places) {
        if (a === b) continue;
        const [ax, ay] = project(...a),
          [bx, by] = project(...b);
        const d = Math.hypot(ax - bx, ay - by);
        expect(Math.abs(d / haversine(a, b) - 1)).toBeLessThan(0.002);
      }
  });

  it('round-trips through unproject', () => {
    for (const [lon, lat] of [
      [-6.3, 49.9],
      [1.76, 52.48],
      [-2.03, 55.8],
      [-1.5, 52.5],
    ]) {
      const [l2, p2] = unproject(...project(lon, lat));
      expect(l2).toBeCloseTo(lon, 9);
      expect(p2).toBeCloseTo(lat, 9);
    }
  });
});

describe('gen-england', () => {
  it('reads quoted CSV fields with commas, quotes and CRLF', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""",3\r\nq,,\n')).toEqual([
      { a: 'x, y', b: 'say "hi"', c: '3' },
      { a: 'q', b: '', c: '' },
    ]);
  });

  // The source folder sits beside the main checkout (../shared) or two up from a worktree; CI has neither.
  const source = ['../../../shared/domain/england', '../../../../shared/domain/england']
    .map((p) => fileURLToPath(new URL(p, import.meta.url)))
    .find(existsSync);
  it.skipIf(!source)('reproduces the committed data from the source folder', () => {
    const out = generate(source!);
    const committed = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../src/model/england/footprints.json', import.meta.url)), 'utf8'),
    );
    const map = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../src/engine/geo/england-map.json', import.meta.url)), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(out.footprints))).toEqual(committed);
    expect(JSON.parse(JSON.stringify(out.map))).toEqual(map);
  });
});

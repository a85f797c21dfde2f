// The network laid out on the England map: every organisation inside its own footprint.
import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';
import { parseScenario, type Scenario } from '../../src/model/scenario';
import { FrameBuilder } from '../../src/engine/frame';
import { computeLayout, type LayoutInput } from '../../src/engine/layout';
import { footprintFrames } from '../../src/engine/geography';
import { WORLD_PER_KM } from '../../src/engine/area-placement';
import { distanceToBoundary, pointInShape } from '../../src/engine/geo/polygon';
import { englandMap } from '../../src/engine/geo/england';

function model(s: Partial<Scenario>): Model {
  const r = parseScenario({ years: 3, seed: 1, ...s });
  if (!r.ok) throw new Error(r.errors.join('; '));
  return new Model(r.scenario);
}

/** Drawn nodes (size > 0) not inside the footprint of their catalogue area, as "code kind id". */
function strays(m: Model): { checked: number; outside: string[] } {
  const fb = new FrameBuilder(m);
  const f = fb.build();
  const cat = fb.catalogue();
  const frames = footprintFrames(m.world.areas.map((a) => a.code))!;
  const outside: string[] = [];
  let checked = 0;
  for (const n of cat.nodes) {
    if (f.nodeSize[n.index] <= 0) continue;
    checked++;
    if (!pointInShape(frames[n.area].shape, f.nodeX[n.index], f.nodeY[n.index]))
      outside.push(`${n.areaCode} ${n.kind} ${n.id}`);
  }
  return { checked, outside };
}

describe('layout on the England map', () => {
  it('puts every organisation of the 42 footprints inside its own footprint (CCGs, 2013)', () => {
    const m = model({ regime: 'ccg-2013', scale: 'england' });
    const { checked, outside } = strays(m);
    expect(checked).toBeGreaterThan(8000);
    expect(outside).toEqual([]);
  });

  it('keeps them there through a year of contracting and a reform into ICBs', () => {
    const m = model({ regime: 'ccg-2013', scale: 'england', reforms: [{ regime: 'icb-2022', year: 2 }] });
    for (let w = 0; w < 60; w++) m.step();
    expect(m.world.commissioners.filter((c) => c.active).length).toBeLessThan(100);
    const { checked, outside } = strays(m);
    expect(checked).toBeGreaterThan(6000);
    expect(outside).toEqual([]);
  });

  it('fills an anchored region’s footprints, and sends the map with the catalogue', () => {
    const m = model({ regime: 'icb-2022', scale: 'region', area: 'QYG' });
    expect(strays(m).outside).toEqual([]);
    const cat = new FrameBuilder(m).catalogue();
    expect(cat.geography).toMatchObject({ footprints: ['QE1', 'QOP', 'QYG'], anchor: 'QYG', worldPerKm: WORLD_PER_KM });
    expect(cat.geography!.map.footprints).toHaveLength(42);
    expect(cat.areaInfo.map((a) => `${a.code} ${a.region} ${a.regionCode}`)).toEqual([
      'QE1 North West Y62',
      'QOP North West Y62',
      'QYG North West Y62',
    ]);
    const node = cat.nodes.find((n) => n.kind === 'acute')!;
    expect(node.areaCode).toBe(cat.areaInfo[node.area].code);
    expect(node.region).toBe('North West');
  });

  it('spreads a footprint’s practices over it rather than bunching them at its centre', () => {
    const m = model({ regime: 'icb-2022', scale: 'local', area: 'QYG' });
    const fb = new FrameBuilder(m);
    const f = fb.build();
    const fp = englandMap().footprints.find((x) => x.code === 'QYG')!;
    const shape = footprintFrames(['QYG'])![0].shape;
    // Some practices lie near the border, some near the label point: the footprint is filled.
    const d = fb
      .catalogue()
      .nodes.filter((n) => n.kind === 'practice' && f.nodeSize[n.index] > 0)
      .map((n) => distanceToBoundary(shape[0], f.nodeX[n.index], f.nodeY[n.index]) / WORLD_PER_KM);
    expect(Math.min(...d)).toBeLessThan(0.15 * fp.labelRoom);
    expect(Math.max(...d)).toBeGreaterThan(0.6 * fp.labelRoom);
  });

  it('gives fictional areas no map', () => {
    const cat = new FrameBuilder(model({ regime: 'icb-2022', scale: 'region' })).catalogue();
    expect(cat.geography).toBeNull();
    expect(cat.areaInfo.every((a) => a.code === null && a.region === null)).toBe(true);
    expect(cat.nodes.every((n) => n.areaCode === null && n.region === null)).toBe(true);
  });
});

describe('map layout rules', () => {
  // Two footprints; provider 0 is based in the second but paid most by the first's commissioner.
  const frames = footprintFrames(['QYG', 'QOP'])!;
  const input = (): LayoutInput => ({
    practices: Array.from({ length: 120 }, (_, i) => ({ commissioner: i % 2, active: true })),
    providers: [
      { area: 1, active: true },
      { area: 0, active: true },
    ],
    commissioners: [0, 1].map((area) => ({ area, active: true, successor: null, fundholderOf: null })),
    contracts: [
      { commissioner: 0, provider: 0, value: 9e8 },
      { commissioner: 1, provider: 0, value: 1e8 },
      { commissioner: 0, provider: 1, value: 5e8 },
    ],
    areas: 2,
    footprints: frames,
  });

  it('keeps a provider in its own footprint whoever pays it most, and on the grid follows the payer', () => {
    const l = computeLayout(input());
    expect(pointInShape(frames[1].shape, l.x[120], l.y[120])).toBe(true);
    expect(pointInShape(frames[0].shape, l.x[121], l.y[121])).toBe(true);
    const grid = computeLayout({ ...input(), footprints: null });
    const near = (i: number, c: number): number => Math.hypot(grid.x[i] - grid.x[122 + c], grid.y[i] - grid.y[122 + c]);
    expect(near(120, 0)).toBeLessThan(near(120, 1));
  });

  it('centres each area on its footprint’s label point', () => {
    const l = computeLayout(input());
    expect([l.areaX[0], l.areaY[0]]).toEqual([frames[0].origin[0], frames[0].origin[1]].map(Math.fround));
  });
});

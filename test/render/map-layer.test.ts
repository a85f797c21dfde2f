import { beforeAll, describe, expect, it, vi } from 'vitest';
import { englandMap } from '../../src/engine/geo/england';

// pixi.js reads `navigator` when its modules load, and a shader asks a test canvas for its
// precision; Node 20 has neither, so stand-ins are in place before the layer is imported (the
// canvas has no WebGL, so shaders get mediump). Nothing here renders: the scene graph is built
// on the CPU.
type MapLayerModule = typeof import('../../src/render/map-layer');
let mod: MapLayerModule;
beforeAll(async () => {
  if (typeof globalThis.navigator === 'undefined') vi.stubGlobal('navigator', { userAgent: 'node' });
  if (typeof globalThis.document === 'undefined')
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => null }) });
  mod = await import('../../src/render/map-layer');
});

const map = englandMap();

describe('map labels by zoom', () => {
  it('names the regions far out and no ICB', () => {
    const at = mod.mapLabelsAt(map, mod.REGION_LABEL_MAX_SCALE * 0.99);
    expect(at.regions).toEqual(map.regions.map(() => true));
    expect(at.footprints.filter(Boolean)).toHaveLength(0);
  });

  it('names roomy ICBs first and London’s last as the view closes in', () => {
    const shown = (scale: number): string[] =>
      map.footprints.filter((_, i) => mod.mapLabelsAt(map, scale).footprints[i]).map((f) => f.code);
    const near = shown(mod.REGION_LABEL_MAX_SCALE);
    expect(mod.mapLabelsAt(map, mod.REGION_LABEL_MAX_SCALE).regions.some(Boolean)).toBe(false);
    expect(near).toContain('QHM'); // North East and North Cumbria
    expect(near).not.toContain('QWE'); // South West London
    const closer = shown(8);
    expect(closer).toHaveLength(42);
    for (const code of near) expect(closer).toContain(code);
  });

  it('never shows one name over another, at any zoom', () => {
    const boxes = (scale: number): [number, number, number, number][] => {
      const at = mod.mapLabelsAt(map, scale);
      const box = (p: number[], half: [number, number], lift = 0): [number, number, number, number] => [
        p[0] * scale - half[0],
        p[1] * scale - lift - half[1],
        p[0] * scale + half[0],
        p[1] * scale - lift + half[1],
      ];
      // An ICB's name stands above its label point.
      const lifted = (p: number[], half: [number, number]) => box(p, half, mod.ICB_LIFT + half[1]);
      return [
        ...map.regions.flatMap((r, i) =>
          at.regions[i] ? [box(r.label, mod.labelHalfSize(mod.wrapLabel(r.name.toUpperCase(), 16), 12, 1.5))] : [],
        ),
        ...map.footprints.flatMap((f, i) =>
          at.footprints[i] ? [lifted(f.label, mod.labelHalfSize(mod.wrapLabel(f.shortName), 11))] : [],
        ),
      ];
    };
    let compared = 0;
    const overprinted: string[] = [];
    for (let scale = 0.4; scale < 40; scale *= 1.13) {
      const b = boxes(scale);
      for (let i = 0; i < b.length; i++)
        for (let j = i + 1; j < b.length; j++, compared++) {
          const apart = b[i][2] <= b[j][0] || b[j][2] <= b[i][0] || b[i][3] <= b[j][1] || b[j][3] <= b[i][1];
          if (!apart) overprinted.push(`scale ${scale.toFixed(2)}: labels ${i} and ${j}`);
        }
    }
    expect(overprinted).toEqual([]);
    expect(compared).toBeGreaterThan(10_000);
    // England fitted in a laptop's window (about 1 pixel per km): all seven regions are named.
    expect(mod.mapLabelsAt(map, 1).regions).toEqual(map.regions.map(() => true));
  });
});

describe('map layer helpers', () => {
  it('wraps long names at spaces', () => {
    expect(mod.wrapLabel('Bath and North East Somerset, Swindon and Wiltshire')).toBe(
      'Bath and North East\nSomerset, Swindon\nand Wiltshire',
    );
    expect(mod.wrapLabel('Devon')).toBe('Devon');
    expect(mod.wrapLabel('Supercalifragilistic word', 5)).toBe('Supercalifragilistic\nword');
  });

  it('fits England in a view, centred, within the margin', () => {
    const v = mod.fitBox(map.bounds, 900, 1000, 20);
    const [x0, y0, x1, y1] = map.bounds;
    const sx0 = x0 * v.scale + v.ox,
      sy0 = y0 * v.scale + v.oy,
      sx1 = x1 * v.scale + v.ox,
      sy1 = y1 * v.scale + v.oy;
    expect(sx0).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(sx1).toBeLessThanOrEqual(880 + 1e-9);
    expect(sy0).toBeCloseTo(20, 9); // England is taller than wide: height decides
    expect(sy1).toBeCloseTo(980, 9);
    expect((sx0 + sx1) / 2).toBeCloseTo(450, 9);
  });
});

describe('MapLayer', () => {
  it('builds land, borders and labels once and toggles names with the zoom', () => {
    const layer = new mod.MapLayer(map);
    // Land and borders in one mesh; the names are a container of their own.
    expect(layer.children).toHaveLength(1);
    expect(layer.names.children).toHaveLength(7 + 42);
    layer.setZoom(1);
    expect(layer.labelsShown()).toEqual({ regions: true, footprints: 0 });
    expect(layer.labelBoxes()).toHaveLength(7);
    layer.setZoom(3);
    const mid = layer.labelsShown();
    expect(mid.regions).toBe(false);
    expect(mid.footprints).toBeGreaterThan(20);
    expect(mid.footprints).toBeLessThan(42);
    layer.setZoom(10);
    expect(layer.labelsShown()).toEqual({ regions: false, footprints: 42 });
    // Organisations' names keep off the boxes of the names shown, given in world units.
    const boxes = layer.labelBoxes();
    expect(boxes).toHaveLength(42);
    const qyg = map.footprints.findIndex((f) => f.code === 'QYG');
    const [bx0, by0, bx1, by1] = boxes[qyg];
    expect((bx0 + bx1) / 2).toBeCloseTo(map.footprints[qyg].label[0], 6);
    // Above the label point (by the lift), the box's bottom edge a gap below the text's.
    expect(by1).toBeLessThan(map.footprints[qyg].label[1]);
    expect(by1).toBeCloseTo(map.footprints[qyg].label[1] - (mod.ICB_LIFT - 4) / 10, 6);
    expect(by0).toBeLessThan(by1);
    // The land (first child) spans England's box. (Its bounds allow for the coast's stroke joins,
    // a few units; Text bounds would need a canvas to measure with, which Node lacks.)
    const b = layer.children[0].getLocalBounds();
    const [x0, y0, x1, y1] = map.bounds;
    const slack = 0.02 * (y1 - y0);
    expect(Math.abs(b.minX - x0)).toBeLessThan(slack);
    expect(Math.abs(b.minY - y0)).toBeLessThan(slack);
    expect(Math.abs(b.maxX - x1)).toBeLessThan(slack);
    expect(Math.abs(b.maxY - y1)).toBeLessThan(slack);
    layer.destroy({ children: true });
  });

  it('scales itself into the network’s units and reads zoom in them', () => {
    const layer = new mod.MapLayer(map, 4);
    expect(layer.scale.x).toBe(4);
    layer.setZoom(3 / 4); // 3 CSS pixels per km
    const plain = new mod.MapLayer(map);
    plain.setZoom(3);
    expect(layer.labelsShown()).toEqual(plain.labelsShown());
    layer.destroy({ children: true });
    plain.destroy({ children: true });
  });
});

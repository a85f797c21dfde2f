import { describe, expect, it } from 'vitest';
import { activeByKind, filterOf, regionsOf } from '../../src/ui/filters';
import { NODE_FLAG, NODE_KINDS, type Catalogue, type Frame, type NodeKind } from '../../src/engine/api';

const catalogue: Catalogue = {
  structureVersion: 2,
  areas: ['North', 'South'],
  nodes: (['practice', 'practice', 'acute', 'commissioner', 'commissioner'] as NodeKind[]).map((kind, index) => ({
    index,
    id: `X${index}`,
    name: `Org ${index}`,
    kind,
    area: index % 2,
    areaName: index % 2 ? 'South' : 'North',
    areaCode: null,
    region: null,
  })),
  areaInfo: ['North', 'South'].map((name, index) => ({ index, name, code: null, region: null, regionCode: null })),
  geography: null,
};
const frame = (structureVersion: number, flags: number[]): Frame =>
  ({ structureVersion, nodeFlags: Uint8Array.from(flags) }) as Frame;

describe('filterOf', () => {
  it('sends null (all) when everything is ticked, so kinds and areas to come show too', () => {
    expect(filterOf(new Set(NODE_KINDS), new Set([0, 1]), 2)).toEqual({ kinds: null, areas: null });
  });

  it('lists what is ticked, in a stable order', () => {
    const kinds = new Set<NodeKind>(['practice', 'commissioner', 'acute']);
    expect(filterOf(kinds, new Set([3, 1]), 5)).toEqual({
      kinds: ['commissioner', 'acute', 'practice'],
      areas: [1, 3],
    });
  });

  it('hides everything when nothing is ticked (the "None" button)', () => {
    expect(filterOf(new Set(), new Set(), 2)).toEqual({ kinds: [], areas: [] });
  });
});

describe('activeByKind', () => {
  it('counts every kind, leaving out organisations no longer active', () => {
    const counts = activeByKind(catalogue, frame(2, [0, NODE_FLAG.inactive, NODE_FLAG.deficit, 0, NODE_FLAG.inactive]));
    expect(Object.fromEntries(counts)).toMatchObject({ practice: 1, acute: 1, commissioner: 1, isp: 0 });
    expect(counts.size).toBe(NODE_KINDS.length);
  });

  it('counts all of them when the frame is of another structure or missing', () => {
    const flags = [NODE_FLAG.inactive, NODE_FLAG.inactive, 0, 0, 0];
    expect(activeByKind(catalogue, frame(1, flags)).get('practice')).toBe(2);
    expect(activeByKind(catalogue, null).get('commissioner')).toBe(2);
    expect(activeByKind(null, null).get('practice')).toBe(0);
  });
});

describe('regionsOf', () => {
  const area = (index: number, name: string, regionCode: string | null, region: string | null) => ({
    index,
    name,
    code: regionCode && `Q${index}`,
    region,
    regionCode,
  });

  it('groups footprints under their regions, regions by name', () => {
    const r = regionsOf([
      area(0, 'Devon', 'Y58', 'South West'),
      area(1, 'Greater Manchester', 'Y62', 'North West'),
      area(2, 'Dorset', 'Y58', 'South West'),
    ]);
    expect(r).toEqual([
      { code: 'Y62', name: 'North West', areas: [1] },
      { code: 'Y58', name: 'South West', areas: [0, 2] },
    ]);
  });

  it('has none for fictional areas', () => {
    expect(regionsOf([area(0, 'Shepham', null, null)])).toBeNull();
    expect(regionsOf([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { visibleMask } from '../../src/render/filter';
import type { NodeInfo, NodeKind } from '../../src/engine/api';

const nodes: NodeInfo[] = (['practice', 'acute', 'commissioner', 'practice'] as NodeKind[]).map((kind, index) => ({
  index,
  id: `X${index}`,
  name: `Org ${index}`,
  kind,
  area: index < 2 ? 0 : 1,
  areaName: index < 2 ? 'North' : 'South',
  areaCode: null,
  region: null,
}));

describe('visibleMask', () => {
  it('shows everything with no filter', () => {
    expect([...visibleMask(nodes, { kinds: null, areas: null })]).toEqual([1, 1, 1, 1]);
  });

  it('shows only the kinds and areas chosen, both at once', () => {
    expect([...visibleMask(nodes, { kinds: ['practice'], areas: null })]).toEqual([1, 0, 0, 1]);
    expect([...visibleMask(nodes, { kinds: null, areas: [1] })]).toEqual([0, 0, 1, 1]);
    expect([...visibleMask(nodes, { kinds: ['practice', 'acute'], areas: [0] })]).toEqual([1, 1, 0, 0]);
  });

  it('shows nothing when nothing is chosen', () => {
    expect([...visibleMask(nodes, { kinds: [], areas: null })]).toEqual([0, 0, 0, 0]);
    expect([...visibleMask(nodes, { kinds: null, areas: [] })]).toEqual([0, 0, 0, 0]);
  });
});

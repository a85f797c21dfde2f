import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from '../../src/ui/search-index';
import type { NodeInfo, NodeKind } from '../../src/engine/api';

let i = 0;
const n = (id: string, name: string, kind: NodeKind, areaName = 'Northfield'): NodeInfo => ({
  index: i++,
  id,
  name,
  kind,
  area: 0,
  areaName,
  areaCode: null,
  region: null,
});

const nodes = [
  n('C0001', 'Northfield CCG', 'commissioner'),
  n('P0001', 'Riverside Acute Trust', 'acute'),
  n('P0002', 'Northfield Community Health', 'community'),
  n('G00012', 'The Riverside Surgery', 'practice'),
  n('P0003', 'Ashby Mental Health Trust', 'mental-health', 'Ashby'),
  n('G00013', 'Ribbleton Medical Centre', 'practice', 'Ashby'),
];
const index = buildSearchIndex(nodes);
const names = (q: string) => searchNodes(index, q).map((x) => x.name);

describe('searchNodes', () => {
  it('finds by exact code first, case-insensitively', () => {
    expect(searchNodes(index, 'p0001')[0].name).toBe('Riverside Acute Trust');
  });

  it('ranks name prefixes above word prefixes above substrings', () => {
    expect(names('riverside')).toEqual(['Riverside Acute Trust', 'The Riverside Surgery']);
    expect(names('rib')[0]).toBe('Ribbleton Medical Centre');
  });

  it('requires every word to match, in any order', () => {
    expect(names('trust acute')).toEqual(['Riverside Acute Trust']);
    expect(names('mental ashby')).toEqual(['Ashby Mental Health Trust']);
  });

  it('finds organisations by their area when the name does not match', () => {
    expect(names('ashby')).toEqual(['Ashby Mental Health Trust', 'Ribbleton Medical Centre']);
  });

  it('returns nothing for an empty or unmatched query and respects the limit', () => {
    expect(names('   ')).toEqual([]);
    expect(names('zzz')).toEqual([]);
    expect(searchNodes(index, 'north', 1).length).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchAreas, searchNodes } from '../../src/ui/search-index';
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

describe('searchAreas', () => {
  const areas = [
    { index: 0, name: 'Cheshire and Merseyside', code: 'QYG', region: 'North West', regionCode: 'Y62' },
    { index: 1, name: 'Greater Manchester', code: 'QOP', region: 'North West', regionCode: 'Y62' },
    { index: 2, name: 'Lancashire and South Cumbria', code: 'QE1', region: 'North West', regionCode: 'Y62' },
    { index: 3, name: 'Shepham', code: null, region: null, regionCode: null },
  ];
  const found = (q: string) => searchAreas(areas, q).map((a) => a.name);

  it('finds an ICB footprint by its ODS code or its name, whole or in part', () => {
    expect(found('qyg')).toEqual(['Cheshire and Merseyside']);
    expect(found('Cheshire and Merseyside')).toEqual(['Cheshire and Merseyside']);
    expect(found('mersey')).toEqual(['Cheshire and Merseyside']);
    expect(found('south cumbria')).toEqual(['Lancashire and South Cumbria']);
    expect(found('shep')).toEqual(['Shepham']);
  });

  it('ranks a name prefix above a word inside a name and needs every word', () => {
    expect(found('and')).toEqual(['Cheshire and Merseyside', 'Lancashire and South Cumbria']);
    expect(found('cheshire manchester')).toEqual([]);
    expect(found('  ')).toEqual([]);
  });
});

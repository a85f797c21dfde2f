import { describe, expect, it } from 'vitest';
import { labelRows } from '../../src/ui/chart-reforms';
import { chartSvg } from '../../src/ui/chart-export';
import { CHARTS } from '../../src/ui/charts';

describe('reform marker labels', () => {
  it('go to the next row down where they would overprint', () => {
    // Three reforms a year apart with labels wider than the gap, then one far away.
    expect(
      labelRows(
        [
          { x: 0, w: 60 },
          { x: 30, w: 60 },
          { x: 70, w: 60 },
          { x: 300, w: 60 },
        ],
        4,
      ),
    ).toEqual([0, 1, 0, 0]);
  });
});

describe('chart SVG', () => {
  it('draws each series as a path that breaks at gaps', () => {
    const spec = CHARTS.find((c) => c.id === 'disputes')!;
    const svg = chartSvg(
      spec,
      [
        [2013, 2013.5, 2014, 2014.5],
        [1, null, 3, 4],
        [0, 1, 2, 3],
      ],
      'icb-2022, seed 1',
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Arbitrations and tenders');
    const paths = [...svg.matchAll(/<path d="([^"]*)"/g)].map((m) => m[1]);
    expect(paths).toHaveLength(2);
    expect(paths[0].match(/M/g)).toHaveLength(2);
    expect(paths[1].match(/M/g)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { barChart, lineChart, scatterChart } from '../../src/validation/svg';
import { esc, niceTicks } from '../../src/analysis/svg-kit';

describe('SVG chart writer', () => {
  it('makes round ticks that cover the range', () => {
    const t = niceTicks(0.3, 9.7);
    expect(t[0]).toBeLessThanOrEqual(0.3);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(9.7);
    expect(t).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('draws one bar and one error bar per category, escaping labels', () => {
    const svg = barChart({
      title: 'A & B',
      yLabel: 'n',
      bars: [
        { label: '<x>', value: 2, lo: 1, hi: 3 },
        { label: 'y', value: 5 },
      ],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<rect [^>]*fill="#1f77b4"/g)?.length).toBe(2);
    expect(svg).toContain('&lt;x&gt;');
    expect(svg).toContain('A &amp; B');
    expect(svg).not.toContain('NaN');
  });

  it('draws a polyline per series and a band when given', () => {
    const svg = lineChart({
      title: 't',
      xLabel: 'year',
      yLabel: 'v',
      x: [1, 2, 3],
      series: [
        { name: 's', values: [1, 2, 3], lo: [0, 1, 2], hi: [2, 3, 4] },
        { name: 'u', values: [3, 2, 1] },
      ],
    });
    expect(svg.match(/<polyline/g)?.length).toBe(2);
    expect(svg.match(/<polygon/g)?.length).toBe(1);
    expect(svg).not.toContain('NaN');
  });

  it('labels scatter points', () => {
    const svg = scatterChart({
      title: 't',
      xLabel: 'μ*',
      yLabel: 'σ',
      points: [{ x: 1, y: 2, label: 'trust.initial' }],
      ratioLine: 1,
    });
    expect(svg).toContain('trust.initial');
    expect(svg).not.toContain('NaN');
    expect(esc('"')).toBe('&quot;');
  });
});

import { describe, expect, it } from 'vitest';
import { timelineChart } from '../../src/validation/timeline-chart';

describe('history chart writer', () => {
  const years = [1991, 1992, 1993, 1994, 1995, 1996];
  const chart = () =>
    timelineChart({
      title: 'Deficits & surpluses',
      yLabel: '%',
      years,
      scale: 100,
      groups: [{ name: '<model>', runs: [years.map(() => 0.1), years.map((_, i) => 0.2 + i / 100)] }],
      points: [{ year: 1993, value: -0.05, label: 'record' }],
      ranges: [{ from: 1994, to: 1995, lo: 0.1, hi: 0.12, label: '10–12%' }],
      levels: [{ value: 0.92, label: 'standard' }],
      periods: [{ from: 1991, to: 1992, label: 'growth' }],
    });

  it('draws each seed thin and their mean bold, with the record beside them', () => {
    const svg = chart();
    expect(svg.match(/<polyline [^>]*stroke-width="1"/g)?.length).toBe(2);
    expect(svg.match(/<polyline [^>]*stroke-width="2.5"/g)?.length).toBe(1);
    expect(svg).toContain('<circle');
    expect(svg).toContain('10–12%');
    expect(svg).toContain('&lt;model&gt; (mean of 2 seeds');
    expect(svg).toContain('Deficits &amp; surpluses');
    expect(svg).toContain('1991/92');
    expect(svg).toContain('1996/97');
    expect(svg).not.toContain('NaN');
  });

  it('is deterministic', () => {
    expect(chart()).toBe(chart());
  });
});

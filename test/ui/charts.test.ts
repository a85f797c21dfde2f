import { describe, expect, it } from 'vitest';
import { CHARTS, formatValue, lastOf } from '../../src/ui/charts';

describe('chart helpers', () => {
  it('labels values by unit: money in £m, shares to two places, counts whole', () => {
    expect(formatValue('money', 212)).toBe('£212m');
    expect(formatValue('money', 1.25)).toBe('£1.3m');
    expect(formatValue('share', 0.6049)).toBe('0.6');
    expect(formatValue('share', 0.615)).toBe('0.61');
    expect(formatValue('count', 7.4)).toBe('7');
    expect(formatValue('count', null)).toBe('–');
    expect(formatValue('money', NaN)).toBe('–');
  });

  it('finds the latest value, skipping gaps', () => {
    expect(lastOf([1, 2, null, undefined])).toBe(2);
    expect(lastOf([null, null])).toBeNull();
    expect(lastOf(undefined)).toBeNull();
    expect(lastOf(new Float64Array([3, 0]))).toBe(0);
  });

  it('gives every chart a unique id and every line a label and colour', () => {
    expect(new Set(CHARTS.map((c) => c.id)).size).toBe(CHARTS.length);
    for (const c of CHARTS)
      for (const s of c.series) {
        expect(s.label, c.id).not.toBe('');
        expect(s.colour, `${c.id} ${s.label}`).toMatch(/^#[0-9a-f]{6}$/);
      }
  });
});

import { describe, expect, it } from 'vitest';
import {
  coerceParamValue,
  decimalsFor,
  financialYearLabel,
  formatMillions,
  formatParamValue,
  paramStep,
  startYearOf,
  tickLabel,
} from '../../src/ui/format';
import { PARAMETERS } from '../../src/model/index';

describe('format', () => {
  it('shows £m values (contracts, yearly rows) as money', () => {
    expect(formatMillions(224)).toBe('£224m');
    expect(formatMillions(1.25)).toBe('£1.3m');
    expect(formatMillions(NaN)).toBe('–');
  });

  it('gives every registry parameter a step that divides its range into a few hundred positions', () => {
    for (const s of PARAMETERS) {
      const step = paramStep(s);
      const positions = (s.max - s.min) / step;
      if (s.integer) expect(step).toBe(1);
      else expect(positions, s.id).toBeGreaterThanOrEqual(500);
      if (!s.integer) expect(positions, s.id).toBeLessThanOrEqual(5000);
      // The default must print back to itself at that precision.
      expect(Number(formatParamValue(s, s.default)), s.id).toBeCloseTo(s.default, decimalsFor(step));
    }
  });

  it('prints values without float noise', () => {
    expect(formatParamValue({ min: 0, max: 1 }, 0.1 + 0.2)).toBe('0.3');
    expect(formatParamValue({ min: 0, max: 200000 }, 15000)).toBe('15000');
  });

  it('coerces typed values into the range, snapping whole numbers', () => {
    const spec = { min: 2, max: 20, integer: true };
    expect(coerceParamValue(spec, '7.6')).toBe(8);
    expect(coerceParamValue(spec, '99')).toBe(20);
    expect(coerceParamValue(spec, 'abc')).toBeNull();
    expect(coerceParamValue(spec, '')).toBeNull();
    expect(coerceParamValue({ min: -0.05, max: 0.08 }, '−0,01')).toBe(-0.01);
  });

  it('labels financial years and weeks', () => {
    expect(financialYearLabel(2013)).toBe('2013/14');
    expect(financialYearLabel(1999)).toBe('1999/00');
    expect(startYearOf({ financialYear: '2015/16', year: 3 })).toBe(2013);
    expect(tickLabel(0, 2013)).toBe('2013/14 wk 1');
    expect(tickLabel(65, 2013)).toBe('2014/15 wk 14');
  });
});

import { describe, expect, it } from 'vitest';
import { csvLine, formatNumber, toCsv } from '../../src/engine/csv';

describe('CSV text', () => {
  it('prints numbers plainly: no exponents, no separators, 6 decimals at most', () => {
    expect(formatNumber(1234567.5)).toBe('1234567.5');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(1e-7)).toBe('0');
    expect(formatNumber(2.5e-6)).toBe('0.000003');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(123456789012.7)).toBe('123456789013');
    expect(formatNumber(1e25)).toBe('10000000000000000905969664');
    expect(formatNumber(NaN)).toBe('');
  });

  it('quotes fields only where RFC 4180 needs it', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', null, true, 3])).toBe(
      'plain,"a,b","say ""hi""","two\nlines",,true,3\n',
    );
    expect(
      toCsv(
        ['x', 'y'],
        [
          { x: 1, y: 'a' },
          { x: 2.5, y: '' },
        ],
      ),
    ).toBe('x,y\n1,a\n2.5,\n');
  });
});

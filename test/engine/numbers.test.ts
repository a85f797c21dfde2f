import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDecimal, parseWhole, parseWholeIn } from '../../src/engine/numbers';

const STRICT = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

describe('parseDecimal', () => {
  it('reads plain decimals and exponents', () => {
    expect(parseDecimal('0.6')).toBe(0.6);
    expect(parseDecimal('-2')).toBe(-2);
    expect(parseDecimal('1.5e-3')).toBe(0.0015);
    expect(parseDecimal('1E+2')).toBe(100);
    expect(parseDecimal('007')).toBe(7);
    expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
    expect(parseDecimal('0e999')).toBe(0);
  });

  it('refuses other notations, whitespace, junk and numbers that do not fit', () => {
    for (const bad of [
      '0x1',
      '0b1',
      '0o7',
      '1e999',
      '-1e999',
      '1e-999',
      '',
      ' ',
      ' 1',
      '1 ',
      '1\n',
      '\t1',
      '1 2',
      '+1',
      '.5',
      '5.',
      '1,5',
      '1_000',
      '1e',
      '1e+',
      'e5',
      '--1',
      'Infinity',
      '-Infinity',
      'NaN',
      '1abc',
      '١',
      '１',
    ])
      expect([bad, parseDecimal(bad)]).toEqual([bad, null]);
  });

  it('round-trips every finite double JavaScript prints', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const parsed = parseDecimal(String(x));
        expect(parsed).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('accepts exactly the strict form (when finite) on strings built from number-like characters', () => {
    const chars = fc.constantFrom(...'0123456789.-+eExXbBoO _\t\n,aI'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (s) => {
        const parsed = parseDecimal(s);
        if (!STRICT.test(s)) expect(parsed).toBeNull();
        else if (!Number.isFinite(Number(s))) expect(parsed).toBeNull();
        else if (parsed !== null) expect(parsed).toBe(Number(s) === 0 ? 0 : Number(s));
        else expect(Number(s)).toBe(0); // only a non-zero text flushed to zero is refused
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts text with surrounding whitespace or a radix prefix', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.constantFrom(' ', '\t', '\n', '0x', '0b', '0o', '+'),
        fc.boolean(),
        (n, extra, before) => {
          const text = extra.trim() === '' ? (before ? extra + n : `${n}${extra}`) : extra + Math.abs(n);
          expect(parseDecimal(text)).toBeNull();
          expect(parseWhole(text)).toBeNull();
        },
      ),
    );
  });
});

describe('parseWhole', () => {
  it('reads digits with an optional minus, as safe integers only', () => {
    expect(parseWhole('42')).toBe(42);
    expect(parseWhole('-3')).toBe(-3);
    expect(Object.is(parseWhole('-0'), 0)).toBe(true);
    expect(parseWhole('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    for (const bad of ['9007199254740992', '1.0', '1e3', '0x10', '', ' 2', '2 ', '+2', '2.', 'two'])
      expect([bad, parseWhole(bad)]).toEqual([bad, null]);
  });

  it('agrees with String() for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseWhole(String(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('checks a range with parseWholeIn', () => {
    expect(parseWholeIn('5', 1, 10)).toBe(5);
    expect(parseWholeIn('0', 1, 10)).toBeNull();
    expect(parseWholeIn('11', 1, 10)).toBeNull();
    expect(parseWholeIn('x', 1, 10)).toBeNull();
  });
});

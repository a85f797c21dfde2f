import { describe, expect, it } from 'vitest';
import { bounded, errorText, MAX_MESSAGE, quoted } from '../../src/shell/text';
import { parseWholeIn } from '../../src/engine/numbers';

describe('bounded text', () => {
  it('cuts long messages with an ellipsis and leaves short ones alone', () => {
    expect(bounded('short')).toBe('short');
    const b = bounded('y'.repeat(10_000));
    expect(b).toHaveLength(MAX_MESSAGE);
    expect(b.endsWith('…')).toBe(true);
  });
  it('never splits an emoji in half', () => {
    const b = bounded('💥'.repeat(400));
    expect(() => encodeURIComponent(b)).not.toThrow();
  });
  it('quotes a value short, on one line', () => {
    expect(quoted('a\nb')).toBe('a\\u000ab');
    expect(quoted('z'.repeat(20_000_000)).length).toBeLessThanOrEqual(40);
  });
  it('bounds what is thrown', () => {
    expect(errorText(new Error('e'.repeat(5000))).length).toBe(MAX_MESSAGE);
    expect(errorText('plain')).toBe('plain');
  });
});

describe('parseWholeIn (the app address and toolbar)', () => {
  it.each(['0', '7', '4294967295', '-3'])('reads %s', (t) => {
    expect(parseWholeIn(t, -10, 4294967295)).toBe(Number(t));
  });
  it.each(['', ' ', '0x1', '0b1', '1e3', '1e999', '1.0', '+1', '1 ', '١', '12abc', '99999999999999999', '-0x1'])(
    'refuses "%s"',
    (t) => {
      expect(parseWholeIn(t, -10, Number.MAX_SAFE_INTEGER)).toBeNull();
    },
  );
  it('refuses values outside the range', () => {
    expect(parseWholeIn('4294967296', 0, 4294967295)).toBeNull();
    expect(parseWholeIn('-1', 0, 10)).toBeNull();
  });
});

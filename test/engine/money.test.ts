import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyPair, trim } from '../../src/engine/money';

describe('money', () => {
  it('shortens money with a unit that reads aloud', () => {
    expect(formatMoney(1_234_000_000)).toBe('£1.23bn');
    expect(formatMoney(212_000_000)).toBe('£212m');
    expect(formatMoney(12_340_000)).toBe('£12.3m');
    expect(formatMoney(35_400)).toBe('£35k');
    expect(formatMoney(512)).toBe('£512');
    expect(formatMoney(4.5)).toBe('£4.5');
    expect(formatMoney(-2_500_000)).toBe('−£2.5m');
    expect(formatMoney(NaN)).toBe('–');
    expect(formatMoney(Infinity)).toBe('–');
  });

  it('drops trailing zeros but keeps whole numbers whole', () => {
    expect(trim(2.5, 2)).toBe('2.5');
    expect(trim(3, 1)).toBe('3');
    expect(trim(120, 0)).toBe('120');
    expect(trim(0.1 + 0.2, 3)).toBe('0.3');
  });
});

describe('formatMoneyPair', () => {
  it('keeps two sums apart where the short form would print them the same', () => {
    expect(formatMoneyPair(2_499_000, 2_500_000)).toEqual(['£2.499m', '£2.5m']);
    expect(formatMoneyPair(2_400_000, 3_100_000)).toEqual(['£2.4m', '£3.1m']);
    expect(formatMoneyPair(5_000, 5_200)).toEqual(['£5k', '£5k']);
  });
});

import { describe, expect, it } from 'vitest';
import { mean, quantile, roundTo, sampleSd, sum, summaryStats, SUMMARY_STATS } from '../../src/engine/stats';

describe('statistics', () => {
  it('sums and averages, NaN for the mean of nothing', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([])).toBe(0);
    expect(mean([2, 4, 9])).toBe(5);
    expect(mean([])).toBeNaN();
  });

  it('gives the sample standard deviation (n − 1), undefined for fewer than two values', () => {
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(2.13809, 4);
    expect(sampleSd([1, 3])).toBeCloseTo(Math.SQRT2, 12);
    expect(sampleSd([3])).toBeNaN();
    expect(sampleSd([])).toBeNaN();
  });

  it('interpolates quantiles between order statistics (R type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.9)).toBeCloseTo(19, 12);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([1, 2], 0)).toBe(1);
    expect(quantile([1, 2], 1)).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('rounds to a number of decimal places', () => {
    expect(roundTo(1.23456789, 6)).toBe(1.234568);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-1.005, 1)).toBe(-1);
    expect(roundTo(1234.5678, 2)).toBe(1234.57);
  });

  it('summarises the finite values of a sample, whatever their order', () => {
    const s = summaryStats([9, 2, 4, NaN, 4, 4, 5, Infinity, 5, 7]);
    expect(s).toMatchObject({ n: 8, mean: 5, min: 2, max: 9, median: 4.5 });
    expect(s.sd).toBeCloseTo(2.13809, 4);
    expect(s.p05).toBeCloseTo(2.7, 12);
    expect(s.p95).toBeCloseTo(8.3, 12);
    expect(Object.keys(s).sort()).toEqual([...SUMMARY_STATS].sort());
    // Summed in sorted order: shuffling the input gives the same bits.
    const xs = [0.1, 0.7, 1e-9, 3.3, 0.2, 1e6, 0.3];
    expect(summaryStats([...xs].reverse())).toEqual(summaryStats(xs));
  });

  it('summarises nothing as n = 0 and NaN statistics', () => {
    const s = summaryStats([NaN]);
    expect(s.n).toBe(0);
    for (const k of SUMMARY_STATS.filter((k) => k !== 'n')) expect(s[k]).toBeNaN();
    expect(summaryStats([4]).sd).toBeNaN();
  });
});

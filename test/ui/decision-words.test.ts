import { describe, expect, it } from 'vitest';
import { answerWords, decisionWords, nameLookup, weekDate } from '../../src/ui/decision-words';
import type { DecisionRequest } from '../../src/engine/api';

const names = nameLookup([
  { id: 'C0001', name: 'Northfield CCG' },
  { id: 'P0002', name: 'Riverside Acute Trust' },
]);

describe('decision cards in words', () => {
  it('dates weeks as the model’s clock does (week 0 = 1 April of the start year)', () => {
    expect(weekDate(0, 2013)).toBe('1 Apr 2013');
    expect(weekDate(27, 2013)).toBe('7 Oct 2013');
    expect(weekDate(52, 2013)).toBe('1 Apr 2014');
    expect(weekDate(51, 2013)).toBe('24 Mar 2014');
  });

  it('a contract offer: the other side named, money in £m, trust out of 1, the deadline as a date', () => {
    const d: DecisionRequest = {
      key: '27/negotiation.offer/ct3',
      tick: 27,
      kind: 'negotiation.offer',
      holder: 'C0001',
      subject: 'ct3',
      facts: { counterpart: 'P0002', fairValue: 61_000_000, trust: 0.4412, deadlineWeek: 35, lastAsk: 64_000 },
      range: { min: 0, max: 128e6 },
      suggestion: 57_740_000,
    };
    const w = decisionWords(d, names, 2013);
    expect(w.title).toBe('Contract offer');
    expect(w.question).toContain('Riverside Acute Trust');
    expect(w.when).toBe('7 Oct 2013');
    expect(Object.fromEntries(w.facts)).toMatchObject({
      'The other side': 'Riverside Acute Trust',
      'Fair value of the contract (reference)': '£61m',
      'Trust between you': '0.44 out of 1',
      Deadline: '2 Dec 2013',
      'Provider’s last ask': '£64k',
    });
    expect(w.suggestion).toBe('£57.7m');
  });

  it('options answer by their labels; a bid of £0 stays out', () => {
    const options = [
      { value: 'compete', label: 'Put it out to competitive tender' },
      { value: 'keep', label: 'Keep the incumbent' },
    ];
    expect(answerWords({ options }, 'keep')).toBe('Keep the incumbent');
    expect(answerWords({}, 0)).toBe('£0 (stay out)');
    expect(answerWords({}, 1_250_000)).toBe('£1.3m');
  });
});

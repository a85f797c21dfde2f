import { describe, expect, it } from 'vitest';
import { headlinesByDefault, HeadlinesMode } from '../../src/ui/headlines';
import { SPEEDS } from '../../src/shell/runner';

describe('headlines view', () => {
  it('is the default above a quarter a second, and at full speed', () => {
    const on = SPEEDS.filter((s) => headlinesByDefault(s.value)).map((s) => s.label);
    expect(on).toEqual(['1 year/s', '3 years/s', 'As fast as it goes']);
  });
  it('leaves bargaining steps out; a choice overrides the speed', () => {
    const m = new HeadlinesMode();
    let changes = 0;
    m.onChange(() => changes++);
    expect(m.shows('negotiation.offer')).toBe(true);
    m.setSpeed(52);
    expect(m.shows('negotiation.offer')).toBe(false);
    expect(m.shows('tender.bid')).toBe(false);
    expect(m.shows('arbitration.decided')).toBe(true);
    m.choose('all');
    expect(m.shows('tender.bid')).toBe(true);
    m.setSpeed(0);
    expect(m.on).toBe(false);
    expect(changes).toBe(2);
  });
});

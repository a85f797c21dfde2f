// The finished run's clock and the weekly trail a fast frame carries.
import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session';

describe('frames', () => {
  it('a finished run shows its last week, not a date in the year after', () => {
    const s = new Session();
    s.load({ regime: 'ccg-2013', scale: 'local', seed: 2, years: 1, params: {}, reforms: [] });
    const f = s.step(100);
    expect(f.finished).toBe(true);
    expect(f.financialYear).toBe('2013/14');
    expect(f.dateLabel).toMatch(/^Wk 52 · \d+ Mar 2014$/);
  });

  it('a frame that stepped many weeks carries each of them, in order', () => {
    const s = new Session();
    s.load({ regime: 'ccg-2013', scale: 'local', seed: 2, years: 2, params: {}, reforms: [] });
    s.step(3);
    const f = s.step(60);
    expect(f.weeklyTrail.map((w) => w.tick)).toEqual(Array.from({ length: 60 }, (_, i) => 4 + i));
    expect(f.weeklyTrail.at(-1)).toEqual(f.weekly);
  });

  it('lists every organisation for the table', () => {
    const s = new Session();
    const cat = s.load({ regime: 'ccg-2013', scale: 'local', seed: 2, years: 2, params: {}, reforms: [] });
    s.step(10);
    const rows = s.organisations();
    expect(rows.length).toBe(cat.nodes.length);
    const acute = rows.find((r) => r.kind === 'acute')!;
    expect(acute.incomeM).toBeGreaterThan(0);
    expect(acute.contracts).toBeGreaterThan(0);
    expect(acute.commissioner).not.toBe('');
    expect(rows.find((r) => r.kind === 'practice')!.incomeM).toBeNull();
  });
});

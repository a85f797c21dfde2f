import { describe, expect, it } from 'vitest';
import { parseJournal } from '../../src/shell/journal';

describe('the journal of live changes', () => {
  it('carries seats and injects with reforms and parameters', () => {
    const journal = [
      { tick: 3, kind: 'reform', regime: 'icb-2022' },
      { tick: 5, kind: 'seat', code: 'C0001', held: true },
      { tick: 9, kind: 'inject', inject: { kind: 'pandemic', weeks: 20, electiveCapacity: 0.3 } },
      { tick: 12, kind: 'seat', code: 'C0001', held: false },
    ];
    expect(parseJournal(journal)).toEqual({ ok: true, journal });
  });

  it('names what is wrong with a seat or an inject', () => {
    expect(parseJournal([{ tick: 1, kind: 'seat', code: 'no such code!', held: true }])).toEqual({
      ok: false,
      message: 'live change 1: the seat has no organisation code',
    });
    expect(parseJournal([{ tick: 1, kind: 'seat', code: 'C1', held: 'yes' }]).ok).toBe(false);
    const bad = parseJournal([{ tick: 1, kind: 'inject', inject: { kind: 'funding', change: 3 } }]);
    expect(bad.ok === false && bad.message).toMatch(/^live change 1: bad inject \(change: /);
    expect(parseJournal([{ tick: 1, kind: 'inject', inject: { kind: 'meteor' } }]).ok).toBe(false);
  });
});

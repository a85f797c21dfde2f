import { describe, expect, it } from 'vitest';
import { REGIME_IDS } from '../../src/model/regimes';
import { model } from './helpers';

// Checked after every single tick: money conserved, each live contract has one live
// commissioner and one live provider, no NaN or negative capacity, trust within [0, 1].
describe('invariants after every tick', () => {
  for (const regime of REGIME_IDS) {
    it(`hold for ${regime} over three years`, () => {
      const m = model(regime, { years: 3, seed: 11 });
      while (!m.finished) {
        m.step();
        const errs = m.checkInvariants();
        if (errs.length) throw new Error(`tick ${m.tick}: ${errs.slice(0, 3).join('; ')}`);
      }
      expect(m.yearly).toHaveLength(3);
    });
  }

  it('detects money created out of nothing', () => {
    const m = model('ccg-2013', { years: 1 });
    m.step();
    expect(m.checkInvariants()).toEqual([]);
    m.ledger.balances[3] += 1_000_000; // a payment with no payer
    expect(m.checkInvariants().join()).toMatch(/money not conserved/);
  });

  it('detects a contract whose provider has gone', () => {
    const m = model('ccg-2013', { years: 1 });
    const ct = m.world.contracts.find((c) => c.state !== 'ended')!;
    m.world.providers[ct.provider].status = 'failed';
    expect(m.checkInvariants().join()).toMatch(/no live provider/);
  });

  it('keeps every live contract between one commissioner and one provider across a reform', () => {
    const m = model('ccg-2013', { years: 2 });
    while (m.week !== 10) m.step();
    m.applyReform('icb-2022');
    expect(m.checkInvariants()).toEqual([]);
    const pairs = new Set<string>();
    for (const ct of m.world.contracts) {
      if (ct.state === 'ended') continue;
      const key = `${ct.commissioner}-${ct.provider}`;
      expect(pairs.has(key)).toBe(false);
      pairs.add(key);
    }
  });
});

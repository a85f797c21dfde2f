import { describe, expect, it } from 'vitest';
import { contractValue } from '../../src/model/contract';
import { model, stepTo } from './helpers';

describe('reforms mid-run', () => {
  it('many CCGs merge into one ICB per area without losing contracts, money or history', () => {
    const m = model('ccg-2013', { years: 3, scale: 'region' });
    stepTo(m, 20);
    const before = m.world.commissioners.filter((c) => c.active);
    const valueBefore = m.world.contracts.filter((c) => c.state !== 'ended').reduce((s, c) => s + contractValue(c), 0);
    const providers = new Set(m.world.contracts.filter((c) => c.state !== 'ended').map((c) => c.provider));
    m.applyReform('icb-2022');
    const after = m.world.commissioners.filter((c) => c.active);
    expect(after.length).toBe(m.world.areas.length);
    expect(after.length).toBeLessThan(before.length);
    for (const c of before) {
      expect(c.active).toBe(false);
      expect(c.successor).not.toBeNull();
    }
    const valueAfter = m.world.contracts.filter((c) => c.state !== 'ended').reduce((s, c) => s + contractValue(c), 0);
    expect(valueAfter).toBeCloseTo(valueBefore, -2);
    expect(new Set(m.world.contracts.filter((c) => c.state !== 'ended').map((c) => c.provider))).toEqual(providers);
    expect(m.regime.id).toBe('icb-2022');
    expect(m.checkInvariants()).toEqual([]);
    // Every practice belongs to a live commissioner.
    for (const p of m.world.practices) if (p.active) expect(m.world.commissioners[p.commissioner].active).toBe(true);
    expect(m.events.events.filter((e) => e.type === 'commissioner.abolished')).toHaveLength(before.length);
  });

  it('carries trust and arbitration history to the successor relationship', () => {
    const m = model('ccg-2013', { years: 2 });
    stepTo(m, 5);
    for (const r of m.world.relationships()) {
      r.trust = 0.9;
      r.arbitrations = 1;
    }
    m.applyReform('icb-2022');
    const icb = m.world.commissioners.find((c) => c.active)!;
    const rels = [...m.world.relationships()].filter((r) => r.commissioner === icb.id);
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) {
      expect(r.trust).toBeCloseTo(0.9, 5);
      expect(r.arbitrations).toBeGreaterThanOrEqual(1);
    }
  });

  it("applies scheduled reforms at the start of the given year and, in a constant world, the regime's payment rules", () => {
    const m = model('internal-market-1991', {
      years: 3,
      timeline: 'constant',
      reforms: [{ regime: 'payment-by-results-2006', year: 2 }],
    });
    m.run();
    expect(m.yearly[0].regime).toBe('internal-market-1991');
    expect(m.yearly[1].regime).toBe('payment-by-results-2006');
    const live = m.world.contracts.filter((c) => c.state !== 'ended');
    expect(live.every((c) => c.form === 'tariff' || c.form === 'capitated')).toBe(true);
    // Fundholders were abolished and their practices' planned care passed to the PCTs.
    expect(m.world.commissioners.some((c) => c.kind === 'fundholder' && c.active)).toBe(false);
    expect(m.world.practices.every((p) => p.fundholder === null)).toBe(true);
  });

  it('walks through all five regimes keeping the books balanced', () => {
    const m = model('internal-market-1991', {
      years: 5,
      reforms: [
        { regime: 'payment-by-results-2006', year: 2 },
        { regime: 'ccg-2013', year: 3 },
        { regime: 'accountable-care-2017', year: 4 },
        { regime: 'icb-2022', year: 5 },
      ],
    });
    while (!m.finished) {
      m.step();
      if (m.week === 0) expect(m.checkInvariants()).toEqual([]);
    }
    expect(m.yearly.map((y) => y.regime)).toEqual([
      'internal-market-1991',
      'payment-by-results-2006',
      'ccg-2013',
      'accountable-care-2017',
      'icb-2022',
    ]);
  });
});

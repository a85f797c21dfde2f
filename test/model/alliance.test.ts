import { describe, expect, it } from 'vitest';
import { model, sum } from './helpers';

describe('alliances and capitated budgets', () => {
  it('form under accountable care when trust and capability are high, and put contracts on capitation', () => {
    const m = model('accountable-care-2017', {
      years: 4,
      params: {
        'trust.initial': 0.9,
        'alliance.trustThreshold': 0.5,
        'alliance.capabilityThreshold': 0,
        'alliance.appetite': 5,
      },
    });
    m.run();
    expect(m.world.alliances.length).toBeGreaterThan(0);
    expect(m.yearly[3].capitated_share).toBeGreaterThan(0);
    const al = m.world.alliances[0];
    for (const id of al.contracts) expect(m.world.contracts[id].form).toBe('capitated');
    expect(m.events.events.some((e) => e.type === 'alliance.formed')).toBe(true);
    expect(m.events.events.some((e) => e.type === 'alliance.shared-result')).toBe(true);
  });

  it('do not form when trust is below the threshold', () => {
    const m = model('accountable-care-2017', {
      years: 4,
      params: { 'trust.initial': 0.2, 'alliance.trustThreshold': 0.8, 'alliance.appetite': 5 },
    });
    m.run();
    expect(m.world.alliances.length).toBe(0);
  });

  it('never form under the 1991 internal market (no appetite in the regime)', () => {
    const m = model('internal-market-1991', {
      years: 3,
      params: { 'trust.initial': 0.95, 'alliance.trustThreshold': 0.1, 'alliance.appetite': 5 },
    });
    m.run();
    expect(m.world.alliances.length).toBe(0);
  });

  it('move money from acute to community and mental-health members over time', () => {
    const p = {
      'trust.initial': 0.9,
      'alliance.trustThreshold': 0.5,
      'alliance.capabilityThreshold': 0,
      'alliance.appetite': 5,
      'alliance.upstreamShift': 0.05,
    };
    const with_ = model('accountable-care-2017', { years: 5, params: p, seed: 4 });
    with_.run();
    const without = model('accountable-care-2017', {
      years: 5,
      params: { ...p, 'alliance.upstreamShift': 0 },
      seed: 4,
    });
    without.run();
    expect(with_.events.events.some((e) => e.type === 'alliance.upstream-shift')).toBe(true);
    const share = (m: typeof with_) =>
      sum(m.yearly.slice(2), 'spend_acute_m') / sum(m.yearly.slice(2), 'spend_total_m');
    expect(share(with_)).toBeLessThan(share(without));
  });

  it('keep money conserved while sharing gains and losses', () => {
    const m = model('accountable-care-2017', {
      years: 3,
      params: {
        'trust.initial': 0.9,
        'alliance.trustThreshold': 0.5,
        'alliance.capabilityThreshold': 0,
        'alliance.appetite': 5,
        'alliance.riskShare': 1,
      },
    });
    m.run();
    expect(m.checkInvariants()).toEqual([]);
  });
});

describe('lead-provider contracts', () => {
  it('pay the lead provider a management fee from each sub-contracted member', () => {
    const run = (fee: number) => {
      const m = model('accountable-care-2017', {
        years: 3,
        seed: 4,
        params: {
          'trust.initial': 0.9,
          'alliance.trustThreshold': 0.5,
          'alliance.capabilityThreshold': 0,
          'alliance.appetite': 5,
          'alliance.leadFee': fee,
        },
        regimes: { 'accountable-care-2017': { collaboration: { kind: 'lead-provider' } } },
      });
      m.run();
      const al = m.world.alliances[0];
      expect(al.kind).toBe('lead-provider');
      expect(m.checkInvariants()).toEqual([]);
      return m.world.providers[al.lead!].income;
    };
    expect(run(0.1)).toBeGreaterThan(run(0));
  });
});

import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';
import { REGIMES, type RegimeId } from '../../src/model/regimes';
import { sum } from './helpers';

// Several seeds per regime so differences are the regime's, not chance.
const SEEDS = [1, 2, 3, 4];
const cache = new Map<RegimeId, Record<string, number>>();
function stats(regime: RegimeId): Record<string, number> {
  const hit = cache.get(regime);
  if (hit) return hit;
  const acc: Record<string, number> = {};
  for (const seed of SEEDS) {
    const m = new Model({ regime, scale: 'local', seed, years: 8 });
    m.run();
    const add = (k: string, v: number) => {
      acc[k] = (acc[k] ?? 0) + v / SEEDS.length;
    };
    add('tenders', sum(m.yearly, 'tenders'));
    add('changes', sum(m.yearly, 'provider_changes'));
    add('arbitrations', sum(m.yearly, 'arbitrations'));
    add('capitated', m.yearly[7].capitated_share);
    add('alliances', Math.max(...m.yearly.map((y) => y.alliances)));
    add('orientation', m.yearly[7].relational_orientation);
    add('commissioners', m.yearly[0].commissioners);
    add('failures', sum(m.yearly, 'provider_failures'));
    add('bailouts', sum(m.yearly, 'bailouts'));
    add('tariffLive', m.contracts.filter((c) => c.state !== 'ended' && c.form === 'tariff').length);
  }
  cache.set(regime, acc);
  return acc;
}

describe('the five regimes behave as the brief describes', () => {
  it('commissioner counts follow the era (DHAs + fundholders, PCTs, CCGs, one ICB per area)', () => {
    expect(stats('icb-2022').commissioners).toBe(1);
    expect(stats('ccg-2013').commissioners).toBeGreaterThan(stats('payment-by-results-2006').commissioners - 1);
    expect(stats('internal-market-1991').commissioners).toBeGreaterThan(stats('ccg-2013').commissioners);
  });
  it('payment by results pays tariff; the internal market pays blocks', () => {
    expect(stats('payment-by-results-2006').tariffLive).toBeGreaterThan(0);
    expect(stats('internal-market-1991').tariffLive).toBe(0);
  });
  it('competition (tenders) is highest under the 2013 procurement rules and lowest in the 1991 internal market', () => {
    expect(stats('ccg-2013').tenders).toBeGreaterThan(stats('internal-market-1991').tenders);
    expect(stats('ccg-2013').tenders).toBeGreaterThan(stats('icb-2022').tenders);
  });
  it('capitated budgets and alliances appear only where the regime has appetite (2017, 2022)', () => {
    expect(stats('internal-market-1991').capitated).toBe(0);
    expect(stats('payment-by-results-2006').capitated).toBe(0);
    expect(stats('accountable-care-2017').alliances + stats('icb-2022').alliances).toBeGreaterThan(
      stats('ccg-2013').alliances,
    );
  });
  it('commissioning becomes more relational under accountable care and ICBs than under CCGs', () => {
    expect(stats('accountable-care-2017').orientation).toBeGreaterThan(stats('ccg-2013').orientation);
    expect(stats('icb-2022').orientation).toBeGreaterThan(stats('ccg-2013').orientation);
  });
  it('bail-outs outnumber NHS failures (providers are rarely allowed to fail)', () => {
    for (const r of Object.keys(REGIMES) as RegimeId[])
      expect(REGIMES[r].failure.bailoutProbability).toBeGreaterThan(0.9);
  });
});

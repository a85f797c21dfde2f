import { describe, expect, it } from 'vitest';
import { model, sum } from './helpers';
import { capableAlternatives } from '../../src/model/tender';
import { L } from '../../src/model/types';
import { CALENDAR } from '../../src/model/calendar';

const run = (regime: Parameters<typeof model>[0], params: Record<string, number>, seed = 2) => {
  const m = model(regime, { years: 5, params, seed });
  m.run();
  return m;
};

describe('tendering and provider selection', () => {
  it('runs competitions end to end: decided, opened, bids, award, and moves services when challengers win', () => {
    const m = run('ccg-2013', { 'tender.propensity': 5, 'market.providerChoice': 1 });
    const types = new Set(m.events.events.map((e) => e.type));
    for (const t of ['tender.decided', 'tender.opened', 'tender.bid', 'tender.awarded'])
      expect(types.has(t as never)).toBe(true);
    expect(sum(m.yearly, 'tenders')).toBeGreaterThan(5);
    const awarded = m.world.tenders.filter((t) => t.stage === 'awarded');
    expect(awarded.length).toBeGreaterThan(0);
    // The incumbent keeps some, loses some.
    expect(awarded.some((t) => t.winner === t.incumbent)).toBe(true);
    expect(sum(m.yearly, 'provider_changes')).toBeGreaterThan(0);
  });

  it('with provider choice 0, only providers already running the service are capable alternatives', () => {
    const m = model('ccg-2013', { years: 1, params: { 'market.providerChoice': 0 } });
    const inc = m.world.providers.find((p) => p.type === 'community')!;
    for (let i = 0; i < 100; i++) {
      for (const a of capableAlternatives(m, inc.area, L.community, inc.id))
        expect(a.capacity[L.community]).toBeGreaterThan(0);
    }
  });

  it('finds fewer capable alternatives when provider choice is low', () => {
    const m = model('ccg-2013', { years: 1 });
    const inc = m.world.providers.find((p) => p.type === 'community')!;
    const count = (choice: number) => {
      m.params['market.providerChoice'] = choice;
      let n = 0;
      for (let i = 0; i < 200; i++) n += capableAlternatives(m, inc.area, L.community, inc.id).length;
      return n;
    };
    expect(count(0.05)).toBeLessThan(count(1));
  });

  it('records Provider Selection Regime routes (direct awards) under icb-2022', () => {
    const m = run('icb-2022', {});
    const routes = new Set(m.events.events.filter((e) => e.type === 'tender.decided').map((e) => e.reason));
    expect([...routes].some((r) => r.startsWith('direct-award'))).toBe(true);
  });

  it('does not tender at all with tendering propensity 0 (except PSR most-suitable-provider reviews)', () => {
    const m = run('ccg-2013', { 'tender.propensity': 0 });
    expect(sum(m.yearly, 'tenders')).toBe(0);
  });

  it('profit-seeking bidders over-promise: with optimism the winners deliver below their promise', () => {
    // Promise less quality delivered by new winners, pooled over seeds, with and without optimism.
    const gap = (optimism: number) => {
      const gaps: number[] = [];
      for (const seed of [2, 3, 4]) {
        const m = run(
          'ccg-2013',
          { 'tender.propensity': 5, 'market.providerChoice': 1, 'tender.optimism': optimism },
          seed,
        );
        for (const t of m.world.tenders) {
          if (t.stage !== 'awarded' || t.winner === t.incumbent) continue;
          const bid = t.bids.find((b) => b.provider === t.winner)!;
          gaps.push(bid.qualityPromise - m.world.providers[t.winner!].quality);
        }
      }
      expect(gaps.length).toBeGreaterThan(0);
      return gaps.reduce((a, b) => a + b, 0) / gaps.length;
    };
    const optimistic = gap(0.3);
    expect(optimistic).toBeGreaterThan(0);
    expect(optimistic).toBeGreaterThan(gap(0) + 0.03);
  });
});

describe('cross-area reach', () => {
  it('draws alternatives from neighbouring areas only when market.reach allows', () => {
    const m = model('ccg-2013', { years: 1, scale: 'region', params: { 'market.providerChoice': 1 } });
    const inc = m.world.providers.find((p) => p.type === 'community')!;
    const foreign = (reach: number) => {
      m.params['market.reach'] = reach;
      let n = 0;
      for (let i = 0; i < 50; i++)
        n += capableAlternatives(m, inc.area, L.community, inc.id).filter((p) => p.area !== inc.area).length;
      return n;
    };
    expect(foreign(0)).toBe(0);
    expect(foreign(1)).toBeGreaterThan(0);
  });
});

describe('procurement challenges', () => {
  it('delay awards, and when upheld send the tender back to evaluation', () => {
    const m = model('ccg-2013', {
      years: 5,
      seed: 2,
      params: { 'tender.propensity': 5, 'market.providerChoice': 1, 'tender.challengeUpheld': 1 },
      regimes: { 'ccg-2013': { procurement: { challengeRate: 1 } } },
    });
    m.run();
    const challenged = m.events.events.filter((e) => e.type === 'tender.challenged');
    expect(challenged.length).toBeGreaterThan(0);
    expect(challenged.every((e) => e.detail.upheld === true)).toBe(true);
    // Each challenged tender is challenged once and, when the review had time to end before the
    // run did, still awarded in the end, once, after the review.
    let settled = 0;
    for (const e of challenged) {
      const t = m.world.tenders[e.tender!];
      expect(m.events.events.filter((x) => x.type === 'tender.challenged' && x.tender === t.id)).toHaveLength(1);
      if (e.tick + CALENDAR.challengeWeeks + CALENDAR.standstillWeeks + 1 >= m.tick) continue;
      settled++;
      const awards = m.events.events.filter((x) => x.type === 'tender.awarded' && x.tender === t.id);
      expect(t.stage).toBe('awarded');
      expect(awards).toHaveLength(1);
      expect(awards[0].tick).toBeGreaterThanOrEqual(e.tick + CALENDAR.challengeWeeks);
    }
    expect(settled).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { Model } from '../../src/model/model';
import { REGIMES, REGIME_IDS, type RegimeId } from '../../src/model/regimes';
import { parseScenario } from '../../src/model/scenario';
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
    add('tariffLive', m.world.contracts.filter((c) => c.state !== 'ended' && c.form === 'tariff').length);
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
    // A funding squeeze that puts many trusts in distress, so the regime's response shows.
    const params = { 'failure.distressThreshold': 0.01, 'funding.allocationGrowth': -0.03 };
    for (const regime of REGIME_IDS) {
      let bailouts = 0;
      let failures = 0;
      for (const seed of [1, 2]) {
        const m = new Model({ regime, scale: 'local', seed, years: 6, params });
        m.run();
        bailouts += sum(m.yearly, 'bailouts');
        failures += m.world.providers.filter((p) => p.status === 'failed').length;
      }
      expect(bailouts, regime).toBeGreaterThan(0);
      expect(bailouts, regime).toBeGreaterThan(3 * failures);
    }
  });
});

describe('regimes are data a scenario can change, never shared state', () => {
  it('freezes the built-in regimes', () => {
    expect(Object.isFrozen(REGIMES['ccg-2013'])).toBe(true);
    expect(Object.isFrozen(REGIMES['ccg-2013'].procurement.routes)).toBe(true);
    expect(() => {
      (REGIMES['ccg-2013'].payment as { withhold: number }).withhold = 0.5;
    }).toThrow(TypeError);
  });

  it("applies a scenario's overrides to its own run only", () => {
    const overridden = new Model({
      regime: 'ccg-2013',
      scale: 'local',
      seed: 3,
      years: 1,
      regimes: { 'ccg-2013': { payment: { withhold: 0.1 } }, 'icb-2022': { contracts: { termYears: 4 } } },
    });
    expect(overridden.regime.payment.withhold).toBe(0.1);
    expect(overridden.regime.payment.form).toBe('tariff');
    expect(overridden.regimes['icb-2022'].contracts.termYears).toBe(4);
    expect(REGIMES['ccg-2013'].payment.withhold).toBe(0.025);
    const plain = new Model({ regime: 'ccg-2013', scale: 'local', seed: 3, years: 1 });
    expect(plain.regime.payment.withhold).toBe(0.025);
    // The override reaches the contracts: each carries the withheld share of its regime.
    expect(overridden.world.contracts.every((c) => c.withhold === 0.1)).toBe(true);
  });

  it('rejects overrides that name no rule or break its range, naming the field', () => {
    const bad = parseScenario({ regime: 'ccg-2013', regimes: { 'ccg-2013': { payment: { withhold: 2, nope: 1 } } } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.join('\n')).toMatch(/regimes\.ccg-2013\.payment\.withhold/);
    expect(bad.errors.join('\n')).toMatch(/regimes\.ccg-2013\.payment\.nope: unknown field; allowed fields are form, /);
    const unknownRegime = parseScenario({ regime: 'ccg-2013', regimes: { 'ccg-2099': {} } });
    expect(unknownRegime.ok).toBe(false);
    if (!unknownRegime.ok)
      expect(unknownRegime.errors[0]).toMatch(
        /regimes\.ccg-2099: unknown field; allowed fields are internal-market-1991/,
      );
  });

  it('takes contract terms and procurement routes from the rules, not from a regime name', () => {
    const m = new Model({
      regime: 'ccg-2013',
      scale: 'local',
      seed: 5,
      years: 4,
      params: { 'tender.propensity': 0 },
      // Give the 2013 rules the Provider Selection Regime's routes: direct awards must appear.
      regimes: { 'ccg-2013': { procurement: { routes: REGIMES['icb-2022'].procurement.routes } } },
    });
    m.run();
    const routes = new Set(m.events.events.filter((e) => e.type === 'tender.decided').map((e) => e.reason));
    expect(routes.has('direct-award-b')).toBe(true);
    expect(routes.has('direct-award-c')).toBe(true);
  });
});

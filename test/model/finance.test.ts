import { describe, expect, it } from 'vitest';
import { model, sum } from './helpers';

describe('provider finances, bail-outs and failure', () => {
  it('bails out distressed NHS trusts in most regimes, recording a loan', () => {
    const m = model('ccg-2013', {
      years: 5,
      params: { 'failure.distressThreshold': 0, 'funding.allocationGrowth': -0.03, 'payment.efficiencyFactor': 0.05 },
    });
    m.run();
    expect(sum(m.yearly, 'bailouts')).toBeGreaterThan(0);
    expect(m.world.providers.some((p) => p.bailouts > 0 && p.debt > 0)).toBe(true);
  });

  it('lets NHS trusts fail (special administration) when the regime does not bail out, and hands their services on', () => {
    const m = model('ccg-2013', {
      years: 5,
      params: { 'failure.distressThreshold': 0, 'funding.allocationGrowth': -0.03, 'payment.efficiencyFactor': 0.05 },
      regimes: { 'ccg-2013': { failure: { bailoutProbability: 0 } } },
    });
    m.run();
    const failed = m.world.providers.filter((p) => p.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const p of failed) expect(m.world.contractsAt(p.id)).toHaveLength(0);
    // Services pass to a surviving neighbour (the last trust standing in an area has none).
    expect(failed.some((p) => p.successor !== null)).toBe(true);
    expect(m.checkInvariants()).toEqual([]);
  });

  it('writes off revenue support debt when the ICB regime arrives', () => {
    const m = model('ccg-2013', {
      years: 8,
      params: { 'failure.distressThreshold': 0, 'funding.allocationGrowth': -0.03, 'payment.efficiencyFactor': 0.05 },
    });
    while (!m.finished && !m.world.providers.some((p) => p.debt > 0)) m.step();
    const debt = m.world.providers.reduce((s, p) => s + p.debt, 0);
    expect(debt).toBeGreaterThan(0);
    m.applyReform('icb-2022');
    expect(m.world.providers.reduce((s, p) => s + p.debt, 0)).toBe(0);
    expect(m.events.events.some((e) => e.type === 'debt.written-off')).toBe(true);
  });

  it('withholds CQUIN money from providers below the quality goal', () => {
    const m = model('ccg-2013', { years: 2, params: { 'payment.qualityTarget': 1 } });
    m.run();
    expect(m.events.events.some((e) => e.type === 'payment.withheld')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { CALENDAR } from '../../src/model/calendar';
import { openRound } from '../../src/model/negotiation';
import { model, stepTo } from './helpers';
import type { Model } from '../../src/model/model';

function openOne(m: Model, set: (n: NonNullable<ReturnType<typeof openRound>>) => void) {
  stepTo(m, CALENDAR.planning - 1);
  const ct = m.world.contracts.find(
    (c) => c.state === 'active' && c.alliance === null && m.world.providers[c.provider].type === 'acute',
  )!;
  const neg = openRound(m, ct, null)!;
  set(neg);
  return { ct, neg };
}

describe('contract negotiation (time-dependent concession to a deadline)', () => {
  it('agrees between the reserves when they overlap, with offers and counter-offers recorded', () => {
    const m = model('ccg-2013', { years: 2 });
    const { ct, neg } = openOne(m, (n) => {
      n.commissionerOpen = n.reference * 0.95;
      n.commissionerReserve = n.reference * 1.02;
      n.providerOpen = n.reference * 1.06;
      n.providerReserve = n.reference * 0.99;
    });
    for (let i = 0; i < neg.rounds + 2; i++) m.step();
    const evs = m.events.events.filter((e) => e.contract === ct.id);
    expect(evs.some((e) => e.type === 'negotiation.offer')).toBe(true);
    const agreed = evs.find((e) => e.type === 'negotiation.agreed')!;
    expect(agreed).toBeDefined();
    expect(agreed.value!).toBeGreaterThanOrEqual(neg.reference * 0.99);
    expect(agreed.value!).toBeLessThanOrEqual(neg.reference * 1.02);
    expect(ct.next).not.toBeNull();
  });

  it('misses the deadline and goes to mediation when the reserves do not overlap', () => {
    const m = model('ccg-2013', { years: 2 });
    const { ct, neg } = openOne(m, (n) => {
      n.commissionerOpen = n.reference * 0.9;
      n.commissionerReserve = n.reference * 0.97;
      n.providerOpen = n.reference * 1.1;
      n.providerReserve = n.reference * 1.03;
    });
    for (let i = 0; i < neg.rounds + 1; i++) m.step();
    expect(m.events.events.some((e) => e.contract === ct.id && e.type === 'negotiation.deadline-missed')).toBe(true);
    expect(['disputed', 'arbitration']).toContain(m.world.contracts[ct.id].state);
  });

  it('concedes earlier (larger β) where trust is higher', () => {
    const betas = [0.2, 0.9].map((t) => {
      const m = model('ccg-2013', { years: 2, seed: 3 });
      stepTo(m, CALENDAR.planning - 1);
      const ct = m.world.contracts.find((c) => c.state === 'active' && m.world.providers[c.provider].type === 'acute')!;
      m.world.ensureRelationship(ct.commissioner, ct.provider).trust = t;
      const n = openRound(m, ct, null)!;
      return [n.commissionerBeta, n.providerBeta];
    });
    expect(betas[1][0]).toBeGreaterThan(betas[0][0]);
    expect(betas[1][1]).toBeGreaterThan(betas[0][1]);
  });

  it('charges bargaining time to both sides as transaction cost', () => {
    const m = model('ccg-2013', { years: 1 });
    stepTo(m, CALENDAR.offersOpen + 3);
    expect(m.counters.transactionCost).toBeGreaterThan(0);
    expect(m.counters.negotiations).toBeGreaterThan(0);
  });

  it('applies agreed terms at the start of the next financial year', () => {
    const m = model('ccg-2013', { years: 2 });
    const { ct, neg } = openOne(m, (n) => {
      n.commissionerReserve = n.reference * 1.05;
      n.providerReserve = n.reference * 0.95;
    });
    for (let i = 0; i < neg.rounds + 2; i++) m.step();
    const next = ct.next!;
    const planned = next.lineValue.reduce((a, b) => a + b, 0);
    stepTo(m, 0);
    expect(ct.lineValue.reduce((a, b) => a + b, 0)).toBeCloseTo(planned, 0);
    expect(ct.next).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { CALENDAR } from '../../src/model/calendar';
import { openRound } from '../../src/model/negotiation';
import { model, stepTo } from './helpers';

function disputed(params: Record<string, number>, trust: number, gapShare: number, seed = 5) {
  const m = model('ccg-2013', { years: 2, params, seed });
  stepTo(m, CALENDAR.planning - 1);
  const ct = m.world.contracts
    .filter((c) => c.state === 'active' && m.world.providers[c.provider].type === 'acute')
    .sort((a, b) => b.lineValue.reduce((x, y) => x + y, 0) - a.lineValue.reduce((x, y) => x + y, 0))[0];
  m.world.providers[ct.provider].foundation = false;
  m.world.ensureRelationship(ct.commissioner, ct.provider).trust = trust;
  const n = openRound(m, ct, null)!;
  n.commissionerOpen = n.reference * (1 - gapShare);
  n.commissionerReserve = n.reference * (1 - gapShare / 2);
  n.providerOpen = n.reference * (1 + gapShare);
  n.providerReserve = n.reference * (1 + gapShare / 2);
  const before = m.world.ensureRelationship(ct.commissioner, ct.provider).arbitrations;
  for (let i = 0; i < n.rounds + CALENDAR.mediationWeeks + CALENDAR.arbitrationWeeks + 4; i++) m.step();
  return { m, ct, n, before, evs: m.events.events.filter((e) => e.contract === ct.id) };
}

describe('disputes: mediation then pendulum arbitration', () => {
  it('goes to arbitration when mediation fails and the gap qualifies; the panel picks one final offer', () => {
    const { evs, m, ct, before } = disputed(
      { 'dispute.mediationBase': -5, 'dispute.escalationPropensity': 1 },
      0.3,
      0.06,
    );
    const decided = evs.find((e) => e.type === 'arbitration.decided')!;
    expect(decided).toBeDefined();
    const c = Number(decided.detail.commissionerFinal);
    const p = Number(decided.detail.providerFinal);
    expect([c, p]).toContain(Math.round(decided.value!));
    expect(c).toBeLessThanOrEqual(p);
    expect(m.world.ensureRelationship(ct.commissioner, ct.provider).arbitrations).toBe(before + 1);
  });

  it('costs both sides trust', () => {
    const { m, ct } = disputed(
      { 'dispute.mediationBase': -5, 'dispute.escalationPropensity': 1, 'trust.arbitrationShock': 0.3 },
      0.5,
      0.06,
    );
    expect(m.world.ensureRelationship(ct.commissioner, ct.provider).trust).toBeLessThan(0.35);
  });

  it('settles in mediation when trust is high and mediation likely', () => {
    const { evs } = disputed({ 'dispute.mediationBase': 5 }, 0.9, 0.02);
    expect(evs.some((e) => e.type === 'mediation.settled')).toBe(true);
    expect(evs.some((e) => e.type === 'arbitration.opened')).toBe(false);
  });

  it('rolls over instead of arbitrating when the gap is below the threshold', () => {
    const { evs } = disputed(
      { 'dispute.mediationBase': -5, 'dispute.escalationPropensity': 1, 'dispute.minimumValue': 20_000_000 },
      0.3,
      0.02,
    );
    expect(evs.some((e) => e.type === 'contract.rolled-over')).toBe(true);
    expect(evs.some((e) => e.type === 'arbitration.opened')).toBe(false);
  });

  it('the final offers move toward the panel (chilling effect) when the parameter says so', () => {
    const gaps = [0, 1].map((chill) => {
      const { evs } = disputed(
        { 'dispute.mediationBase': -5, 'dispute.escalationPropensity': 1, 'dispute.chillingEffect': chill },
        0.3,
        0.08,
        9,
      );
      const d = evs.find((e) => e.type === 'arbitration.decided')!;
      return Number(d.detail.providerFinal) - Number(d.detail.commissionerFinal);
    });
    expect(gaps[1]).toBeLessThan(gaps[0]);
  });
});

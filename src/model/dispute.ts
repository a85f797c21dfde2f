// Disputes after a missed deadline: mediation (settles at the midpoint with a chance that
// rises with trust and falls with the gap), then pendulum (final-offer) arbitration
// (Farber 1980): each side moves its final offer toward what it expects the panel to find
// fair, and the panel picks whichever final offer is closer to its own noisy view of the
// fair value (tariff times forecast activity). No splitting; finances are not considered.
import { CALENDAR } from './calendar';
import { CENTRE } from './ledger';
import type { Model } from './model';
import { contractValue } from './contract';
import type { Negotiation } from './types';
import { agree } from './negotiation';
import { experienceOf, shockTrust } from './trust';

export function disputeWeek(m: Model): void {
  for (const neg of m.world.negotiations.values()) {
    if (neg.stage === 'mediation' && m.tick >= neg.stageTick + CALENDAR.mediationWeeks) mediate(m, neg);
    else if (neg.stage === 'arbitration' && m.tick >= neg.stageTick + CALENDAR.arbitrationWeeks) arbitrate(m, neg);
  }
}

function mediate(m: Model, neg: Negotiation): void {
  const rng = m.rng.dispute;
  const c = m.world.commissioners[neg.commissioner];
  const p = m.world.providers[neg.provider];
  const ct = m.world.contracts[neg.contract];
  const rel = m.world.ensureRelationship(c.id, p.id);
  const gap = neg.lastProviderOffer - neg.lastCommissionerOffer;
  const gapPct = (100 * gap) / neg.reference;
  m.counters.mediations++;
  // Small contracts get small mediations: cost scales with the square root of value up to £50m.
  const cost = m.params['dispute.mediationCost'] * Math.min(1, Math.sqrt(neg.reference / 5e7));
  m.economy.chargeTransaction(c.account, cost, c, null);
  m.economy.chargeTransaction(p.account, cost, null, p);
  const logit =
    m.params['dispute.mediationBase'] +
    m.params['dispute.mediationTrust'] * (rel.trust - 0.5) -
    m.params['dispute.mediationGap'] * gapPct;
  const opened = m.events.record(m.tick, m.year, {
    type: 'mediation.opened',
    commissioner: c.id,
    provider: p.id,
    contract: ct.id,
    cause: neg.causeEvent,
    value: gap,
    reason: 'deadline missed',
    detail: {
      gapPct: Math.round(gapPct * 100) / 100,
      commissionerOffer: Math.round(neg.lastCommissionerOffer),
      providerOffer: Math.round(neg.lastProviderOffer),
      trust: Math.round(rel.trust * 1000) / 1000,
      settleChance: Math.round(1000 / (1 + Math.exp(-logit))) / 1000,
    },
  });
  neg.causeEvent = opened;
  if (rng.chance(1 / (1 + Math.exp(-logit)))) {
    agree(
      m,
      neg,
      (neg.lastCommissionerOffer + neg.lastProviderOffer) / 2,
      'mediation.settled',
      'settled at the midpoint in mediation',
    );
    return;
  }
  neg.causeEvent = m.events.record(m.tick, m.year, {
    type: 'mediation.failed',
    commissioner: c.id,
    provider: p.id,
    contract: ct.id,
    cause: opened,
    value: gap,
    reason: 'no agreement in the mediation window',
    detail: { gapPct: Math.round(gapPct * 100) / 100, arbitrationThreshold: m.params['dispute.minimumValue'] },
  });
  const eligible = gap >= m.params['dispute.minimumValue'];
  const ftRefuses = p.foundation && m.regime.disputes.ftOptional && !rng.chance(m.params['dispute.ftParticipation']);
  const escalates = eligible && !ftRefuses && rng.chance(m.params['dispute.escalationPropensity']);
  // Either side, held by a player, may take it to arbitration or let last year's terms roll over.
  if (eligible && !ftRefuses && escalatesFor(m, neg, escalates, gap)) {
    neg.stage = 'arbitration';
    neg.stageTick = m.tick;
    ct.state = 'arbitration';
    neg.causeEvent = m.events.record(m.tick, m.year, {
      type: 'arbitration.opened',
      commissioner: c.id,
      provider: p.id,
      contract: ct.id,
      cause: neg.causeEvent,
      value: gap,
      reason: `referred to the ${m.regime.disputes.arbiter}`,
      detail: { arbiter: m.regime.disputes.arbiter },
    });
    return;
  }
  // Below the threshold, or a foundation trust declining: last year's terms roll over with the tariff's uplift.
  const prev = contractValue(ct);
  agree(
    m,
    neg,
    Math.min(neg.lastProviderOffer, Math.max(neg.lastCommissionerOffer, prev)),
    'contract.rolled-over',
    !eligible
      ? 'gap below the arbitration threshold'
      : ftRefuses
        ? 'foundation trust declined arbitration'
        : 'parties did not escalate',
  );
}

/** A side's final offer in arbitration: the agent's, or its player's. */
function finalOffer(m: Model, neg: Negotiation, holder: string, suggestion: number): number {
  if (!m.decisions.holds(holder)) return suggestion;
  return m.decisions.ask(
    m.tick,
    'arbitration.final-offer',
    holder,
    `ct${neg.contract}`,
    {
      facts: {
        commissionerLastOffer: Math.round(neg.lastCommissionerOffer),
        providerLastAsk: Math.round(neg.lastProviderOffer),
        fairValue: Math.round(neg.reference),
        arbiterNoise: m.params['dispute.arbiterNoise'],
        rule: 'the panel picks whichever final offer is closer to its own view of a fair value; no splitting',
      },
      range: { min: 0, max: Math.max(neg.lastProviderOffer, neg.reference) * 2 },
      suggestion,
    },
    `/${holder}`,
  );
}

/** The escalation, as the agents drew it or as a player holding either side decides. */
function escalatesFor(m: Model, neg: Negotiation, drawn: boolean, gap: number): boolean {
  const c = m.world.commissioners[neg.commissioner];
  const p = m.world.providers[neg.provider];
  let out = drawn;
  for (const holder of [c.code, p.code]) {
    if (!m.decisions.holds(holder)) continue;
    const answer = m.decisions.ask(m.tick, 'dispute.escalate', holder, `ct${neg.contract}`, {
      facts: {
        gap: Math.round(gap),
        commissionerOffer: Math.round(neg.lastCommissionerOffer),
        providerOffer: Math.round(neg.lastProviderOffer),
        fairValue: Math.round(neg.reference),
        arbiter: m.regime.disputes.arbiter,
        penalty: m.regime.disputes.penalty,
        trust: Math.round(m.world.ensureRelationship(c.id, p.id).trust * 1000) / 1000,
      },
      options: [
        { value: 'arbitration', label: `Go to pendulum arbitration before the ${m.regime.disputes.arbiter}` },
        { value: 'roll-over', label: "Settle: last year's terms roll over with the uplift" },
      ],
      suggestion: drawn ? 'arbitration' : 'roll-over',
    });
    out = answer === 'arbitration';
  }
  return out;
}

function arbitrate(m: Model, neg: Negotiation): void {
  const rng = m.rng.dispute;
  const c = m.world.commissioners[neg.commissioner];
  const p = m.world.providers[neg.provider];
  const chill = m.params['dispute.chillingEffect'];
  const sd = m.params['dispute.arbiterNoise'];
  // Each side's guess of the panel's view, then its final offer pulled toward it (but never past its own last offer).
  const guessC = neg.reference * (1 + sd * rng.normal());
  const guessP = neg.reference * (1 + sd * rng.normal());
  const modelC = Math.min(
    neg.lastProviderOffer,
    neg.lastCommissionerOffer + chill * Math.max(0, guessC - neg.lastCommissionerOffer),
  );
  const modelP = Math.max(modelC, neg.lastProviderOffer - chill * Math.max(0, neg.lastProviderOffer - guessP));
  const finalC = finalOffer(m, neg, c.code, modelC);
  const finalP = Math.max(finalC, finalOffer(m, neg, p.code, modelP));
  const fair = neg.reference * (1 + sd * rng.normal());
  const commissionerWins = Math.abs(finalC - fair) <= Math.abs(finalP - fair);
  const award = commissionerWins ? finalC : finalP;
  const cost = m.params['dispute.arbitrationCost'];
  m.economy.chargeTransaction(c.account, cost, c, null);
  m.economy.chargeTransaction(p.account, cost, null, p);
  // Regime penalties (2017–19: loss of STF or quality premium) go back to the centre.
  const penalty = m.regime.disputes.penalty * neg.reference;
  if (penalty > 0) {
    m.ledger.transfer(c.account, CENTRE, penalty);
    c.balance -= penalty;
    m.ledger.transfer(p.account, CENTRE, penalty);
    p.costs += penalty;
  }
  const shock = m.params['trust.arbitrationShock'];
  shockTrust(m, c.id, p.id, -shock);
  const rel = m.world.ensureRelationship(c.id, p.id);
  rel.arbitrations++;
  p.arbitrated = true;
  experienceOf(m, c.id).arbitrations++;
  m.counters.arbitrations++;
  agree(
    m,
    neg,
    award,
    'arbitration.decided',
    `the panel chose the ${commissionerWins ? 'commissioner' : 'provider'}'s final offer`,
    {
      commissionerFinal: Math.round(finalC),
      providerFinal: Math.round(finalP),
      winner: commissionerWins ? 'commissioner' : 'provider',
      // The panel's own view of a fair value (tariff × forecast activity, as it sees it).
      fairValue: Math.round(fair),
      reference: Math.round(neg.reference),
      arbiter: m.regime.disputes.arbiter,
      penalty: Math.round(penalty),
    },
  );
}

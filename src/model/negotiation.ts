// Annual contract negotiation as alternating offers with time-dependent concession
// (Faratin, Sierra & Jennings 1998). Each side opens away from a reference value (tariff
// times forecast activity) and concedes toward its reservation value as the signature
// deadline nears; β > 1 concedes early (Conceder), β < 1 holds firm (Boulware). Trust,
// bargaining power (alternatives, dependence) and financial pressure set β and the reserves.
import { LINES, OTHER_SPEND_SHARE, PRIMARY_CARE_SHARE } from './lines';
import type { Model } from './model';
import { clamp01 } from './math';
import { contractTerm } from './regimes';
import { contractValue } from './contract';
import type { Contract, Negotiation } from './types';
import { LINE_COUNT } from './types';
import { experienceOf, learnTrust } from './trust';
import { costDrift, priceDrift } from './prices';

/** Below this annual value (£) a contract renews on standard terms without bargaining. */
const SMALL_CONTRACT = 1_000_000;

/**
 * Forecast of next year's activity per line: this year's referrals grown by demand growth,
 * plus, for planned care, a share of the commissioner's patients already waiting.
 */
export function forecastVolume(m: Model, ct: Contract): Float64Array {
  const v = new Float64Array(LINE_COUNT);
  const p = m.world.providers[ct.provider];
  const growCap = 1 + m.params['provider.capacityGrowth'];
  // Waiting lists are bought down only when the settlement has money for it: in full from 3%
  // real growth, not at all when funding is flat.
  const clearance = m.params['contract.backlogClearance'] * clamp01(m.nextParams['funding.allocationGrowth'] / 0.03);
  for (let l = 0; l < LINE_COUNT; l++) {
    const g = m.params[LINES[l].growth] + (LINES[l].prevalence ? 0 : m.params['demand.populationGrowth']);
    const base = ct.weeklyReferrals[l] > 0 ? ct.weeklyReferrals[l] * 52 : ct.lineVolume[l];
    v[l] = ct.lineVolume[l] > 0 || base > 0 ? base * (1 + g) + clearance * ct.waiting[l] : 0;
    // Nobody plans (or pays a fixed sum for) activity the provider cannot deliver: the plan is
    // capped at this contract's share of the provider's capacity, allowing for a year's growth.
    if (v[l] > 0 && ct.weeklyReferrals[l] > 0) {
      const all = roundTotals(m).referrals[p.id * LINE_COUNT + l];
      if (all > 0) v[l] = Math.min(v[l], p.capacity[l] * growCap * (ct.weeklyReferrals[l] / all));
    }
  }
  return v;
}

/** Share of the commissioner's affordable contract budget its planned contracts would use, minus 1. */
function affordability(m: Model, cId: number): number {
  const c = m.world.commissioners[cId];
  const planned = plannedSpend(m, c.id, priceDrift(m));
  return planned > 0 ? contractBudget(m, c.id) / planned - 1 : 0;
}

/** What a commissioner can spend on contracts next year: its allocation less primary care, other spend and running costs, less part of any overspend carried. */
export function contractBudget(m: Model, cId: number): number {
  const c = m.world.commissioners[cId];
  const g = m.nextParams['funding.allocationGrowth'];
  return (
    c.allocation * (1 + g) * (c.kind === 'fundholder' ? 1 : 1 - PRIMARY_CARE_SHARE - OTHER_SPEND_SHARE) -
    c.runningCosts +
    Math.min(0, c.carried) * 0.5
  );
}

/** Next year's spend on a commissioner's contracts at these prices: blocks carried forward, activity at forecast volume. */
export function plannedSpend(m: Model, cId: number, drift: number): number {
  let planned = 0;
  const block = m.regime.payment.form === 'block';
  for (const ct of m.world.contractsOf(cId)) {
    if (block || ct.form === 'capitated') {
      for (let l = 0; l < LINE_COUNT; l++) planned += ct.lineValue[l] * drift;
      continue;
    }
    const vol = forecastVolume(m, ct);
    for (let l = 0; l < LINE_COUNT; l++) planned += vol[l] * m.economy.prices[l] * drift;
  }
  return planned;
}

/** Affordability per commissioner, computed once per week (every renewal opens in the same week). */
const affordCache = new WeakMap<Model, { tick: number; byCommissioner: Map<number, number> }>();
function affordabilityCached(m: Model, cId: number): number {
  let cache = affordCache.get(m);
  if (!cache || cache.tick !== m.tick) affordCache.set(m, (cache = { tick: m.tick, byCommissioner: new Map() }));
  let value = cache.byCommissioner.get(cId);
  if (value === undefined) {
    value = affordability(m, cId);
    cache.byCommissioner.set(cId, value);
  }
  return value;
}

/**
 * Totals every renewal of a week reads, computed once per week (within a contracting round
 * contract values and referrals do not change: new terms wait in `next` until April):
 * referrals per provider and line, contract value per commissioner and per provider.
 */
interface RoundTotals {
  tick: number;
  referrals: Float64Array;
  spend: Float64Array;
  income: Float64Array;
  /** Per commissioner: contract value on acute lines, and on community and mental-health lines. */
  acute: Float64Array;
  upstream: Float64Array;
}
const totalsCache = new WeakMap<Model, RoundTotals>();
function roundTotals(m: Model): RoundTotals {
  let t = totalsCache.get(m);
  if (t && t.tick === m.tick) return t;
  const { world } = m;
  t = {
    tick: m.tick,
    referrals: new Float64Array(world.providers.length * LINE_COUNT),
    spend: new Float64Array(world.commissioners.length),
    income: new Float64Array(world.providers.length),
    acute: new Float64Array(world.commissioners.length),
    upstream: new Float64Array(world.commissioners.length),
  };
  for (const ct of world.contracts) {
    if (ct.state === 'ended') continue;
    const v = contractValue(ct);
    t.spend[ct.commissioner] += v;
    t.income[ct.provider] += v;
    for (let l = 0; l < LINE_COUNT; l++) {
      t.referrals[ct.provider * LINE_COUNT + l] += ct.weeklyReferrals[l];
      if (LINES[l].sector === 'acute') t.acute[ct.commissioner] += ct.lineValue[l];
      else t.upstream[ct.commissioner] += ct.lineValue[l];
    }
  }
  totalsCache.set(m, t);
  return t;
}

function power(m: Model, ct: Contract): { commissioner: number; provider: number } {
  const p = m.world.providers[ct.provider];
  const value = contractValue(ct);
  const totals = roundTotals(m);
  const commSpend = totals.spend[ct.commissioner];
  const provIncome = totals.income[ct.provider];
  let alternatives = 0;
  for (const q of m.world.providersIn(p.area)) {
    if (q.id === p.id) continue;
    for (let l = 0; l < LINE_COUNT; l++)
      if (ct.lineVolume[l] > 0 && q.capacity[l] > 0) {
        alternatives++;
        break;
      }
  }
  const choice = m.params['market.providerChoice'];
  // Commissioner power: credible alternatives and how much of the provider's income it holds.
  const commissioner = choice * (alternatives / (alternatives + 2)) + 0.6 * (provIncome > 0 ? value / provIncome : 0);
  // Provider power: how much of the commissioner's spend depends on it.
  const provider = commSpend > 0 ? value / commSpend : 0;
  return { commissioner, provider };
}

/** Opens the renewal of a contract whose term ends this year. */
export function openRound(m: Model, ct: Contract, cause: number | null): Negotiation | null {
  if (ct.state === 'ended' || ct.alliance !== null || m.world.negotiations.has(ct.id)) return null;
  const c = m.world.commissioners[ct.commissioner];
  const p = m.world.providers[ct.provider];
  const rng = m.rng.bargaining;
  const rel = m.world.ensureRelationship(c.id, p.id);
  const forecast = forecastVolume(m, ct);
  const drift = priceDrift(m);
  // The commissioner plans activity within what it can afford: below the forecast to manage
  // demand when money is short, above it (treating more of the waiting list, buying growth)
  // when there is money to spare. A block is last year's sum carried forward at next year's
  // prices and grown or cut the same way, not re-priced to tariff times forecast; under
  // activity payment the plan is a volume at national prices.
  const afford = affordabilityCached(m, c.id);
  const plan = 1 + Math.max(-m.params['contract.planCut'], Math.min(m.params['contract.planGrowth'], afford));
  const block = m.economy.paymentFormFor(ct) === 'block';
  // National policy may move money from hospitals to community and primary care (the Long Term
  // Plan's £4.5bn): next year's acute lines give up a share, community and mental health gain it.
  const shift = m.nextParams['funding.primaryCommunityShift'];
  const totals = roundTotals(m);
  const upRatio = totals.upstream[c.id] > 0 ? totals.acute[c.id] / totals.upstream[c.id] : 0;
  const volume = new Float64Array(LINE_COUNT);
  const lineReference = new Float64Array(LINE_COUNT);
  let reference = 0;
  let cost = 0;
  let capShare = 0;
  let capTot = 0;
  for (let l = 0; l < LINE_COUNT; l++) {
    volume[l] = block ? forecast[l] : forecast[l] * plan;
    const moved = LINES[l].sector === 'acute' ? 1 - shift : 1 + shift * upRatio;
    lineReference[l] =
      (block && ct.lineValue[l] > 0 ? ct.lineValue[l] * drift * plan : volume[l] * m.economy.prices[l] * drift) * moved;
    reference += lineReference[l];
    cost += forecast[l] * (block ? 1 : plan) * p.unitCost[l];
    capTot += p.capacity[l] * m.economy.prices[l];
    capShare += Math.min(forecast[l], p.capacity[l]) * m.economy.prices[l];
  }
  if (reference <= 0) return null;
  cost += p.fixedCost * (capTot > 0 ? capShare / capTot : 0);
  // Providers plan on next year's cost pressure less their own efficiency gains.
  cost *= costDrift(m) * (1 - m.params['provider.costEfficiency']);
  const trust = rel.trust;
  const noise = m.params['negotiation.perceptionNoise'] * (1.3 - trust);
  const pressure = m.params['negotiation.pressureReserve'];
  const provPressure = p.income > 0 ? Math.max(0, -p.surplus / Math.max(p.income, 1)) : 0;
  const rc =
    reference * (1 + 0.025 + (afford < 0 ? pressure * afford : 0.1 * Math.min(afford, 0.03)) + noise * rng.normal());
  const margin = m.params['negotiation.providerMargin'] + 0.06 * p.profitMotive + pressure * provPressure * 0.5;
  const rp = cost * (1 + margin) * (1 + noise * rng.normal());
  const gap = m.params['negotiation.openingGap'];
  const oc = Math.min(rc, reference * (1 - gap * (1.6 - c.orientation - 0.5 * trust)));
  const op = Math.max(rp, reference * (1 + gap * (0.6 + p.profitMotive + 0.5 * (1 - trust))));
  const pw = power(m, ct);
  const kT = m.params['negotiation.trustConcession'];
  const kP = m.params['negotiation.powerConcession'];
  const neg: Negotiation = {
    contract: ct.id,
    commissioner: c.id,
    provider: p.id,
    openedTick: m.tick,
    deadlineTick: m.tick + 1 + m.params['negotiation.rounds'],
    round: 0,
    rounds: m.params['negotiation.rounds'],
    reference,
    commissionerOpen: oc,
    commissionerReserve: rc,
    providerOpen: op,
    providerReserve: rp,
    commissionerBeta: Math.exp(kT * (trust - 0.5) + 0.8 * (c.orientation - 0.5) + kP * (pw.provider - pw.commissioner)),
    providerBeta: Math.exp(kT * (trust - 0.5) + kP * (pw.commissioner - pw.provider) - 0.8 * p.profitMotive),
    lastCommissionerOffer: oc,
    lastProviderOffer: op,
    volume,
    lineReference,
    block,
    form: m.economy.paymentFormFor(ct),
    stage: 'bargaining',
    stageTick: m.tick,
    causeEvent: -1,
  };
  neg.causeEvent = m.events.record(m.tick, m.year, {
    type: 'negotiation.opened',
    commissioner: c.id,
    provider: p.id,
    contract: ct.id,
    cause,
    value: reference,
    reason: 'contract term ends this year',
    detail: { form: neg.form, trust: round(trust) },
  });
  m.world.negotiations.set(ct.id, neg);
  if (ct.state === 'active') ct.state = 'negotiating';
  m.counters.negotiations++;
  // Small contracts (a fundholder's, a minor independent provider's) go on standard terms at
  // the reference value: nobody spends weeks bargaining over them.
  if (reference < SMALL_CONTRACT) agree(m, neg, reference, 'negotiation.agreed', 'standard terms for a small contract');
  return neg;
}

/** One weekly round for every negotiation still bargaining. */
export function bargainingWeek(m: Model): void {
  for (const neg of m.world.negotiations.values()) {
    if (neg.stage !== 'bargaining' || m.tick <= neg.stageTick) continue;
    const ct = m.world.contracts[neg.contract];
    const c = m.world.commissioners[neg.commissioner];
    const p = m.world.providers[neg.provider];
    neg.round++;
    const t = Math.min(1, neg.round / neg.rounds);
    const modelC =
      neg.commissionerOpen + (neg.commissionerReserve - neg.commissionerOpen) * Math.pow(t, 1 / neg.commissionerBeta);
    const modelP = neg.providerOpen - (neg.providerOpen - neg.providerReserve) * Math.pow(t, 1 / neg.providerBeta);
    // A player holding either side makes that side's offer (offering what the other asks accepts it).
    const held = m.decisions.holds(c.code) || m.decisions.holds(p.code);
    const facts = held && {
      round: neg.round,
      rounds: neg.rounds,
      deadlineWeek: neg.deadlineTick,
      fairValue: Math.round(neg.reference),
      lastOffer: Math.round(neg.lastCommissionerOffer),
      lastAsk: Math.round(neg.lastProviderOffer),
      trust: round(m.world.ensureRelationship(c.id, p.id).trust),
      form: neg.form,
    };
    const range = { min: 0, max: Math.max(neg.lastProviderOffer, neg.reference) * 2 };
    const offerC = !held
      ? modelC
      : m.decisions.ask(m.tick, 'negotiation.offer', c.code, `ct${ct.id}`, {
          facts: {
            ...facts,
            counterpart: p.code,
            budgetBalance: Math.round(c.balance + c.carried),
            allocation: Math.round(c.allocation),
          },
          range,
          suggestion: modelC,
        });
    const offerP = !held
      ? modelP
      : m.decisions.ask(m.tick, 'negotiation.ask', p.code, `ct${ct.id}`, {
          facts: { ...facts, counterpart: c.code, surplus: Math.round(p.surplus), cash: Math.round(p.cash) },
          range,
          suggestion: modelP,
        });
    neg.lastCommissionerOffer = offerC;
    neg.lastProviderOffer = offerP;
    const roundCost = Math.max(300, (m.params['contract.negotiationRoundCost'] * neg.reference) / 1e8);
    m.economy.chargeTransaction(c.account, roundCost, c, null);
    m.economy.chargeTransaction(p.account, roundCost, null, p);
    m.events.record(m.tick, m.year, {
      type: 'negotiation.offer',
      commissioner: c.id,
      provider: p.id,
      contract: ct.id,
      cause: neg.causeEvent,
      value: offerC,
      reason: `round ${neg.round}`,
      detail: { round: neg.round },
    });
    if (offerC >= offerP) {
      agree(m, neg, (offerC + offerP) / 2, 'negotiation.agreed', 'offers crossed');
      continue;
    }
    m.events.record(m.tick, m.year, {
      type: 'negotiation.counter-offer',
      commissioner: c.id,
      provider: p.id,
      contract: ct.id,
      cause: neg.causeEvent,
      value: offerP,
      reason: `round ${neg.round}`,
      detail: { round: neg.round, gap: Math.round(offerP - offerC) },
    });
    if (neg.round >= neg.rounds) {
      neg.stage = 'mediation';
      neg.stageTick = m.tick;
      ct.state = 'disputed';
      m.counters.disputes++;
      m.world.ensureRelationship(c.id, p.id).disputes++;
      experienceOf(m, c.id).disputes++;
      learnTrust(m, c.id, p.id, 0.2, 0.3);
      neg.causeEvent = m.events.record(m.tick, m.year, {
        type: 'negotiation.deadline-missed',
        commissioner: c.id,
        provider: p.id,
        contract: ct.id,
        cause: neg.causeEvent,
        value: offerP - offerC,
        reason: 'unsigned at the national deadline',
        detail: { commissionerOffer: Math.round(offerC), providerOffer: Math.round(offerP) },
      });
    }
  }
}

/** Settles a negotiation at `value`: the new terms start next April. */
export function agree(
  m: Model,
  neg: Negotiation,
  value: number,
  type: 'negotiation.agreed' | 'mediation.settled' | 'arbitration.decided' | 'contract.rolled-over',
  reason: string,
  detail: Record<string, number | string | boolean> = {},
): void {
  const ct = m.world.contracts[neg.contract];
  const scale = value / neg.reference;
  const drift = priceDrift(m);
  const lineValue = new Float64Array(LINE_COUNT);
  const lineVolume = new Float64Array(LINE_COUNT);
  for (let l = 0; l < LINE_COUNT; l++) {
    // A line tendered away meanwhile stays with the tender's outcome.
    if (ct.lineVolume[l] <= 0) continue;
    if (neg.block) {
      // A block: the agreed sum, with the activity both sides expect.
      lineVolume[l] = neg.volume[l];
      lineValue[l] = neg.lineReference[l] * scale;
    } else {
      // Activity payment: the bargain sets the planned volume; the price is the tariff's.
      lineVolume[l] = neg.volume[l] * scale;
      lineValue[l] = lineVolume[l] * m.economy.prices[l] * drift;
    }
  }
  const years = contractTerm(m.regime, m.params);
  ct.next = { lineValue, lineVolume, endYear: m.year + years, how: type };
  ct.state = ct.alliance !== null ? 'alliance' : 'active';
  neg.stage = 'done';
  m.world.negotiations.delete(ct.id);
  if (type === 'negotiation.agreed' || type === 'mediation.settled') {
    m.counters.agreements++;
    experienceOf(m, ct.commissioner).agreements++;
    learnTrust(m, ct.commissioner, ct.provider, type === 'negotiation.agreed' ? 0.8 : 0.6, 0.3);
  }
  m.events.record(m.tick, m.year, {
    type,
    commissioner: ct.commissioner,
    provider: ct.provider,
    contract: ct.id,
    cause: neg.causeEvent,
    value,
    reason,
    detail: { reference: Math.round(neg.reference), rounds: neg.round, ...detail },
  });
  if (type !== 'contract.rolled-over') {
    m.events.record(m.tick, m.year, {
      type: 'contract.signed',
      commissioner: ct.commissioner,
      provider: ct.provider,
      contract: ct.id,
      cause: neg.causeEvent,
      value,
      reason: type,
      detail: { years },
    });
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * With the contracting round suspended (Covid, 2020/21–2021/22), an expiring contract rolls
 * over: its current terms at next year's prices, for another year, with no bargaining.
 */
export function rollOver(m: Model, ct: Contract, cause: number | null): void {
  const drift = priceDrift(m);
  const lineValue = Float64Array.from(ct.lineValue, (v) => v * drift);
  const lineVolume = Float64Array.from(ct.lineVolume);
  ct.next = { lineValue, lineVolume, endYear: m.year + 1, how: 'contract.rolled-over' };
  let value = 0;
  for (const v of lineValue) value += v;
  m.events.record(m.tick, m.year, {
    type: 'contract.rolled-over',
    commissioner: ct.commissioner,
    provider: ct.provider,
    contract: ct.id,
    cause,
    value,
    reason: 'contracting round suspended',
    detail: { years: 1 },
  });
}

// Tendering and provider selection. At planning time a commissioner decides, for each
// tenderable service whose contract ends, whether to compete it: the expected gain (the
// incumbent's shortfall against the best credible alternative, seen through noisy
// information) against the cost of tendering and transition, scaled by the regime's rules,
// the commissioner's orientation, capability and trust. Under the 2024 Provider Selection
// Regime the route (direct award A/B/C, most suitable provider, competition) is chosen
// first. Bids are evaluated on quality and price (MEAT) with noise; profit-seeking bidders
// over-promise (the winner's curse); the award has a standstill and may be challenged.
import { CALENDAR } from './calendar';
import { EXTERNAL } from './ledger';
import { LINES } from './lines';
import type { Model } from './model';
import { contractValue, lineKey } from './contract';
import { clamp01, round } from './math';
import { awardTerm } from './regimes';
import { endContract } from './structure';
import type { Bid, Contract, Provider, Tender, TenderRoute } from './types';
import { LINE_COUNT } from './types';
import { learnTrust, shockTrust } from './trust';

/** Providers that could take on the line for this commissioner (capable, with reach). */
export function capableAlternatives(m: Model, area: number, line: number, incumbent: number): Provider[] {
  const rng = m.rng.tender;
  const choice = m.params['market.providerChoice'];
  const out: Provider[] = [];
  const reach = m.params['market.reach'];
  // The area itself, then neighbouring areas, whose providers are capable at a discount.
  for (const a of m.world.neighbourhood(area)) {
    const local = a === area;
    if (!local && reach <= 0) continue;
    for (const p of m.world.providersIn(a)) {
      if (p.id === incumbent) continue;
      if (!LINES[line].deliverers.includes(p.type)) continue;
      // Existing providers of the line are capable more often than those who would have to build it.
      const base = (p.capacity[line] > 0 ? 0.5 + 0.5 * choice : choice * 0.8) * (local ? 1 : reach);
      if (rng.chance(base)) out.push(p);
    }
  }
  return out;
}

/** A provider's size: the value of its capacity at current prices, £ a year. */
function scaleOf(m: Model, p: Provider): number {
  let v = 0;
  for (let l = 0; l < LINE_COUNT; l++) v += p.capacity[l] * m.economy.prices[l];
  return v;
}

function costIndex(m: Model, p: Provider, line: number): number {
  const spec = LINES[line];
  if (p.capacity[line] > 0 && p.unitCost[line] > 0)
    return p.unitCost[line] / (m.economy.prices[line] * (1 - spec.fixedShare));
  // A provider new to the service must mobilise staff and premises before it is efficient.
  return p.type === 'isp' ? 1.0 : 1.05;
}

function seenQuality(m: Model, p: Provider, known: boolean): number {
  const sd = 0.18 * (1 - m.params['market.informationQuality']) * (known ? 0.5 : 1);
  return p.quality + sd * m.rng.evaluation.normal();
}

export function considerTenders(m: Model): void {
  secureUncovered(m);
  const r = m.regime;
  const { rules, routes } = r.procurement;
  const propensity = m.params['tender.propensity'];
  const running = new Set<number>();
  for (const t of m.world.tenders)
    if (t.stage === 'open' || t.stage === 'evaluation' || t.stage === 'standstill')
      running.add(lineKey(t.commissioner, t.line));
  for (const ct of m.world.contracts) {
    if (ct.state === 'ended' || ct.alliance !== null || ct.endYear > m.year) continue;
    const c = m.world.commissioners[ct.commissioner];
    if (!c.active) continue;
    const inc = m.world.providers[ct.provider];
    for (let l = 0; l < LINE_COUNT; l++) {
      const value = ct.lineValue[l];
      if (value < 200_000) continue;
      if (!LINES[l].tenderable) {
        // Planned hospital care follows patient choice (under the Provider Selection Regime, direct award B).
        if (routes.choice !== null && LINES[l].choice) {
          m.events.record(m.tick, m.year, {
            type: 'tender.decided',
            commissioner: c.id,
            provider: inc.id,
            contract: ct.id,
            value,
            reason: routes.choice,
            detail: { line: LINES[l].id, alternatives: 0, rules },
          });
        }
        continue;
      }
      if (running.has(lineKey(c.id, l))) continue;
      // A bidder must be big enough to take the service on: small providers do not bid for large core services.
      const alts = capableAlternatives(m, inc.area, l, inc.id).filter((a) => scaleOf(m, a) >= 0.3 * value);
      const rel = m.world.ensureRelationship(c.id, inc.id);
      let route: TenderRoute | null = null;
      // What the decision compared, for "why?": the gain the commissioner saw against the cost of tendering.
      let why: Record<string, number | string> = {};
      if (alts.length === 0) {
        route = routes.soleProvider;
      } else {
        const wq = m.params['tender.qualityWeight'];
        const score = (p: Provider, known: boolean) =>
          wq * seenQuality(m, p, known) + (1 - wq) * 2 * (1 - costIndex(m, p, l));
        const incScore = score(inc, true);
        let best = -Infinity;
        for (const a of alts) best = Math.max(best, score(a, false));
        const gain = Math.max(0, best - incScore) * value * 2;
        const cost =
          m.params['tender.cost'] * Math.sqrt(value / 1e8) * m.params['contract.transactionCostScale'] +
          m.params['tender.transitionCost'] * value;
        const net = (gain - cost) / Math.max(1, 0.02 * value);
        const pTender =
          r.procurement.competition *
          propensity *
          (1 / (1 + Math.exp(-net))) *
          (1.4 - c.orientation) *
          (0.4 + c.procurement) *
          (1.3 - rel.trust) *
          2;
        const drawn = m.rng.tender.chance(clamp01(pTender));
        const compete = !m.decisions.holds(c.code)
          ? drawn
          : m.decisions.ask(m.tick, 'tender.compete', c.code, `ct${ct.id}/${l}`, {
              facts: {
                service: LINES[l].id,
                incumbent: inc.code,
                value: Math.round(value),
                alternatives: alts.length,
                perceivedGain: Math.round(gain),
                tenderCost: Math.round(cost),
                trust: round(rel.trust, 3),
                incumbentQuality: round(inc.quality, 3),
                rules,
              },
              options: [
                { value: 'compete', label: 'Put it out to competitive tender' },
                { value: 'keep', label: "Keep the incumbent (the regime's usual route)" },
              ],
              suggestion: drawn ? 'compete' : 'keep',
            }) === 'compete';
        why = {
          perceivedGain: Math.round(gain),
          tenderCost: Math.round(cost),
          probability: round(clamp01(pTender), 3),
          orientation: round(c.orientation, 3),
          capability: round(c.procurement, 3),
          trust: round(rel.trust, 3),
        };
        // Not competed by choice: an incumbent below standard may still have to be (most suitable
        // provider or competition); otherwise the regime's route for a satisfactory one, if any.
        const belowStandard = () => inc.quality < m.params['payment.qualityTarget'] - 0.05;
        if (compete) route = 'competitive';
        else if (routes.unsatisfactoryMostSuitable !== null && belowStandard())
          route = m.rng.tender.chance(routes.unsatisfactoryMostSuitable) ? 'most-suitable-provider' : 'competitive';
        else route = routes.satisfactory;
      }
      if (route === null) continue;
      const decided = m.events.record(m.tick, m.year, {
        type: 'tender.decided',
        commissioner: c.id,
        provider: inc.id,
        contract: ct.id,
        value,
        reason: route,
        detail: { line: LINES[l].id, alternatives: alts.length, rules, ...why },
      });
      if (route === 'direct-award-c') ct.endYear = Math.max(ct.endYear, m.year); // one-year direct award: renew through negotiation
      if (route === 'competitive' || route === 'most-suitable-provider') {
        openTender(m, ct, l, route, alts, decided);
        running.add(lineKey(c.id, l));
      }
    }
  }
}

function openTender(m: Model, ct: Contract, line: number, route: TenderRoute, alts: Provider[], cause: number): void {
  const c = m.world.commissioners[ct.commissioner];
  const value = ct.lineValue[line];
  const weeks =
    route === 'competitive'
      ? m.params['tender.durationWeeks']
      : Math.max(8, Math.round(m.params['tender.durationWeeks'] / 3));
  const t: Tender = {
    id: m.world.tenders.length,
    commissioner: c.id,
    line,
    incumbent: ct.provider,
    incumbentContract: ct.id,
    value,
    volume: ct.lineVolume[line],
    route,
    openedTick: m.tick,
    closeTick: m.tick + weeks,
    bids: [],
    winner: null,
    challenged: false,
    stage: 'open',
    causeEvent: cause,
  };
  m.world.tenders.push(t);
  const cost = m.params['tender.cost'] * Math.sqrt(value / 1e8) * (route === 'competitive' ? 1 : 0.3);
  m.economy.chargeTransaction(c.account, cost, c, null);
  m.counters.tenders++;
  m.counters.tenderedValue += value;
  if (ct.state === 'active' || ct.state === 'negotiating') ct.state = 'tendering';
  t.causeEvent = m.events.record(m.tick, m.year, {
    type: 'tender.opened',
    commissioner: c.id,
    provider: ct.provider,
    contract: ct.id,
    tender: t.id,
    value,
    cause,
    reason: route,
    detail: { line: LINES[line].id, weeks, invited: alts.length + 1 },
  });
  // Bids are prepared now and evaluated at the close.
  const bidders = [m.world.providers[ct.provider], ...alts];
  for (const p of bidders) {
    const known = p.id === ct.provider;
    const optimism = m.params['tender.optimism'] * p.profitMotive;
    const ci = costIndex(m, p, line);
    const modelPrice = value * (ci * (1 + 0.03 + 0.05 * p.profitMotive)) * (1 - optimism);
    // A provider's player sets its price, or stays out (0).
    const price = !m.decisions.holds(p.code)
      ? modelPrice
      : m.decisions.ask(
          m.tick,
          'tender.bid',
          p.code,
          `t${t.id}`,
          {
            facts: {
              service: LINES[line].id,
              value: Math.round(value),
              incumbent: known,
              unitCostIndex: round(ci, 3),
              quality: round(p.quality, 3),
              qualityWeight: m.params['tender.qualityWeight'],
              weeks,
            },
            range: { min: 0, max: value * 2 },
            suggestion: modelPrice,
          },
          `/${p.code}`,
        );
    if (!(price > 0)) continue;
    const promise = p.quality + optimism * 0.5;
    const bidCost = m.params['tender.bidCost'] * Math.sqrt(value / 1e8) * (known ? 0.5 : 1);
    m.economy.chargeTransaction(p.account, bidCost, null, p);
    t.bids.push({ provider: p.id, price, qualityPromise: promise, seenQuality: 0, score: 0 });
    m.events.record(m.tick, m.year, {
      type: 'tender.bid',
      commissioner: c.id,
      provider: p.id,
      tender: t.id,
      value: price,
      cause: t.causeEvent,
      reason: known ? 'incumbent' : 'challenger',
      detail: { line: LINES[line].id },
    });
  }
}

export function tenderWeek(m: Model): void {
  for (const t of m.world.tenders) {
    if (t.stage === 'open' && m.tick >= t.closeTick) evaluate(m, t);
    else if (t.stage === 'standstill' && m.tick >= t.closeTick) award(m, t);
  }
}

function evaluate(m: Model, t: Tender): void {
  const c = m.world.commissioners[t.commissioner];
  const wq = m.params['tender.qualityWeight'];
  const info = m.params['market.informationQuality'];
  const edge = m.params['tender.incumbentEdge'];
  const coi = m.params['tender.conflictOfInterest'] * (1 - m.regime.procurement.conflictGovernance);
  const alive = t.bids.filter((b) => m.world.providers[b.provider].status === 'active');
  if (alive.length === 0) {
    abandon(m, t, 'no bidder left');
    return;
  }
  for (const b of alive) {
    const p = m.world.providers[b.provider];
    const known = b.provider === t.incumbent;
    const sd = 0.18 * (1 - info) * (known ? 0.5 : 1);
    // What the panel sees: the promise, tempered by what it knows of the bidder's true quality.
    b.seenQuality = info * p.quality + (1 - info) * b.qualityPromise + sd * m.rng.evaluation.normal();
    b.score = wq * b.seenQuality + (1 - wq) * 2 * (1 - b.price / t.value);
    if (known) b.score += edge * (0.5 + c.orientation) * m.world.ensureRelationship(c.id, p.id).trust;
    if (c.gpLed && p.type === 'gp-federation') b.score += coi;
  }
  alive.sort((a, b) => b.score - a.score || a.provider - b.provider);
  if (m.decisions.holds(c.code)) {
    // The commissioner's player chooses among the bids (the panel's ranking is the suggestion).
    const code = (b: Bid) => m.world.providers[b.provider].code;
    const chosen = m.decisions.ask(m.tick, 'tender.choose', c.code, `t${t.id}`, {
      facts: { service: LINES[t.line].id, value: Math.round(t.value), qualityWeight: wq, bids: alive.length },
      options: alive.map((b) => ({
        value: code(b),
        label: `${m.world.providers[b.provider].name}: ${Math.round(b.price / 1e5) / 10}m, quality as seen ${round(b.seenQuality, 2)}, score ${round(b.score, 3)}`,
      })),
      suggestion: code(alive[0]),
    });
    const i = alive.findIndex((b) => code(b) === chosen);
    if (i > 0) alive.unshift(...alive.splice(i, 1));
  }
  t.winner = alive[0].provider;
  t.stage = 'standstill';
  t.closeTick = m.tick + CALENDAR.standstillWeeks;
  // A losing bidder may challenge (more often the profit-seeking ones).
  if (alive.length > 1 && t.route === 'competitive') {
    const loser = m.world.providers[alive[1].provider];
    if (!t.challenged && m.rng.tender.chance(m.regime.procurement.challengeRate * (0.5 + loser.profitMotive))) {
      t.challenged = true;
      t.closeTick += CALENDAR.challengeWeeks;
      // An upheld challenge sends the commissioner back to evaluate again when the review ends.
      if (m.rng.tender.chance(m.params['tender.challengeUpheld'])) t.stage = 'open';
      m.counters.challenges++;
      m.economy.chargeTransaction(c.account, m.params['tender.challengeCost'], c, null);
      m.events.record(m.tick, m.year, {
        type: 'tender.challenged',
        commissioner: c.id,
        provider: loser.id,
        tender: t.id,
        value: t.value,
        cause: t.causeEvent,
        reason: m.regime.procurement.challengeRoute,
        detail: { upheld: t.stage === 'open' },
      });
    }
  }
}

function abandon(m: Model, t: Tender, why: string): void {
  t.stage = 'abandoned';
  const ct = t.incumbentContract !== null ? m.world.contracts[t.incumbentContract] : null;
  if (ct && ct.state === 'tendering') ct.state = 'active';
  m.events.record(m.tick, m.year, {
    type: 'tender.abandoned',
    commissioner: t.commissioner,
    tender: t.id,
    value: t.value,
    cause: t.causeEvent,
    reason: why,
    detail: {},
  });
}

/** What the panel compared: the winner's score, price and quality as seen, against the runner-up's. */
function awardDetail(m: Model, t: Tender, bid: Bid): Record<string, number | string> {
  const others = t.bids.filter((b) => b !== bid && Number.isFinite(b.score)).sort((a, b) => b.score - a.score);
  const second = others[0];
  return {
    line: LINES[t.line].id,
    bids: t.bids.length,
    score: round(bid.score, 3),
    price: Math.round(bid.price),
    seenQuality: round(bid.seenQuality, 3),
    qualityWeight: m.params['tender.qualityWeight'],
    ...(second && {
      runnerUp: m.world.providers[second.provider].code,
      runnerUpScore: round(second.score, 3),
      runnerUpPrice: Math.round(second.price),
    }),
  };
}

function award(m: Model, t: Tender): void {
  const c = m.world.commissioners[t.commissioner];
  const winner = t.winner !== null ? m.world.providers[t.winner] : null;
  if (!winner || winner.status !== 'active' || !c.active) {
    abandon(m, t, 'winner or commissioner no longer active');
    return;
  }
  t.stage = 'awarded';
  const bid = t.bids.find((b) => b.provider === winner.id) as Bid;
  const l = t.line;
  const inc = t.incumbentContract !== null ? m.world.contracts[t.incumbentContract] : null;
  const ev = m.events.record(m.tick, m.year, {
    type: 'tender.awarded',
    commissioner: c.id,
    provider: winner.id,
    tender: t.id,
    value: bid.price,
    cause: t.causeEvent,
    reason: winner.id === t.incumbent ? 'incumbent retained' : 'new provider',
    detail: awardDetail(m, t, bid),
  });
  const years = awardTerm(m.regime, m.params);
  if (winner.id === t.incumbent && inc && inc.state !== 'ended') {
    m.world.adjustLine(inc, l, bid.price, inc.lineVolume[l], true);
    inc.endYear = Math.max(inc.endYear, m.year + years);
    if (inc.state === 'tendering') inc.state = 'active';
    learnTrust(m, c.id, winner.id, 0.75, 0.5);
    return;
  }
  // Service moves: the incumbent loses the line (staff transfer; some fixed cost is stranded).
  m.counters.providerChanges++;
  let volume = t.volume;
  if (inc && inc.state !== 'ended') {
    volume = inc.lineVolume[l];
    m.world.adjustLine(inc, l, 0, 0, true);
    inc.weeklyReferrals[l] = 0;
    const old = m.world.providers[inc.provider];
    const moved = Math.min(old.capacity[l], volume);
    const spec = LINES[l];
    // The service's fixed cost goes with it, but an NHS trust carries a year of stranded cost
    // (estate, overheads, redundancy) first; independent providers shed theirs almost at once.
    const fixed = moved * m.economy.prices[l] * spec.fixedShare;
    old.fixedCost = Math.max(0, old.fixedCost - fixed);
    const stranded = fixed * (old.type === 'isp' || old.type === 'gp-federation' ? 0.05 : 0.3);
    m.ledger.transfer(old.account, EXTERNAL, stranded);
    old.costs += stranded;
    old.capacity[l] -= moved;
    shockTrust(m, c.id, old.id, -m.params['trust.tenderShock']);
    m.world.ensureRelationship(c.id, old.id).tendersLost++;
    m.counters.decommissions++;
    m.events.record(m.tick, m.year, {
      type: 'service.decommissioned',
      commissioner: c.id,
      provider: old.id,
      contract: inc.id,
      tender: t.id,
      value: t.value,
      cause: ev,
      reason: 'lost the tender',
      detail: { line: LINES[l].id },
    });
    if (contractValue(inc) <= 0) endContract(m, inc, 'all services tendered away', ev);
    else if (inc.state === 'tendering') inc.state = 'active';
  }
  // The winner takes on staff and capacity; its cost is its true cost, whatever it bid. A
  // service specified by a commissioner short of procurement skill turns out dearer to run than
  // anyone priced (Addicott 2016; UnitingCare): novel contracts fail more often there.
  const spec = LINES[l];
  if (winner.capacity[l] <= 0) {
    const ci = winner.type === 'isp' ? m.rng.tender.normal(0.97, 0.05) : m.rng.tender.normal(1.02, 0.04);
    winner.unitCost[l] = m.economy.prices[l] * ci * (1 - spec.fixedShare);
  }
  winner.unitCost[l] *= 1 + m.params['tender.specificationRisk'] * (1 - c.procurement);
  winner.capacity[l] += volume * 1.05;
  winner.fixedCost +=
    volume *
    m.economy.prices[l] *
    spec.fixedShare *
    (winner.unitCost[l] / (m.economy.prices[l] * (1 - spec.fixedShare)));
  let ct = m.world.contractBetween(c.id, winner.id);
  if (!ct) {
    ct = m.world.newContract(c.id, winner.id, m.economy.paymentFormFor({ alliance: null }), m.year, m.year + years);
    const rel = m.world.ensureRelationship(c.id, winner.id);
    rel.trust = Math.max(rel.trust, m.params['trust.initial']);
  }
  m.world.adjustLine(ct, l, bid.price, volume);
  ct.endYear = Math.max(ct.endYear, m.year + years);
  m.economy.chargeTransaction(c.account, t.value * m.params['tender.transitionCost'], c, null);
  m.events.record(m.tick, m.year, {
    type: 'provider.changed',
    commissioner: c.id,
    provider: winner.id,
    contract: ct.id,
    tender: t.id,
    value: bid.price,
    cause: ev,
    reason: `won from ${t.incumbent !== null ? m.world.providers[t.incumbent].name : 'no incumbent'}`,
    detail: { line: LINES[l].id, from: t.incumbent ?? -1 },
  });
}

/**
 * A commissioner must secure every service for its population: a line left with no provider
 * (after a failure or exit) is awarded directly to the area's most capable provider of it
 * (single-tender action, or direct award A under the Provider Selection Regime).
 */
function secureUncovered(m: Model): void {
  for (const c of m.world.commissioners) {
    if (!c.active) continue;
    const demand = m.economy.commissionerDemand(c);
    const mine = m.world.contractsOf(c.id);
    for (let l = 0; l < LINE_COUNT; l++) {
      if (demand[l] <= 0 || mine.some((ct) => ct.lineVolume[l] > 0)) continue;
      const cands = m.world.providersIn(c.area).filter((p) => LINES[l].deliverers.includes(p.type));
      cands.sort(
        (a, b) =>
          b.capacity[l] - a.capacity[l] ||
          LINES[l].deliverers.indexOf(a.type) - LINES[l].deliverers.indexOf(b.type) ||
          a.id - b.id,
      );
      const p = cands[0];
      if (!p) continue;
      const spec = LINES[l];
      m.economy.takeOnService(p, l, demand[l]);
      let ct = m.world.contractBetween(c.id, p.id);
      if (!ct) ct = m.world.newContract(c.id, p.id, m.economy.paymentFormFor({ alliance: null }), m.year, m.year);
      m.world.adjustLine(ct, l, demand[l] * m.economy.prices[l], demand[l]);
      m.events.record(m.tick, m.year, {
        type: 'tender.decided',
        commissioner: c.id,
        provider: p.id,
        contract: ct.id,
        value: demand[l] * m.economy.prices[l],
        reason: m.regime.procurement.routes.uncovered,
        detail: { line: spec.id, why: 'service had no provider' },
      });
    }
  }
}

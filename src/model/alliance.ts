// Collaboration: alliance and lead-provider contracts under a capitated budget (Addicott
// 2016; brief §2). A commissioner designs one when trust with its main providers and its
// own contracting and actuarial capability pass thresholds and the regime has appetite.
// Members' contracts become capitated; at each year end the members pool a share of their
// surpluses and deficits (gain/risk share), joint planning moves money from acute to
// community, mental-health and primary care, which slows emergency demand a year later.
import { CENTRE } from './ledger';
import type { Model } from './model';
import { contractValue } from './contract';
import type { Alliance, Contract } from './types';
import { LINE_COUNT, L } from './types';
import { learnTrust } from './trust';

export function considerAlliances(m: Model): void {
  const appetite = m.regime.collaboration.appetite * m.params['alliance.appetite'];
  if (appetite <= 0) return;
  const rng = m.rng.alliance;
  for (const c of m.world.commissioners) {
    if (!c.active || c.kind === 'fundholder') continue;
    if (m.world.alliances.some((a) => a.commissioner === c.id && a.dissolvedYear === null)) continue;
    const mine = m.world.contractsOf(c.id).filter((ct) => ct.alliance === null);
    const total = mine.reduce((s, ct) => s + contractValue(ct), 0);
    // Main providers: NHS providers and federations holding at least 3% of the commissioner's contract spend.
    const members = mine.filter(
      (ct) =>
        contractValue(ct) >= 0.03 * total &&
        m.world.providers[ct.provider].type !== 'isp' &&
        m.world.providers[ct.provider].status === 'active',
    );
    if (members.length < 2) continue;
    const trust =
      members.reduce((s, ct) => s + m.world.ensureRelationship(c.id, ct.provider).trust, 0) / members.length;
    const capability = (c.contracting + c.actuarial) / 2;
    if (trust < m.params['alliance.trustThreshold'] || capability < m.params['alliance.capabilityThreshold']) continue;
    const p = appetite * (0.5 + c.orientation) * (1 + 2 * (trust - m.params['alliance.trustThreshold']));
    const drawn = rng.chance(Math.min(1, p));
    if (!m.decisions.holds(c.code) ? !drawn : !formsFor(m, c.code, members, trust, capability, drawn)) continue;
    form(m, c.id, members, trust, capability);
  }
}

/** A commissioner's player decides whether to form the alliance its agent would (or would not). */
function formsFor(m: Model, holder: string, members: Contract[], trust: number, capability: number, drawn: boolean) {
  return (
    m.decisions.ask(m.tick, 'alliance.form', holder, holder, {
      facts: {
        members: members.map((ct) => m.world.providers[ct.provider].code).join(', '),
        value: Math.round(members.reduce((s, ct) => s + contractValue(ct), 0)),
        meanTrust: Math.round(trust * 1000) / 1000,
        capability: Math.round(capability * 1000) / 1000,
        riskShare: m.params['alliance.riskShare'],
        years: m.params['alliance.years'],
        kind: m.regime.collaboration.kind,
      },
      options: [
        { value: 'form', label: 'Form it: capitated budget, shared gain and loss' },
        { value: 'decline', label: 'Not now: keep separate contracts' },
      ],
      suggestion: drawn ? 'form' : 'decline',
    }) === 'form'
  );
}

function form(m: Model, cId: number, members: Contract[], trust: number, capability: number): void {
  const c = m.world.commissioners[cId];
  const kind = m.regime.collaboration.kind;
  const lead = members.reduce((a, b) => (contractValue(b) > contractValue(a) ? b : a)).provider;
  const years = m.params['alliance.years'];
  const al: Alliance = {
    id: m.world.alliances.length,
    kind,
    commissioner: cId,
    members: members.map((ct) => ct.provider),
    lead: kind === 'lead-provider' ? lead : null,
    riskShare: m.params['alliance.riskShare'],
    formedYear: m.year,
    endYear: m.year + years,
    dissolvedYear: null,
    upstreamShift: 0,
    contracts: members.map((ct) => ct.id),
  };
  m.world.alliances.push(al);
  m.economy.chargeTransaction(c.account, m.params['alliance.designCost'], c, null);
  let value = 0;
  for (const ct of members) {
    ct.alliance = al.id;
    ct.form = 'capitated';
    ct.state = 'alliance';
    ct.endYear = al.endYear;
    m.world.negotiations.delete(ct.id);
    value += contractValue(ct);
  }
  m.events.record(m.tick, m.year, {
    type: 'alliance.formed',
    commissioner: cId,
    provider: al.lead,
    alliance: al.id,
    value,
    reason:
      kind === 'lead-provider'
        ? 'lead-provider contract under a capitated budget'
        : 'alliance contract with a shared capitated budget',
    detail: {
      members: al.members.length,
      meanTrust: Math.round(trust * 1000) / 1000,
      trustThreshold: m.params['alliance.trustThreshold'],
      capability: Math.round(capability * 1000) / 1000,
      capabilityThreshold: m.params['alliance.capabilityThreshold'],
      years,
    },
  });
}

export function allianceYearEnd(m: Model): void {
  for (const al of m.world.alliances) {
    if (al.dissolvedYear !== null) continue;
    const cts = al.contracts
      .map((id) => m.world.contracts[id])
      .filter((ct) => ct.state !== 'ended' && m.world.providers[ct.provider].status === 'active');
    if (cts.length < 2 || !m.world.commissioners[al.commissioner].active) {
      dissolve(m, al, 'too few members left');
      continue;
    }
    // Gain/risk share on the alliance's own contracts: each member's result on its alliance
    // contract (what it was paid, CQUIN included, less its costs in proportion) goes a share
    // into the pool; the pool is shared by contract value.
    const values = cts.map(contractValue);
    const totalValue = values.reduce((a, b) => a + b, 0);
    const results = cts.map((ct) => {
      const p = m.world.providers[ct.provider];
      return p.income > 0 ? ct.paidYtd - p.costs * (ct.paidYtd / p.income) : 0;
    });
    const pool = results.reduce((s, r) => s + al.riskShare * r, 0);
    cts.forEach((ct, i) => {
      const net = (values[i] / totalValue) * pool - al.riskShare * results[i];
      const p = m.world.providers[ct.provider];
      if (net !== 0) {
        m.ledger.transfer(CENTRE, p.account, net);
        p.income += net;
      }
    });
    m.events.record(m.tick, m.year, {
      type: 'alliance.shared-result',
      commissioner: al.commissioner,
      alliance: al.id,
      value: pool,
      reason: pool >= 0 ? 'shared gain' : 'shared loss',
      detail: { members: cts.length },
    });
    // Lead-provider model: the lead holds the budget and sub-contracts the others, keeping a management fee.
    if (al.kind === 'lead-provider' && al.lead !== null && m.world.providers[al.lead].status === 'active') {
      const lead = m.world.providers[al.lead];
      const fee = m.params['alliance.leadFee'];
      cts.forEach((ct, i) => {
        if (ct.provider === lead.id || fee <= 0) return;
        const amount = fee * values[i];
        const sub = m.world.providers[ct.provider];
        m.ledger.transfer(sub.account, lead.account, amount);
        sub.income -= amount;
        lead.income += amount;
      });
    }
    // Joint planning moves money upstream from acute members.
    const shift = m.params['alliance.upstreamShift'];
    const acute = cts.filter((ct) => m.world.providers[ct.provider].type === 'acute');
    const upstream = cts.filter((ct) => m.world.providers[ct.provider].type !== 'acute');
    if (shift > 0 && acute.length && upstream.length) {
      let moved = 0;
      for (const ct of acute) {
        for (const l of [L.elective, L.outpatient, L.emergency]) {
          const d = ct.lineValue[l] * shift;
          m.world.adjustLine(ct, l, -d, 0);
          moved += d;
          const p = m.world.providers[ct.provider];
          p.fixedCost = Math.max(0, p.fixedCost - d * 0.5);
        }
      }
      const upTotal = upstream.reduce((s, ct) => s + contractValue(ct), 0);
      for (const ct of upstream) {
        const share = contractValue(ct) / upTotal;
        const l = m.world.providers[ct.provider].type === 'mental-health' ? L.mentalHealth : L.community;
        m.world.adjustLine(ct, l, moved * share, 0);
        const p = m.world.providers[ct.provider];
        p.fixedCost += moved * share * 0.5;
        p.capacity[l] *= 1 + (moved * share) / Math.max(1, contractValue(ct));
      }
      const c = m.world.commissioners[al.commissioner];
      const totalBefore = totalValue;
      al.upstreamShift += moved / totalBefore;
      // Prevention slows emergency demand in the commissioner's practices (applied with next year's demand).
      for (const pid of c.practices)
        m.economy.preventionIndex[pid] *= 1 - m.params['alliance.preventionEffect'] * (moved / totalBefore) * 0.5;
      m.events.record(m.tick, m.year, {
        type: 'alliance.upstream-shift',
        commissioner: al.commissioner,
        alliance: al.id,
        value: moved,
        reason: 'joint planning moved money from acute to community and primary care',
        detail: {},
      });
    }
    // Tied fortunes shape trust: a shared gain builds it, a shared loss strains it; low-trust members free-ride.
    let tsum = 0;
    for (const ct of cts) {
      learnTrust(m, al.commissioner, ct.provider, pool >= 0 ? 0.8 : 0.35, 0.5);
      const r = m.world.ensureRelationship(al.commissioner, ct.provider);
      tsum += r.trust;
      if (r.trust < m.params['alliance.trustThreshold'] - 0.1) {
        const p = m.world.providers[ct.provider];
        p.quality = Math.max(0, p.quality - 0.02);
        for (let l = 0; l < LINE_COUNT; l++) p.unitCost[l] *= 1.01;
      }
    }
    const meanTrust = tsum / cts.length;
    const c = m.world.commissioners[al.commissioner];
    // Novel contracts fail more often where the commissioner lacks the contracting and actuarial
    // skills to design them (Addicott 2016): a shared loss can bring the whole thing down.
    const failure = m.params['alliance.failureRisk'] * (1 - (c.contracting + c.actuarial) / 2);
    const weighed = {
      meanTrust: Math.round(meanTrust * 1000) / 1000,
      floor: Math.round((m.params['alliance.trustThreshold'] - 0.15) * 1000) / 1000,
      pool: Math.round(pool),
      failureRisk: Math.round(failure * 1000) / 1000,
    };
    if (meanTrust < m.params['alliance.trustThreshold'] - 0.15) dissolve(m, al, 'trust broke down', weighed);
    else if (pool < 0 && m.rng.alliance.chance(failure)) {
      m.economy.chargeTransaction(c.account, m.params['alliance.designCost'] * 0.5, c, null);
      dissolve(m, al, 'the capitated contract failed: a shared loss its design could not carry', weighed);
    } else if (al.endYear <= m.year) {
      al.endYear = m.year + m.params['alliance.years'];
      for (const ct of cts) ct.endYear = al.endYear;
    }
  }
}

function dissolve(m: Model, al: Alliance, why: string, weighed: Record<string, number> = {}): void {
  al.dissolvedYear = m.year;
  for (const id of al.contracts) {
    const ct = m.world.contracts[id];
    if (ct.state === 'ended') continue;
    ct.alliance = null;
    ct.form = m.regime.payment.form;
    ct.state = 'active';
    ct.endYear = m.year;
  }
  m.events.record(m.tick, m.year, {
    type: 'alliance.dissolved',
    commissioner: al.commissioner,
    alliance: al.id,
    reason: why,
    detail: { members: al.members.length, years: m.year - al.formedYear, ...weighed },
  });
}

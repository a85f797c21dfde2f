// The DataCollector: one tidy row per simulated year, and a weekly snapshot for live charts.
import type { Model } from './model';
import { contractValue } from './contract';
import type { RelationshipRow, YearMetrics } from './metrics';
import { round } from './math';
import { isNhsTrust } from './support';

const r3 = (x: number) => round(x, 3);
const r4 = (x: number) => round(x, 4);
const m1 = (x: number) => Math.round(x / 1e5) / 10;

function meanTrust(m: Model): number {
  let s = 0;
  let n = 0;
  for (const r of m.world.relationships()) {
    const c = m.world.commissioners[r.commissioner];
    const p = m.world.providers[r.provider];
    if (!c.active || p.status !== 'active') continue;
    if (!m.world.contractBetween(c.id, p.id)) continue;
    s += r.trust;
    n++;
  }
  return n ? s / n : 0;
}

export function collectYear(m: Model): YearMetrics {
  const k = m.counters;
  const live = m.world.contracts.filter((ct) => ct.state !== 'ended');
  let total = 0;
  let capitated = 0;
  for (const ct of live) {
    const v = contractValue(ct);
    total += v;
    if (ct.form === 'capitated') capitated += v;
  }
  const active = m.world.commissioners.filter((c) => c.active);
  let orient = 0;
  let pop = 0;
  let overspend = 0;
  for (const c of active) {
    orient += c.orientation * c.population;
    pop += c.population;
    if (c.balance < 0) overspend -= c.balance;
  }
  let qSum = 0;
  let qW = 0;
  let deficits = 0;
  let net = 0;
  const providers = m.world.providers.filter((p) => p.status === 'active');
  for (const p of providers) {
    qSum += p.quality * p.income;
    qW += p.income;
    if (p.surplus < 0) deficits++;
    net += p.surplus;
  }
  const spend = k.spendAcute + k.spendCommunity + k.spendMentalHealth + k.spendPrimary;
  return {
    year: m.year,
    financial_year: m.financialYear,
    regime: m.regime.id,
    commissioners: active.length,
    providers: providers.length,
    practices: m.world.practices.filter((p) => p.active).length,
    contracts: live.length,
    negotiations: k.negotiations,
    agreements: k.agreements,
    disputes: k.disputes,
    mediations: k.mediations,
    arbitrations: k.arbitrations,
    tenders: k.tenders,
    tendered_value_m: m1(k.tenderedValue),
    provider_changes: k.providerChanges,
    decommissions: k.decommissions,
    challenges: k.challenges,
    alliances: m.world.alliances.filter((a) => a.dissolvedYear === null).length,
    capitated_share: total > 0 ? r4(capitated / total) : 0,
    allocation_m: m1(k.allocation),
    spend_total_m: m1(spend),
    spend_acute_m: m1(k.spendAcute),
    spend_community_m: m1(k.spendCommunity),
    spend_mental_health_m: m1(k.spendMentalHealth),
    spend_primary_m: m1(k.spendPrimary),
    spend_isp_share: spend > 0 ? r4(k.spendIsp / spend) : 0,
    transaction_cost_m: m1(k.transactionCost),
    transaction_cost_share: spend > 0 ? r4(k.transactionCost / spend) : 0,
    emergency_admissions: Math.round(k.emergencyAdmissions),
    unmet_demand_share: k.demand > 0 ? r4(k.unmet / k.demand) : 0,
    mean_trust: r4(meanTrust(m)),
    relational_orientation: pop > 0 ? r4(orient / pop) : 0,
    providers_in_deficit: deficits,
    provider_net_surplus_m: m1(net),
    bailouts: k.bailouts,
    bailout_value_m: m1(k.bailoutValue),
    provider_failures: k.failures,
    commissioner_overspend_m: m1(overspend),
    quality_index: qW > 0 ? r3(qSum / qW) : 0,
    ...nhsTrusts(m),
  };
}

/** The NHS's own figures for the year: population, the inputs in force, waiting lists, trusts' results. */
function nhsTrusts(
  m: Model,
): Pick<
  YearMetrics,
  | 'population'
  | 'funding_growth_real'
  | 'tariff_price_change'
  | 'waiting_list'
  | 'waiting_18w_share'
  | 'waiting_52w'
  | 'nhs_trusts_in_deficit_share'
  | 'nhs_trusts_reported_surplus_m'
  | 'nhs_trusts_underlying_surplus_m'
  | 'central_support_m'
> {
  let population = 0;
  for (const p of m.world.practices) if (p.active) population += p.listSize;
  const trusts = m.world.providers.filter((p) => p.status === 'active' && isNhsTrust(p));
  let reported = 0;
  let underlying = 0;
  let inDeficit = 0;
  for (const p of trusts) {
    reported += p.surplus;
    underlying += p.underlying;
    if (p.surplus < 0) inDeficit++;
  }
  const w = m.waiting.stats(m.tick);
  return {
    population,
    funding_growth_real: r4(m.params['funding.allocationGrowth']),
    tariff_price_change: r4(m.economy.lastPriceDrift - 1),
    waiting_list: Math.round(w.pathways),
    waiting_18w_share: r4(w.under18),
    waiting_52w: Math.round(w.over52),
    nhs_trusts_in_deficit_share: trusts.length ? r4(inDeficit / trusts.length) : 0,
    nhs_trusts_reported_surplus_m: m1(reported),
    nhs_trusts_underlying_surplus_m: m1(underlying),
    central_support_m: m1(m.counters.centralSupport),
  };
}

export interface WeeklySnapshot {
  spendAcute: number;
  spendCommunity: number;
  spendMentalHealth: number;
  spendPrimary: number;
  transactionCost: number;
  arbitrations: number;
  tenders: number;
  meanTrust: number;
  providersInDeficit: number;
}

/** Year-to-date figures this week (money in £m). */
export function weeklySnapshot(m: Model): WeeklySnapshot {
  const k = m.counters;
  let deficit = 0;
  for (const p of m.world.providers) if (p.status === 'active' && p.income - p.costs < 0) deficit++;
  return {
    spendAcute: k.spendAcute / 1e6,
    spendCommunity: k.spendCommunity / 1e6,
    spendMentalHealth: k.spendMentalHealth / 1e6,
    spendPrimary: k.spendPrimary / 1e6,
    transactionCost: k.transactionCost / 1e6,
    arbitrations: k.arbitrations,
    tenders: k.tenders,
    meanTrust: meanTrust(m),
    providersInDeficit: deficit,
  };
}

/** One row per live commissioner–provider relationship with a contract, sorted by codes. */
export function collectRelationships(m: Model): RelationshipRow[] {
  const { world } = m;
  const rows: RelationshipRow[] = [];
  for (const r of world.relationships()) {
    const c = world.commissioners[r.commissioner];
    const p = world.providers[r.provider];
    if (!c.active || p.status !== 'active') continue;
    const ct = world.contractBetween(c.id, p.id);
    if (!ct) continue;
    rows.push({
      commissioner_id: c.code,
      provider_id: p.code,
      provider_type: p.type,
      trust: round(r.trust, 4),
      contract_value_m: round(contractValue(ct) / 1e6, 3),
      years_together: r.yearsTogether,
      arbitrations: r.arbitrations,
    });
  }
  rows.sort((a, b) =>
    a.commissioner_id < b.commissioner_id
      ? -1
      : a.commissioner_id > b.commissioner_id
        ? 1
        : a.provider_id < b.provider_id
          ? -1
          : 1,
  );
  return rows;
}

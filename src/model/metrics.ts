// The DataCollector's record types: one row per simulated year (CLI --out), one per
// commissioner–provider pair (--relationships). Columns are documented in docs/metrics.md.

export interface YearMetrics {
  year: number;
  financial_year: string;
  regime: string;
  commissioners: number;
  providers: number;
  practices: number;
  contracts: number;
  negotiations: number;
  agreements: number;
  disputes: number;
  mediations: number;
  arbitrations: number;
  tenders: number;
  tendered_value_m: number;
  provider_changes: number;
  decommissions: number;
  challenges: number;
  alliances: number;
  capitated_share: number;
  allocation_m: number;
  spend_total_m: number;
  spend_acute_m: number;
  spend_community_m: number;
  spend_mental_health_m: number;
  spend_primary_m: number;
  spend_isp_share: number;
  transaction_cost_m: number;
  transaction_cost_share: number;
  emergency_admissions: number;
  unmet_demand_share: number;
  mean_trust: number;
  relational_orientation: number;
  providers_in_deficit: number;
  provider_net_surplus_m: number;
  bailouts: number;
  bailout_value_m: number;
  provider_failures: number;
  commissioner_overspend_m: number;
  quality_index: number;
  population: number;
  funding_growth_real: number;
  tariff_price_change: number;
  waiting_list: number;
  waiting_18w_share: number;
  waiting_52w: number;
  nhs_trusts_in_deficit_share: number;
  nhs_trusts_reported_surplus_m: number;
  nhs_trusts_underlying_surplus_m: number;
  central_support_m: number;
}

export const YEAR_COLUMNS: readonly (keyof YearMetrics)[] = [
  'year',
  'financial_year',
  'regime',
  'commissioners',
  'providers',
  'practices',
  'contracts',
  'negotiations',
  'agreements',
  'disputes',
  'mediations',
  'arbitrations',
  'tenders',
  'tendered_value_m',
  'provider_changes',
  'decommissions',
  'challenges',
  'alliances',
  'capitated_share',
  'allocation_m',
  'spend_total_m',
  'spend_acute_m',
  'spend_community_m',
  'spend_mental_health_m',
  'spend_primary_m',
  'spend_isp_share',
  'transaction_cost_m',
  'transaction_cost_share',
  'emergency_admissions',
  'unmet_demand_share',
  'mean_trust',
  'relational_orientation',
  'providers_in_deficit',
  'provider_net_surplus_m',
  'bailouts',
  'bailout_value_m',
  'provider_failures',
  'commissioner_overspend_m',
  'quality_index',
  'population',
  'funding_growth_real',
  'tariff_price_change',
  'waiting_list',
  'waiting_18w_share',
  'waiting_52w',
  'nhs_trusts_in_deficit_share',
  'nhs_trusts_reported_surplus_m',
  'nhs_trusts_underlying_surplus_m',
  'central_support_m',
];

export interface RelationshipRow {
  commissioner_id: string;
  provider_id: string;
  provider_type: string;
  trust: number;
  contract_value_m: number;
  years_together: number;
  arbitrations: number;
}

export const RELATIONSHIP_COLUMNS: readonly (keyof RelationshipRow)[] = [
  'commissioner_id',
  'provider_id',
  'provider_type',
  'trust',
  'contract_value_m',
  'years_together',
  'arbitrations',
];

/** Counters accumulated during a year, reset at each year end. */
export interface YearCounters {
  negotiations: number;
  agreements: number;
  disputes: number;
  mediations: number;
  arbitrations: number;
  tenders: number;
  tenderedValue: number;
  providerChanges: number;
  decommissions: number;
  challenges: number;
  spendAcute: number;
  spendCommunity: number;
  spendMentalHealth: number;
  spendPrimary: number;
  spendIsp: number;
  transactionCost: number;
  emergencyAdmissions: number;
  demand: number;
  unmet: number;
  bailouts: number;
  bailoutValue: number;
  failures: number;
  allocation: number;
  centralSupport: number;
}

export function emptyCounters(): YearCounters {
  return {
    negotiations: 0,
    agreements: 0,
    disputes: 0,
    mediations: 0,
    arbitrations: 0,
    tenders: 0,
    tenderedValue: 0,
    providerChanges: 0,
    decommissions: 0,
    challenges: 0,
    spendAcute: 0,
    spendCommunity: 0,
    spendMentalHealth: 0,
    spendPrimary: 0,
    spendIsp: 0,
    transactionCost: 0,
    emergencyAdmissions: 0,
    demand: 0,
    unmet: 0,
    bailouts: 0,
    bailoutValue: 0,
    failures: 0,
    allocation: 0,
    centralSupport: 0,
  };
}

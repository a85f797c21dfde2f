// Entity and record types of the model. Entities are plain objects held in arrays
// indexed by a stable integer id (arrays only grow: abolished or failed organisations
// stay, flagged, so history and event references remain valid).

export const SERVICE_LINES = [
  'elective',
  'emergency',
  'outpatient',
  'community',
  'mental-health',
  'diabetes',
  'stroke',
  'dementia',
] as const;
export type ServiceLine = (typeof SERVICE_LINES)[number];
export const LINE_COUNT = SERVICE_LINES.length;
export const L = {
  elective: 0,
  emergency: 1,
  outpatient: 2,
  community: 3,
  mentalHealth: 4,
  diabetes: 5,
  stroke: 6,
  dementia: 7,
} as const;

export type Sector = 'acute' | 'community' | 'mental-health' | 'primary';

export const COMMISSIONER_KINDS = ['dha', 'fundholder', 'pcg', 'pct', 'ccg', 'icb'] as const;
export type CommissionerKind = (typeof COMMISSIONER_KINDS)[number];
export type ProviderType = 'acute' | 'community' | 'mental-health' | 'isp' | 'gp-federation';
export const PAYMENT_FORMS = ['block', 'tariff', 'aligned', 'capitated'] as const;
export type PaymentForm = (typeof PAYMENT_FORMS)[number];
export type ContractState = 'active' | 'negotiating' | 'disputed' | 'arbitration' | 'tendering' | 'alliance' | 'ended';

export interface Area {
  id: number;
  name: string;
  /** ODS code of the real ICB footprint it is, or null for a fictional area. */
  code: string | null;
  /** NHS England region (name) of a real footprint, or null. */
  region: string | null;
  /** Centre on a notional map (km-like units); practices and providers sit around it. */
  x: number;
  y: number;
  /** Radius of the area on that map. */
  radius: number;
}

export interface Commissioner {
  id: number;
  code: string;
  name: string;
  kind: CommissionerKind;
  area: number;
  /** Ledger account. */
  account: number;
  x: number;
  y: number;
  /** Registered population (sum of member practices' lists). */
  population: number;
  /** Annual allocation in £ (weighted capitation share of the national total). */
  allocation: number;
  /** Running (management) costs in £ a year. */
  runningCosts: number;
  /** Capabilities in [0, 1]: procurement, contracting, actuarial (Addicott 2016). */
  procurement: number;
  contracting: number;
  actuarial: number;
  /** 0 = transactional (market-oriented), 1 = relational (Porter et al. 2013). */
  orientation: number;
  /** GP-led (CCG era): member practices may also be providers through federations. */
  gpLed: boolean;
  /** Practice ids whose lists this commissioner holds. */
  practices: number[];
  /** Cash position of the year so far (allocation received minus spend), £. */
  balance: number;
  /** Cumulative over- (negative) or under-spend carried between years, £. */
  carried: number;
  active: boolean;
  /** Year (1-based simulated year) it was created and, if abolished, ended. */
  createdYear: number;
  endedYear: number | null;
  successor: number | null;
}

export interface Provider {
  id: number;
  code: string;
  name: string;
  type: ProviderType;
  area: number;
  /** Ledger account. */
  account: number;
  /** Annual capacity in units of activity, per service line (0 = not offered). */
  capacity: Float64Array;
  /** Cost per unit per line, £ (variable part). */
  unitCost: Float64Array;
  /** Fixed costs, £ a year. */
  fixedCost: number;
  /** Quality in [0, 1] (true; commissioners see it with noise). */
  quality: number;
  /** 0 = public-service ethos, 1 = profit-seeking. */
  profitMotive: number;
  foundation: boolean;
  /** Current financial year so far, £. */
  income: number;
  costs: number;
  /** Last completed year's reported surplus (negative = deficit), after central support, £. */
  surplus: number;
  /** Last completed year's underlying result: before central support and one-off savings, £. */
  underlying: number;
  /** Central support received this year (STF, PSF, deficit support), £. */
  support: number;
  /** This year's control total: the result it must reach for conditional support, £ (null: none set). */
  controlTotal: number | null;
  /** Went to arbitration this year (under control totals it forfeits conditional support). */
  arbitrated: boolean;
  /** How readily it finds savings (1 = average; savings capability varies between providers). */
  savingsSkill: number;
  /** Recurrent savings of recent years (a decaying sum): the more already saved, the harder the next. */
  savedRecently: number;
  /** Non-recurrent savings found for this year, £: they help this year's result, not the next. */
  oneOffSavings: number;
  cash: number;
  /** Revenue support loans outstanding, £. */
  debt: number;
  bailouts: number;
  status: 'active' | 'failed' | 'exited';
  x: number;
  y: number;
  createdYear: number;
  endedYear: number | null;
  /** Provider that took over its services on failure or exit. */
  successor: number | null;
}

export interface Practice {
  id: number;
  code: string;
  name: string;
  area: number;
  commissioner: number;
  pcn: number;
  listSize: number;
  /** Age/need index relative to national mean (1 = average). */
  caseMix: number;
  /** Prevalence of diabetes, stroke survivors, diagnosed dementia (share of list). */
  diabetes: number;
  stroke: number;
  dementia: number;
  /** Referral propensity multiplier (1 = average). */
  referralRate: number;
  /** GP federation it belongs to (provider id), if any. */
  federation: number | null;
  /** Fundholder commissioner holding this practice's budget for planned care (1991), if any. */
  fundholder: number | null;
  /** Position on the notional map (same units as Area). */
  x: number;
  y: number;
  active: boolean;
  mergedInto: number | null;
}

export interface Contract {
  id: number;
  commissioner: number;
  provider: number;
  /** Annual agreed value per line, £ (the plan; payment form decides what is paid). */
  lineValue: Float64Array;
  /** Planned annual activity per line, units. */
  lineVolume: Float64Array;
  form: PaymentForm;
  state: ContractState;
  /** Simulated year (1-based) the current terms started and the last year they run. */
  startYear: number;
  endYear: number;
  /** Emergency activity baseline for the marginal rate (units a year). */
  emergencyBaseline: number;
  /** Share of value withheld against quality goals (CQUIN / outcome payment). */
  withhold: number;
  alliance: number | null;
  /** Terms agreed for the next financial year, applied at its start. */
  next: { lineValue: Float64Array; lineVolume: Float64Array; endYear: number; how: string } | null;
  /** Paid so far this year, withheld so far (CQUIN / outcome element) and activity delivered. */
  paidYtd: number;
  withheldYtd: number;
  /** Referrals received this year (all lines, units); activity falls short of it when capacity runs out. */
  referredYtd: number;
  activityYtd: Float64Array;
  /** Expected weekly referrals per line this year (from practices' choices). */
  weeklyReferrals: Float64Array;
  /** This commissioner's patients waiting at the provider, per line (units; planned care only). */
  waiting: Float64Array;
  createdYear: number;
  endedYear: number | null;
}

/** Commissioner–provider relationship: persists across contracts, reforms and tenders. */
export interface Relationship {
  commissioner: number;
  provider: number;
  trust: number;
  /** Lasting local chemistry of the pair (leaders, history) in [-0.4, 0.4]: relationships vary around the country (Healthcare Leader 2022). */
  rapport: number;
  yearsTogether: number;
  arbitrations: number;
  disputes: number;
  tendersLost: number;
  /** Trust at each year end, for the inspector's history: history[i] is year historyFrom + i. */
  history: number[];
  historyFrom: number;
}

export interface Negotiation {
  contract: number;
  commissioner: number;
  provider: number;
  openedTick: number;
  deadlineTick: number;
  round: number;
  rounds: number;
  /** Fair value (tariff x forecast activity) both sides start from, £. */
  reference: number;
  commissionerOpen: number;
  commissionerReserve: number;
  providerOpen: number;
  providerReserve: number;
  commissionerBeta: number;
  providerBeta: number;
  lastCommissionerOffer: number;
  lastProviderOffer: number;
  /** Planned volumes and form for the new terms. */
  volume: Float64Array;
  /** The reference value by line (it sums to `reference`). */
  lineReference: Float64Array;
  /** A block: the agreed sum is split by line as the reference is; else the bargain sets volumes at tariff. */
  block: boolean;
  form: PaymentForm;
  stage: 'bargaining' | 'mediation' | 'arbitration' | 'done';
  stageTick: number;
  causeEvent: number;
}

export const TENDER_ROUTES = [
  'competitive',
  'single-tender',
  'direct-award-a',
  'direct-award-b',
  'direct-award-c',
  'most-suitable-provider',
  'any-qualified-provider',
] as const;
export type TenderRoute = (typeof TENDER_ROUTES)[number];

export interface Bid {
  provider: number;
  price: number;
  qualityPromise: number;
  seenQuality: number;
  score: number;
}

export interface Tender {
  id: number;
  commissioner: number;
  line: number;
  incumbent: number | null;
  incumbentContract: number | null;
  value: number;
  volume: number;
  route: TenderRoute;
  openedTick: number;
  closeTick: number;
  bids: Bid[];
  winner: number | null;
  challenged: boolean;
  stage: 'open' | 'evaluation' | 'standstill' | 'awarded' | 'abandoned';
  causeEvent: number;
}

export const ALLIANCE_KINDS = ['alliance', 'lead-provider'] as const;
export type AllianceKind = (typeof ALLIANCE_KINDS)[number];

export interface Alliance {
  id: number;
  kind: AllianceKind;
  commissioner: number;
  members: number[];
  lead: number | null;
  /** Gain/risk share: fraction of pooled surplus or deficit redistributed. */
  riskShare: number;
  formedYear: number;
  endYear: number;
  dissolvedYear: number | null;
  /** Cumulative share of acute budget moved upstream by joint planning. */
  upstreamShift: number;
  contracts: number[];
}

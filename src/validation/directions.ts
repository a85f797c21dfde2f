// The directional suite: sixteen directions the literature reports (issue 8), each as a
// paired experiment — the same seeds run twice, once with one change (a parameter, a rule
// series or a regime rule, as `--set` and scenario files can) — judged by the 95% t
// interval of the paired differences. Runs are local, 2011/12–2018/19 (eight years after
// the record, no Covid), unless a direction needs another window. "Arises" says whether the
// direction is written into a mechanism (built in) or comes out of several (emergent).
import { REGIMES, type Scenario } from '../model/index';
import type { RunResult } from './ensemble';
import {
  ENFORCEMENT,
  acuteMargin,
  arbitrationsPerContract,
  covidCounterfactual,
  marginSpread,
} from './direction-measures';
import { avg, eventCount, switchingRate, total } from './pattern-kit';

export type Arm = Omit<Scenario, 'seed'>;

export interface DirectionCheck {
  output: string;
  of: (r: RunResult) => number;
  /**
   * increase / decrease: the CI must exclude zero that way; no-large-fall: its lower end above
   * −margin; no-large-rise: its upper end below +margin.
   */
  expect: 'increase' | 'decrease' | 'no-large-fall' | 'no-large-rise';
  margin?: number;
  unit: '' | '%' | 'pts' | '£m';
}

export interface Direction {
  id: string;
  title: string;
  source: string;
  /** What changes between A and B, in words. */
  change: string;
  a: Arm;
  b: Arm;
  checks: DirectionCheck[];
  arises: string;
}

const FROM = 2011;
const YEARS = 8;
const at = (regime: Arm['regime'], extra: Partial<Arm> = {}): Arm => ({
  regime,
  scale: 'local',
  startYear: FROM,
  years: YEARS,
  ...extra,
  params: { ...(extra.params ?? {}) },
});
/** Makes arbitrations common enough to count in one local economy: every failed mediation over any sum, FTs too. */
const ARBITRATE = { 'dispute.escalationPropensity': 1, 'dispute.minimumValue': 0, 'dispute.ftParticipation': 1 };
const later = (r: RunResult, k: 'mean_trust' | 'disputes') => avg({ ...r, yearly: r.yearly.slice(4) }, k);
const perContract = (r: RunResult, k: 'disputes') =>
  total({ ...r, yearly: r.yearly.slice(4) }, k) /
  Math.max(
    1,
    r.probes.slice(4).reduce((s, p) => s + p.trustContracts, 0),
  );
/** The ICB regime's rules for a CCG structure: everything but the commissioners' count and kind and the organisation counts. */
const ICB = REGIMES['icb-2022'];
const ICB_RULES_FOR_CCGS = {
  commissioners: {
    gpLed: ICB.commissioners.gpLed,
    runningCostPerHead: ICB.commissioners.runningCostPerHead,
    capability: ICB.commissioners.capability,
  },
  contracts: ICB.contracts,
  payment: ICB.payment,
  procurement: ICB.procurement,
  collaboration: ICB.collaboration,
  disputes: ICB.disputes,
  finance: ICB.finance,
  // Writing debt off is what the reform does on arrival, not a rule of the years after.
  failure: { bailoutProbability: ICB.failure.bailoutProbability },
  orientationNudge: ICB.orientationNudge,
  pcns: ICB.pcns,
};
const MRET = (rate: number | null, noise = false): Arm =>
  at('ccg-2013', {
    timeline: { 'payment.marginalEmergencyRate': rate, 'payment.emergencyVariable': 1 },
    params: noise ? { 'demand.noise': 0, 'demand.winterPeak': 0 } : {},
  });
const mretChecks: DirectionCheck[] = [
  { output: "acute trusts' margin, mean of the years", of: (r) => acuteMargin(r, 0), expect: 'decrease', unit: 'pts' },
  {
    output: 'change in acute margin, years 6–8 against years 1–3 (growth above the baseline)',
    of: (r) => acuteMargin(r, 5) - acuteMargin(r, 0, 3),
    expect: 'decrease',
    unit: 'pts',
  },
];
/** The reason alliance.ts gives when a capitated contract fails. */
const FAILED = 'the capitated contract failed: a shared loss its design could not carry';
const CHRONIC0 = { 'demand.diabetesGrowth': 0, 'demand.dementiaGrowth': 0, 'demand.strokeGrowth': 0 };
const SUPPORT = (conditional: number): Arm =>
  at('ccg-2013', {
    timeline: { 'finance.controlTotals': 'provider' },
    params: { 'support.conditional': conditional, 'support.deficit': 0 },
  });
const reported = (r: RunResult) => avg(r, 'nhs_trusts_reported_surplus_m') / avg(r, 'allocation_m');
const underlying = (r: RunResult) => avg(r, 'nhs_trusts_underlying_surplus_m') / avg(r, 'allocation_m');

export const DIRECTIONS: Direction[] = [
  {
    id: 'D1',
    title: 'More provider choice → more tendering and switching',
    source: 'Porter et al. 2013; Le Grand (brief P1)',
    change: '`market.providerChoice` 0.2 → 0.8',
    a: at('ccg-2013', { params: { 'market.providerChoice': 0.2 } }),
    b: at('ccg-2013', { params: { 'market.providerChoice': 0.8 } }),
    checks: [
      { output: 'tenders a year', of: (r) => total(r, 'tenders') / r.yearly.length, expect: 'increase', unit: '' },
      { output: 'share of spend changing provider a year', of: switchingRate, expect: 'increase', unit: '%' },
    ],
    arises:
      'partly built in: choice sets how many capable bidders exist; switching also needs bids to beat the incumbent',
  },
  {
    id: 'D2',
    title: 'Lower transaction costs → more tendering',
    source: 'Williamson; brief P2 (procurements £0.8–1m)',
    change: '`contract.transactionCostScale` 1 → 0.3',
    a: at('ccg-2013'),
    b: at('ccg-2013', { params: { 'contract.transactionCostScale': 0.3 } }),
    checks: [
      { output: 'tenders a year', of: (r) => total(r, 'tenders') / r.yearly.length, expect: 'increase', unit: '' },
    ],
    arises: 'built in: the tender decision weighs the expected gain against the tender cost',
  },
  {
    id: 'D3',
    title: 'A funding squeeze → more deficits, disputes and longer waiting lists',
    source: 'timeline §C 1, 5, 7',
    change: '`funding.allocationGrowth` 3% → 0% a year (every year)',
    a: at('ccg-2013', { params: { 'funding.allocationGrowth': 0.03 } }),
    b: at('ccg-2013', { params: { 'funding.allocationGrowth': 0 } }),
    checks: [
      {
        output: 'share of NHS trusts in deficit',
        of: (r) => avg(r, 'nhs_trusts_in_deficit_share'),
        expect: 'increase',
        unit: '%',
      },
      { output: 'disputes a year', of: (r) => avg(r, 'disputes'), expect: 'increase', unit: '' },
      {
        output: 'waiting list at the end',
        of: (r) => r.yearly[r.yearly.length - 1].waiting_list,
        expect: 'increase',
        unit: '',
      },
    ],
    arises: 'emergent: money reaches trusts through price-setting, plans, over-performance caps and reservation values',
  },
  {
    id: 'D4',
    title:
      'Capitation and alliances → fewer arbitrations and lower transaction costs, without collapsing trust or acute finances',
    source: 'Convergence 2017; Addicott 2016; brief §2',
    change:
      'accountable-care rules with alliance appetite 0 → 0.2 (the regime’s own); arbitration made common in both (see above)',
    a: at('accountable-care-2017', {
      params: ARBITRATE,
      regimes: { 'accountable-care-2017': { collaboration: { appetite: 0 } } },
    }),
    b: at('accountable-care-2017', { params: ARBITRATE }),
    checks: [
      { output: 'arbitrations per trust contract a year', of: arbitrationsPerContract, expect: 'decrease', unit: '%' },
      {
        output: 'transaction costs, share of spend',
        of: (r) => avg(r, 'transaction_cost_share'),
        expect: 'decrease',
        unit: '%',
      },
      { output: 'mean trust', of: (r) => avg(r, 'mean_trust'), expect: 'no-large-fall', margin: 0.05, unit: '' },
      {
        output: "acute trusts' margin",
        of: (r) => acuteMargin(r, 0),
        expect: 'no-large-fall',
        margin: 0.01,
        unit: 'pts',
      },
    ],
    arises:
      'partly built in: capitated contracts are not renegotiated yearly (no disputes, no bargaining costs); trust and margins are emergent',
  },
  {
    id: 'D5',
    title: 'ICB rules → fewer arbitrations per contract than CCG rules, not only through mergers',
    source: 'Healthcare Leader 2022; brief §1.1',
    change:
      'the CCG structure (same commissioners) under CCG rules → under ICB rules (payment, procurement, collaboration, penalties, control totals, capability)',
    a: at('ccg-2013', { params: ARBITRATE }),
    b: at('ccg-2013', { params: ARBITRATE, regimes: { 'ccg-2013': ICB_RULES_FOR_CCGS } }),
    checks: [
      { output: 'arbitrations per trust contract a year', of: arbitrationsPerContract, expect: 'decrease', unit: '%' },
    ],
    arises: 'emergent: no rule forbids arbitration; orientation, pooling, penalties and alliances act together',
  },
  {
    id: 'D6',
    title: 'Arbitration → lower later trust and more later disputes than a settlement',
    source: 'Healthcare Leader 2022 (Findlay); mechanisms.md',
    change:
      'failed mediations end in an imposed roll-over → in pendulum arbitration (`dispute.escalationPropensity` 0 → 1; any sum, FTs too, in both)',
    a: at('ccg-2013', { params: { ...ARBITRATE, 'dispute.escalationPropensity': 0 } }),
    b: at('ccg-2013', { params: ARBITRATE }),
    checks: [
      { output: 'mean trust, years 5–8', of: (r) => later(r, 'mean_trust'), expect: 'decrease', unit: '' },
      {
        output: 'disputes per trust contract a year, years 5–8',
        of: (r) => perContract(r, 'disputes'),
        expect: 'increase',
        unit: '%',
      },
    ],
    arises:
      'trust: built in (`trust.arbitrationShock`); later disputes: emergent (lower trust makes settling harder, but arbitration also teaches "win-win")',
  },
  {
    id: 'D7',
    title: 'Activity payment → a larger acute share of spend than block contracts',
    source: 'brief §2 (PbR: over 60% of acute income); Farrar et al. 2009',
    change: 'payment form block → tariff (timeline series `payment.form`, every year)',
    a: at('ccg-2013', { timeline: { 'payment.form': 'block' } }),
    b: at('ccg-2013', { timeline: { 'payment.form': 'tariff' } }),
    checks: [
      {
        output: 'acute share of spend',
        of: (r) => total(r, 'spend_acute_m') / total(r, 'spend_total_m'),
        expect: 'increase',
        unit: '%',
      },
    ],
    arises:
      'emergent: money follows activity, which grows fastest in emergency care; block sums are agreed once a year',
  },
  {
    id: 'D8',
    title: 'Outcome-linked withholding is rarely enforced in full',
    source: 'brief §2 and P9 (NHSE 2013: sanctions often not applied)',
    change: 'commissioners apply sanctions whenever entitled (`payment.sanctionRate` 1) → as they do (0.3)',
    a: at('ccg-2013', { params: { 'payment.sanctionRate': 1 } }),
    b: at('ccg-2013'),
    checks: [
      {
        output: 'contract sanctions applied a year',
        of: (r) => eventCount(r, 'payment.sanction') / r.yearly.length,
        expect: 'decrease',
        unit: '',
      },
    ],
    arises: 'built in: `payment.sanctionRate` is the input (0.3, from NHSE 2013); unearned CQUIN is kept automatically',
  },
  {
    id: 'D9',
    title: 'Withholding is enforced more leniently where trust is high',
    source: 'Porter et al. 2013 (relational contracting); brief P9',
    change: '`trust.initial` 0.35 → 0.85',
    a: at('ccg-2013', { params: { 'trust.initial': 0.35 } }),
    b: at('ccg-2013', { params: { 'trust.initial': 0.85 } }),
    checks: [{ output: ENFORCEMENT.label, of: ENFORCEMENT.of, expect: 'decrease', unit: '%' }],
    arises: 'could only be emergent: no rule of enforcement reads trust',
  },
  {
    id: 'D10',
    title: 'Low commissioner capability → more failures of novel contracts',
    source: 'Addicott 2016; brief §2 (UnitingCare, Staffordshire)',
    change: 'commissioner capability 0.9 → 0.55 (accountable-care rules, where alliances form)',
    a: at('accountable-care-2017', { regimes: { 'accountable-care-2017': { commissioners: { capability: 0.9 } } } }),
    b: at('accountable-care-2017', { regimes: { 'accountable-care-2017': { commissioners: { capability: 0.55 } } } }),
    checks: [
      {
        output: 'capitated (alliance) contracts failed, per one formed',
        of: (r) => novelFailureRate(r),
        expect: 'increase',
        unit: '%',
      },
    ],
    arises: 'built in: the yearly failure risk of a capitated contract with a shared loss scales with (1 − capability)',
  },
  {
    id: 'D11',
    title: 'Pooled system finances → tied outcomes',
    source: 'Convergence 2017 ("if one organisation fails, they all fail"); timeline A4',
    change: 'ICB rules with system control totals: pooling 0 → 0.35 (the regime’s own)',
    a: at('icb-2022', {
      timeline: { 'finance.controlTotals': 'system' },
      regimes: { 'icb-2022': { collaboration: { systemPooling: 0 } } },
    }),
    b: at('icb-2022', { timeline: { 'finance.controlTotals': 'system' } }),
    checks: [
      {
        output: "spread (sd) of NHS trusts' margins within a system",
        of: marginSpread,
        expect: 'decrease',
        unit: 'pts',
      },
    ],
    arises: 'built in: pooling shares a fixed part of each result',
  },
  {
    id: 'D12',
    title: 'The marginal emergency rate → worse acute finances, through growth above the baseline',
    source: 'brief §2 (MRET: FTN ~£500m a year); timeline §C 3',
    change:
      'no marginal rate → 30% of tariff above the baseline (timeline series, every year; emergency care all variable)',
    a: MRET(null),
    b: MRET(0.3),
    checks: mretChecks,
    arises: 'emergent in size: the baseline is fixed while emergency demand grows',
  },
  {
    id: 'D13',
    title: 'The marginal emergency rate → worse acute finances, also with no weekly noise',
    source: 'issue 8 (the rate must tax growth, not noise)',
    change: 'as D12, with `demand.noise` 0 and `demand.winterPeak` 0 in both',
    a: MRET(null, true),
    b: MRET(0.3, true),
    checks: mretChecks,
    arises: 'as D12: the baseline is fixed, so the rate taxes growth above it, not weekly noise',
  },
  {
    id: 'D14',
    title: 'Chronic disease growth → more emergency admissions',
    source: 'brief P4, P5 (5+ conditions: 1 in 10 → 1 in 3 admissions)',
    change: 'prevalence growth of diabetes, dementia and stroke 0 → their defaults',
    a: at('ccg-2013', { params: CHRONIC0 }),
    b: at('ccg-2013'),
    checks: [
      {
        output: 'emergency admissions in the last year',
        of: (r) => r.yearly[r.yearly.length - 1].emergency_admissions,
        expect: 'increase',
        unit: '',
      },
    ],
    arises: 'built in: prevalence raises emergency demand per head',
  },
  {
    id: 'D15',
    title: 'Central support → reported deficits fall while underlying ones remain',
    source: 'timeline §C 4 (P3, S3, S5)',
    change: 'conditional support on control totals 0 → 2% of funding (STF/PSF size), provider control totals in both',
    a: SUPPORT(0),
    b: SUPPORT(0.02),
    checks: [
      {
        output: 'share of NHS trusts in (reported) deficit',
        of: (r) => avg(r, 'nhs_trusts_in_deficit_share'),
        expect: 'decrease',
        unit: '%',
      },
      {
        output: 'reported less underlying result, share of allocation (what support hides)',
        of: (r) => reported(r) - underlying(r),
        expect: 'increase',
        unit: 'pts',
      },
      {
        output: "NHS trusts' underlying result, share of allocation (improves by less than 0.25 points)",
        of: underlying,
        expect: 'no-large-rise',
        margin: 0.0025,
        unit: 'pts',
      },
    ],
    arises: 'built in: support is added to the reported result only',
  },
  {
    id: 'D16',
    title: 'Covid block contracts → elective activity falls and the waiting list jumps',
    source: 'timeline A3, A6, §C 7',
    change:
      'the record for 2020/21–2021/22 → those years with 2019/20’s payment rules, support, efficiency ask and demand (run 2019/20–2021/22)',
    a: covidCounterfactual(),
    b: { regime: 'accountable-care-2017', scale: 'local', startYear: 2019, years: 3, params: {} },
    checks: [
      {
        output: 'elective spells in 2020/21 (first 51 weeks)',
        of: (r) => r.activity[1].elective,
        expect: 'decrease',
        unit: '',
      },
      {
        output: 'waiting list at the end of 2020/21',
        of: (r) => r.yearly[1].waiting_list,
        expect: 'increase',
        unit: '',
      },
    ],
    arises: 'built in: the record cuts usable elective capacity to 60% in 2020/21 (`demand.electiveCapacity`)',
  },
];

/** Capitated contracts that failed (a shared loss the design could not carry), per one formed (0 when none formed). */
function novelFailureRate(r: RunResult): number {
  const failed = r.eventReasons[`alliance.dissolved: ${FAILED}`] ?? 0;
  const made = eventCount(r, 'alliance.formed');
  return made > 0 ? failed / made : 0;
}

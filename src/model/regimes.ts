// The five regimes as data. A reform swaps one of these objects for another; agents read
// the rules from it and never branch on the regime's name.
import type { ParamValues } from './params';
import { deepFreeze, mergeRules, regimeRulesSchema, type RegimeOverride, type RegimeRules } from './regime-schema';

export const REGIME_IDS = [
  'internal-market-1991',
  'pcg-1999',
  'pct-2002',
  'payment-by-results-2006',
  'ccg-2013',
  'accountable-care-2017',
  'icb-2022',
] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** A regime: its rules (see regime-schema.ts) with a name, a start year and its sources. */
export interface Regime extends RegimeRules {
  id: RegimeId;
  label: string;
  /** A word or two for chart markers and badges. */
  shortLabel: string;
  /** Calendar year whose April starts the regime's first financial year. */
  firstYear: number;
  summary: string;
  sources: string[];
}

const DEFINITIONS: Record<RegimeId, Regime> = {
  'internal-market-1991': {
    id: 'internal-market-1991',
    label: 'Internal market (1991)',
    shortLabel: 'Internal market',
    firstYear: 1991,
    summary:
      'NHS & Community Care Act 1990: district health authorities and GP fundholders buy from new NHS trusts on block contracts; regional authorities arbitrate.',
    commissioners: {
      kind: 'dha',
      suffix: 'Health Authority',
      england: 111,
      gpLed: false,
      runningCostPerHead: 15,
      capability: 0.3,
      fundholding: true,
    },
    england: { practices: 9000, trusts: 419, isps: 100, federations: 0 },
    // A block contract is agreed for a year at a time (brief §2).
    contracts: { roundSuspended: false, termYears: 1, awardTermYears: null },
    payment: {
      form: 'block',
      marginalEmergencyRate: null,
      withhold: 0,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 'none',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.03,
      challengeRate: 0,
      patientChoice: 0,
      conflictGovernance: 1,
    },
    collaboration: { appetite: 0, kind: 'alliance', systemPooling: 0 },
    disputes: { arbiter: 'regional health authority', penalty: 0, ftOptional: false },
    finance: { controlTotals: 'none' },
    failure: { bailoutProbability: 0.97, writeOffDebt: false },
    orientationNudge: -0.3,
    pcns: false,
    sources: [
      'brief §1.1: 8 RHAs, 111 DHAs, 419 trusts (1994); fundholding voluntary',
      'practices: 48m people / ~5,300 per list [derived; brief §1.1 mean list 5,891 in 2004 and rising]; ISPs: assumption, few before PbR (non-NHS treatment 4.8% of budget in 1998/99, brief §1.1)',
      'brief §2: block contracts the norm before PbR',
      'brief §7: before 2003 block',
    ],
  },
  'pcg-1999': {
    id: 'pcg-1999',
    label: 'Primary care groups (1999)',
    shortLabel: 'PCGs',
    firstYear: 1999,
    summary:
      'The New NHS (1997): fundholding ends; 481 GP-led primary care groups commission for their populations within health authorities, on longer service agreements with trusts; partnership rather than competition.',
    commissioners: {
      kind: 'pcg',
      suffix: 'PCG',
      england: 481,
      gpLed: true,
      runningCostPerHead: 12,
      capability: 0.35,
      fundholding: false,
    },
    england: { practices: 8800, trusts: 370, isps: 100, federations: 0 },
    // Long-term service agreements of about three years replaced annual contracts (assumption, see sources).
    contracts: { roundSuspended: false, termYears: 3, awardTermYears: null },
    payment: {
      form: 'block',
      marginalEmergencyRate: null,
      withhold: 0,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 'none',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.02,
      challengeRate: 0,
      patientChoice: 0,
      conflictGovernance: 0.6,
    },
    collaboration: { appetite: 0, kind: 'alliance', systemPooling: 0 },
    disputes: { arbiter: 'NHS Executive regional office', penalty: 0, ftOptional: false },
    finance: { controlTotals: 'none' },
    failure: { bailoutProbability: 0.98, writeOffDebt: false },
    orientationNudge: 0.1,
    pcns: false,
    sources: [
      'brief §1.1: 481 Primary Care Groups (Apr 1999), ~100,000 population each; fundholding abolished 1998/99 (timeline A5: O2, O3)',
      'practices: 49m / ~5,600 mean list [derived; brief §1.1 mean list 5,891 in 2004]; trusts: assumption between 419 (1994) and ~290 (2006) as trusts merged',
      'service agreements of about three years (The New NHS, 1997): assumption [unverified], not in the brief',
      'allocation per head: interpolated between the 1991 and 2006 regimes [derived]',
      'orientation nudge +0.1: assumption, the 1997 white paper replaced competition with partnership',
    ],
  },
  'pct-2002': {
    id: 'pct-2002',
    label: 'Primary care trusts (2002)',
    shortLabel: 'PCTs',
    firstYear: 2002,
    summary:
      '303 primary care trusts hold about three quarters of the budget and commission from NHS trusts (foundation trusts from 2004); strategic health authorities manage performance; Payment by Results is phased in from 2003/04.',
    commissioners: {
      kind: 'pct',
      suffix: 'PCT',
      england: 303,
      gpLed: false,
      runningCostPerHead: 25,
      capability: 0.4,
      fundholding: false,
    },
    england: { practices: 8500, trusts: 320, isps: 120, federations: 0 },
    contracts: { roundSuspended: false, termYears: null, awardTermYears: null },
    payment: {
      form: 'block',
      marginalEmergencyRate: null,
      withhold: 0,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 'none',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.04,
      challengeRate: 0.01,
      patientChoice: 0,
      conflictGovernance: 1,
    },
    collaboration: { appetite: 0, kind: 'alliance', systemPooling: 0 },
    disputes: { arbiter: 'strategic health authority', penalty: 0, ftOptional: true },
    finance: { controlTotals: 'none' },
    failure: { bailoutProbability: 0.97, writeOffDebt: false },
    orientationNudge: 0,
    pcns: false,
    sources: [
      'brief §1.1: 303 PCTs (2002–2006), mean population ~165,000; 28 SHAs',
      'practices: 49.7m / ~5,850 mean list [derived; brief §1.1 mean list 5,891 in 2004]; trusts and ISPs: assumption between the 1999 and 2006 regimes',
      'timeline A3: PbR from 2003/04, phased in (the timeline sets payment by year)',
      'allocation per head: interpolated between the 1991 and 2006 regimes [derived]',
    ],
  },
  'payment-by-results-2006': {
    id: 'payment-by-results-2006',
    label: 'Payment by Results (2006)',
    shortLabel: 'Payment by Results',
    firstYear: 2006,
    summary:
      '152 PCTs pay national tariff for activity; patient choice of provider; SHAs arbitrate; independent-sector treatment centres enter.',
    commissioners: {
      kind: 'pct',
      suffix: 'PCT',
      england: 152,
      gpLed: false,
      runningCostPerHead: 25,
      capability: 0.45,
      fundholding: false,
    },
    england: { practices: 8300, trusts: 290, isps: 150, federations: 0 },
    contracts: { roundSuspended: false, termYears: null, awardTermYears: null },
    payment: {
      form: 'tariff',
      marginalEmergencyRate: 0.3,
      withhold: 0.015,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 'none',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.06,
      challengeRate: 0.02,
      patientChoice: 0.5,
      conflictGovernance: 1,
    },
    collaboration: { appetite: 0, kind: 'alliance', systemPooling: 0 },
    disputes: { arbiter: 'strategic health authority', penalty: 0, ftOptional: true },
    finance: { controlTotals: 'none' },
    failure: { bailoutProbability: 0.95, writeOffDebt: false },
    orientationNudge: -0.1,
    pcns: false,
    sources: [
      'brief §1.1: 152 PCTs (2006–13), mean population ~330k',
      'practices: 51m / ~6,150 mean list [derived: list 5,891 (2004) → 6,967 (2013)]; trusts: assumption between 419 (1994) and ~240 (2015/16), ambulance trusts cut 29 → 13 (2006); ISPs: assumption, treatment centres entering',
      'marginal emergency rate 30% applies from 2010/11, CQUIN 1.5% is the midpoint of 0.5% (2009/10) → 2.5% (brief §7)',
      'brief §2: PbR; marginal emergency rate 30% from 2010/11; CQUIN from 2009/10 at 0.5–1%',
      'brief §3: SHAs arbitrated before 2013',
    ],
  },
  'ccg-2013': {
    id: 'ccg-2013',
    label: 'CCGs and the 2012 Act (2013)',
    shortLabel: 'CCGs',
    firstYear: 2013,
    summary:
      '211 GP-led CCGs commission under section 75 procurement rules and national tariff; NHSE/NHSI panels arbitrate contract disputes.',
    commissioners: {
      kind: 'ccg',
      suffix: 'CCG',
      england: 211,
      gpLed: true,
      runningCostPerHead: 25,
      capability: 0.5,
      fundholding: false,
    },
    england: { practices: 8106, trusts: 240, isps: 250, federations: 60 },
    contracts: { roundSuspended: false, termYears: null, awardTermYears: null },
    payment: {
      form: 'tariff',
      marginalEmergencyRate: 0.3,
      withhold: 0.025,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 's75-2013',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.12,
      challengeRate: 0.15,
      patientChoice: 0.6,
      conflictGovernance: 0.4,
    },
    collaboration: { appetite: 0.01, kind: 'lead-provider', systemPooling: 0 },
    disputes: { arbiter: 'NHSE/NHSI regional panel', penalty: 0, ftOptional: true },
    finance: { controlTotals: 'none' },
    failure: { bailoutProbability: 0.97, writeOffDebt: false },
    orientationNudge: -0.25,
    pcns: false,
    sources: [
      'brief §1.1: 211 CCGs (Apr 2013), median 221k; 8,106 practices; ~240 trusts (2015/16); 56.8m registered (2014)',
      'ISPs: assumption, ~6 per ICS-sized area (brief §1.1 workshop economy: 5–15 ISPs; AQP 2012: 180 qualified)',
      'allocation: PCT spend £91.7bn (2012/13) / 56.5m ≈ £1,620 a head, less primary care moved to NHS England ≈ £1,500 [derived, brief §1.2]',
      'brief §4: 2013 procurement regulations',
      'challenge rate 0.15 calibrated so that ~57% of CCGs face no procurement challenge in five years (brief §4: 78 of 137 CCGs never challenged 2013/14–2017/18)',
      'brief §2: CQUIN 2.5% by 2016/17',
      'brief §3: national dispute resolution process 2014/15–2019/20',
    ],
  },
  'accountable-care-2017': {
    id: 'accountable-care-2017',
    label: 'Accountable care (2017)',
    shortLabel: 'Accountable care',
    firstYear: 2017,
    summary:
      'STPs and vanguards: capitated budgets, alliances and open books; two-year contracts; arbitration "a clear failure of collaboration" with penalties; providers no longer allowed to fail.',
    commissioners: {
      kind: 'ccg',
      suffix: 'CCG',
      england: 191,
      gpLed: true,
      runningCostPerHead: 23,
      capability: 0.55,
      fundholding: false,
    },
    england: { practices: 7435, trusts: 234, isps: 280, federations: 120 },
    contracts: { roundSuspended: false, termYears: null, awardTermYears: null },
    payment: {
      form: 'tariff',
      marginalEmergencyRate: 0.5,
      withhold: 0.025,
      lowVolumeBlock: 0,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 's75-2013',
      challengeRoute: 'challenge under the procurement regulations',
      routes: {
        choice: null,
        soleProvider: null,
        satisfactory: null,
        unsatisfactoryMostSuitable: null,
        uncovered: 'single-tender',
      },
      competition: 0.06,
      challengeRate: 0.1,
      patientChoice: 0.6,
      conflictGovernance: 0.6,
    },
    collaboration: { appetite: 0.2, kind: 'alliance', systemPooling: 0.2 },
    disputes: { arbiter: 'NHSE/NHSI regional panel', penalty: 0.004, ftOptional: true },
    finance: { controlTotals: 'provider' },
    failure: { bailoutProbability: 0.995, writeOffDebt: false },
    orientationNudge: 0.3,
    pcns: false,
    sources: [
      'Convergence 2017: capitated budgets, open books, "if one organisation fails, they all fail"',
      'brief §3: 2017–19 penalties (STF, quality premium)',
      'brief §2: 2-year contracts; marginal rate drifted 30%→50%',
      'challenge rate 0.10: assumption, below the 2013 calibration (0.15) as competition gave way to collaboration (Convergence 2017: "less space for these levers")',
      'brief §1.1: 191 CCGs (2019), 7,435 practices (2017)',
    ],
  },
  'icb-2022': {
    id: 'icb-2022',
    label: 'Integrated Care Boards (2022)',
    shortLabel: 'ICBs',
    firstYear: 2022,
    summary:
      "42 ICBs hold system budgets; aligned payment (fixed plus variable elective); Provider Selection Regime direct awards; system control totals tie providers' finances.",
    commissioners: {
      kind: 'icb',
      suffix: 'ICB',
      england: 42,
      gpLed: false,
      runningCostPerHead: 19,
      capability: 0.6,
      fundholding: false,
    },
    england: { practices: 6495, trusts: 209, isps: 300, federations: 200 },
    contracts: { roundSuspended: false, termYears: null, awardTermYears: null },
    payment: {
      form: 'aligned',
      marginalEmergencyRate: null,
      withhold: 0.0125,
      lowVolumeBlock: 1_500_000,
      tariffCoverage: 1,
      emergencyVariable: 1,
      withholdEnforced: true,
    },
    procurement: {
      rules: 'psr-2024',
      challengeRoute: 'representations to the Independent Patient Choice and Procurement Panel',
      routes: {
        choice: 'direct-award-b',
        soleProvider: 'direct-award-a',
        satisfactory: 'direct-award-c',
        unsatisfactoryMostSuitable: 0.5,
        uncovered: 'direct-award-a',
      },
      competition: 0.05,
      challengeRate: 0.03,
      patientChoice: 0.6,
      conflictGovernance: 0.8,
    },
    collaboration: { appetite: 0.3, kind: 'alliance', systemPooling: 0.35 },
    disputes: { arbiter: 'NHS England regional team', penalty: 0.002, ftOptional: true },
    finance: { controlTotals: 'system' },
    failure: { bailoutProbability: 0.995, writeOffDebt: true },
    orientationNudge: 0.45,
    pcns: true,
    sources: [
      'brief §1.1: 42 ICBs (1 Jul 2022), 209 trusts and FTs, 6,495 practices (Jun 2022), 1,250 PCNs; 61.7m registered (2022)',
      'ISPs: assumption, ~7 per ICB (brief §1.1 workshop economy: 5–15 ISPs, ~7% of budget)',
      'brief §1.2: £1,732 per registered patient (2024/25)',
      'brief §2: API 2022/23, CQUIN 1.25%, LVA £1.5m',
      'brief §4: PSR routes',
      'brief P3: £13.4bn debt written off Apr 2020',
    ],
  },
};

export function isRegimeId(x: unknown): x is RegimeId {
  return typeof x === 'string' && (REGIME_IDS as readonly string[]).includes(x);
}

/** The regimes as the brief describes them. Frozen: a scenario changes them through overrides. */
export const REGIMES: Readonly<Record<RegimeId, Readonly<Regime>>> = deepFreeze(DEFINITIONS);

/** The regimes a run uses: the brief's, with a scenario's overrides of their rules (checked, frozen). */
export function resolveRegimes(
  overrides: Partial<Record<RegimeId, RegimeOverride>> = {},
): Readonly<Record<RegimeId, Readonly<Regime>>> {
  if (Object.keys(overrides).length === 0) return REGIMES;
  const out = {} as Record<RegimeId, Regime>;
  for (const id of REGIME_IDS) {
    const r = mergeRules<Regime>(REGIMES[id], overrides[id]);
    const {
      id: _id,
      label: _label,
      shortLabel: _short,
      firstYear: _first,
      summary: _summary,
      sources: _sources,
      ...rules
    } = r;
    const check = regimeRulesSchema.safeParse(rules);
    if (!check.success)
      throw new Error(
        `regimes.${id}: ${check.error.issues.map((i) => i.path.join('.') + ': ' + i.message).join('; ')}`,
      );
    out[id] = r;
  }
  return deepFreeze(out);
}

/** Term of a renewed contract under these rules, years. */
export function contractTerm(r: RegimeRules, params: ParamValues): number {
  return r.contracts.termYears ?? params['contract.years'];
}

/** Term of a contract won in a tender, years: longer than a renewal, to repay the cost of competing. */
export function awardTerm(r: RegimeRules, params: ParamValues): number {
  return r.contracts.awardTermYears ?? Math.max(3, 3 * params['contract.years']);
}

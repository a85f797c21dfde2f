// Service lines: who delivers them, how much each person uses, and what share of a
// commissioner's allocation they take. Prices are derived from these shares at the start
// of a run so that spend by sector matches the brief (PCT spend 2012/13, §1.2).
import type { ProviderType, Sector, ServiceLine } from './types';
import { SERVICE_LINES } from './types';

export interface LineSpec {
  id: ServiceLine;
  label: string;
  sector: Sector;
  /** Units per head per year at average case-mix (spells, attendances, contacts, or patients on a pathway). */
  perHead: number;
  /** Share of the allocation spent on this line at calibration. */
  allocationShare: number;
  /** Provider types that can deliver it, in order of preference when none is named. */
  deliverers: ProviderType[];
  /**
   * Whether commissioners compete it by tender. Emergency care never is; hospital elective and
   * outpatient care moves through patient choice of any qualified provider instead (brief §2
   * AQP; §4: community services are the ones tendered most often).
   */
  tenderable: boolean;
  /** Patients choose their provider (planned hospital care: choice of any qualified provider). */
  choice: boolean;
  /** Patients wait on a referral-to-treatment pathway when capacity falls short (planned hospital care). */
  rtt?: boolean;
  /** RTT pathways per unit of activity (see waiting.ts). */
  pathwaysPerUnit?: number;
  /** Prevalence-driven pathway (units scale with the practice's prevalence, not its list). */
  prevalence?: 'diabetes' | 'stroke' | 'dementia';
  /** Registry id of its demand growth. */
  growth: string;
  /** Share of capacity the fixed (bed, staff) base represents, for marginal cost. */
  fixedShare: number;
  unit: string;
}

// Units per head: ~8m elective spells, ~6m emergency admissions, ~100m outpatient attendances,
// community and mental-health contacts, for ~60m people (brief P4 and §1.1; assumption for
// contacts). Shares: hospitals 51%, MH/LD 11.1%, community 10.6%, GP 8.6% (brief §1.2).
export const LINES: readonly LineSpec[] = [
  {
    id: 'elective',
    label: 'Elective care',
    sector: 'acute',
    perHead: 0.13,
    allocationShare: 0.155,
    deliverers: ['acute', 'isp'],
    tenderable: false,
    choice: true,
    rtt: true,
    pathwaysPerUnit: 1,
    growth: 'demand.electiveGrowth',
    fixedShare: 0.35,
    unit: 'spells',
  },
  {
    id: 'emergency',
    label: 'Emergency care',
    sector: 'acute',
    perHead: 0.1,
    allocationShare: 0.2,
    deliverers: ['acute'],
    tenderable: false,
    choice: false,
    growth: 'demand.emergencyGrowth',
    fixedShare: 0.45,
    unit: 'admissions',
  },
  {
    id: 'outpatient',
    label: 'Outpatients',
    sector: 'acute',
    perHead: 1.6,
    allocationShare: 0.125,
    deliverers: ['acute', 'isp'],
    tenderable: false,
    choice: true,
    rtt: true,
    pathwaysPerUnit: 0.125,
    growth: 'demand.electiveGrowth',
    fixedShare: 0.35,
    unit: 'attendances',
  },
  {
    id: 'community',
    label: 'Community services',
    sector: 'community',
    perHead: 1.5,
    allocationShare: 0.08,
    deliverers: ['community', 'acute', 'isp', 'gp-federation'],
    tenderable: true,
    choice: false,
    growth: 'demand.electiveGrowth',
    fixedShare: 0.3,
    unit: 'contacts',
  },
  {
    id: 'mental-health',
    label: 'Mental health',
    sector: 'mental-health',
    perHead: 0.45,
    allocationShare: 0.095,
    deliverers: ['mental-health', 'isp'],
    tenderable: true,
    choice: false,
    growth: 'demand.electiveGrowth',
    fixedShare: 0.45,
    unit: 'contacts',
  },
  {
    id: 'diabetes',
    label: 'Diabetes pathway',
    sector: 'community',
    perHead: 1,
    allocationShare: 0.026,
    deliverers: ['community', 'gp-federation', 'acute'],
    tenderable: true,
    choice: false,
    prevalence: 'diabetes',
    growth: 'demand.diabetesGrowth',
    fixedShare: 0.25,
    unit: 'patients',
  },
  {
    id: 'stroke',
    label: 'Stroke pathway',
    sector: 'acute',
    perHead: 1,
    allocationShare: 0.03,
    deliverers: ['acute'],
    tenderable: false,
    choice: false,
    prevalence: 'stroke',
    growth: 'demand.strokeGrowth',
    fixedShare: 0.4,
    unit: 'survivors',
  },
  {
    id: 'dementia',
    label: 'Dementia pathway',
    sector: 'mental-health',
    perHead: 1,
    allocationShare: 0.016,
    deliverers: ['mental-health', 'community'],
    tenderable: true,
    choice: false,
    prevalence: 'dementia',
    growth: 'demand.dementiaGrowth',
    fixedShare: 0.3,
    unit: 'patients',
  },
];

if (LINES.length !== SERVICE_LINES.length || LINES.some((l, i) => l.id !== SERVICE_LINES[i])) {
  throw new Error('LINES must list SERVICE_LINES in order');
}

/** Share of allocation paid to GP practices for core primary care (brief §1.2: 8.6%). */
export const PRIMARY_CARE_SHARE = 0.086;
/** Prescribing and other spend outside the modelled contracts (prescribing 8.6%, the rest CHC etc.). */
export const OTHER_SPEND_SHARE = 0.17;

/** Baseline prevalences (brief P5) at a calendar year, backcast/forecast at moderate rates. */
export function basePrevalence(calendarYear: number): { diabetes: number; stroke: number; dementia: number } {
  return {
    diabetes: 0.062 * Math.pow(1.03, calendarYear - 2013),
    stroke: 0.0072 * Math.pow(1.01, calendarYear - 2008),
    dementia: 0.0077 * Math.pow(1.025, calendarYear - 2016),
  };
}

export function sectorOfProvider(type: ProviderType, line: number): Sector {
  switch (type) {
    case 'acute':
      return 'acute';
    case 'community':
      return 'community';
    case 'mental-health':
      return 'mental-health';
    case 'gp-federation':
      return 'primary';
    case 'isp':
      return LINES[line].sector;
  }
}

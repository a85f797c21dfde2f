// The series a timeline sets, year by year. Each is either an input (it takes the place of
// the parameter with the same id for that financial year) or a rule (it sets that field of
// the rules in force when its value changes at the start of a financial year). Values and
// their sources live in the timeline's JSON (england.json); this file says what each one is.
export type SeriesKind =
  | { type: 'number'; min: number; max: number; nullable?: boolean }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] };

export interface SeriesSpec {
  id: string;
  /**
   * 'input': a parameter's value for the year (the parameter of the same id); 'rule': a field of
   * the rules in force; 'level': a quantity the model reads directly (e.g. population).
   */
  target: 'input' | 'rule' | 'level';
  label: string;
  unit: string;
  meaning: string;
  kind: SeriesKind;
}

const num = (min: number, max: number, nullable = false): SeriesKind => ({ type: 'number', min, max, nullable });

export const SERIES: readonly SeriesSpec[] = [
  // ---- money and prices (inputs; real terms: the model's money is in constant prices) ----
  {
    id: 'funding.allocationGrowth',
    target: 'input',
    label: 'Real funding growth',
    unit: 'share/yr',
    meaning:
      'Real-terms growth of NHS funding for commissioners, in total (per head the model takes off population growth)',
    kind: num(-0.1, 0.15),
  },
  {
    id: 'payment.costUplift',
    target: 'input',
    label: 'Cost uplift',
    unit: 'share/yr',
    meaning:
      'Real growth of unit input costs that national prices and block uplifts allow for (the tariff cost uplift less general inflation)',
    kind: num(-0.05, 0.1),
  },
  {
    id: 'payment.costPressure',
    target: 'input',
    label: 'Cost pressure',
    unit: 'share/yr',
    meaning:
      "Real growth of providers' actual unit input costs (pay awards, drugs, energy) before their own savings; above the uplift when pay or inflation outrun what prices funded",
    kind: num(-0.05, 0.12),
  },
  {
    id: 'payment.efficiencyFactor',
    target: 'input',
    label: 'Efficiency factor',
    unit: 'share/yr',
    meaning: 'Efficiency requirement deducted from national prices and block uplifts',
    kind: num(0, 0.1),
  },
  {
    id: 'funding.primaryCommunityShift',
    target: 'input',
    label: 'Shift to primary and community care',
    unit: 'share/yr',
    meaning:
      "Share of commissioners' acute contract value moved each year to community and primary care by national policy",
    kind: num(0, 0.05),
  },
  // ---- central support (inputs; shares of national commissioner funding) ----
  {
    id: 'support.conditional',
    target: 'input',
    label: 'Conditional provider support',
    unit: 'share of funding',
    meaning:
      'Central money for NHS providers paid on meeting their control totals (STF, PSF, FRF), as a share of national commissioner funding',
    kind: num(0, 0.05),
  },
  {
    id: 'support.deficit',
    target: 'input',
    label: 'Deficit support',
    unit: 'share of funding',
    meaning:
      "Central money paid towards NHS providers' deficits whatever their control totals (emergency deficit funding, deficit support to systems), as a share of national commissioner funding",
    kind: num(0, 0.05),
  },
  // ---- demand (inputs) ----
  {
    id: 'demand.population',
    target: 'level',
    label: 'Population',
    unit: 'people',
    meaning: "England's resident population at mid-year (the model's registered lists run above it by list inflation)",
    kind: num(40_000_000, 70_000_000),
  },
  {
    id: 'demand.populationGrowth',
    target: 'input',
    label: 'Population growth',
    unit: 'share/yr',
    meaning: 'Growth of the population (registered lists)',
    kind: num(-0.01, 0.03),
  },
  {
    id: 'demand.electiveGrowth',
    target: 'input',
    label: 'Planned care demand growth',
    unit: 'share/yr',
    meaning: 'Growth per head of referrals for planned care (elective, outpatient, community, mental health)',
    kind: num(-0.5, 0.5),
  },
  {
    id: 'demand.emergencyGrowth',
    target: 'input',
    label: 'Emergency demand growth',
    unit: 'share/yr',
    meaning: 'Growth per head of emergency demand beyond what chronic disease prevalence brings',
    kind: num(-0.2, 0.1),
  },
  {
    id: 'demand.electiveCapacity',
    target: 'input',
    label: 'Elective capacity available',
    unit: 'share',
    meaning:
      "Share of providers' planned-care capacity that can be used (below 1 when infection control stops elective work)",
    kind: num(0, 1.2),
  },
  // ---- structures (inputs) ----
  {
    id: 'fundholding.share',
    target: 'input',
    label: 'Fundholding share',
    unit: 'share',
    meaning: 'Share of practices holding budgets as fundholders (where the regime has fundholding)',
    kind: num(0, 1),
  },
  {
    id: 'provider.foundationShare',
    target: 'input',
    label: 'Foundation trusts',
    unit: 'share',
    meaning: 'Share of NHS trusts that are foundation trusts',
    kind: num(0, 1),
  },
  // ---- payment rules (rules) ----
  {
    id: 'payment.form',
    target: 'rule',
    label: 'Payment form',
    unit: '',
    meaning:
      'How contracts pay: block sums, national tariff for activity, or aligned payment (fixed plus variable elective)',
    kind: { type: 'enum', values: ['block', 'tariff', 'aligned'] },
  },
  {
    id: 'payment.tariffCoverage',
    target: 'rule',
    label: 'Tariff coverage',
    unit: 'share',
    meaning:
      'Share of acute activity value paid at national tariff where payment is by tariff (Payment by Results was phased in)',
    kind: num(0, 1),
  },
  {
    id: 'payment.marginalEmergencyRate',
    target: 'rule',
    label: 'Marginal emergency rate',
    unit: 'share of tariff',
    meaning: 'Share of tariff paid for emergency admissions above the baseline (none: every admission at full tariff)',
    kind: num(0, 1, true),
  },
  {
    id: 'payment.emergencyVariable',
    target: 'rule',
    label: 'Emergency variable share',
    unit: 'share',
    meaning: 'Share of emergency care paid by activity under tariff (blended payment: a fixed sum plus this share)',
    kind: num(0, 1),
  },
  {
    id: 'payment.withhold',
    target: 'rule',
    label: 'CQUIN',
    unit: 'share',
    meaning: 'Share of contract value withheld against quality goals (CQUIN)',
    kind: num(0, 0.1),
  },
  {
    id: 'payment.withholdEnforced',
    target: 'rule',
    label: 'CQUIN clawback',
    unit: '',
    meaning: 'Whether unearned CQUIN is kept by the commissioner (false: paid in full whatever the quality)',
    kind: { type: 'boolean' },
  },
  {
    id: 'payment.lowVolumeBlock',
    target: 'rule',
    label: 'Low-volume block threshold',
    unit: '£',
    meaning: 'Contracts below this annual value are paid as fixed blocks',
    kind: num(0, 5_000_000),
  },
  {
    id: 'procurement.patientChoice',
    target: 'rule',
    label: 'Patient choice',
    unit: 'share',
    meaning: 'How far patients choose their provider of planned hospital care',
    kind: num(0, 1),
  },
  {
    id: 'contracts.roundSuspended',
    target: 'rule',
    label: 'Contracting round suspended',
    unit: '',
    meaning: 'Whether the annual contracting round is suspended (contracts roll over on block terms)',
    kind: { type: 'boolean' },
  },
  {
    id: 'finance.controlTotals',
    target: 'rule',
    label: 'Control totals',
    unit: '',
    meaning: 'Financial targets set centrally: none, one per NHS provider, or one per system (area)',
    kind: { type: 'enum', values: ['none', 'provider', 'system'] },
  },
];

const byId = new Map(SERIES.map((s) => [s.id, s]));

export function seriesSpec(id: string): SeriesSpec | undefined {
  return byId.get(id);
}

export type SeriesValue = number | boolean | string | null;

/** Why a value of a series is wrong for it, or null. */
export function checkSeriesValue(spec: SeriesSpec, v: unknown): string | null {
  const k = spec.kind;
  if (k.type === 'number') {
    if (v === null && k.nullable) return null;
    if (typeof v !== 'number' || !Number.isFinite(v))
      return `must be a number${k.nullable ? ' or null' : ''}, got ${JSON.stringify(v)}`;
    if (v < k.min || v > k.max) return `${v} is outside its range ${k.min} to ${k.max} (${spec.unit})`;
    return null;
  }
  if (k.type === 'boolean') return typeof v === 'boolean' ? null : `must be true or false, got ${JSON.stringify(v)}`;
  return typeof v === 'string' && k.values.includes(v)
    ? null
    : `must be one of ${k.values.join(', ')}, got ${JSON.stringify(v)}`;
}

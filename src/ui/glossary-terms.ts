// The app's jargon in plain words (from the domain brief's glossary, docs/domain/brief.md §6,
// and the model's own units). Each entry names the forms it appears in.

export interface Term {
  id: string;
  /** How it is written in the app (first one is the heading). */
  forms: string[];
  text: string;
}

export const TERMS: Term[] = [
  {
    id: 'cquin',
    forms: ['CQUIN', 'Commissioning for Quality and Innovation'],
    text: 'Commissioning for Quality and Innovation: a slice of a contract’s value (0.5% in 2009, later 2.5%, then 1.25%) paid only when the provider meets agreed quality goals.',
  },
  {
    id: 'pbr',
    forms: ['Payment by Results', 'PbR'],
    text: 'Paying hospitals a national price for each case treated (from 2003/04), instead of a fixed sum; money follows the patient.',
  },
  {
    id: 'tariff',
    forms: ['national tariff', 'tariff'],
    text: 'The national prices paid per case under Payment by Results (later the NHS Payment Scheme). Providers cannot compete on price.',
  },
  {
    id: 'block',
    forms: ['block contract', 'block contracts', 'block payment', 'block'],
    text: 'A fixed sum for a year’s service, whatever the volume of work. The norm before 2003, and again during Covid.',
  },
  {
    id: 'capitation',
    forms: ['capitated', 'capitation'],
    text: 'A fixed payment per head of population for all care within scope; the holder bears the risk of more work.',
  },
  {
    id: 'icb',
    forms: ['integrated care boards', 'Integrated Care Boards', 'ICB', 'ICBs'],
    text: 'Integrated care board: the statutory NHS body in each of 42 areas that holds the budget and arranges services, from 1 July 2022.',
  },
  {
    id: 'ics',
    forms: ['integrated care systems', 'integrated care system', 'ICS', 'ICSs'],
    text: 'Integrated care system: a partnership of NHS bodies and councils covering 0.5 to 3 million people, planning together.',
  },
  {
    id: 'ccg',
    forms: ['clinical commissioning groups', 'Clinical commissioning groups', 'CCG', 'CCGs'],
    text: 'Clinical commissioning group (2013–2022): a GP-led statutory commissioner whose members were the local practices.',
  },
  {
    id: 'pct',
    forms: ['primary care trusts', 'PCT', 'PCTs'],
    text: 'Primary care trust (2002–2013): a local body that commissioned care and also ran community services.',
  },
  {
    id: 'pcg',
    forms: ['primary care groups', 'PCG', 'PCGs'],
    text: 'Primary care group (1999–2002): the practices of an area, about 100,000 people, commissioning together; they became PCTs.',
  },
  {
    id: 'dha',
    forms: ['district health authorities', 'DHA', 'DHAs'],
    text: 'District health authority: the 1990s purchaser of hospital and community care for a district.',
  },
  {
    id: 'fundholding',
    forms: ['fundholders', 'fundholder', 'fundholding'],
    text: 'GP fundholding (1991–1998): practices that volunteered held a budget to buy some hospital care for their own patients.',
  },
  {
    id: 'pendulum',
    forms: ['pendulum arbitration', 'final-offer arbitration', 'pendulum'],
    text: 'The arbiter must choose one side’s final offer on each issue, with no splitting the difference, so each side has reason to be reasonable.',
  },
  {
    id: 'arbitration',
    forms: ['arbitration', 'arbitrations'],
    text: 'A binding decision on an unagreed contract by an independent panel (in the NHS, pendulum arbitration). Seen by many as a failure of the relationship.',
  },
  {
    id: 'mediation',
    forms: ['mediation'],
    text: 'A neutral person helps the two sides reach their own agreement; not binding unless they sign.',
  },
  {
    id: 'control-total',
    forms: ['control totals', 'control total'],
    text: 'The financial result each trust (later each system) had to reach to receive central support money.',
  },
  {
    id: 'rtt',
    forms: ['referral-to-treatment', 'RTT', 'waiting list'],
    text: 'Referral to treatment: the wait from a GP’s referral to planned hospital treatment. The waiting list counts people still waiting; the standard is 18 weeks.',
  },
  {
    id: 'mret',
    forms: ['marginal rate', 'MRET'],
    text: 'Marginal rate emergency tariff (from 2010/11): emergency admissions above a 2008/09 baseline were paid at only 30% of the price.',
  },
  {
    id: 'stf',
    forms: ['Sustainability and Transformation Fund', 'STF', 'PSF', 'Provider Sustainability Fund'],
    text: 'Sustainability and Transformation Fund (2016–18), renamed the Provider Sustainability Fund: central money for trusts that met their control totals.',
  },
  {
    id: 'api',
    forms: ['aligned payment and incentive', 'aligned', 'API'],
    text: 'Aligned payment and incentive (from 2022/23): a fixed payment plus a variable element for planned work and quality.',
  },
  {
    id: 'psr',
    forms: ['Provider Selection Regime', 'PSR', 'direct award'],
    text: 'Provider Selection Regime (January 2024): NHS rules for choosing providers; a satisfactory incumbent may be re-awarded directly, without a tender.',
  },
  {
    id: 'ft',
    forms: ['foundation trusts', 'foundation trust', 'FTs'],
    text: 'NHS foundation trust: a provider with more financial freedom (it keeps surpluses, can borrow); its part in arbitration was voluntary.',
  },
  {
    id: 'isp',
    forms: ['independent-sector', 'Independent provider', 'independent provider'],
    text: 'A private or voluntary organisation delivering NHS-funded care.',
  },
  {
    id: 'federation',
    forms: ['GP federation', 'GP federations'],
    text: 'A company or network of GP practices that bids for and provides services at scale.',
  },
  {
    id: 'alliance',
    forms: ['alliance contract', 'alliances', 'alliance'],
    text: 'One agreement between a commissioner and several providers, who share risk and reward and decide together.',
  },
  {
    id: 'tender',
    forms: ['tendering', 'tenders', 'tender'],
    text: 'Putting a service out to competition: providers bid and the commissioner chooses. Costly for both sides.',
  },
  {
    id: 'transaction',
    forms: ['transaction costs', 'Transaction costs', 'Transaction cost'],
    text: 'The costs of specifying, negotiating, monitoring and enforcing contracts: the price of running a market.',
  },
  {
    id: 'trust-score',
    forms: ['Mean trust', 'mean trust'],
    text: 'How far a commissioner and a provider rely on each other, from 0 (none) to 1 (complete). Disputes erode it; kept promises build it.',
  },
  {
    id: 'log-beta',
    forms: ['log β'],
    text: 'Log of a coefficient: how strongly something changes a concession, on a logarithmic scale. 0 means no effect; +0.7 roughly doubles it.',
  },
  {
    id: 'log-odds-pp',
    forms: ['log-odds/pp'],
    text: 'Change in the log-odds for each percentage point: +0.1 per point makes a 10-point gap multiply the odds by about 2.7.',
  },
  {
    id: 'log-odds',
    forms: ['log-odds'],
    text: 'The odds of something on a logarithmic scale: 0 is even odds; +0.7 roughly doubles the odds, −0.7 halves them.',
  },
  {
    id: 'log-sd',
    forms: ['log sd'],
    text: 'A spread measured on a logarithmic scale: 0.1 means values typically within about 10% of the middle.',
  },
  {
    id: 'cv',
    forms: ['CV'],
    text: 'Coefficient of variation: the standard deviation as a share of the mean (0.05 = typically within 5%).',
  },
  {
    id: 'elasticity',
    forms: ['elasticity'],
    text: 'How much one thing changes, in per cent, for a 1% change in another.',
  },
  {
    id: 'pp',
    forms: ['percentage points', 'pp'],
    text: 'Percentage points: the difference between two percentages (from 20% to 25% is 5 points).',
  },
  {
    id: 'deficit',
    forms: ['in deficit', 'deficit'],
    text: 'Spending more than its income in the year. NHS trusts in deficit were often bailed out rather than allowed to fail.',
  },
  {
    id: 'bailout',
    forms: ['bail-outs', 'bail-out', 'bailed out'],
    text: 'Revenue support loans or deficit funding from the centre to a distressed NHS provider.',
  },
];

/** Units in words, for the Parameters panel. */
export const UNIT_WORDS: Record<string, string> = {
  share: 'a share, 0 to 1',
  '0–1': 'from 0 to 1',
  '£': 'pounds',
  'share/yr': 'a share each year',
  'share of funding': 'a share of funding, 0 to 1',
  probability: 'a probability, 0 to 1',
  '×': 'times the usual',
  rate: 'a rate, share per step',
  years: 'years',
  weeks: 'weeks',
  rounds: 'rounds',
  score: 'points of evaluation score',
  'log-odds': 'log-odds',
  'log β': 'log β (log of a coefficient)',
  'log sd': 'log sd (spread on a log scale)',
  'log-odds/pp': 'log-odds/pp (per percentage point)',
  'spells per admission': 'spells per admission',
  'per quality point': 'per quality point',
  elasticity: 'elasticity',
  CV: 'CV (coefficient of variation)',
};

// A decision card in plain English (pure): what the decision is, what the agent knows (money as
// £m or £k, trust and quality as scores out of 1, shares as percentages, weeks as dates) and
// what the model would do. Shared by the decision card, the debrief and room mode's player page.
import type { Answer, DecisionRequest } from '../engine/api';
import { REGIMES, isRegimeId } from '../model/index';
import { formatMoney, trim } from '../engine/money';

/** Each decision kind as a heading and the question it asks ({other} is the counterpart). */
export const DECISION_KINDS: Record<string, { title: string; question: string }> = {
  'negotiation.offer': {
    title: 'Contract offer',
    question: 'What do you offer {other} for next year’s contract? Offering what they ask agrees the deal.',
  },
  'negotiation.ask': {
    title: 'Contract ask',
    question: 'What do you ask {other} to pay for next year’s contract? Asking what they offer agrees the deal.',
  },
  'dispute.escalate': {
    title: 'Arbitration or settle',
    question: 'Mediation has failed. Do you take the contract to arbitration, or settle?',
  },
  'arbitration.final-offer': {
    title: 'Final offer to the arbiter',
    question: 'Your final offer to the arbitration panel, which picks one side’s final offer whole.',
  },
  'tender.compete': {
    title: 'Whether to tender',
    question: 'The contract is up for renewal. Put the service out to tender, or keep the incumbent?',
  },
  'tender.choose': { title: 'Choosing a bid', question: 'The bids are in. Which bidder wins the contract?' },
  'tender.bid': {
    title: 'Bidding in a tender',
    question: 'A service is out to tender. At what price do you bid? £0 stays out of the tender.',
  },
  'alliance.form': {
    title: 'Forming an alliance',
    question: 'Your providers could form an alliance with one capitated budget. Form it?',
  },
  'support.ask': {
    title: 'Asking for central support',
    question: 'You are running out of cash. Ask the centre for revenue support?',
  },
};

type Unit = 'money' | 'score' | 'share' | 'week' | 'count' | 'weeks' | 'years' | 'org' | 'orgs' | 'text' | 'index';
/** What each fact is, in words, and its unit. Unknown facts are shown as they come. */
const FACTS: Record<string, [string, Unit]> = {
  counterpart: ['The other side', 'org'],
  round: ['Round of bargaining', 'count'],
  rounds: ['Rounds before the deadline', 'count'],
  deadlineWeek: ['Deadline', 'week'],
  fairValue: ['Fair value of the contract (reference)', 'money'],
  lastOffer: ['Commissioner’s last offer', 'money'],
  lastAsk: ['Provider’s last ask', 'money'],
  commissionerLastOffer: ['Commissioner’s last offer', 'money'],
  providerLastAsk: ['Provider’s last ask', 'money'],
  commissionerOffer: ['Commissioner’s offer', 'money'],
  providerOffer: ['Provider’s ask', 'money'],
  gap: ['Gap between the two', 'money'],
  trust: ['Trust between you', 'score'],
  meanTrust: ['Mean trust with the members', 'score'],
  form: ['Payment', 'text'],
  budgetBalance: ['Your budget balance (with carry-over)', 'money'],
  allocation: ['Your allocation this year', 'money'],
  surplus: ['Your surplus last year', 'money'],
  cash: ['Your cash', 'money'],
  deficit: ['Your deficit', 'money'],
  threshold: ['Cash level counted as distress', 'money'],
  bailoutPolicy: ['Chance the centre bails out a trust in distress', 'share'],
  regime: ['Regime', 'text'],
  arbiter: ['Arbiter', 'text'],
  penalty: ['Central funds lost by each side at arbitration (share of value)', 'share'],
  arbiterNoise: ['How far the panel’s own view may stray', 'share'],
  rule: ['Rule', 'text'],
  service: ['Service', 'text'],
  incumbent: ['Incumbent provider', 'org'],
  value: ['Value a year', 'money'],
  alternatives: ['Capable alternative providers', 'count'],
  perceivedGain: ['Gain you expect from competing it', 'money'],
  tenderCost: ['Cost of running the tender', 'money'],
  incumbentQuality: ['Incumbent’s quality', 'score'],
  rules: ['Procurement rules', 'text'],
  unitCostIndex: ['Your unit costs against the average (1 = average)', 'index'],
  quality: ['Your quality', 'score'],
  qualityWeight: ['Weight the panel gives quality (the rest is price)', 'share'],
  weeks: ['Weeks to bid', 'weeks'],
  bids: ['Bids still in', 'count'],
  members: ['Members', 'orgs'],
  capability: ['Your contracting capability', 'score'],
  riskShare: ['Share of gain and loss pooled', 'share'],
  years: ['Length', 'years'],
  kind: ['Kind of alliance', 'text'],
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "14 Oct 2013": the first day of a week of the run (week 0 = first week of April of the start year). */
export function weekDate(tick: number, startYear: number): string {
  // As the model's calendar writes dates (the toolbar's clock), so the two agree.
  const d = new Date(Date.UTC(startYear + Math.floor(tick / 52), 3, 1 + (tick % 52) * 7));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Names organisations by code (falls back to the code). */
export type NameOf = (code: string) => string;

export interface DecisionWords {
  title: string;
  question: string;
  /** When it is asked, as a date. */
  when: string;
  facts: [string, string][];
  /** The model's own choice, in words. */
  suggestion: string;
}

export function decisionWords(d: DecisionRequest, nameOf: NameOf, startYear: number): DecisionWords {
  const kind = DECISION_KINDS[d.kind] ?? { title: d.kind, question: 'Your decision.' };
  const other = typeof d.facts.counterpart === 'string' ? nameOf(d.facts.counterpart) : 'the other side';
  const facts: [string, string][] = [];
  for (const [key, value] of Object.entries(d.facts)) {
    const [label, unit] = FACTS[key] ?? [key, 'text'];
    facts.push([label, factText(value, unit, nameOf, startYear, key)]);
  }
  return {
    title: kind.title,
    question: kind.question.replace('{other}', other),
    when: weekDate(d.tick, startYear),
    facts,
    suggestion: answerWords(d, d.suggestion),
  };
}

/** An answer in words: a sum as money, an option by its label. */
export function answerWords(d: Pick<DecisionRequest, 'options'>, a: Answer): string {
  if (typeof a === 'number') return a === 0 ? '£0 (stay out)' : formatMoney(a);
  return d.options?.find((o) => o.value === a)?.label ?? a;
}

function factText(v: number | string | boolean, unit: Unit, nameOf: NameOf, startYear: number, key: string): string {
  if (typeof v === 'boolean') return key === 'incumbent' ? (v ? 'yes, you hold it now' : 'no') : v ? 'yes' : 'no';
  if (typeof v === 'string') {
    if (unit === 'org') return nameOf(v);
    if (unit === 'orgs')
      return v
        .split(/,\s*/)
        .map((c) => nameOf(c))
        .join(', ');
    if (key === 'regime' && isRegimeId(v)) return REGIMES[v].label;
    return v.replace(/-/g, ' ');
  }
  switch (unit) {
    case 'money':
      return formatMoney(v);
    case 'score':
      return `${trim(v, 2)} out of 1`;
    case 'share':
      return `${trim(v * 100, v < 0.01 ? 2 : 1)}%`;
    case 'week':
      return weekDate(v, startYear);
    case 'weeks':
      return `${trim(v, 0)} weeks`;
    case 'years':
      return `${trim(v, 0)} years`;
    case 'index':
      return trim(v, 2);
    default:
      return trim(v, 2);
  }
}

/** Names by code from the run's organisations (a code not among them is shown as it is). */
export function nameLookup(nodes: readonly { id: string; name: string }[] | undefined): NameOf {
  const names = new Map((nodes ?? []).map((n) => [n.id, n.name]));
  return (code) => names.get(code) ?? code;
}

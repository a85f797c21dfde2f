// The debrief as words and figures (pure): each held organisation against the same seed's run
// in which the model took every decision, the turning points (the player's decisions that
// differed from the model's suggestion, the first named plainly) and the facilitator's injects.
// The dialog, the PNG and the PDF all draw this one report.
import type { DecisionRequest, Debrief, Inject, Intervention } from '../engine/api';
import { formatMoney, trim } from '../engine/money';
import { answerWords, DECISION_KINDS, weekDate, type NameOf } from './decision-words';

export interface DebriefReport {
  title: string;
  subtitle: string;
  /** The first diverging decision in one sentence (or why there is none). */
  headline: string;
  organisations: {
    heading: string;
    rows: { measure: string; player: string; model: string; change: string; differs: boolean }[];
  }[];
  turningPoints: { text: string; first: boolean }[];
  injects: string[];
}

/** How a sum was answered, in words ("the player offered £12m"). */
const VERB: Record<string, string> = {
  'negotiation.offer': 'offered',
  'negotiation.ask': 'asked',
  'arbitration.final-offer': 'made a final offer of',
  'tender.bid': 'bid',
};

export function debriefReport(
  d: Debrief,
  interventions: readonly Intervention[],
  nameOf: NameOf,
  startYear: number,
  run: { name: string; seed: number },
  /** Cards shown in this run, by key (names the other side of a contract where known). */
  cards: ReadonlyMap<string, DecisionRequest> = new Map(),
): DebriefReport {
  const organisations = d.organisations.map((o) => ({
    heading: `${o.name} (${o.code})`,
    rows: o.rows.map((r) => {
      const same = r.player === r.model || (Number.isNaN(r.player) && Number.isNaN(r.model));
      return {
        measure: r.measure,
        player: value(r.unit, r.player),
        model: value(r.unit, r.model),
        change: same ? 'same' : signed(r.unit, r.player - r.model),
        differs: !same,
      };
    }),
  }));
  const turningPoints = d.turningPoints.map((t) => ({
    text: turningPoint(t, nameOf, startYear, cards),
    first: t.first,
  }));
  const first = d.turningPoints.find((t) => t.first);
  const headline = first
    ? `The runs first diverged on ${turningPoint(first, nameOf, startYear, cards)}`
    : d.decisions > 0
      ? `Every decision taken (${d.decisions}) was the model’s own: the run is the model’s run.`
      : 'No decision has been taken by a player yet.';
  const injects = interventions.flatMap((iv) =>
    iv.kind === 'inject' ? [`${weekDate(iv.tick, startYear)}: ${injectWords(iv.inject, nameOf)}`] : [],
  );
  return {
    title: `Debrief: ${run.name}`,
    subtitle: `Seed ${run.seed} · to ${weekDate(d.tick, startYear)} · ${d.decisions} decisions by players · against the model’s own run on the same seed`,
    headline,
    organisations,
    turningPoints,
    injects,
  };
}

function turningPoint(
  t: Debrief['turningPoints'][number],
  nameOf: NameOf,
  startYear: number,
  cards: ReadonlyMap<string, DecisionRequest>,
): string {
  const card = [...cards.values()].find((c) => c.tick === t.tick && c.kind === t.kind && c.subject === t.subject);
  const kind = DECISION_KINDS[t.kind]?.title.toLowerCase() ?? t.kind;
  const other = typeof card?.facts.counterpart === 'string' ? ` with ${nameOf(card.facts.counterpart)}` : '';
  const options = card ? { options: card.options } : {};
  const verb = VERB[t.kind] ?? 'chose';
  return (
    `${weekDate(t.tick, startYear)}, ${kind}${other} (${nameOf(t.holder)}): ` +
    `the player ${verb} ${answerWords(options, t.answer)}; the model would have ${verb === 'chose' ? 'chosen' : verb} ${answerWords(options, t.suggestion)}.`
  );
}

/** A facilitator's inject in words ("a 5% funding squeeze"). */
export function injectWords(i: Inject, nameOf: NameOf): string {
  const pct = (x: number) => `${trim(Math.abs(x) * 100, 1)}%`;
  const what = ((): string => {
    switch (i.kind) {
      case 'funding':
        return i.change < 0 ? `a ${pct(i.change)} funding squeeze` : `funding up ${pct(i.change)}`;
      case 'cash':
        return `${formatMoney(i.amount)} one-off cash to ${i.commissioner ? nameOf(i.commissioner) : 'commissioners'}`;
      case 'tariff':
        return i.change < 0 ? `a ${pct(i.change)} tariff cut` : `a ${pct(i.change)} tariff rise`;
      case 'provider-crisis':
        return `${i.provider ? nameOf(i.provider) : 'the largest acute trust'} in crisis${i.deficit ? `: ${formatMoney(i.deficit)} sudden cost` : ''}${i.inspection ? (i.deficit ? ' and' : ':') + ' a failed inspection' : ''}`;
      case 'winter-surge':
        return `a winter surge: emergency demand up ${pct(i.extra)} for ${i.weeks} weeks`;
      case 'pandemic':
        return `a pandemic: planned care at ${pct(i.electiveCapacity)} of capacity for ${i.weeks} weeks`;
      case 'rule':
        return `a new rule: ${i.label}`;
    }
  })();
  return i.label && i.kind !== 'rule' ? `${i.label} (${what})` : what;
}

function value(unit: string, v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (unit === '£') return formatMoney(v);
  if (unit === 'share') return `${trim(v * 100, 1)}%`;
  if (unit === 'score') return trim(v, 2);
  return Math.round(v).toLocaleString('en-GB');
}

function signed(unit: string, v: number): string {
  if (!Number.isFinite(v)) return '–';
  // A small change in a score still shows as one (0.004, not 0).
  const s = unit === 'score' && Math.abs(v) < 0.005 ? trim(Math.abs(v), 4) : value(unit, Math.abs(v));
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}

// Decisions a player takes instead of the model's agent (issue "play a role"). At each
// decision point the agent works out its own choice as always (drawing the same random numbers),
// then asks: is this organisation's seat held? If not, or if the player's answer is the agent's
// own, the run is the model's own to the bit. A held seat with no answer yet marks the decision
// pending; the engine then re-runs the week once the player has answered. Answers are keyed by
// week, kind and subject, so a run is reproducible from scenario, seed and decision log.

export const DECISION_KINDS = [
  'negotiation.offer',
  'negotiation.ask',
  'dispute.escalate',
  'arbitration.final-offer',
  'tender.compete',
  'tender.choose',
  'tender.bid',
  'alliance.form',
  'support.ask',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type Answer = number | string;
export type Facts = Record<string, number | string | boolean>;

export interface DecisionRequest {
  /** Unique in the run: week, kind and subject ("120/negotiation.offer/ct14"). */
  key: string;
  tick: number;
  kind: DecisionKind;
  /** Code of the organisation whose seat decides. */
  holder: string;
  /** What it is about, in the model's terms (a contract, a tender). */
  subject: string;
  /** What the agent knows at this moment (budget, trust, the other side's last offer, rules…). */
  facts: Facts;
  /** A sum in £ within these bounds, or one of the options. */
  range?: { min: number; max: number };
  options?: { value: string; label: string }[];
  /** The model's own choice: taking it gives the model's own run. */
  suggestion: Answer;
}

/** A decision a player took, beside what the model would have done. */
export interface DecisionTaken {
  request: DecisionRequest;
  answer: Answer;
}

export class Decisions {
  /** Codes of the organisations whose decisions players take. */
  readonly seats = new Set<string>();
  /** Answers by key (the engine keeps them in step with its decision log). */
  readonly answers = new Map<string, Answer>();
  /** The first decision of the week still waiting for its player, if any. */
  pending: DecisionRequest | null = null;
  /** Players' decisions so far, in order (for the debrief). */
  readonly taken: DecisionTaken[] = [];

  /** Whether a player holds this organisation's seat (cheap: decision points check it first). */
  holds(code: string | null): boolean {
    return code !== null && this.seats.size > 0 && this.seats.has(code);
  }

  /**
   * A decision point's question, keyed by week, kind and subject (and `keyExtra` where one
   * subject has several deciders, e.g. each side's final offer).
   */
  ask<T extends Answer>(
    tick: number,
    kind: DecisionKind,
    holder: string,
    subject: string,
    q: { facts: Facts; range?: DecisionRequest['range']; options?: DecisionRequest['options']; suggestion: T },
    keyExtra = '',
  ): T {
    return this.decide({ key: decisionKey(tick, kind, subject + keyExtra), tick, kind, holder, subject, ...q });
  }

  /**
   * The decision at this point: the player's answer where the seat is held and answered, else
   * the agent's own (marking the first unanswered one of a held seat as pending).
   */
  decide<T extends Answer>(request: Omit<DecisionRequest, 'suggestion'> & { suggestion: T }): T {
    if (!this.seats.has(request.holder)) return request.suggestion;
    const answer = this.answers.get(request.key);
    if (answer === undefined) {
      this.pending ??= request;
      return request.suggestion;
    }
    if (typeof answer !== typeof request.suggestion) return request.suggestion;
    this.taken.push({ request, answer });
    if (request.range && typeof answer === 'number')
      return Math.min(request.range.max, Math.max(request.range.min, answer)) as T;
    if (request.options && !request.options.some((o) => o.value === answer)) return request.suggestion;
    return answer as T;
  }
}

/** A decision's key: week, kind and subject. */
export function decisionKey(tick: number, kind: DecisionKind, subject: string): string {
  return `${tick}/${kind}/${subject}`;
}

interface Successors {
  code: string;
  active?: boolean;
  status?: string;
  successor: number | null;
}

/**
 * A seat follows its organisation through reorganisation: a player holding a CCG abolished at
 * a reform holds its successor (the one taking most of its population); a provider that failed,
 * the one taking over its services.
 */
export function followSeats(
  d: Decisions,
  world: { commissioners: readonly Successors[]; providers: readonly Successors[] },
): void {
  for (const code of [...d.seats]) {
    for (const list of [world.commissioners, world.providers]) {
      let org = list.find((o) => o.code === code);
      if (!org || org.active === true || org.status === 'active') continue;
      for (
        let hops = 0;
        org && org.active !== true && org.status !== 'active' && org.successor !== null && hops < 20;
        hops++
      )
        org = list[org.successor];
      d.seats.delete(code);
      if (org && (org.active === true || org.status === 'active')) d.seats.add(org.code);
    }
  }
}

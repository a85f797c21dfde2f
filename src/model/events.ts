// The event log: every step of every protocol, with its cause (the id of the event that
// led to it), so a trainee can ask "why?" and a researcher can replay the sequence.

export const EVENT_TYPES = [
  'reform.applied',
  'commissioner.created',
  'commissioner.abolished',
  'practice.merged',
  'negotiation.opened',
  'negotiation.offer',
  'negotiation.counter-offer',
  'negotiation.agreed',
  'negotiation.deadline-missed',
  'mediation.opened',
  'mediation.settled',
  'mediation.failed',
  'arbitration.opened',
  'arbitration.decided',
  'contract.rolled-over',
  'contract.signed',
  'contract.ended',
  'contract.collapsed',
  'tender.decided',
  'tender.opened',
  'tender.bid',
  'tender.awarded',
  'tender.challenged',
  'tender.abandoned',
  'provider.changed',
  'service.decommissioned',
  'alliance.formed',
  'alliance.dissolved',
  'alliance.shared-result',
  'alliance.upstream-shift',
  'payment.withheld',
  'payment.capped',
  'payment.sanction',
  'provider.deficit',
  'provider.bailout',
  'provider.failed',
  'provider.exited',
  'debt.written-off',
  'inject.applied',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface ModelEvent {
  id: number;
  /** Absolute week of the run (0 = first week of April of the first year). */
  tick: number;
  /** Simulated year, 1-based. */
  year: number;
  type: EventType;
  commissioner: number | null;
  provider: number | null;
  contract: number | null;
  tender: number | null;
  alliance: number | null;
  /** Main money amount of the event, £ (offer, award value, bail-out…), if any. */
  value: number | null;
  /** Id of the event that caused this one, if any. */
  cause: number | null;
  /** Why it happened, in a few words (machine-readable reason). */
  reason: string;
  /** Further facts (numbers or short strings) specific to the event type. */
  detail: Record<string, number | string | boolean>;
}

export type EventInput = Omit<
  ModelEvent,
  | 'id'
  | 'tick'
  | 'year'
  | 'commissioner'
  | 'provider'
  | 'contract'
  | 'tender'
  | 'alliance'
  | 'value'
  | 'cause'
  | 'reason'
  | 'detail'
> &
  Partial<ModelEvent>;

export class EventLog {
  readonly events: ModelEvent[] = [];
  /**
   * Events of each type in each simulated year (index = year − 1): how many, and their values
   * summed. Kept for every event, recorded or not, so counts never depend on what is kept.
   */
  readonly counts: Record<string, number>[] = [];
  readonly values: Record<string, number>[] = [];
  private readonly wanted: ReadonlySet<EventType> | null;
  /**
   * @param keep Optional cap on retained events (the live app keeps a window; CLI keeps all).
   * @param types Types to build at all (null = every type). Others only take an id and a count,
   *   so ids, causes and results stay the same whatever an output reads.
   */
  constructor(
    private readonly keep = Infinity,
    types: readonly EventType[] | null = null,
  ) {
    this.wanted = types ? new Set(types) : null;
  }
  private nextId = 0;

  /** Whether events of this type are built (callers may skip preparing their details). */
  wants(type: EventType): boolean {
    return this.wanted === null || this.wanted.has(type);
  }
  /** Events since the last drain, for the engine's frames. */
  private pending: ModelEvent[] = [];

  record(tick: number, year: number, e: EventInput): number {
    this.tally(year, e.type, e.value ?? 0);
    if (this.wanted !== null && !this.wanted.has(e.type)) return this.nextId++;
    const ev: ModelEvent = {
      id: this.nextId++,
      tick,
      year,
      type: e.type,
      commissioner: e.commissioner ?? null,
      provider: e.provider ?? null,
      contract: e.contract ?? null,
      tender: e.tender ?? null,
      alliance: e.alliance ?? null,
      value: e.value ?? null,
      cause: e.cause ?? null,
      reason: e.reason ?? '',
      detail: e.detail ?? {},
    };
    this.events.push(ev);
    this.pending.push(ev);
    // Nobody draining? Keep the pending list bounded so long runs cannot grow without limit.
    if (this.pending.length > 500_000) this.pending.splice(0, this.pending.length - 250_000);
    if (this.events.length > this.keep * 1.5) this.events.splice(0, this.events.length - this.keep);
    return ev.id;
  }

  /**
   * Adds facts to an event just recorded (what a reform changed is known only once it is done).
   * Only the latest events are searched; an event not built is left alone.
   */
  amend(id: number, detail: Record<string, number | string | boolean>): void {
    for (let i = this.events.length - 1; i >= 0 && i >= this.events.length - 10_000; i--) {
      const e = this.events[i];
      if (e.id === id) {
        Object.assign(e.detail, detail);
        return;
      }
      if (e.id < id) return;
    }
  }

  private tally(year: number, type: EventType, value: number): void {
    while (this.counts.length < year) {
      this.counts.push({});
      this.values.push({});
    }
    const count = this.counts[year - 1];
    const sum = this.values[year - 1];
    count[type] = (count[type] ?? 0) + 1;
    sum[type] = (sum[type] ?? 0) + value;
  }

  /** Returns and clears events recorded since the previous call. */
  drain(): ModelEvent[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  get count(): number {
    return this.nextId;
  }
}

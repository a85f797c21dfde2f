// The Model (Mesa's sense): the composition root. It holds the scenario, the rules in force
// (the regime), the random streams, the money (ledger), the world of organisations and the
// economy they trade in, and steps them one week at a time through the schedule.
import { collectRelationships, weeklySnapshot, type WeeklySnapshot } from './collector';
import { dateLabel, financialYearLabel } from './calendar';
import { Economy } from './economy';
import { EventLog, type EventType } from './events';
import { Decisions, followSeats } from './decisions';
import { applyInject, type Inject, type Shock } from './injects';
import { initialise } from './initialise';
import { checkInvariants } from './invariants';
import { Ledger } from './ledger';
import { emptyCounters, type RelationshipRow, type YearCounters, type YearMetrics } from './metrics';
import { Namer } from './names';
import { checkParam, resolveParams, type ParamValues } from './params';
import { mergeRules, type RegimeOverride } from './regime-schema';
import { YearEndRecords } from './records';
import { applyReform } from './reform';
import { resolveRegimes, type Regime, type RegimeId } from './regimes';
import { makeStreams, type Streams } from './rng';
import type { Scenario } from './scenario';
import { applyDueEvents, rulesInForceAt, runWeek, scheduleEvents, startYear, type ScheduledEvent } from './schedule';
import { ENGLAND_TIMELINE } from './timeline/england';
import { TimelineView } from './timeline/view';
import type { Experience } from './trust';
import { WaitingLists } from './waiting';
import { World } from './world';

export interface ModelOptions {
  eventLimit?: number;
  /** Event types to build (default: all). Others are counted but not built: see EventLog. */
  eventTypes?: readonly EventType[] | null;
}

export class Model {
  readonly scenario: Scenario;
  /** Calendar year whose April starts the run. */
  readonly startYear: number;
  /** The timeline this run follows (or frozen at its start year). */
  readonly timeline: TimelineView;
  /** Parameters in force this financial year: the scenario's, and the timeline's inputs for the year. */
  params: ParamValues;
  /** The scenario's own parameter values (defaults filled); its explicit ones beat the timeline. */
  private readonly baseParams: ParamValues;
  private readonly explicit: ReadonlySet<string>;
  private readonly paramsByYear = new Map<number, ParamValues>();
  /** Dated events of the run (scenario reforms; with timelineEvents, the timeline's), in tick order. */
  readonly schedule: readonly ScheduledEvent[];
  /** The regimes this run can be in: the brief's, with the scenario's overrides. */
  readonly regimes: Readonly<Record<RegimeId, Readonly<Regime>>>;
  /** The rules in force; a reform swaps them. */
  regime: Readonly<Regime>;
  readonly rng: Streams;
  readonly ledger = new Ledger();
  readonly events: EventLog;
  readonly namer: Namer;
  readonly world: World;
  readonly economy: Economy;
  /** Patients waiting for planned care, by provider, line and weeks waited. */
  readonly waiting = new WaitingLists();
  /** Year-end figures of each organisation, for the inspector and researchers. */
  readonly records = new YearEndRecords();
  /** This year's counts (negotiations, spend…), reset each April. */
  counters: YearCounters = emptyCounters();
  /** This year's experience per commissioner (agreements, disputes…), for orientation learning. */
  readonly experience = new Map<number, Experience>();
  readonly yearly: YearMetrics[] = [];
  /** Regimes in force over the run: the starting one at tick 0, then each reform. */
  readonly reforms: { tick: number; regime: RegimeId }[] = [];
  /** Weeks since the start of the run. */
  tick = 0;
  /** Organisations whose decisions players take, and their answers (see decisions.ts). */
  readonly decisions = new Decisions();
  /** Shocks a facilitator injected, while they last (see injects.ts). */
  readonly shocks: Shock[] = [];

  constructor(scenario: Scenario, opts: ModelOptions = {}) {
    this.scenario = { params: {}, reforms: [], ...scenario };
    this.baseParams = resolveParams(this.scenario.params ?? {});
    this.explicit = new Set(Object.keys(this.scenario.params ?? {}));
    this.regimes = resolveRegimes(this.scenario.regimes);
    this.startYear = scenario.startYear ?? this.regimes[scenario.regime].firstYear;
    this.timeline = new TimelineView(ENGLAND_TIMELINE, this.startYear, this.scenario.timeline);
    this.params = this.paramsFor(this.startYear);
    this.regime = this.regimes[scenario.regime];
    if (!this.regime) throw new Error(`unknown regime "${scenario.regime}"`);
    this.rng = makeStreams(scenario.seed);
    this.events = new EventLog(opts.eventLimit ?? Infinity, opts.eventTypes ?? null);
    this.namer = new Namer(this.rng.init);
    this.schedule = scheduleEvents(this);
    // The rules on the first day: the regime, changed by the timeline's rule changes since it
    // came in when the run follows the timeline's events (a run from 2020 has 135 CCGs), then
    // the year's rule series.
    if (this.scenario.timelineEvents) for (const patch of rulesInForceAt(this, this.startYear)) this.changeRules(patch);
    this.followTimelineRules(this.timeline.rules(this.startYear));
    this.world = new World(this);
    this.economy = new Economy(this);
    initialise(this);
    this.reforms.push({ tick: 0, regime: this.regime.id });
    applyDueEvents(this);
    startYear(this);
  }

  /** Parameters for a calendar year: the timeline's inputs for it, unless the scenario set them. */
  paramsFor(year: number): ParamValues {
    let p = this.paramsByYear.get(year);
    if (!p) {
      p = { ...this.baseParams };
      for (const [id, v] of Object.entries(this.timeline.inputs(year))) if (!this.explicit.has(id)) p[id] = v;
      this.paramsByYear.set(year, p);
    }
    return p;
  }

  /** Next financial year's parameters (what planning in the autumn knows of prices and funding). */
  get nextParams(): ParamValues {
    return this.paramsFor(this.calendarYear + 1);
  }

  /** Changes some rules in force (a dated rule change, an event's rules). */
  changeRules(patch: RegimeOverride): void {
    this.regime = mergeRules(this.regime, patch);
  }

  /**
   * Applies the timeline's rule series for a year, except the rules the scenario sets for the
   * regime in force: a researcher's override of a regime beats the record.
   */
  followTimelineRules(patch: RegimeOverride): void {
    this.changeRules(withoutOverridden(patch, this.scenario.regimes?.[this.regime.id]));
  }

  // ---- time -------------------------------------------------------------------------
  /** Simulated financial year, 1-based. */
  get year(): number {
    return Math.floor(this.tick / 52) + 1;
  }
  /** Week of the financial year, 0 = first week of April. */
  get week(): number {
    return this.tick % 52;
  }
  get finished(): boolean {
    return this.tick >= this.scenario.years * 52;
  }
  get calendarYear(): number {
    return this.startYear + this.year - 1;
  }
  get financialYear(): string {
    return financialYearLabel(this.calendarYear);
  }
  dateLabel(): string {
    return dateLabel(this.calendarYear, this.week);
  }

  /** Advances one week. */
  step(): void {
    if (this.finished) return;
    runWeek(this);
    this.tick++;
    if (this.finished) return;
    if (this.week === 0) startYear(this);
    else applyDueEvents(this);
    if (this.decisions.seats.size) followSeats(this.decisions, this.world);
  }

  stepYear(): void {
    const target = this.year * 52;
    while (this.tick < target && !this.finished) this.step();
  }

  run(onYear?: (row: YearMetrics) => void): void {
    let seen = this.yearly.length;
    while (!this.finished) {
      this.step();
      if (onYear) while (seen < this.yearly.length) onYear(this.yearly[seen++]);
    }
  }

  /** Applies another regime now: its rules, and its commissioners in place of the old ones. */
  applyReform(id: RegimeId, why = 'reform now'): void {
    applyReform(this, id, why);
    if (this.decisions.seats.size) followSeats(this.decisions, this.world);
  }

  /** A facilitator's inject, now (a funding squeeze, a provider in crisis, a winter surge, a new rule…). */
  inject(inject: Inject, why = 'facilitator'): void {
    applyInject(this, inject, why);
  }

  /** Sets a parameter for the rest of the run (it then beats the timeline's series of that id). */
  setParam(id: string, value: number): void {
    const err = checkParam(id, value);
    if (err) throw new Error(err);
    this.baseParams[id] = value;
    (this.explicit as Set<string>).add(id);
    for (const p of this.paramsByYear.values()) p[id] = value;
  }

  // ---- observation --------------------------------------------------------------------
  weekly(): WeeklySnapshot {
    return weeklySnapshot(this);
  }

  /** One row per live commissioner–provider relationship with a contract. */
  relationshipRows(): RelationshipRow[] {
    return collectRelationships(this);
  }

  checkInvariants(): string[] {
    return checkInvariants(this);
  }
}

/** A patch less the fields an override sets (at any depth). */
function withoutOverridden(patch: RegimeOverride, override: RegimeOverride | undefined): RegimeOverride {
  if (!override) return patch;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    const o = (override as Record<string, unknown>)[k];
    if (o === undefined) out[k] = v;
    else if (v !== null && typeof v === 'object' && o !== null && typeof o === 'object')
      out[k] = withoutOverridden(v as RegimeOverride, o as RegimeOverride);
  }
  return out as RegimeOverride;
}

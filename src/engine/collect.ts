// What a run hands to its outputs beyond the yearly rows: weekly series, events and the
// organisations' year-end snapshots, each only when an output reads it. Events no output
// reads are never built (the model counts them all the same: ids and results do not change).
import { EVENT_TYPES, Model, type EventType, type ModelEvent, type Scenario, type YearMetrics } from '../model/index';
import { eventRecord, type EventRecord } from './observe';
import { weeklyRow, type WeeklyRow } from './columns';
import { OrganisationObserver, type OrganisationRow } from './organisations';
import { advance } from './run';

export type { EventRecord, OrganisationRow, WeeklyRow };

/** What the outputs read. */
export interface Wants {
  /** Weekly series of these metrics (see columns.ts); absent: none. */
  weekly?: readonly string[];
  /** Events of these types; null: every type; absent: none (and none built). */
  events?: readonly EventType[] | null;
  organisations?: boolean;
}

/** The event types the model must build for these outputs (an empty list builds none). */
export function eventTypesFor(wants: Wants): readonly EventType[] | null {
  return wants.events === undefined ? [] : wants.events;
}

/** Checks event type names; returns the types, or the unknown names. */
export function chooseEventTypes(names: readonly string[]): { types: EventType[] } | { unknown: string[] } {
  const unknown = names.filter((n) => !(EVENT_TYPES as readonly string[]).includes(n));
  return unknown.length ? { unknown } : { types: [...new Set(names as EventType[])] };
}

export interface Sinks {
  onYear?(row: YearMetrics): void;
  onWeek?(row: WeeklyRow): void;
  onEvents?(events: EventRecord[]): void;
  onOrganisations?(rows: OrganisationRow[]): void;
}

/** A model set up for these outputs, and a step that feeds the sinks; `step(weeks)` returns false once finished. */
export function observedRun(
  scenario: Scenario,
  wants: Wants,
  sinks: Sinks,
): { model: Model; step(weeks: number): boolean } {
  const model = new Model(scenario, { eventLimit: 1000, eventTypes: eventTypesFor(wants) });
  const orgs = wants.organisations ? new OrganisationObserver() : null;
  const weekly = wants.weekly;
  const hooks = {
    // Always given, so the loop drains the model's events (an event of the week that closed a
    // year belongs to that year, whose row carries its label).
    onEvents: (events: ModelEvent[], m: Model) => {
      if (!sinks.onEvents) return;
      const fy = (year: number): string => m.yearly[year - 1]?.financial_year ?? m.financialYear;
      sinks.onEvents(events.map((e) => eventRecord(e, m, fy)));
    },
    onYear: (row: YearMetrics, m: Model) => {
      sinks.onYear?.(row);
      if (orgs) sinks.onOrganisations?.(orgs.yearEnd(m, row.year, row.financial_year));
    },
  };
  const step = (weeks: number): boolean => {
    for (let i = 0; i < weeks && !model.finished; i++) {
      if (weekly) sinks.onWeek?.(weeklyRow(model, weekly));
      orgs?.beforeStep(model);
      advance(model, 1, hooks);
    }
    return !model.finished;
  };
  return { model, step };
}

/** Everything one run of a batch produces, kept in memory (a worker's reply). */
export interface JobOutput {
  yearly: YearMetrics[];
  weekly?: WeeklyRow[];
  events?: EventRecord[];
  organisations?: OrganisationRow[];
}

export function runJob(scenario: Scenario, wants: Wants): JobOutput {
  const out: JobOutput = { yearly: [] };
  const sinks: Sinks = { onYear: (r) => out.yearly.push(r) };
  if (wants.weekly) sinks.onWeek = (r) => (out.weekly ??= []).push(r);
  if (wants.events !== undefined) {
    out.events = [];
    sinks.onEvents = (evs) => {
      for (const e of evs) out.events!.push(e);
    };
  }
  if (wants.organisations) {
    out.organisations = [];
    sinks.onOrganisations = (rows) => {
      for (const r of rows) out.organisations!.push(r);
    };
  }
  const { step } = observedRun(scenario, wants, sinks);
  step(Infinity);
  return out;
}

// Stepping a model: the one loop behind the app's session (a few weeks at a time, within a
// time budget), the CLI's `run`, `ensemble` and `sweep`, and validation's runs (to the end).
import { Model } from '../model/model';
import type { Scenario } from '../model/scenario';
import type { RelationshipRow, YearMetrics } from '../model/metrics';
import type { EventType, ModelEvent } from '../model/events';

/** What the loop needs of a model: a Model, or the engine's Model view of one. */
export interface Steppable {
  readonly finished: boolean;
  readonly yearly: readonly YearMetrics[];
  readonly events: { drain(): ModelEvent[] };
  step(): void;
}

export interface StepHooks<M extends Steppable> {
  /**
   * The events of each week that recorded any, in order. Given this hook, the loop drains
   * the model's events; without it they are left for the engine's frames to drain.
   */
  onEvents?(events: ModelEvent[], model: M): void;
  /** Each yearly row as it appears (after the events of the week that closed the year). */
  onYear?(row: YearMetrics, model: M): void;
  /**
   * After each week's step, before its events and any yearly row are handed on (checkpoints,
   * replayed decisions, the areas file's last lists of a year).
   */
  afterWeek?(model: M): void;
}

export interface StepOptions<M extends Steppable> extends StepHooks<M> {
  /** Stop after the first week that ends more than this many milliseconds after the start. */
  maxMs?: number;
  /** Clock for `maxMs`, in milliseconds (the engine has no `performance` of its own). */
  now?: () => number;
}

/** Advances up to `weeks` weeks, never past the end of the run; returns the weeks stepped. */
export function advance<M extends Steppable>(model: M, weeks: number, opts: StepOptions<M> = {}): number {
  const { onEvents, onYear, afterWeek, maxMs = Infinity, now = Date.now } = opts;
  const budgeted = maxMs < Infinity;
  const t0 = budgeted ? now() : 0;
  let seen = model.yearly.length;
  let stepped = 0;
  while (stepped < weeks && !model.finished) {
    model.step();
    stepped++;
    afterWeek?.(model);
    if (onEvents) {
      const events = model.events.drain();
      if (events.length) onEvents(events, model);
    }
    if (onYear) while (seen < model.yearly.length) onYear(model.yearly[seen++], model);
    if (budgeted && now() - t0 > maxMs) break;
  }
  return stepped;
}

export interface RunOptions extends StepHooks<Model> {
  /** Events the model's own log keeps (its events are streamed through onEvents; nothing reads the log). */
  eventLimit?: number;
  /** Event types to build (default: all); the counts in RunEnd cover every type regardless. */
  eventTypes?: readonly EventType[] | null;
}

export interface RunEnd {
  /** The finished model, for whatever else a caller reads (invariants, organisations). */
  model: Model;
  yearly: YearMetrics[];
  /** Commissioner–provider pairs alive at the end. */
  relationships: RelationshipRow[];
  /** Events per type in each simulated year (index = year − 1): how many, and their values summed. */
  eventCounts: Record<string, number>[];
  eventValues: Record<string, number>[];
}

/** Runs a scenario to its end, week by week; reforms in the scenario apply at the start of their year. */
export function runToEnd(scenario: Scenario, opts: RunOptions = {}): RunEnd {
  const model = new Model(scenario, { eventLimit: opts.eventLimit ?? 1000, eventTypes: opts.eventTypes });
  // Without a reader, events are still drained each week so the pending list stays empty.
  advance(model, Infinity, { onEvents: opts.onEvents ?? (() => {}), onYear: opts.onYear, afterWeek: opts.afterWeek });
  // At most one entry per simulated year (the model records nothing once the last year closes).
  const years = model.yearly.length;
  const eventCounts = model.events.counts.slice(0, years);
  const eventValues = model.events.values.slice(0, years);
  return {
    model,
    yearly: model.yearly.slice(),
    relationships: model.relationshipRows(),
    eventCounts,
    eventValues,
  };
}

// Runs one scenario to the end for the CLI, handing on each year's row and the events as
// records for the events file (JSON lines). Reforms are in the scenario: the model applies
// each at the start of its year.
import { eventRecord, type EventRecord } from '../engine/observe';
import { runToEnd, type RunEnd } from '../engine/run';

export { eventRecord, type EventRecord };
import type { Model, Scenario, YearMetrics } from '../model/index';

export interface SimulateHooks {
  onYear?(row: YearMetrics, model: Model): void;
  /** Events in the order recorded, with codes and the financial year filled in. */
  onEvents?(events: EventRecord[]): void;
}

export function simulate(scenario: Scenario, hooks: SimulateHooks = {}): RunEnd {
  const { onEvents } = hooks;
  return runToEnd(scenario, {
    onYear: hooks.onYear,
    onEvents: onEvents
      ? (events, model) => {
          // An event belongs to the current year, or to the year its week just closed (whose row has its label).
          const fy = (year: number): string => model.yearly[year - 1]?.financial_year ?? model.financialYear;
          onEvents(events.map((e) => eventRecord(e, model, fy)));
        }
      : undefined,
  });
}

/** Just the yearly rows (what ensembles and sweeps keep). */
export function yearlyRows(scenario: Scenario): YearMetrics[] {
  return runToEnd(scenario).yearly;
}

// Runs one scenario to the end for the CLI, handing on each year's row and the events as
// records for the events file (JSON lines). Reforms are in the scenario: the model applies
// each at the start of its year. `run` steps a week at a time and yields between weeks, so
// Ctrl-C or SIGTERM is heard during a long run and it can stop cleanly.
import { eventRecord, type EventRecord } from '../engine/observe';
import { advance, runToEnd } from '../engine/run';
import { Model, type ModelEvent, type RelationshipRow, type Scenario, type YearMetrics } from '../model/index';

export { eventRecord, type EventRecord };

export interface SimulateHooks {
  /** After each week's step (the areas file keeps the year's last lists and organisations). */
  onWeek?(model: Model): void;
  onYear?(row: YearMetrics, model: Model): void;
  /** Events in the order recorded, with codes and the financial year filled in. */
  onEvents?(events: EventRecord[]): void;
}

/** As the engine's runToEnd (same model options), but stoppable: null when `stop` fires first. */
export async function simulate(
  scenario: Scenario,
  hooks: SimulateHooks,
  stop: AbortSignal,
): Promise<{ relationships: RelationshipRow[] } | null> {
  const model = new Model(scenario, { eventLimit: 1000 });
  const { onEvents } = hooks;
  const opts = {
    onWeek: hooks.onWeek,
    onYear: hooks.onYear,
    // Always given, so the loop drains the model's events as runToEnd does.
    onEvents: (events: ModelEvent[], m: Model) => {
      if (!onEvents) return;
      // An event belongs to the current year, or to the year its week just closed (whose row has its label).
      const fy = (year: number): string => m.yearly[year - 1]?.financial_year ?? m.financialYear;
      onEvents(events.map((e) => eventRecord(e, m, fy)));
    },
  };
  while (!model.finished) {
    if (stop.aborted) return null;
    advance(model, 1, opts);
    await new Promise((r) => setImmediate(r));
  }
  return { relationships: model.relationshipRows() };
}

/** Just the yearly rows (what ensembles and sweeps keep). */
export function yearlyRows(scenario: Scenario): YearMetrics[] {
  return runToEnd(scenario).yearly;
}

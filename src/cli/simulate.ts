// Runs one scenario to the end for the CLI, handing on each year's row and the events as
// records for the events file (JSON lines). Reforms are in the scenario: the model applies
// each at the start of its year.
import { runToEnd, type RunEnd } from '../engine/run';
import type { Model, ModelEvent, Scenario, YearMetrics } from '../model/index';

export interface EventRecord {
  id: number;
  tick: number;
  year: number;
  week: number;
  financial_year: string;
  type: string;
  commissioner: number | null;
  commissioner_id: string | null;
  provider: number | null;
  provider_id: string | null;
  contract: number | null;
  tender: number | null;
  alliance: number | null;
  value: number | null;
  cause: number | null;
  reason: string;
  detail: Record<string, number | string | boolean>;
}

export interface SimulateHooks {
  onYear?(row: YearMetrics, model: Model): void;
  /** Events in the order recorded, with codes and the financial year filled in. */
  onEvents?(events: EventRecord[]): void;
}

export function eventRecord(e: ModelEvent, model: Model, fy: (year: number) => string): EventRecord {
  return {
    id: e.id,
    tick: e.tick,
    year: e.year,
    week: e.tick % 52,
    financial_year: fy(e.year),
    type: e.type,
    commissioner: e.commissioner,
    commissioner_id: e.commissioner === null ? null : (model.commissioners[e.commissioner]?.code ?? null),
    provider: e.provider,
    provider_id: e.provider === null ? null : (model.providers[e.provider]?.code ?? null),
    contract: e.contract,
    tender: e.tender,
    alliance: e.alliance,
    value: e.value,
    cause: e.cause,
    reason: e.reason,
    detail: e.detail,
  };
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

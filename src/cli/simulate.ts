// Runs one scenario to the end, year by year, handing on each year's row and the events of
// the year. Reforms are in the scenario: the model applies each at the start of its year.
import { Model } from '../model/model';
import type { Scenario } from '../model/scenario';
import type { YearMetrics } from '../model/metrics';
import type { ModelEvent } from '../model/events';

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

export function simulate(scenario: Scenario, hooks: SimulateHooks = {}): Model {
  // Events are streamed out through drain(); the log itself need not keep them.
  const model = new Model(scenario, { eventLimit: 1000 });
  const labels = new Map<number, string>();
  const fy = (y: number): string => labels.get(y) ?? model.financialYear;
  while (!model.finished) {
    labels.set(model.year, model.financialYear);
    const before = model.yearly.length;
    model.stepYear();
    const events = model.events.drain();
    if (hooks.onEvents) hooks.onEvents(events.map((e) => eventRecord(e, model, fy)));
    if (hooks.onYear) for (let i = before; i < model.yearly.length; i++) hooks.onYear(model.yearly[i], model);
  }
  return model;
}

/** Just the yearly rows (what ensembles and sweeps keep). */
export function yearlyRows(scenario: Scenario): YearMetrics[] {
  return simulate(scenario).yearly.slice();
}

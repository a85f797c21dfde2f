import { Model } from '../../src/model/model';
import type { RegimeId } from '../../src/model/regimes';
import type { ScaleId } from '../../src/model/scales';
import type { Scenario } from '../../src/model/scenario';

export function model(
  regime: RegimeId = 'ccg-2013',
  opts: {
    seed?: number;
    years?: number;
    scale?: ScaleId;
    params?: Record<string, number>;
    regimes?: Scenario['regimes'];
    reforms?: Scenario['reforms'];
    timeline?: Scenario['timeline'];
    startYear?: number;
  } = {},
): Model {
  return new Model({
    regime,
    scale: opts.scale ?? 'local',
    seed: opts.seed ?? 7,
    years: opts.years ?? 3,
    params: opts.params ?? {},
    regimes: opts.regimes ?? {},
    reforms: opts.reforms ?? [],
    ...(opts.timeline !== undefined && { timeline: opts.timeline }),
    ...(opts.startYear !== undefined && { startYear: opts.startYear }),
  });
}

/** Steps until the given week of the current year (or the next year if it has passed). */
export function stepTo(m: Model, week: number): void {
  while (m.week !== week && !m.finished) m.step();
}

export function sum(rows: readonly object[], key: string): number {
  return rows.reduce((s: number, r) => s + Number((r as Record<string, unknown>)[key]), 0);
}

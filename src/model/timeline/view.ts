// The timeline as one run sees it: the record's values, a scenario's overrides of any series
// for any years, or the whole world frozen at the run's start year ("constant"). Years
// outside the record hold its nearest year's value (a run from 2013 for 35 years keeps
// 2025's inputs from 2026 on).
import type { RegimeOverride } from '../regime-schema';
import { checkSeriesValue, SERIES, seriesSpec, type SeriesValue } from './series';
import { yearRange, type Timeline, type TimelineEvent } from './format';

/** A scenario's change to one series: one value for every year, or values by year or range. */
export type SeriesOverride = SeriesValue | Record<string, SeriesValue>;
export type TimelineOverrides = Record<string, SeriesOverride>;

/** Checks a scenario's timeline overrides; returns messages naming the series and year. */
export function checkTimelineOverrides(o: unknown): string[] {
  if (o === 'constant') return [];
  if (o === null || typeof o !== 'object' || Array.isArray(o))
    return [`timeline: must be "constant" or an object of series ids, got ${JSON.stringify(o)?.slice(0, 60)}`];
  const errors: string[] = [];
  for (const [id, v] of Object.entries(o)) {
    const spec = seriesSpec(id);
    if (!spec) {
      errors.push(`timeline.${id}: unknown series; known series are ${SERIES.map((s) => s.id).join(', ')}`);
      continue;
    }
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [years, x] of Object.entries(v)) {
        if (!/^\d{4}(-\d{4})?$/.test(years)) {
          errors.push(`timeline.${id}.${years}: years are "YYYY" or "YYYY-YYYY"`);
          continue;
        }
        const [a, b] = yearRange(years);
        if (b < a) errors.push(`timeline.${id}.${years}: the range runs backwards`);
        const bad = checkSeriesValue(spec, x);
        if (bad) errors.push(`timeline.${id}.${years}: ${bad}`);
      }
    } else {
      const bad = checkSeriesValue(spec, v);
      if (bad) errors.push(`timeline.${id}: ${bad}`);
    }
  }
  return errors;
}

/** A rule series' value as a change to the rules in force (series id = path of the rule). */
function asRule(id: string, v: SeriesValue): RegimeOverride {
  const [group, field] = id.split('.');
  return { [group]: { [field]: v } } as RegimeOverride;
}

function mergeInto(target: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const t = (target[k] ??= {}) as Record<string, unknown>;
      mergeInto(t, v as Record<string, unknown>);
    } else target[k] = v;
  }
}

export class TimelineView {
  readonly constant: boolean;
  private readonly overrides: TimelineOverrides;

  constructor(
    readonly timeline: Timeline,
    readonly startYear: number,
    overrides: TimelineOverrides | 'constant' | undefined,
  ) {
    this.constant = overrides === 'constant';
    this.overrides = overrides && overrides !== 'constant' ? overrides : {};
  }

  /** The record's own value of a series in a year (no overrides; nearest year outside the record). */
  recorded(id: string, year: number): SeriesValue {
    const t = this.timeline;
    const row = t.values.get(id);
    if (!row) throw new Error(`timeline has no series "${id}"`);
    const y = Math.min(t.lastYear, Math.max(t.firstYear, year));
    return row[y - t.firstYear];
  }

  /** The value of a series in a (financial) year for this run. */
  value(id: string, year: number): SeriesValue {
    const y = this.constant ? this.startYear : year;
    const o = this.overrides[id];
    if (o !== undefined) {
      if (o === null || typeof o !== 'object') return o;
      // The most specific range that covers the year wins (a single year over a span).
      let best: [number, SeriesValue] | null = null;
      for (const [years, v] of Object.entries(o)) {
        const [a, b] = yearRange(years);
        if (y >= a && y <= b && (best === null || b - a < best[0])) best = [b - a, v];
      }
      if (best) return best[1];
    }
    return this.recorded(id, y);
  }

  number(id: string, year: number): number {
    return this.value(id, year) as number;
  }

  /** Every input series' value for a year, by parameter id. */
  inputs(year: number): Record<string, number> {
    const out: Record<string, number> = {};
    for (const s of SERIES) if (s.target === 'input') out[s.id] = this.number(s.id, year);
    return out;
  }

  /** Every rule series' value for a year, as a change to the rules in force. */
  rules(year: number): RegimeOverride {
    const out: Record<string, unknown> = {};
    for (const s of SERIES) if (s.target === 'rule') mergeInto(out, asRule(s.id, this.value(s.id, year)) as never);
    return out as RegimeOverride;
  }

  /** Rule series whose value changes from the year before (nothing when the world is frozen). */
  ruleChanges(year: number): RegimeOverride | null {
    if (this.constant) return null;
    const out: Record<string, unknown> = {};
    let any = false;
    for (const s of SERIES) {
      if (s.target !== 'rule') continue;
      const v = this.value(s.id, year);
      if (v === this.value(s.id, year - 1)) continue;
      mergeInto(out, asRule(s.id, v) as never);
      any = true;
    }
    return any ? (out as RegimeOverride) : null;
  }

  /** Registered population of England at mid-year (residents × list inflation). */
  registeredPopulation(year: number): number {
    return this.number('demand.population', year) * this.timeline.anchors.listInflation.value;
  }

  /**
   * Commissioners' allocation per registered patient in a year, in the anchor year's prices:
   * the anchor carried back (or forward) by the record's real funding growth less population
   * growth. Always from the record, so money is in the same prices whatever a scenario does.
   */
  allocationPerHead(year: number): number {
    const a = this.timeline.anchors.allocationPerHead;
    let v = a.value;
    // From year y to y + 1: funding grows by y + 1's growth; lists grew by y's population growth.
    const step = (y: number) =>
      (1 + (this.recorded('funding.allocationGrowth', y + 1) as number)) /
      (1 + (this.recorded('demand.populationGrowth', y) as number));
    for (let y = year; y < a.year; y++) v /= step(y);
    for (let y = a.year; y < year; y++) v *= step(y);
    return v;
  }

  /** The record's dated events from `from` (inclusive) to `to` (exclusive), as ISO dates. */
  events(from: string, to: string): readonly TimelineEvent[] {
    return this.timeline.events.filter((e) => e.date >= from && e.date < to);
  }
}

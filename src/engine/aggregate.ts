// One number from a run's yearly rows: a metric summarised over chosen financial years (the
// outputs of a sensitivity analysis, the statistics a calibration matches to its targets).
// Values are taken as the CSV prints them (6 decimals), so a number computed during a batch and
// one computed later from its rows file (merged shards) are the same to the last bit.
import { REGIMES, type Scenario, type YearMetrics } from '../model/index';
import { asWritten } from './csv';
import { mean, sum } from './stats';

/** `change` is last − first, `growth` last / first − 1, over the years chosen. */
export const STATS = ['mean', 'sum', 'min', 'max', 'first', 'last', 'change', 'growth'] as const;
export type Stat = (typeof STATS)[number];

/** Financial years by the calendar year whose April starts them (2015 = 2015/16), both ends included. */
export interface YearRange {
  from: number;
  to: number;
}

/** `2015`, `2015-2017`, `2015/16` or `2015/16-2017/18`, or a message saying what is wrong. */
export function parseYearRange(text: string): YearRange | string {
  const year = /^(\d{4})(?:\/(\d{2}))?$/;
  const parts = text.trim().split(/\s*-\s*(?=\d{4})/);
  if (parts.length > 2) return `expected a year or a range such as 2015-2017, got "${text}"`;
  const ends: number[] = [];
  for (const p of parts) {
    const m = year.exec(p);
    if (!m) return `expected a year or a range such as 2015-2017 (2015 is 2015/16), got "${text}"`;
    const y = Number(m[1]);
    if (m[2] !== undefined && Number(m[2]) !== (y + 1) % 100) return `${p} is not a financial year (2015/16, 2016/17…)`;
    ends.push(y);
  }
  const [from, to = from] = ends;
  if (to < from) return `the range ${text} ends before it starts`;
  return { from, to };
}

/** The calendar years whose April starts each financial year of a run. */
export function runYears(s: Scenario): YearRange {
  const from = s.startYear ?? REGIMES[s.regime].firstYear;
  return { from, to: from + s.years - 1 };
}

export function rangeText(r: YearRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

/** A problem with summarising over `range` in this scenario's run, or null. */
export function checkRange(range: YearRange, s: Scenario): string | null {
  const run = runYears(s);
  if (range.from < run.from || range.to > run.to)
    return `years ${rangeText(range)} are not all in the run, which covers the financial years ${run.from}/${String((run.from + 1) % 100).padStart(2, '0')} to ${run.to}/${String((run.to + 1) % 100).padStart(2, '0')} (${rangeText(run)})`;
  return null;
}

/** What to compute from a run: a metric's statistic over some years (all the run's when absent). */
export interface Summary {
  metric: string;
  stat: Stat;
  years?: YearRange;
}

/** The statistic of the metric's printed values over the years; NaN when no year is there or a value is missing. */
export function summarise(rows: readonly YearMetrics[], s: Summary): number {
  const picked = rows.filter((r) => {
    if (!s.years) return true;
    const y = Number(String(r.financial_year).slice(0, 4));
    return y >= s.years.from && y <= s.years.to;
  });
  const xs = picked.map((r) => asWritten(Number((r as unknown as Record<string, unknown>)[s.metric])));
  if (xs.length === 0 || xs.some((x) => !Number.isFinite(x))) return NaN;
  switch (s.stat) {
    case 'mean':
      return mean(xs);
    case 'sum':
      return sum(xs);
    case 'min':
      return Math.min(...xs);
    case 'max':
      return Math.max(...xs);
    case 'first':
      return xs[0];
    case 'last':
      return xs[xs.length - 1];
    case 'change':
      return xs[xs.length - 1] - xs[0];
    case 'growth':
      return xs[0] === 0 ? NaN : xs[xs.length - 1] / xs[0] - 1;
  }
}

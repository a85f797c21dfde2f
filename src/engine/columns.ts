// Which columns an output carries: the yearly metrics a researcher chose (--metrics), and the
// weekly series the model keeps for the app's live charts (Model.weekly(), year to date),
// named as the yearly columns they add up to.
import { YEAR_COLUMNS, type Model } from '../model/index';

/** Columns every yearly row keeps, whatever metrics are chosen: they say which year it is. */
export const YEAR_ID_COLUMNS = ['year', 'financial_year', 'regime'] as const;

/** The yearly metrics one may choose (every yearly column but the year's labels). */
export const METRIC_NAMES: readonly string[] = YEAR_COLUMNS.filter(
  (c) => !(YEAR_ID_COLUMNS as readonly string[]).includes(c),
);

type WeeklyKey = keyof ReturnType<Model['weekly']>;

/** Weekly series: the yearly column each adds up to (money in £m), and the model's weekly field. */
export const WEEKLY_SOURCES: Readonly<Record<string, WeeklyKey>> = {
  spend_acute_m: 'spendAcute',
  spend_community_m: 'spendCommunity',
  spend_mental_health_m: 'spendMentalHealth',
  spend_primary_m: 'spendPrimary',
  transaction_cost_m: 'transactionCost',
  arbitrations: 'arbitrations',
  tenders: 'tenders',
  mean_trust: 'meanTrust',
  providers_in_deficit: 'providersInDeficit',
};
export const WEEKLY_METRICS: readonly string[] = Object.keys(WEEKLY_SOURCES);

/** Columns that say which week a weekly row is. */
export const WEEK_ID_COLUMNS = ['tick', 'year', 'week', 'financial_year'] as const;

/**
 * The metrics chosen from a list of names (in the order given, duplicates dropped), or the
 * unknown names. Year labels may be named and are ignored: every row keeps them.
 */
export function chooseMetrics(names: readonly string[]): { metrics: string[] } | { unknown: string[] } {
  const unknown = names.filter((n) => !METRIC_NAMES.includes(n) && !(YEAR_ID_COLUMNS as readonly string[]).includes(n));
  if (unknown.length) return { unknown };
  return { metrics: [...new Set(names.filter((n) => METRIC_NAMES.includes(n)))] };
}

/** Yearly columns of an output: the year labels, then the chosen metrics (all when none chosen). */
export function yearColumns(metrics?: readonly string[]): string[] {
  return metrics ? [...YEAR_ID_COLUMNS, ...metrics] : [...YEAR_COLUMNS];
}

/** Weekly metrics among the chosen ones (all weekly series when none chosen). */
export function weeklyMetrics(metrics?: readonly string[]): string[] {
  return metrics ? metrics.filter((m) => WEEKLY_METRICS.includes(m)) : [...WEEKLY_METRICS];
}

export interface WeeklyRow {
  tick: number;
  year: number;
  week: number;
  financial_year: string;
  [metric: string]: number | string;
}

/**
 * The week about to run, with the year's figures so far (the app's weekly charts show the
 * same): at week 0 nothing has happened yet this year; the whole year is the yearly row.
 */
export function weeklyRow(m: Model, metrics: readonly string[]): WeeklyRow {
  const w = m.weekly();
  const row: WeeklyRow = { tick: m.tick, year: m.year, week: m.week, financial_year: m.financialYear };
  for (const k of metrics) row[k] = w[WEEKLY_SOURCES[k]];
  return row;
}

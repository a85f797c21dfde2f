// Taking things out of the app for slides and a debrief: CSV of the yearly series, of the
// events as filtered and of the organisation table (written by the engine's CSV writer, the
// one the command line uses), and file names that carry the scenario, seed and week.
import { toCsv } from '../engine/csv';
import { YEAR_COLUMNS, type YearMetrics } from '../model/index';
import type { FeedItem, OrganisationTableRow, Scenario } from '../engine/api';
import { financialYearLabel } from './format';

/** "icb-2022-seed3-wk57": what a file is of, so a folder of exports sorts itself out. */
export function fileStem(s: Pick<Scenario, 'id' | 'regime' | 'seed'> | null, tick: number): string {
  const id = (s?.id ?? s?.regime ?? 'run').replace(/[^a-z0-9._-]+/gi, '-');
  return `${id}-seed${s?.seed ?? 0}-wk${tick}`;
}

export function yearlyCsv(rows: readonly YearMetrics[]): string {
  return toCsv(YEAR_COLUMNS as readonly string[], rows as object[]);
}

const EVENT_COLUMNS = ['id', 'week', 'financial_year', 'week_of_year', 'type', 'kind', 'text'] as const;

export function eventsCsv(items: readonly FeedItem[], startYear: number): string {
  return toCsv(
    EVENT_COLUMNS,
    items.map((e) => ({
      id: e.id,
      week: e.tick,
      financial_year: financialYearLabel(startYear + Math.floor(e.tick / 52)),
      week_of_year: (e.tick % 52) + 1,
      type: e.type,
      kind: e.tone,
      text: e.text,
    })),
  );
}

const TABLE_COLUMNS = [
  'code',
  'name',
  'type',
  'area',
  'area_code',
  'region',
  'commissioner',
  'income_m',
  'margin',
  'trust',
  'contracts',
  'waiting_list',
  'active',
] as const;

export function tableCsv(rows: readonly OrganisationTableRow[]): string {
  return toCsv(
    TABLE_COLUMNS,
    rows.map((r) => ({
      code: r.id,
      name: r.name,
      type: r.kind,
      area: r.area,
      area_code: r.areaCode,
      region: r.region,
      commissioner: r.commissioner,
      income_m: r.incomeM,
      margin: r.margin,
      trust: r.trust,
      contracts: r.contracts,
      waiting_list: r.waitingList,
      active: r.active,
    })),
  );
}

/** Saves a blob as a file through the browser's download. */
export function download(name: string, data: Blob | string, type = 'text/csv'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

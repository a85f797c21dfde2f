// The file format of a timeline: for each series, values by financial year, each with its
// source (a key of `sources`) or, where the record has a gap or an unverified figure, an
// assumption with its reasoning; and the dated events (reforms, rule changes, one-offs).
// Years are financial years named by the calendar year they start in (2013 = 2013/14).
import { z } from 'zod';
import { regimeOverrideSchema } from '../regime-schema';
import { REGIME_IDS } from '../regimes';
import { checkSeriesValue, seriesSpec, SERIES, type SeriesValue } from './series';

const yearsText = z
  .string()
  .regex(/^\d{4}(-\d{4})?$/, 'years are "YYYY" or "YYYY-YYYY" (financial years by their first calendar year)');

const valueEntry = z
  .object({
    years: yearsText,
    value: z.union([z.number(), z.boolean(), z.string(), z.null()]),
    source: z.string().optional().describe('Key of `sources`'),
    assumption: z.string().optional().describe('Reasoning, where no source gives the figure'),
    note: z.string().optional().describe('How the value was derived from its source, or what it stands for'),
  })
  .strict();

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are "YYYY-MM-DD"');

const eventEntry = z
  .object({
    date,
    /** A regime taking over (commissioners reorganise). */
    regime: z.enum(REGIME_IDS).optional(),
    /** Rule changes (with a regime: on top of its rules). */
    rules: regimeOverrideSchema.optional(),
    /** A one-off: revenue support loans converted to public dividend capital. */
    writeOffDebt: z.boolean().optional(),
    label: z.string(),
    source: z.string().optional(),
    assumption: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

export const timelineFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string(),
    title: z.string(),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    sources: z.record(z.string(), z.string()),
    anchors: z
      .object({
        allocationPerHead: z
          .object({ year: z.number().int(), value: z.number().positive(), source: z.string(), note: z.string() })
          .strict()
          .describe(
            "Commissioners' core allocation per registered patient in one year: money in the model is in that year's prices",
          ),
        listInflation: z
          .object({ value: z.number().min(1).max(1.3), source: z.string(), note: z.string() })
          .strict()
          .describe('Registered lists over resident population'),
      })
      .strict(),
    series: z.record(z.string(), z.array(valueEntry)),
    events: z.array(eventEntry),
  })
  .strict();

export type TimelineFile = z.infer<typeof timelineFileSchema>;
export type TimelineEvent = z.infer<typeof eventEntry>;

/** Value of each series in each year, as the model reads it. */
export interface Timeline {
  id: string;
  title: string;
  firstYear: number;
  lastYear: number;
  anchors: TimelineFile['anchors'];
  /** series id → values indexed by year − firstYear. */
  values: ReadonlyMap<string, readonly SeriesValue[]>;
  events: readonly TimelineEvent[];
}

export function yearRange(text: string): [number, number] {
  const [a, b] = text.split('-').map(Number);
  return [a, b ?? a];
}

/** Checks a timeline file completely; returns it ready for the model, or every problem found. */
export function readTimeline(json: unknown): { ok: true; timeline: Timeline } | { ok: false; errors: string[] } {
  const parsed = timelineFileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(timeline)'}: ${i.message}`) };
  const f = parsed.data;
  const errors: string[] = [];
  const n = f.lastYear - f.firstYear + 1;
  if (n < 1) errors.push(`lastYear ${f.lastYear} is before firstYear ${f.firstYear}`);
  const values = new Map<string, SeriesValue[]>();
  for (const spec of SERIES) if (!(spec.id in f.series)) errors.push(`series.${spec.id}: missing`);
  for (const [id, entries] of Object.entries(f.series)) {
    const spec = seriesSpec(id);
    if (!spec) {
      errors.push(`series.${id}: unknown series; known series are ${SERIES.map((s) => s.id).join(', ')}`);
      continue;
    }
    const row: (SeriesValue | undefined)[] = new Array(Math.max(0, n)).fill(undefined);
    entries.forEach((e, i) => {
      const where = `series.${id}[${i}] (${e.years})`;
      const [a, b] = yearRange(e.years);
      if (b < a) errors.push(`${where}: the range runs backwards`);
      if ((e.source === undefined) === (e.assumption === undefined))
        errors.push(
          `${where}: give either a source or an assumption, not ${e.source === undefined ? 'neither' : 'both'}`,
        );
      if (e.source !== undefined && !(e.source in f.sources)) errors.push(`${where}: unknown source "${e.source}"`);
      const bad = checkSeriesValue(spec, e.value);
      if (bad) errors.push(`${where}: ${bad}`);
      for (let y = a; y <= b; y++) {
        if (y < f.firstYear || y > f.lastYear) {
          errors.push(`${where}: ${y} is outside ${f.firstYear}–${f.lastYear}`);
          break;
        }
        if (row[y - f.firstYear] !== undefined) errors.push(`${where}: ${y} already has a value`);
        row[y - f.firstYear] = e.value;
      }
    });
    const missing = row.flatMap((v, i) => (v === undefined ? [f.firstYear + i] : []));
    if (missing.length) errors.push(`series.${id}: no value for ${missing.join(', ')}`);
    values.set(id, row as SeriesValue[]);
  }
  for (const [k, a] of Object.entries(f.anchors))
    if (!(a.source in f.sources)) errors.push(`anchors.${k}: unknown source "${a.source}"`);
  f.events.forEach((e, i) => {
    if ((e.source === undefined) === (e.assumption === undefined))
      errors.push(`events[${i}] (${e.date}): give either a source or an assumption`);
    if (e.source !== undefined && !(e.source in f.sources)) errors.push(`events[${i}]: unknown source "${e.source}"`);
    if (i > 0 && e.date < f.events[i - 1].date) errors.push(`events[${i}] (${e.date}): events must be in date order`);
    if (!e.regime && !e.rules && !e.writeOffDebt) errors.push(`events[${i}] (${e.date}): changes nothing`);
  });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    timeline: {
      id: f.id,
      title: f.title,
      firstYear: f.firstYear,
      lastYear: f.lastYear,
      anchors: f.anchors,
      values,
      events: f.events,
    },
  };
}

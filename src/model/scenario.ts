// Scenario: what a run is (regime, start year, scale, seed, years, parameter overrides,
// reforms, the timeline it follows).
// The zod schema below is the file format; public/scenarios/schema.json is generated from
// it (npm run gen:schema), and parseScenario turns zod's issues into messages that name
// the field and what is wrong, for workshop facilitators as much as for researchers.
import { z } from 'zod';
import { REGIME_IDS, isRegimeId, type RegimeId } from './regimes';
import { regimeOverrideSchema, regimeRulesSchema, type RegimeOverride } from './regime-schema';
import { SCALE_IDS, type ScaleId } from './scales';
import { PARAMETERS, checkParam } from './params';
import { FOOTPRINTS, REGIONS } from './england/footprints';
import { ENGLAND_TIMELINE } from './timeline/england';
import { checkTimelineOverrides, type TimelineOverrides } from './timeline/view';
import { injectSchema, type Inject } from './injects';

export interface ReformSpec {
  regime: RegimeId;
  /** Simulated year (1 = first) in which the reform applies. */
  year: number;
  /** Week of that year (0 = first week of April, the default). */
  week?: number;
}

export interface Scenario {
  id?: string;
  name?: string;
  description?: string;
  regime: RegimeId;
  /** Calendar year whose April starts the run (default: the regime's first year). */
  startYear?: number;
  scale: ScaleId;
  /** For local and region scales: the ICB footprint (or NHS region) the run is anchored on, by ODS code. */
  area?: string;
  seed: number;
  years: number;
  params?: Record<string, number>;
  reforms?: ReformSpec[];
  /** The real timeline's inputs and rules as they are, changed for some series, or frozen at the start year. */
  timeline?: 'constant' | TimelineOverrides;
  /** Whether the timeline's dated events (reforms, mergers, rule changes) happen in this run. */
  timelineEvents?: boolean;
  /** Changes to a regime's rules (payment, procurement, collaboration…), by regime id. */
  regimes?: Partial<Record<RegimeId, RegimeOverride>>;
  /** A facilitator's injects, each in a simulated year (and week). */
  injects?: ScheduledInject[];
  /** A storyline for workshops: cards the app shows as the run reaches their weeks. The model ignores it. */
  story?: StoryChapter[];
}

export interface ScheduledInject {
  year: number;
  week?: number;
  inject: Inject;
}

/** One card of a storyline: what changed and why, a source's own words, what to watch. */
export interface StoryChapter {
  id: string;
  /** Week of the run (0 = first week of April of the first year) at which the card opens. */
  week: number;
  title: string;
  /** What changed and why, in plain English. */
  changed: string;
  /** A source's own words, attributed. */
  quote?: { text: string; source: string };
  /** What to watch on the screen. */
  watch?: string;
}

export const SCENARIO_DEFAULTS = { seed: 1, years: 10, scale: 'local' as ScaleId };
export const MAX_YEARS = 100;
export const MAX_SEED = 4294967295;

const paramsShape: Record<string, z.ZodOptional<z.ZodNumber>> = {};
for (const s of PARAMETERS) {
  let n = z.number().min(s.min).max(s.max);
  if (s.integer) n = n.int();
  // No default in the text: defaults move during calibration, ranges and meanings rarely.
  paramsShape[s.id] = n.optional().describe(`${s.meaning} (${s.unit})`);
}

const reformSchema = z
  .object({
    regime: z.enum(REGIME_IDS).describe('Regime that takes over'),
    year: z
      .number()
      .int()
      .min(1)
      .max(MAX_YEARS)
      .describe('Simulated year (1 = first) in which the reform applies; at most `years`'),
    week: z
      .number()
      .int()
      .min(0)
      .max(51)
      .optional()
      .describe('Week of that year (0 = first week of April, the default)'),
  })
  .strict();

const FIRST = ENGLAND_TIMELINE.firstYear;
const LAST = ENGLAND_TIMELINE.lastYear;
const AREA_CODES = [...FOOTPRINTS.map((f) => f.code), ...REGIONS.map((r) => r.code)];

const timelineSchema = z
  .union([z.literal('constant'), z.record(z.string(), z.unknown())])
  .superRefine((v, ctx) => {
    for (const message of checkTimelineOverrides(v)) ctx.addIssue({ code: 'custom', message, params: { text: true } });
  })
  .describe(
    'Follow the real timeline (leave out), freeze the world at the start year ("constant"), or change series: {"funding.allocationGrowth": 0.01} or {"payment.efficiencyFactor": {"2015-2019": 0.03}} (see docs/timeline.md)',
  );

const storySchema = z
  .array(
    z
      .object({
        id: z.string().min(1).max(60).describe('Short name of the chapter, e.g. "ccg-2013" (used in links)'),
        week: z
          .number()
          .int()
          .min(0)
          .max(MAX_YEARS * 52)
          .describe('Week of the run at which the card opens (0 = first week of April of the first year)'),
        title: z.string().min(1).max(200),
        changed: z.string().max(4000).describe('What changed and why, in plain English'),
        quote: z
          .object({ text: z.string().min(1).max(2000), source: z.string().min(1).max(400) })
          .strict()
          .optional()
          .describe("A source's own words, and whose they are"),
        watch: z.string().max(2000).optional().describe('What to watch on the screen'),
      })
      .strict(),
  )
  .max(200)
  .describe(
    'A storyline for workshops: chapter cards the app shows as the run reaches their weeks (the model ignores it)',
  );

export const scenarioSchema = z
  .object({
    $schema: z.string().optional().describe('Path or URL of this JSON Schema (for editors)'),
    id: z.string().optional().describe('Short identifier, e.g. "ccg-2013"'),
    name: z.string().optional().describe('Title shown in the scenario picker'),
    description: z.string().optional().describe('Plain-English account of the scenario for workshop participants'),
    regime: z
      .enum(REGIME_IDS)
      .optional()
      .describe('Regime in force at the start of the run (default: the one the timeline has at `startYear`)'),
    startYear: z
      .number()
      .int()
      .min(FIRST)
      .max(LAST)
      .optional()
      .describe(`Calendar year whose April starts the run, ${FIRST} to ${LAST} (default: the regime's first year)`),
    scale: z
      .enum(SCALE_IDS)
      .default(SCENARIO_DEFAULTS.scale)
      .describe('local (one health economy), region (an NHS region) or england (the 42 ICB footprints)'),
    area: z
      .string()
      .optional()
      .describe('For local or region scale: an ICB footprint or NHS region by ODS code (e.g. "QYG", "Y62")'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(MAX_SEED)
      .default(SCENARIO_DEFAULTS.seed)
      .describe('Root seed: the same scenario and seed give identical results'),
    years: z
      .number()
      .int()
      .min(1)
      .max(MAX_YEARS)
      .default(SCENARIO_DEFAULTS.years)
      .describe('Simulated financial years'),
    params: z
      .object(paramsShape)
      .strict()
      .default({})
      .describe('Parameter overrides by id (see `npm run sim -- params`)'),
    reforms: z
      .array(reformSchema)
      .default([])
      .describe('Regime changes during the run, each in a simulated year (and week)'),
    timeline: timelineSchema.optional(),
    timelineEvents: z
      .boolean()
      .default(false)
      .describe("Whether the timeline's dated events happen: reforms at their real dates, CCG mergers, rule changes"),
    injects: z
      .array(
        z
          .object({
            year: z.int().min(1).max(MAX_YEARS).describe('Simulated year (1 = the first)'),
            week: z.int().min(0).max(51).optional().describe('Week of that year (0 = first week of April)'),
            inject: injectSchema,
          })
          .strict(),
      )
      .max(500)
      .default([])
      .describe(
        "A facilitator's injects (funding squeeze, cash, tariff cut, provider crisis, winter surge, pandemic, new rule)",
      ),
    regimes: z
      .object(Object.fromEntries(REGIME_IDS.map((id) => [id, regimeOverrideSchema.optional()])))
      .strict()
      .default({})
      .describe(
        'Changes to regimes\' rules by regime id, e.g. {"ccg-2013": {"procurement": {"challengeRate": 0.3}}} (see `npm run sim -- regimes`)',
      ),
    story: storySchema.optional(),
  })
  .strict()
  .describe('A Quasimarket scenario');

/** JSON Schema (draft 2020-12) of scenario files, as written to public/scenarios/schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://quasimarket.local/scenarios/schema.json', title: 'Quasimarket scenario' };
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

type Path = readonly PropertyKey[];

function pathText(path: Path): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(scenario)';
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  if (v !== null && typeof v === 'object') return 'an object';
  return String(v);
}

const REGIME_LIST = REGIME_IDS.join(', ');
const SCALE_LIST = SCALE_IDS.join(', ');
const TOP_FIELDS = Object.keys(scenarioSchema.shape).join(', ');

function wholeNumber(path: string, lo: number | string, hi: number | string, got: unknown): string {
  return `${path}: must be a whole number from ${lo} to ${hi}, got ${show(got)}`;
}

function yearsOf(json: unknown): number {
  const y = valueAt(json, ['years']);
  return typeof y === 'number' && Number.isInteger(y) && y >= 1 && y <= MAX_YEARS ? y : SCENARIO_DEFAULTS.years;
}

/** Field names allowed at a path inside a regime override (`regimes.<id>.…`). */
function allowedRegimeFields(path: Path): string {
  if (path.length === 0) return REGIME_LIST;
  let schema: z.ZodType = regimeRulesSchema;
  for (const k of path.slice(1)) {
    const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
    if (!shape || !(String(k) in shape)) return 'those of the regime (see `npm run sim -- regimes`)';
    schema = shape[String(k)];
  }
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType> | undefined;
  return shape ? Object.keys(shape).join(', ') : '';
}

/** One zod issue as one plain message naming the field. */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string[] {
  const path = issue.path;
  const where = pathText(path);
  const got = valueAt(json, path);
  const last = path[path.length - 1];
  if (issue.code === 'unrecognized_keys') {
    if (path.length === 1 && path[0] === 'params') {
      return issue.keys.map(
        (k) => `params.${k}: ${checkParam(k, valueAt(json, ['params', k]))} (list them with \`npm run sim -- params\`)`,
      );
    }
    const allowed =
      path.length === 0 ? TOP_FIELDS : path[0] === 'regimes' ? allowedRegimeFields(path.slice(1)) : 'regime, year';
    return issue.keys.map((k) => `${pathText([...path, k])}: unknown field; allowed fields are ${allowed}`);
  }
  if (path[0] === 'timeline' && issue.code === 'custom') return [issue.message];
  if (path[0] === 'params' && path.length === 2) {
    return [`${where}: ${checkParam(String(last), got) ?? issue.message}`];
  }
  if (where === 'params') return [`params: must be an object of parameter ids and numbers, got ${show(got)}`];
  if (last === 'regime') {
    return [
      got === undefined
        ? `${where}: missing; valid regimes are ${REGIME_LIST}`
        : `${where}: unknown regime ${show(got)}; valid regimes are ${REGIME_LIST}`,
    ];
  }
  if (where === 'scale') return [`scale: unknown scale ${show(got)}; valid scales are ${SCALE_LIST}`];
  if (where === 'seed') return [wholeNumber('seed', 0, MAX_SEED, got)];
  if (where === 'years') return [wholeNumber('years', 1, MAX_YEARS, got)];
  if (path[0] === 'reforms' && last === 'year') return [wholeNumber(where, 1, `years (${yearsOf(json)})`, got)];
  if (where === 'reforms') return [`reforms: must be a list of {"regime", "year"} objects, got ${show(got)}`];
  if (path[0] === 'reforms' && path.length === 2)
    return [`${where}: must be an object {"regime", "year"}, got ${show(got)}`];
  if (issue.code === 'invalid_type') {
    return [
      path.length === 0
        ? `(scenario): must be a JSON object, got ${show(got)}`
        : `${where}: must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}, got ${show(got)}`,
    ];
  }
  return [`${where}: ${issue.message}`];
}

/** Checks that need more than one field: reform years within the run, one reform a week.
 *  Takes [index in the file, reform] pairs so messages point at the right entry. */
function crossChecks(years: number, reforms: [number, ReformSpec][]): string[] {
  const errors: string[] = [];
  const seen = new Map<number, number>();
  for (const [i, r] of reforms) {
    if (r.year > years) errors.push(wholeNumber(`reforms[${i}].year`, 1, `years (${years})`, r.year));
    const at = r.year * 52 + (r.week ?? 0);
    const prev = seen.get(at);
    if (prev !== undefined)
      errors.push(
        `reforms[${i}].year: reforms[${prev}] already applies in year ${r.year}${r.week ? `, week ${r.week}` : ''}; one reform a week`,
      );
    else seen.set(at, i);
  }
  return errors;
}

/** The regime the timeline has in force on 1 April of a year (its last reform by then). */
export function timelineRegimeAt(year: number): RegimeId {
  let regime: RegimeId | null = null;
  for (const e of ENGLAND_TIMELINE.events) if (e.regime && e.date <= `${year}-04-01`) regime = e.regime;
  return regime ?? (REGIME_IDS[0] as RegimeId);
}

function areaChecks(scale: ScaleId, area: string | undefined): string[] {
  if (area === undefined) return [];
  if (!AREA_CODES.includes(area))
    return [
      `area: unknown ICB or region code ${JSON.stringify(area.slice(0, 40))}; e.g. QYG (Cheshire and Merseyside) or Y62 (North West); list them with \`npm run sim -- areas\``,
    ];
  if (scale === 'england')
    return ['area: the england scale has every footprint; give area only with local or region scale'];
  if (scale === 'local' && REGIONS.some((r) => r.code === area))
    return [`area: a local run is one ICB footprint; ${area} is a region (use region scale, or an ICB code)`];
  return [];
}

/** Validates and normalises a scenario (defaults filled, reforms sorted by year). */
export function parseScenario(json: unknown): ParseResult {
  const r = scenarioSchema.safeParse(json);
  if (!r.success) {
    const errors = r.error.issues.flatMap((i) => describeIssue(i, json));
    // Cross-field checks still run on the entries whose own fields are valid.
    const years = valueAt(json, ['years']);
    const reforms = valueAt(json, ['reforms']);
    if (Array.isArray(reforms) && (years === undefined || yearsOf(json) === years)) {
      const valid = reforms
        .map((x, i) => [i, x] as [number, ReformSpec])
        .filter(
          ([, x]) =>
            x !== null &&
            typeof x === 'object' &&
            isRegimeId(x.regime) &&
            Number.isInteger(x.year) &&
            x.year >= 1 &&
            x.year <= MAX_YEARS,
        );
      errors.push(...crossChecks(yearsOf(json), valid));
    }
    return { ok: false, errors: [...new Set(errors)] };
  }
  const d = r.data;
  if (d.regime === undefined && d.startYear === undefined)
    return { ok: false, errors: [`regime: missing; give a regime (${REGIME_LIST}) or a startYear`] };
  const regime = d.regime ?? timelineRegimeAt(d.startYear as number);
  const areaErrors = areaChecks(d.scale, d.area);
  if (areaErrors.length) return { ok: false, errors: areaErrors };
  const params: Record<string, number> = {};
  for (const [k, v] of Object.entries(d.params)) if (v !== undefined) params[k] = v;
  const scenario: Scenario = {
    ...(d.id !== undefined && { id: d.id }),
    ...(d.name !== undefined && { name: d.name }),
    ...(d.description !== undefined && { description: d.description }),
    regime,
    ...(d.startYear !== undefined && { startYear: d.startYear }),
    scale: d.scale,
    ...(d.area !== undefined && { area: d.area }),
    seed: d.seed,
    years: d.years,
    params,
    // Stable sort keeps file order within a week (a duplicate is reported below).
    reforms: d.reforms
      .map((x) => ({ regime: x.regime, year: x.year, ...(x.week !== undefined && { week: x.week }) }))
      .sort((a, b) => a.year * 52 + (a.week ?? 0) - (b.year * 52 + (b.week ?? 0))),
    ...(Object.keys(d.regimes).length > 0 && { regimes: d.regimes as Scenario['regimes'] }),
    ...(d.timeline !== undefined && { timeline: d.timeline as Scenario['timeline'] }),
    ...(d.timelineEvents && { timelineEvents: true }),
    ...(d.injects.length > 0 && {
      injects: d.injects
        .map((x) => ({ year: x.year, ...(x.week !== undefined && { week: x.week }), inject: x.inject as Inject }))
        .sort((a, b) => a.year * 52 + (a.week ?? 0) - (b.year * 52 + (b.week ?? 0))),
    }),
    ...(d.story !== undefined && { story: [...d.story].sort((a, b) => a.week - b.week) }),
  };
  const errors = crossChecks(
    d.years,
    d.reforms.map((x, i) => [i, x]),
  );
  d.injects.forEach((x, i) => {
    if (x.year > d.years) errors.push(`injects[${i}].year: must be at most years (${d.years}), got ${x.year}`);
  });
  return errors.length ? { ok: false, errors } : { ok: true, scenario };
}

// --scenario <preset id or path> plus the flags that override it (--seed, --years, --scale,
// --reform, --set), all checked before anything runs so bad input never costs a run or a file.
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkParam,
  isRegimeId,
  isScaleId,
  MAX_SEED,
  MAX_YEARS,
  PARAMETERS,
  parseScenario,
  type ReformSpec,
  REGIME_IDS,
  REGIMES,
  SCALE_IDS,
  ENGLAND_TIMELINE,
  timelineRegimeAt,
  type Scenario,
} from '../model/index';
import { parseDecimal, parseWhole } from '../engine/numbers';
import { CliError } from './io';
import { readInputText } from './input';
import { parseJsonText } from './json';
import { short, summariseProblems } from './messages';
import { list, str, wholeFlag, type Values } from './options';
import { rootUrl } from './root';

export const PRESET_DIR = fileURLToPath(rootUrl('public/scenarios/'));

export interface PresetEntry {
  id: string;
  name: string;
  file: string;
}

export function presetIndex(): PresetEntry[] {
  return JSON.parse(readFileSync(PRESET_DIR + 'index.json', 'utf8')) as PresetEntry[];
}

function presetList(): string {
  return presetIndex()
    .map((p) => p.id)
    .join(', ');
}

/** Reads a preset by id or a scenario file by path; returns the raw JSON, a label for messages and the file read. */
export function readScenarioSource(
  arg: string | undefined,
  cwd: string,
): { json: unknown; label: string; path: string; name: string } {
  if (arg === undefined || arg === '')
    throw new CliError(`missing --scenario <preset id or path>; presets are ${presetList()}`);
  const preset = presetIndex().find((p) => p.id === arg);
  const path = preset ? PRESET_DIR + preset.file : resolve(cwd, arg);
  const label = preset ? `preset ${arg}` : short(arg, 120);
  if (!preset && !existsSync(path)) {
    const looksLikePath = /[\\/]|\.json$/i.test(arg);
    throw new CliError(
      looksLikePath
        ? `scenario file "${label}" not found`
        : `unknown preset "${short(arg)}"; presets are ${presetList()} (or give a path to a scenario .json file)`,
    );
  }
  // The name in outputs' `scenario` column: the preset's id, or the file's name without .json.
  const name = preset ? arg : basename(path).replace(/\.json$/i, '');
  return { json: parseJsonText(readInputText(path, label), label), label, path, name };
}

/** Edit distance, for "did you mean" on parameter ids. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = t;
    }
  }
  return d[b.length];
}

export function unknownParamHint(id: string): string {
  const best = PARAMETERS.map((p) => [distance(id.toLowerCase(), p.id.toLowerCase()), p.id] as const).sort(
    (a, b) => a[0] - b[0],
  )[0];
  const near = best && best[0] <= Math.max(3, id.length / 4) ? `; did you mean "${best[1]}"?` : '';
  return `${near} (list them with npm run sim -- params)`;
}

/** Checks `id` and `value` text from a flag; returns the number. */
export function paramFlag(flag: string, id: string, text: string): number {
  const value = parseDecimal(text);
  if (value === null) {
    if (!PARAMETERS.some((p) => p.id === id))
      throw new CliError(`${flag}: unknown parameter "${short(id)}"${unknownParamHint(id)}`);
    throw new CliError(`${flag}: parameter "${id}" needs a number such as 0.6 or 1e-3, got "${short(text)}"`);
  }
  const err = checkParam(id, value);
  if (err) throw new CliError(`${flag}: ${err}${err.startsWith('unknown') ? unknownParamHint(id) : ''}`);
  return value;
}

function reformFlag(text: string): ReformSpec {
  const m = /^([^@]+)@(.+)$/.exec(text.trim());
  if (!m) throw new CliError(`--reform "${short(text)}": expected <regime>@<year>, e.g. icb-2022@4`);
  const [, regime, yearText] = m;
  if (!isRegimeId(regime))
    throw new CliError(
      `--reform "${short(text)}": unknown regime "${short(regime)}"; valid regimes are ${REGIME_IDS.join(', ')}`,
    );
  const year = parseWhole(yearText);
  if (year === null || year < 1 || year > MAX_YEARS)
    throw new CliError(
      `--reform "${short(text)}": year must be a whole number from 1 to ${MAX_YEARS}, got "${short(yearText)}"`,
    );
  return { regime, year };
}

/**
 * The scenario to run: the file or preset, then the flags. A --reform replaces a file's
 * reform in the same year; --set adds to or replaces the file's overrides.
 */
export interface ScenarioSource {
  scenario: Scenario;
  /** For messages: `preset <id>` or the path as typed. */
  label: string;
  /** The file read. */
  path: string;
  /** For outputs' `scenario` column: the preset id or the file's stem. */
  name: string;
}

/**
 * --from YEAR: the run starts in April of that year of the timeline with that year's structures
 * and inputs. A scenario following the timeline's events takes the regime in force then; the
 * scenario's own reforms keep their calendar years (those already past set the regime); without
 * --years the run ends when the scenario's did.
 */
function startingFrom(v: Values, s: Scenario): Scenario {
  const first = ENGLAND_TIMELINE.firstYear;
  const last = ENGLAND_TIMELINE.lastYear;
  const from = wholeFlag(v, 'from', first, last);
  if (from === undefined) return s;
  const start = s.startYear ?? REGIMES[s.regime].firstYear;
  const shift = from - start;
  let regime = s.timelineEvents ? timelineRegimeAt(from) : s.regime;
  const reforms: ReformSpec[] = [];
  for (const r of s.reforms ?? []) {
    if (r.year - shift > 1 || (r.year - shift === 1 && (r.week ?? 0) > 0)) reforms.push({ ...r, year: r.year - shift });
    else regime = r.regime;
  }
  const end = start + s.years;
  return { ...s, startYear: from, regime, reforms, years: end > from ? end - from : s.years };
}

export function scenarioFromFlags(v: Values, cwd: string): ScenarioSource {
  const { json, label, path, name } = readScenarioSource(str(v, 'scenario'), cwd);
  const base = parseScenario(json);
  if (!base.ok) throw new CliError(`${label}: ${summariseProblems(base.errors)}`);
  const s = startingFrom(v, base.scenario);
  const seed = wholeFlag(v, 'seed', 0, MAX_SEED, s.seed);
  const years = wholeFlag(v, 'years', 1, MAX_YEARS, s.years);
  const scaleText = str(v, 'scale');
  if (scaleText !== undefined && !isScaleId(scaleText))
    throw new CliError(`--scale must be one of ${SCALE_IDS.join(', ')}, got "${short(scaleText)}"`);
  const params = { ...s.params };
  for (const t of list(v, 'set')) {
    const m = /^([^=]+)=(.*)$/.exec(t);
    if (!m) throw new CliError(`--set "${short(t)}": expected <parameter>=<value>, e.g. market.providerChoice=0.6`);
    params[m[1].trim()] = paramFlag(`--set ${short(t)}`, m[1].trim(), m[2]);
  }
  const flagReforms = list(v, 'reform').map(reformFlag);
  const seen = new Set<number>();
  for (const r of flagReforms) {
    if (r.year > years) throw new CliError(`--reform ${r.regime}@${r.year}: year must be from 1 to years (${years})`);
    if (seen.has(r.year)) throw new CliError(`--reform: two reforms in year ${r.year}; one reform a year`);
    seen.add(r.year);
  }
  const reforms = [...(s.reforms ?? []).filter((r) => !seen.has(r.year)), ...flagReforms];
  const last = reforms.reduce<ReformSpec | null>((a, r) => (a && a.year >= r.year ? a : r), null);
  if (last && last.year > years) {
    throw new CliError(
      `--years ${years}: ${label} has reforms up to year ${last.year} (${last.regime}); give at least ${last.year} years or drop them`,
    );
  }
  // --area anchors a local or region run on a real footprint; --scale england alone drops the
  // scenario's anchor (England has every footprint).
  const areaText = str(v, 'area');
  const area = areaText ?? (scaleText === 'england' ? undefined : s.area);
  const merged = parseScenario({ ...s, seed, years, scale: scaleText ?? s.scale, params, reforms, area });
  if (!merged.ok) {
    const areaProblem = areaText !== undefined ? merged.errors.find((e) => e.startsWith('area:')) : undefined;
    if (areaProblem) throw new CliError(`--area ${short(areaText!)}: ${areaProblem.slice('area: '.length)}`);
    throw new CliError(`${label} with the given flags: ${summariseProblems(merged.errors)}`);
  }
  return { scenario: merged.scenario, label, path, name };
}

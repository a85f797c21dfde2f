// The address carries the run (?scenario=ccg-2013&scale=england&seed=4, ?scale=region&area=QYG
// for a region anchored on a footprint, or ?run=… for an edited scenario and its live changes)
// so a link can be shared. Bad values are named in a
// bounded one-line message and left out; what is left out falls back to the preset's value.
import { FOOTPRINTS, isScaleId, REGIONS, SCALE_IDS, MAX_SEED, MAX_YEARS, type ScaleId } from '../model/index';
import { parseWholeIn } from '../engine/numbers';
import { quoted } from './text';

export interface RunAddress {
  scenario: string;
  scale: ScaleId | null;
  /** ICB footprint or NHS region (ODS code) a local or region run is anchored on. */
  area: string | null;
  seed: number | null;
  /** Optional run length in years (overrides the preset's). */
  years: number | null;
  /** An edited scenario with its live changes, compressed (see run-codec.ts); decoded later. */
  run: string | null;
  /** The link was made from an edited run too large to carry: the preset is only its start. */
  edited: boolean;
  /** Testing hooks: `debug=worker-error` crashes the worker after the first frame. */
  debug: string | null;
  /** Story mode: `story=history` tells the history run as chapters; `chapter` opens one. */
  story: string | null;
  chapter: string | null;
  /** Whether the address named a scenario (a story then tells that one). */
  namedScenario: boolean;
}

/** The preset a `story=` value names ("history" is the history run). */
export const STORY_PRESETS: Record<string, string> = { history: 'history-1991-2025' };

export const DEFAULT_SCENARIO = 'icb-2022';
export const DEFAULT_SCALE: ScaleId = 'local';
/** Parameters the app reads; any other is left alone when reading and dropped when writing. */
const KNOWN = [
  'scenario',
  'scale',
  'area',
  'seed',
  'years',
  'run',
  'edited',
  'debug',
  'render',
  'story',
  'chapter',
  'room',
  'host',
  'seat',
] as const;
const AREA_CODES = new Set<string>([...FOOTPRINTS.map((f) => f.code), ...REGIONS.map((r) => r.code)]);
/** Longest address the app reads at all (characters); past that it starts the default. */
export const MAX_SEARCH = 16_000;

export function readAddress(search: string, presets: readonly string[]): { address: RunAddress; problems: string[] } {
  const problems: string[] = [];
  const address: RunAddress = {
    scenario: DEFAULT_SCENARIO,
    scale: null,
    area: null,
    seed: null,
    years: null,
    run: null,
    edited: false,
    debug: null,
    story: null,
    chapter: null,
    namedScenario: false,
  };
  if (search.length > MAX_SEARCH) {
    problems.push(`The address is too long to read (${search.length} characters); showing ${DEFAULT_SCENARIO}.`);
    return { address, problems };
  }
  const q = new URLSearchParams(search);
  for (const key of KNOWN) {
    const n = q.getAll(key).length;
    if (n > 1) problems.push(`The address gives "${key}" ${n} times; using the first.`);
  }
  const scenario = q.get('scenario');
  if (scenario !== null) {
    if (presets.includes(scenario)) address.scenario = scenario;
    else
      problems.push(
        `Unknown scenario "${quoted(scenario)}" in the address; expected one of ${presets.join(', ')}. Showing ${DEFAULT_SCENARIO}.`,
      );
  }
  const s = q.get('scale');
  if (s !== null) {
    if (isScaleId(s)) address.scale = s;
    else
      problems.push(
        `Unknown scale "${quoted(s)}" in the address; expected one of ${SCALE_IDS.join(', ')}. Using the scenario's scale.`,
      );
  }
  const area = q.get('area');
  if (area !== null) {
    const code = area.trim().toUpperCase();
    if (AREA_CODES.has(code)) address.area = code;
    else
      problems.push(
        `Unknown area "${quoted(area)}" in the address; expected an ICB or NHS region ODS code, such as QYG (Cheshire and Merseyside) or Y62 (North West). Showing the scale without it.`,
      );
  }
  const sd = q.get('seed');
  if (sd !== null) {
    const n = parseWholeIn(sd, 0, MAX_SEED);
    if (n !== null) address.seed = n;
    else
      problems.push(
        `Bad seed "${quoted(sd)}" in the address; expected a whole number from 0 to ${MAX_SEED}. Using the scenario's seed.`,
      );
  }
  const y = q.get('years');
  if (y !== null) {
    const n = parseWholeIn(y, 1, MAX_YEARS);
    if (n !== null) address.years = n;
    else
      problems.push(
        `Bad years "${quoted(y)}" in the address; expected a whole number from 1 to ${MAX_YEARS}. Using the scenario's length.`,
      );
  }
  address.run = q.get('run');
  address.edited = q.get('edited') === '1';
  address.namedScenario = scenario !== null && presets.includes(scenario);
  const story = q.get('story');
  if (story !== null) {
    if (/^[\w-]{1,60}$/.test(story)) address.story = story;
    else problems.push(`Bad story "${quoted(story)}" in the address; expected e.g. story=history.`);
  }
  const chapter = q.get('chapter');
  if (chapter !== null && /^[\w-]{1,60}$/.test(chapter)) address.chapter = chapter;
  const debug = q.get('debug');
  address.debug = debug !== null && debug.length <= 40 ? debug : null;
  return { address, problems };
}

/** What the address says about the run being shown. */
export type AddressRun =
  | { scenario: string; scale: ScaleId; area?: string; seed: number; years?: number }
  /** An edited run: `run` is its compressed form, or null when too long to carry (then `from` names its preset). */
  | { run: string | null; from: string };

/** Puts story mode and its chapter in the address (null takes them out). */
export function writeStoryAddress(story: string | null, chapter: string | null): void {
  const q = new URLSearchParams(location.search);
  if (story === null) {
    q.delete('story');
    q.delete('chapter');
  } else {
    q.set('story', story);
    if (chapter === null) q.delete('chapter');
    else q.set('chapter', chapter);
  }
  history.replaceState(null, '', `${location.pathname}?${q.toString()}${location.hash}`);
}

/** Updates the address bar to the run being shown (no reload, no history entry). */
export function writeAddress(what: AddressRun): void {
  const old = new URLSearchParams(location.search);
  const q = new URLSearchParams();
  const render = old.get('render');
  if (render === 'main') q.set('render', render);
  // Story mode and its chapter stay in the address while the run changes under them.
  for (const k of ['story', 'chapter']) {
    const v = old.get(k);
    if (v !== null) q.set(k, v);
  }
  // Room mode's facilitator keeps the room in the address (a reload hosts it again).
  for (const key of ['room', 'host'] as const) {
    const v = old.get(key);
    if (v !== null && /^[A-Za-z0-9-]{1,20}$/.test(v)) q.set(key, v);
  }
  if ('run' in what) {
    if (what.run !== null) q.set('run', what.run);
    else {
      q.set('scenario', what.from);
      q.set('edited', '1');
    }
  } else {
    q.set('scenario', what.scenario);
    q.set('scale', what.scale);
    if (what.area !== undefined) q.set('area', what.area);
    q.set('seed', String(what.seed));
    if (what.years !== undefined) q.set('years', String(what.years));
  }
  history.replaceState(null, '', `${location.pathname}?${q.toString()}${location.hash}`);
}

// The preset scenarios (public/scenarios) and the one check every new run goes through on the
// main thread before anything running is touched: preset file, then the overrides a person
// asked for (address, toolbar), then the model's own parseScenario (years against reforms…).
import { footprintByCode, parseScenario, type ScaleId, type Scenario } from '../model/index';
import { bounded } from './text';

export interface Preset {
  id: string;
  name: string;
  file: string;
}

export interface Overrides {
  scale?: ScaleId | null;
  /** ICB or region code to anchor a local or region run on. */
  area?: string | null;
  seed?: number | null;
  years?: number | null;
}

const base = (): string => import.meta.env.BASE_URL;

export async function loadPresets(): Promise<Preset[]> {
  const res = await fetch(`${base()}scenarios/index.json`);
  if (!res.ok) throw new Error(`Could not read the scenario list (HTTP ${res.status})`);
  const list: unknown = await res.json();
  if (!Array.isArray(list)) throw new Error('The scenario list is not a list');
  return list.filter(
    (p): p is Preset =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.id === 'string' &&
      typeof p.name === 'string' &&
      typeof p.file === 'string',
  );
}

const cache = new Map<string, Scenario>();

/** A preset's scenario as its file gives it (read once; later calls work offline). */
export async function loadPreset(p: Preset): Promise<Scenario> {
  const hit = cache.get(p.id);
  if (hit) return hit;
  const res = await fetch(`${base()}scenarios/${p.file}`);
  if (!res.ok) throw new Error(`Could not read scenario "${p.id}" (HTTP ${res.status})`);
  const parsed = parseScenario(await res.json());
  if (!parsed.ok) throw new Error(`Scenario "${p.id}" is not valid: ${parsed.errors.join('; ')}`);
  cache.set(p.id, parsed.scenario);
  return parsed.scenario;
}

/** Checks a scenario completely (as the worker will): the scenario, or one bounded message. */
export function checkScenario(
  s: unknown,
  what: string,
): { ok: true; scenario: Scenario } | { ok: false; message: string } {
  const r = parseScenario(JSON.parse(JSON.stringify(s)));
  if (r.ok) return r;
  const more = r.errors.length > 2 ? ` (and ${r.errors.length - 2} more)` : '';
  return { ok: false, message: bounded(`${what} cannot run: ${r.errors.slice(0, 2).join('; ')}${more}.`) };
}

/** A preset with overrides applied (checked later, as every scenario is). */
export function withOverrides(s: Scenario, o: Overrides): Scenario {
  const { area, ...rest } = s;
  const anchor = o.area ?? area;
  return {
    ...rest,
    scale: o.scale ?? s.scale,
    ...(anchor !== undefined && { area: anchor }),
    seed: o.seed ?? s.seed,
    years: o.years ?? s.years,
  };
}

/**
 * The anchor a run at `scale` keeps when a person switches scale: england takes none (it has
 * every footprint), local only an ICB footprint (a region code does not name one).
 */
export function areaFor(scale: ScaleId, area: string | undefined): string | undefined {
  if (area === undefined || scale === 'england') return undefined;
  if (scale === 'local' && !footprintByCode(area)) return undefined;
  return area;
}

/** Same run? (both normalised by parseScenario, so key order and defaults do not matter). */
export function sameScenario(a: Scenario, b: Scenario): boolean {
  const na = parseScenario(JSON.parse(JSON.stringify(a))),
    nb = parseScenario(JSON.parse(JSON.stringify(b)));
  return na.ok && nb.ok && JSON.stringify(na.scenario) === JSON.stringify(nb.scenario);
}

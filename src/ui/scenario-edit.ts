// Edits to the scenario being edited (pure recipes for UndoStack) and the comparisons the
// panels need: which parameters changed (to apply live) and which fields need a restart.
import type { Draft } from 'immer';
import {
  PARAMETERS,
  paramSpec,
  type RegimeId,
  type Scenario,
  type ReformSpec,
  type StoryChapter,
} from '../model/index';

/** The value a parameter has in a scenario: its override, else the registry default. */
export function effectiveParam(s: Scenario, id: string): number {
  const o = s.params?.[id];
  return o !== undefined ? o : (paramSpec(id)?.default ?? NaN);
}

/** Sets an override; a value equal to the default removes the override (keeps files short). */
export function setParamRecipe(id: string, value: number) {
  return (d: Draft<Scenario>): void => {
    const spec = paramSpec(id);
    if (!spec) throw new Error(`unknown parameter "${id}"`);
    if (value === spec.default) {
      if (d.params && id in d.params) delete d.params[id];
    } else {
      if (!d.params) d.params = {};
      d.params[id] = value;
    }
  };
}

export type StructuralField = 'regime' | 'scale' | 'seed' | 'years' | 'reforms' | 'injects';
const STRUCTURAL_FIELDS: readonly StructuralField[] = ['regime', 'scale', 'seed', 'years', 'reforms', 'injects'];

export function setFieldRecipe<K extends 'regime' | 'scale' | 'seed' | 'years'>(field: K, value: Scenario[K]) {
  return (d: Draft<Scenario>): void => {
    (d as Scenario)[field] = value;
  };
}

/** Adds a reform in the first year after the last one that has none (within the run). */
export function addReformRecipe(regime: RegimeId) {
  return (d: Draft<Scenario>): void => {
    const reforms = (d.reforms ??= []);
    const used = new Set(reforms.map((r) => r.year));
    let year = Math.min(d.years, Math.max(2, ...reforms.map((r) => r.year + 1)));
    while (used.has(year) && year > 1) year--;
    if (used.has(year)) return;
    reforms.push({ regime, year });
    reforms.sort((a, b) => a.year - b.year);
  };
}

export function updateReformRecipe(index: number, change: Partial<ReformSpec>) {
  return (d: Draft<Scenario>): void => {
    const r = d.reforms?.[index];
    if (!r) return;
    Object.assign(r, change);
  };
}

export function removeReformRecipe(index: number) {
  return (d: Draft<Scenario>): void => {
    d.reforms?.splice(index, 1);
  };
}

/** Puts a story card in (replacing the one with its id), keeping the cards in week order. */
export function setStoryCardRecipe(card: StoryChapter) {
  return (d: Draft<Scenario>): void => {
    const story = (d.story ??= []);
    const i = story.findIndex((c) => c.id === card.id);
    if (i >= 0) story[i] = card;
    else story.push(card);
    story.sort((a, b) => a.week - b.week);
  };
}

/** Replaces the whole scenario (a loaded file). */
export function replaceRecipe(next: Scenario) {
  return (d: Draft<Scenario>): Scenario => {
    void d;
    return structuredClone(next);
  };
}

/** Ids of parameters whose effective value differs between two scenarios. */
export function changedParams(a: Scenario, b: Scenario): string[] {
  if (a.params === b.params) return [];
  return PARAMETERS.filter((s) => effectiveParam(a, s.id) !== effectiveParam(b, s.id)).map((s) => s.id);
}

/** Fields that differ and so only take effect on a restart. */
export function structuralChanges(edited: Scenario, running: Scenario): StructuralField[] {
  const out: StructuralField[] = [];
  for (const f of STRUCTURAL_FIELDS) {
    const a = f === 'reforms' || f === 'injects' ? JSON.stringify(edited[f] ?? []) : edited[f];
    const b = f === 'reforms' || f === 'injects' ? JSON.stringify(running[f] ?? []) : running[f];
    if (a !== b) out.push(f);
  }
  return out;
}

/** The edited scenario as a file: stable key order, overrides sorted by id. */
export function scenarioToJson(s: Scenario): string {
  const params: Record<string, number> = {};
  for (const id of Object.keys(s.params ?? {}).sort()) params[id] = s.params![id];
  const out: Record<string, unknown> = {
    $schema: './schema.json',
    ...(s.id !== undefined && { id: s.id }),
    ...(s.name !== undefined && { name: s.name }),
    ...(s.description !== undefined && { description: s.description }),
    regime: s.regime,
    ...(s.startYear !== undefined && { startYear: s.startYear }),
    scale: s.scale,
    ...(s.area !== undefined && { area: s.area }),
    seed: s.seed,
    years: s.years,
    params,
    reforms: s.reforms ?? [],
    // Everything else a scenario can say, so a saved file runs the same (a story included).
    ...(s.timeline !== undefined && { timeline: s.timeline }),
    ...(s.timelineEvents && { timelineEvents: true }),
    ...(s.regimes && Object.keys(s.regimes).length && { regimes: s.regimes }),
    ...(s.story?.length && { story: s.story }),
    // A facilitator's injects travel in the file, scheduled at their weeks.
    ...(s.injects?.length && { injects: s.injects }),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

/** Suggested file name for a download. */
export function scenarioFileName(s: Scenario): string {
  const base = (s.id ?? s.regime).replace(/[^a-z0-9._-]+/gi, '-');
  return `${base}-${s.scale}-seed${s.seed}.json`;
}

import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../src/ui/undo';
import {
  addReformRecipe,
  changedParams,
  effectiveParam,
  removeReformRecipe,
  replaceRecipe,
  scenarioToJson,
  setFieldRecipe,
  setParamRecipe,
  structuralChanges,
  updateReformRecipe,
} from '../../src/ui/scenario-edit';
import { parseScenario, paramSpec, type Scenario } from '../../src/model/index';

const base: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 1, years: 10, params: {}, reforms: [] };

describe('scenario edits through the undo stack', () => {
  it('undoes and redoes parameter edits in order, restoring exact values', () => {
    const h = new UndoStack(base);
    h.edit('a', setParamRecipe('market.providerChoice', 0.7));
    h.edit('b', setParamRecipe('market.providerChoice', 0.9));
    h.edit('c', setParamRecipe('negotiation.rounds', 12));
    expect(effectiveParam(h.current, 'market.providerChoice')).toBe(0.9);
    h.undo();
    expect(effectiveParam(h.current, 'negotiation.rounds')).toBe(paramSpec('negotiation.rounds')!.default);
    h.undo();
    expect(effectiveParam(h.current, 'market.providerChoice')).toBe(0.7);
    expect(h.redoLabel).toBe('b');
    h.redo();
    expect(effectiveParam(h.current, 'market.providerChoice')).toBe(0.9);
    h.undo();
    h.undo();
    expect(h.current).toEqual(base);
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBeNull();
  });

  it('drops the redo branch after a new edit and ignores edits that change nothing', () => {
    const h = new UndoStack(base);
    h.edit('seed', setFieldRecipe('seed', 4));
    h.undo();
    expect(h.canRedo).toBe(true);
    expect(h.edit('same', setFieldRecipe('seed', 1))).toBeNull();
    expect(h.canRedo).toBe(true);
    h.edit('years', setFieldRecipe('years', 20));
    expect(h.canRedo).toBe(false);
  });

  it('removes an override when a parameter returns to its default', () => {
    const h = new UndoStack(base);
    const def = paramSpec('contract.years')!.default;
    h.edit('x', setParamRecipe('contract.years', 3));
    expect(h.current.params).toEqual({ 'contract.years': 3 });
    h.edit('y', setParamRecipe('contract.years', def));
    expect(h.current.params).toEqual({});
  });

  it('reports which parameters changed and which fields need a restart', () => {
    const h = new UndoStack(base);
    const step = h.edit('p', setParamRecipe('demand.noise', 0.2))!;
    expect(changedParams(step.before, step.after)).toEqual(['demand.noise']);
    const back = h.undo()!;
    expect(changedParams(back.before, back.after)).toEqual(['demand.noise']);
    h.edit('r', addReformRecipe('icb-2022'));
    h.edit('s', setFieldRecipe('scale', 'region'));
    expect(structuralChanges(h.current, base)).toEqual(['scale', 'reforms']);
    expect(changedParams(h.current, base)).toEqual([]);
  });

  it('edits the reform schedule one reform a year, within the run', () => {
    const h = new UndoStack({ ...base, years: 3 });
    h.edit('1', addReformRecipe('icb-2022'));
    h.edit('2', addReformRecipe('accountable-care-2017'));
    h.edit('3', addReformRecipe('payment-by-results-2006'));
    const years = h.current.reforms!.map((r) => r.year);
    expect(new Set(years).size).toBe(years.length);
    expect(Math.max(...years)).toBeLessThanOrEqual(3);
    h.edit('u', updateReformRecipe(0, { regime: 'internal-market-1991' }));
    expect(h.current.reforms![0].regime).toBe('internal-market-1991');
    h.edit('d', removeReformRecipe(0));
    expect(h.current.reforms!.length).toBe(years.length - 1);
  });

  it('replaces the whole scenario as one undoable step', () => {
    const h = new UndoStack(base);
    const other: Scenario = {
      regime: 'icb-2022',
      scale: 'england',
      seed: 9,
      years: 5,
      params: { 'demand.noise': 0.1 },
      reforms: [],
    };
    h.edit('load', replaceRecipe(other));
    expect(h.current).toEqual(other);
    h.undo();
    expect(h.current).toEqual(base);
  });

  it('saves a file that loads back to the same scenario', () => {
    const h = new UndoStack(base);
    h.edit('p', setParamRecipe('market.reach', 0.4));
    h.edit('r', addReformRecipe('icb-2022'));
    const r = parseScenario(JSON.parse(scenarioToJson(h.current)));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario).toEqual(h.current);
  });
});

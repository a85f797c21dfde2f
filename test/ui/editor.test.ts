import { describe, expect, it } from 'vitest';
import { ScenarioEditor } from '../../src/ui/editor';
import { setFieldRecipe, setParamRecipe, addReformRecipe } from '../../src/ui/scenario-edit';
import type { Catalogue, UiContext } from '../../src/engine/api';
import type { Scenario } from '../../src/model/index';

/** A UiContext that records what the panels asked of the shell and the worker. */
function fakeContext(initial: Scenario) {
  let scenario = initial;
  const calls: string[] = [];
  const catalogueCbs: ((c: Catalogue) => void)[] = [];
  const catalogue: Catalogue = {
    structureVersion: 1,
    nodes: [],
    areas: [],
    areaInfo: [],
    geography: null,
  };
  const ctx = {
    api: {
      setParam: async (id: string, v: number) => {
        calls.push(`setParam ${id}=${v}`);
      },
    },
    onCatalogue: (cb: (c: Catalogue) => void) => {
      catalogueCbs.push(cb);
      return () => {};
    },
    current: () => ({ frame: null, catalogue, scenario }),
    restart: async (s: Scenario) => {
      calls.push(`restart ${s.regime} seed ${s.seed}`);
      scenario = { ...s };
      for (const cb of catalogueCbs) cb(catalogue);
    },
    notify: (m: string, tone?: string) => {
      calls.push(`notify ${tone ?? 'info'}: ${m}`);
    },
  } as unknown as UiContext;
  /** The shell restarting on its own (scenario picker, address). */
  const externalRestart = (s: Scenario): void => {
    scenario = s;
    for (const cb of catalogueCbs) cb(catalogue);
  };
  return { ctx, calls, externalRestart };
}

const base: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 1, years: 10, params: {}, reforms: [] };
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('ScenarioEditor', () => {
  it('sends parameter edits, their undo and their redo to the running simulation', async () => {
    const { ctx, calls } = fakeContext(base);
    const ed = new ScenarioEditor(ctx);
    ed.edit('choice', setParamRecipe('market.providerChoice', 0.8));
    ed.undo();
    ed.redo();
    await flush();
    expect(calls.filter((c) => c.startsWith('setParam'))).toEqual([
      'setParam market.providerChoice=0.8',
      'setParam market.providerChoice=0.35',
      'setParam market.providerChoice=0.8',
    ]);
  });

  it('keeps structural edits pending until restart, then runs the edited scenario', async () => {
    const { ctx, calls } = fakeContext(base);
    const ed = new ScenarioEditor(ctx);
    ed.edit('seed', setFieldRecipe('seed', 42));
    expect(ed.pending()).toEqual(['seed']);
    expect(calls).toEqual([]);
    expect(await ed.restart()).toBe(true);
    expect(calls).toContain('restart ccg-2013 seed 42');
    expect(ed.pending()).toEqual([]);
    // Our own restart does not wipe the history.
    expect(ed.undoStack.canUndo).toBe(true);
  });

  it('refuses to restart an invalid scenario and says which field is wrong', async () => {
    const { ctx, calls } = fakeContext({ ...base, years: 2 });
    const ed = new ScenarioEditor(ctx);
    ed.edit('r1', addReformRecipe('icb-2022'));
    ed.edit('years', setFieldRecipe('years', 1));
    expect(await ed.restart()).toBe(false);
    expect(calls.some((c) => c.startsWith('restart'))).toBe(false);
    expect(calls.find((c) => c.startsWith('notify error'))).toMatch(/reforms\[0\]\.year/);
  });

  it('follows a run started elsewhere, starting a fresh history', () => {
    const { ctx, externalRestart } = fakeContext(base);
    const ed = new ScenarioEditor(ctx);
    ed.edit('p', setParamRecipe('demand.noise', 0.3));
    // A catalogue for the same run (e.g. after a reform) changes nothing.
    externalRestart({ ...base });
    expect(ed.undoStack.canUndo).toBe(true);
    externalRestart({ ...base, regime: 'icb-2022' });
    expect(ed.scenario.regime).toBe('icb-2022');
    expect(ed.undoStack.canUndo).toBe(false);
  });

  it('loads a file as one undoable step and runs it', async () => {
    const { ctx, calls } = fakeContext(base);
    const ed = new ScenarioEditor(ctx);
    await ed.load({ ...base, regime: 'accountable-care-2017', seed: 5 }, 'Load x.json');
    expect(calls).toContain('restart accountable-care-2017 seed 5');
    expect(ed.undoStack.undoLabel).toBe('Load x.json');
    ed.undo();
    expect(ed.scenario.regime).toBe('ccg-2013');
    expect(ed.pending()).toEqual(['regime', 'seed']);
  });
});

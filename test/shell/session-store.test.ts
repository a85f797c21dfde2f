import { describe, expect, it } from 'vitest';
import { clearSession, loadSession, MAX_STORED, saveSession, type SavedSession } from '../../src/shell/session-store';
import { UndoStack } from '../../src/ui/undo';
import { MAX_JOURNAL } from '../../src/shell/journal';
import { setFieldRecipe } from '../../src/ui/scenario-edit';
import { parseScenario, type Scenario } from '../../src/model/index';

function memoryStorage(quota = Infinity): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => {
      if (v.length > quota) throw new Error('QuotaExceededError');
      m.set(k, v);
    },
  };
}

const scenario: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 5, years: 4, params: {}, reforms: [] };

function session(edits = 3): SavedSession {
  const undo = new UndoStack<Scenario>(structuredClone(scenario));
  for (let i = 0; i < edits; i++) undo.edit(`Seed ${i}`, setFieldRecipe('seed', 100 + i));
  return {
    savedAt: 1,
    scenario,
    presetId: 'ccg-2013',
    journal: [{ tick: 7, kind: 'reform', regime: 'icb-2022' }],
    tick: 30,
    edits: undo.snapshot(),
  };
}

describe('session store', () => {
  it('keeps the run, its week, its live changes and the undo history', () => {
    const st = memoryStorage();
    expect(saveSession(session(), st)).toBe(true);
    const back = loadSession(st)!;
    expect(back.tick).toBe(30);
    expect(back.journal).toHaveLength(1);
    expect(back.edits!.past).toHaveLength(3);
    // The history takes back into a stack and undoes step by step.
    const undo = new UndoStack<Scenario>(structuredClone(scenario));
    expect(undo.restore(back.edits!, (s) => parseScenario(s).ok)).toBe(true);
    expect(undo.current.seed).toBe(102);
    undo.undo();
    expect(undo.current.seed).toBe(101);
    clearSession(st);
    expect(loadSession(st)).toBeNull();
  });

  it('trims the oldest history to fit the storage', () => {
    const st = memoryStorage(3000);
    expect(saveSession(session(60), st)).toBe(true);
    const back = loadSession(st)!;
    expect(back.edits!.past.length).toBeLessThan(60);
    expect(back.edits!.state.seed).toBe(159);
    expect(back.tick).toBe(30);
  });

  it('a journal past its bound is not kept (the week could not be replayed), the edits are', () => {
    const st = memoryStorage();
    const many = Array.from({ length: MAX_JOURNAL + 1 }, (_, i) => ({
      tick: i,
      kind: 'reform' as const,
      regime: 'icb-2022' as const,
    }));
    expect(saveSession({ ...session(), journal: many }, st)).toBe(true);
    const back = loadSession(st)!;
    expect(back.journal).toEqual([]);
    expect(back.tick).toBe(0);
    expect(back.edits!.past).toHaveLength(3);
  });

  it('drops what does not read back: damaged JSON, another version, a bad scenario, too large', () => {
    const st = memoryStorage();
    for (const text of [
      '{',
      '[]',
      JSON.stringify({ v: 99, ...session() }),
      JSON.stringify({ v: 1, ...session(), scenario: { ...scenario, years: 0 } }),
      JSON.stringify({ v: 1, ...session(), tick: -4 }),
      JSON.stringify({ v: 1, ...session(), journal: [{ tick: 1, kind: 'reform', regime: 'nope' }] }),
      'x'.repeat(MAX_STORED + 1),
    ]) {
      st.setItem('quasimarket.session', text);
      expect(loadSession(st)).toBeNull();
    }
  });

  it('an undo history whose steps no longer apply is refused whole', () => {
    const saved = session(2).edits!;
    const undo = new UndoStack<Scenario>(structuredClone(scenario));
    const broken = {
      ...saved,
      past: [{ label: 'x', patches: [], inverse: [{ op: 'replace' as const, path: ['years'], value: -3 }] }],
    };
    expect(undo.restore(broken, (s) => parseScenario(s).ok)).toBe(false);
    expect(undo.current).toEqual(scenario);
  });
});

import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session';
import type { Scenario } from '../../src/model/scenario';

const local: Scenario = { regime: 'icb-2022', scale: 'local', seed: 3, years: 1 };

describe('session', () => {
  it('loads, steps to the end of the run and stops there', () => {
    const s = new Session();
    const cat = s.load(local);
    expect(cat.nodes.length).toBeGreaterThan(50);
    const f = s.step(500);
    expect(f.tick).toBe(52);
    expect(f.finished).toBe(true);
    expect(s.step(1).tick).toBe(52);
    expect(s.yearly()).toHaveLength(1);
    expect(s.scenario().regime).toBe('icb-2022');
  });

  it('is deterministic for a seed', () => {
    const a = new Session(),
      b = new Session();
    a.load(local);
    b.load(local);
    const fa = a.step(13),
      fb = b.step(13);
    expect([...fa.nodeX]).toEqual([...fb.nodeX]);
    expect(fa.events.map((e) => e.text)).toEqual(fb.events.map((e) => e.text));
  });

  it('inspects commissioners, providers and practices with facts, contracts and events', () => {
    const s = new Session();
    const cat = s.load({ ...local, years: 2 });
    s.step(60);
    const of = (kind: string): number => cat.nodes.find((n) => n.kind === kind)!.index;
    const c = s.inspect(of('commissioner'))!;
    expect(c.name).toBe(cat.nodes[of('commissioner')].name);
    expect(c.facts.map(([k]) => k)).toContain('Allocation');
    expect(c.contracts.length).toBeGreaterThan(0);
    expect(c.contracts.every((k) => k.valueM > 0 && cat.nodes[k.counterpartIndex].name === k.counterpart)).toBe(true);
    expect(c.recentEvents.length).toBeGreaterThan(0);
    expect(c.history.length).toBe(1);
    expect(c.history[0].trust).toBeGreaterThan(0);
    const p = s.inspect(of('acute'))!;
    expect(p.facts.find(([k]) => k === 'Quality')?.[1]).toMatch(/%$/);
    expect(p.history[0].surplusM).not.toBeNull();
    const g = s.inspect(of('practice'))!;
    expect(g.facts.find(([k]) => k === 'List size')?.[1]).toMatch(/^[\d,]+$/);
    expect(s.inspect(-1)).toBeNull();
    expect(s.inspect(cat.nodes.length)).toBeNull();
  });

  it('rejects bad input with messages that name it', () => {
    const s = new Session();
    expect(() => s.step(1)).toThrow(/No scenario loaded/);
    expect(() => s.load({ ...local, scale: 'galaxy' as never })).toThrow(/Bad scenario: .*scale/);
    s.load(local);
    expect(() => s.reform('nhs-1948' as never)).toThrow(/Unknown regime "nhs-1948"/);
    expect(() => s.setParam('no.such', 1)).toThrow(/no\.such/);
    expect(() => s.step(-1)).toThrow(/weeks must be a number ≥ 0/);
  });
});

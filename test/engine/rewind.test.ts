import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session';
import { Checkpoints } from '../../src/engine/checkpoints';
import { Model } from '../../src/model/model';
import { checkpoint, copyGraph, restore } from '../../src/model/snapshot';
import type { Scenario } from '../../src/model/scenario';

const local: Scenario = { regime: 'ccg-2013', scale: 'local', seed: 11, years: 4 };
const json = (s: Session) => JSON.stringify(s.yearly());
const toEnd = (s: Session) => {
  while (!s.step(200).finished);
  return s;
};

describe('checkpoints', () => {
  it('restore a model that runs on exactly as the original does, as often as asked', () => {
    const a = new Model(local);
    while (a.tick < 70) a.step();
    const cp = checkpoint(a);
    const b = restore(cp);
    const c = restore(cp);
    for (const m of [a, b, c]) while (!m.finished) m.step();
    expect(JSON.stringify(b.yearly)).toBe(JSON.stringify(a.yearly));
    expect(JSON.stringify(c.yearly)).toBe(JSON.stringify(a.yearly));
    expect(c.events.count).toBe(a.events.count);
    expect(cp.state.tick).toBe(70);
    expect(cp.bytes).toBeGreaterThan(1e5);
  });

  it('keep typed-array views on one buffer, shared references and prototypes', () => {
    const buffer = new Float64Array(4);
    const shared = { n: 1 };
    class Box {
      constructor(readonly v: Float64Array) {}
      get first() {
        return this.v[0];
      }
    }
    const g = { a: new Box(buffer.subarray(0, 2)), b: new Box(buffer.subarray(2)), s1: shared, s2: shared };
    const c = copyGraph(g);
    c.a.v[0] = 5;
    c.b.v[1] = 7;
    expect(buffer[0]).toBe(0);
    expect(c.a.v.buffer).toBe(c.b.v.buffer);
    expect(new Float64Array(c.a.v.buffer)[3]).toBe(7);
    expect(c.a.first).toBe(5);
    expect(c.s1).toBe(c.s2);
    expect(c.s1).not.toBe(shared);
    expect(() => copyGraph({ f: () => 1 })).toThrow(/function held in "f"/);
  });

  it('thin out to fit their memory, keeping the start', () => {
    const store = new Checkpoints(2.5 * checkpoint(new Model(local)).bytes);
    const m = new Model({ ...local, years: 6 });
    store.offer(m);
    while (!m.finished) {
      m.step();
      store.offer(m);
    }
    expect(store.ticks[0]).toBe(0);
    expect(store.ticks.length).toBeLessThan(7);
    expect(store.ticks.every((t) => t % 104 === 0)).toBe(true);
  });
});

describe('rewind', () => {
  it('seeks back to any week and plays on into the same run', () => {
    const straight = new Session();
    straight.load(local);
    toEnd(straight);
    const s = new Session();
    s.load(local);
    s.step(150);
    const f = s.seek(61);
    expect(f.tick).toBe(61);
    expect(f.epoch).toBe(1);
    expect(s.yearly()).toHaveLength(1);
    expect(s.seek(30).tick).toBe(30);
    expect(s.seek(170).tick).toBe(170);
    expect(json(toEnd(s))).toBe(json(straight));
  });

  it('replays what the user did at its week, and forgets it when a new course is taken', () => {
    const withReform = new Session();
    withReform.load(local);
    withReform.step(80);
    withReform.reform('icb-2022');
    withReform.setParam('contract.planCut', 0.03);
    toEnd(withReform);
    const s = new Session();
    s.load(local);
    s.step(80);
    s.reform('icb-2022');
    s.setParam('contract.planCut', 0.03);
    s.step(100);
    s.seek(40);
    expect(s.frame().regime).toBe('ccg-2013');
    expect(json(toEnd(s))).toBe(json(withReform));
    expect(s.interventions().map((i) => [i.tick, i.kind])).toEqual([
      [80, 'reform'],
      [80, 'param'],
    ]);
    // Back before the reform, and another one instead: the old course is forgotten.
    s.seek(40);
    s.reform('payment-by-results-2006');
    toEnd(s);
    expect(s.interventions().map((i) => [i.tick, i.kind])).toEqual([[40, 'reform']]);
    expect(s.frame().regime).toBe('payment-by-results-2006');
  });

  it('forks a run that goes its own way while the original is untouched', () => {
    const alone = new Session();
    alone.load(local);
    toEnd(alone);
    const s = new Session();
    s.load(local);
    s.step(70);
    const other = s.fork();
    other.reform('icb-2022');
    expect(json(toEnd(s))).toBe(json(alone));
    toEnd(other);
    expect(json(other)).not.toBe(json(alone));
    expect(other.frame().regime).toBe('icb-2022');
    // The fork can still go back to before it was made.
    expect(other.seek(10).regime).toBe('ccg-2013');
  });
});

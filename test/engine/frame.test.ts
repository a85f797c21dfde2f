import { beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session';
import { EDGE_STATES, NODE_FLAG, NODE_KINDS, type Catalogue, type Frame } from '../../src/engine/api';

describe('frames', () => {
  let s: Session;
  let cat: Catalogue;
  let f: Frame;
  beforeAll(() => {
    s = new Session();
    cat = s.load({ regime: 'ccg-2013', scale: 'local', seed: 11, years: 3 });
    f = s.step(20);
  });

  it('has node and edge arrays of consistent lengths and ranges', () => {
    const n = f.nodeCount;
    expect(n).toBe(cat.nodes.length);
    for (const a of [f.nodeX, f.nodeY, f.nodeSize, f.nodeKind, f.nodeFlags]) expect(a.length).toBe(n);
    for (const a of [f.edgeSrc, f.edgeDst, f.edgeState, f.edgeWeight]) expect(a.length).toBe(f.edgeCount);
    for (let e = 0; e < f.edgeCount; e++) {
      expect(f.edgeSrc[e]).toBeLessThan(n);
      expect(f.edgeDst[e]).toBeLessThan(n);
      expect(f.edgeState[e]).toBeLessThan(EDGE_STATES.length);
      expect(Number.isFinite(f.edgeWeight[e])).toBe(true);
    }
    for (let i = 0; i < n; i++) {
      expect(NODE_KINDS[f.nodeKind[i]]).toBe(cat.nodes[i].kind);
      if (!(f.nodeFlags[i] & NODE_FLAG.inactive)) {
        expect(Number.isFinite(f.nodeX[i]) && Number.isFinite(f.nodeY[i])).toBe(true);
        expect(f.nodeSize[i]).toBeGreaterThan(0);
      }
    }
    expect(f.tick).toBe(20);
    expect(f.dateLabel).toMatch(/^Wk 21 · \d+ \w{3} 2013$/);
  });

  it('draws contracts, memberships and every organisation kind present', () => {
    const states = new Set([...f.edgeState.slice(0, f.edgeCount)].map((i) => EDGE_STATES[i]));
    expect(states.has('membership')).toBe(true);
    expect([...states].some((st) => !['membership', 'referral'].includes(st))).toBe(true);
    const kinds = new Set(cat.nodes.map((x) => x.kind));
    for (const k of ['commissioner', 'acute', 'practice'] as const) expect(kinds.has(k)).toBe(true);
  });

  it('sends feed items once, naming nodes that exist', () => {
    expect(f.events.length).toBeGreaterThan(0);
    for (const item of f.events) for (const i of item.nodes) expect(i).toBeLessThan(f.nodeCount);
    const again = s.frame();
    expect(again.events).toEqual([]);
  });

  it('delivers each completed year once and changes structure on a reform', () => {
    const y1 = s.step(52 - 20);
    expect(y1.newYears.map((r) => r.year)).toEqual([1]);
    expect(s.frame().newYears).toEqual([]);
    const v = y1.structureVersion;
    s.reform('icb-2022');
    const r = s.frame();
    expect(r.structureVersion).toBeGreaterThan(v);
    expect(r.regime).toBe('icb-2022');
    expect(r.reforms.map((x) => x.regime)).toEqual(['ccg-2013', 'icb-2022']);
    const c2 = s.catalogue();
    expect(c2.structureVersion).toBe(r.structureVersion);
    expect(c2.nodes.length).toBe(r.nodeCount);
    const active = (k: string): number =>
      c2.nodes.filter((x) => x.kind === k && !(r.nodeFlags[x.index] & NODE_FLAG.inactive)).length;
    expect(active('commissioner')).toBe(1);
    expect(
      r.events.some((e) => e.type === 'reform.applied' && e.text.startsWith('Reform: Integrated Care Boards')),
    ).toBe(true);
  });
});

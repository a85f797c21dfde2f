import { describe, expect, it } from 'vitest';
import { computeLayout, clusterRadius, type LayoutInput } from '../../src/engine/layout';

/** Two areas; area 0 has three commissioners, area 1 one; twelve providers; 300 practices. */
function economy(): LayoutInput {
  const commissioners = [0, 0, 0, 1].map((area) => ({ area, active: true, successor: null, fundholderOf: null }));
  const practices = Array.from({ length: 300 }, (_, i) => ({ commissioner: i < 200 ? i % 3 : 3, active: true }));
  const providers = Array.from({ length: 12 }, (_, v) => ({ area: v < 8 ? 0 : 1, active: true }));
  const contracts = providers.flatMap((_, v) =>
    (v < 8 ? [0, 1, 2] : [3]).map((c) => ({ commissioner: c, provider: v, value: (v + 1) * 1e7 * (c + 1) })),
  );
  return { commissioners, practices, providers, contracts: contracts.slice(0, -1), areas: 2 };
}

const dist = (l: { x: Float32Array; y: Float32Array }, a: number, b: number): number =>
  Math.hypot(l.x[a] - l.x[b], l.y[a] - l.y[b]);

describe('network layout', () => {
  it('is deterministic and finite', () => {
    const a = computeLayout(economy()),
      b = computeLayout(economy());
    expect([...a.x]).toEqual([...b.x]);
    expect([...a.y]).toEqual([...b.y]);
    expect([...a.x, ...a.y].every(Number.isFinite)).toBe(true);
  });

  it("puts each practice in its commissioner's cluster and keeps clusters apart", () => {
    const inp = economy();
    const l = computeLayout(inp);
    const P = 300,
      V = 12;
    const node = (c: number): number => P + V + c;
    const size = [0, 1, 2, 3].map((c) => inp.practices.filter((p) => p.commissioner === c).length);
    inp.practices.forEach((p, i) => {
      const own = dist(l, i, node(p.commissioner));
      expect(own).toBeLessThan(clusterRadius(size[p.commissioner], 200));
      // Nearer its own commissioner than any other.
      for (let c = 0; c < 4; c++) if (c !== p.commissioner) expect(own).toBeLessThan(dist(l, i, node(c)));
    });
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) expect(dist(l, node(a), node(b))).toBeGreaterThan(100);
  });

  it('places a provider with its main commissioner and moves it when contracts change', () => {
    const inp = economy();
    const l = computeLayout(inp);
    const P = 300,
      V = 12,
      node = (c: number): number => P + V + c;
    // Provider 5 is paid most by commissioner 2.
    expect(dist(l, P + 5, node(2))).toBeLessThan(dist(l, P + 5, node(0)));
    // Commissioner 2 stops paying it: it moves to commissioner 1's core.
    const moved = computeLayout({
      ...inp,
      contracts: inp.contracts.filter((k) => !(k.provider === 5 && k.commissioner === 2)),
    });
    expect(dist(moved, P + 5, node(1))).toBeLessThan(dist(moved, P + 5, node(2)));
  });

  it('gathers abolished commissioners and their practices into the successor', () => {
    const inp = economy();
    // Commissioners 0–2 are abolished into a new one (4) in area 0.
    inp.commissioners = [
      ...inp.commissioners.map((c, i) => (i < 3 ? { ...c, active: false, successor: 4 } : c)),
      { area: 0, active: true, successor: null, fundholderOf: null },
    ];
    const l = computeLayout(inp);
    const P = 300,
      V = 12,
      node = (c: number): number => P + V + c;
    for (let c = 0; c < 3; c++) expect(dist(l, node(c), node(4))).toBe(0);
    for (let i = 0; i < 200; i++) expect(dist(l, i, node(4))).toBeLessThan(dist(l, i, node(3)));
  });
});

import { describe, expect, it } from 'vitest';
import { Picker } from '../../src/render/picker';

/** Three nodes in a row plus a small one on the big one's rim. */
function layout() {
  const x = new Float32Array([0, 100, 200, 108]);
  const y = new Float32Array([0, 0, 0, 0]);
  const r = new Float32Array([5, 10, 5, 2]);
  const visible = new Uint8Array([1, 1, 1, 1]);
  return { x, y, r, visible };
}

describe('Picker', () => {
  it('picks the node whose disc covers the point', () => {
    const { x, y, r, visible } = layout();
    const p = new Picker();
    expect(p.pick(1, 2, x, y, r, visible, 0)).toBe(0);
    expect(p.pick(199, -3, x, y, r, visible, 0)).toBe(2);
    expect(p.pick(95, 4, x, y, r, visible, 0)).toBe(1);
  });

  it('picks nothing outside every disc, and a few pixels of slack widen small targets', () => {
    const { x, y, r, visible } = layout();
    const p = new Picker();
    expect(p.pick(50, 0, x, y, r, visible, 0)).toBeNull();
    expect(p.pick(0, 8, x, y, r, visible, 0)).toBeNull();
    expect(p.pick(0, 8, x, y, r, visible, 3)).toBe(0);
  });

  it('prefers the small node hit squarely over the big disc it sits on', () => {
    const { x, y, r, visible } = layout();
    const p = new Picker();
    expect(p.pick(108, 0.5, x, y, r, visible, 0)).toBe(3);
    expect(p.pick(101, 0, x, y, r, visible, 0)).toBe(1);
  });

  it('never picks a filtered-out or undrawn node', () => {
    const { x, y, r, visible } = layout();
    visible[0] = 0;
    r[2] = 0;
    const p = new Picker();
    expect(p.pick(0, 0, x, y, r, visible, 0)).toBeNull();
    expect(p.pick(200, 0, x, y, r, visible, 0)).toBeNull();
    expect(p.pick(100, 0, x, y, r, visible, 0)).toBe(1);
  });

  it('follows nodes that moved once invalidated', () => {
    const { x, y, r, visible } = layout();
    const p = new Picker();
    expect(p.pick(0, 0, x, y, r, visible, 0)).toBe(0);
    x[0] = 500;
    p.invalidate();
    expect(p.pick(0, 0, x, y, r, visible, 0)).toBeNull();
    expect(p.pick(500, 0, x, y, r, visible, 0)).toBe(0);
  });

  it('answers null on an empty or all-hidden network', () => {
    const p = new Picker();
    const none = new Float32Array(0);
    expect(p.pick(0, 0, none, none, none, new Uint8Array(0), 5)).toBeNull();
    const { x, y, r } = layout();
    p.invalidate();
    expect(p.pick(0, 0, x, y, r, new Uint8Array(4), 5)).toBeNull();
  });
});

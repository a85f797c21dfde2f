import { describe, expect, it } from 'vitest';
import { Camera } from '../../src/render/camera';
import { DRAG_THRESHOLD, PanGesture, wheelZoomFactor } from '../../src/render/camera-input';

const newCamera = (): Camera => new Camera(() => ({ left: 0, top: 0, width: 800, height: 600 }));

describe('PanGesture', () => {
  it('leaves a click a click: a press that barely moves does not pan', () => {
    const cam = newCamera();
    const g = new PanGesture(cam);
    g.down(100, 100);
    expect(g.move(100 + DRAG_THRESHOLD - 1, 100)).toBe(false);
    expect(g.up()).toBe(false);
    expect([cam.ox, cam.oy]).toEqual([0, 0]);
    expect(cam.touched).toBe(false);
  });

  it('pans by the whole distance from the press once past the threshold', () => {
    const cam = newCamera();
    const g = new PanGesture(cam);
    g.down(100, 100);
    g.move(102, 101);
    expect(g.move(130, 90)).toBe(true);
    expect([cam.ox, cam.oy]).toEqual([30, -10]);
    g.move(140, 95);
    expect([cam.ox, cam.oy]).toEqual([40, -5]);
    expect(g.up()).toBe(true);
    expect(cam.touched).toBe(true);
  });

  it('ignores moves with no press, and a release after the gesture ended', () => {
    const cam = newCamera();
    const g = new PanGesture(cam);
    expect(g.move(300, 300)).toBe(false);
    expect(g.up()).toBe(false);
    expect([cam.ox, cam.oy]).toEqual([0, 0]);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in on scrolling up and out on scrolling down, symmetrically', () => {
    expect(wheelZoomFactor(-100, false)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100, false)).toBeLessThan(1);
    expect(wheelZoomFactor(100, false) * wheelZoomFactor(-100, false)).toBeCloseTo(1, 12);
  });

  it('zooms about as much for one line as for a typical line of pixels', () => {
    const line = wheelZoomFactor(3, true);
    const pixels = wheelZoomFactor(100, false);
    expect(Math.abs(Math.log(line) / Math.log(pixels) - 1)).toBeLessThan(0.25);
  });
});

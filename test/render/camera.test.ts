import { describe, expect, it } from 'vitest';
import { Camera, FIT_PADDING, MAX_SCALE, MIN_SCALE, type Clock, type Viewport } from '../../src/render/camera';

/** A clock the test moves by hand; frames run when the test says. */
function manualClock(): Clock & { t: number; runFrames(ms: number): void } {
  let queue: (() => void)[] = [];
  const c = {
    t: 0,
    now: () => c.t,
    nextFrame: (step: () => void) => {
      queue.push(step);
    },
    runFrames(ms: number) {
      c.t += ms;
      const q = queue;
      queue = [];
      for (const f of q) f();
    },
  };
  return c;
}

const viewport: Viewport = { left: 120, top: 48, width: 800, height: 600 };

function camera(clock: Clock = manualClock()): { cam: Camera; changes: () => number } {
  let n = 0;
  const cam = new Camera(
    () => viewport,
    () => n++,
    clock,
  );
  return { cam, changes: () => n };
}

const close = (a: [number, number], b: [number, number]): void => {
  expect(a[0]).toBeCloseTo(b[0], 9);
  expect(a[1]).toBeCloseTo(b[1], 9);
};

describe('Camera', () => {
  it('converts page ↔ world both ways, through the viewport offset', () => {
    const { cam } = camera();
    cam.fit(0, 0, 1000, 500);
    const w = cam.pageToWorld(400, 300);
    close(cam.worldToPage(...w), [400, 300]);
    // The page point is the viewport point shifted by the viewport's position.
    close(cam.pageToWorld(400, 300), cam.toWorld(400 - viewport.left, 300 - viewport.top));
    close(cam.toScreen(...cam.toWorld(17, 33)), [17, 33]);
  });

  it('zooms about the cursor: the world point under it stays under it', () => {
    const { cam } = camera();
    cam.fit(0, 0, 1000, 500);
    const before = cam.toWorld(250, 410);
    cam.zoomAt(250, 410, 2.5);
    close(cam.toWorld(250, 410), before);
    cam.zoomAt(250, 410, 0.3);
    close(cam.toWorld(250, 410), before);
    expect(cam.touched).toBe(true);
  });

  it('zooms about the centre with the buttons, within the zoom limits', () => {
    const { cam } = camera();
    const centre = cam.toWorld(400, 300);
    cam.zoomBy(1.4);
    expect(cam.scale).toBeCloseTo(1.4);
    close(cam.toWorld(400, 300), centre);
    for (let i = 0; i < 50; i++) cam.zoomBy(2);
    expect(cam.scale).toBe(MAX_SCALE);
    for (let i = 0; i < 50; i++) cam.zoomBy(0.5);
    expect(cam.scale).toBe(MIN_SCALE);
  });

  it('pans by screen pixels at any zoom', () => {
    const { cam, changes } = camera();
    cam.zoomBy(3);
    const n = changes();
    const p = cam.toScreen(10, 20);
    cam.pan(35, -12);
    close(cam.toScreen(10, 20), [p[0] + 35, p[1] - 12]);
    expect(changes()).toBe(n + 1);
  });

  it('fits a world rectangle whole and centred inside the margins, and forgets the user’s moves', () => {
    const { cam } = camera();
    cam.pan(500, 500);
    cam.fit(-200, 100, 1800, 600);
    expect(cam.touched).toBe(false);
    const [x0, y0] = cam.toScreen(-200, 100);
    const [x1, y1] = cam.toScreen(1800, 600);
    const eps = 1e-9;
    expect(x0).toBeGreaterThanOrEqual(FIT_PADDING.left - eps);
    expect(y0).toBeGreaterThanOrEqual(FIT_PADDING.top - eps);
    expect(x1).toBeLessThanOrEqual(viewport.width - FIT_PADDING.right + eps);
    expect(y1).toBeLessThanOrEqual(viewport.height - FIT_PADDING.bottom + eps);
    // Wide rectangle: it spans the width exactly and is centred vertically.
    expect(x1 - x0).toBeCloseTo(viewport.width - FIT_PADDING.left - FIT_PADDING.right);
    expect((y0 + y1) / 2).toBeCloseTo(FIT_PADDING.top + (viewport.height - FIT_PADDING.top - FIT_PADDING.bottom) / 2);
  });

  it('centres on a world point', () => {
    const { cam } = camera();
    cam.centreOn(42, -7, 3);
    expect(cam.scale).toBe(3);
    close(cam.toScreen(42, -7), [400, 300]);
    expect(cam.touched).toBe(true);
  });

  it('glides to a fit on its clock and lands exactly on it', () => {
    const clock = manualClock();
    const { cam: target } = camera();
    target.fit(0, 0, 4000, 3000);
    const { cam } = camera(clock);
    cam.fit(0, 0, 100, 100);
    const start = cam.scale;
    cam.fit(0, 0, 4000, 3000, 300);
    expect(cam.gliding).toBe(true);
    expect(cam.scale).toBe(start);
    clock.runFrames(150);
    expect(cam.scale).toBeLessThan(start);
    expect(cam.scale).toBeGreaterThan(target.scale);
    clock.runFrames(200);
    expect(cam.gliding).toBe(false);
    expect([cam.scale, cam.ox, cam.oy]).toEqual([target.scale, target.ox, target.oy]);
  });

  it('stops a glide when the user moves the view', () => {
    const clock = manualClock();
    const { cam } = camera(clock);
    cam.fit(0, 0, 4000, 3000, 300);
    clock.runFrames(100);
    cam.pan(10, 0);
    const after = [cam.scale, cam.ox, cam.oy];
    clock.runFrames(100);
    clock.runFrames(500);
    expect([cam.scale, cam.ox, cam.oy]).toEqual(after);
    expect(cam.gliding).toBe(false);
  });
});

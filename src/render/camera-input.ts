// The camera's mouse and touch input: the wheel zooms about the pointer, a drag pans. The
// gesture logic is plain code (PanGesture); bindCameraInput only wires it to the page.
import type { Camera } from './camera';

/** Pixels the pointer must travel before a press becomes a drag (so a click stays a click). */
export const DRAG_THRESHOLD = 4;

/** Wheel zoom per pixel of scroll, and per line for wheels that scroll by lines. */
const ZOOM_PER_PIXEL = 0.0015;
const ZOOM_PER_LINE = 0.05;

/** Zoom factor for a wheel event's scroll (down zooms out). */
export function wheelZoomFactor(deltaY: number, byLines: boolean): number {
  return Math.exp(-deltaY * (byLines ? ZOOM_PER_LINE : ZOOM_PER_PIXEL));
}

/** A press-move-release that pans the camera once it has moved beyond the threshold. */
export class PanGesture {
  private last: { x: number; y: number } | null = null;
  private start = { x: 0, y: 0 };
  private moved = false;

  constructor(private readonly camera: Camera) {}

  get active(): boolean {
    return this.last !== null;
  }

  down(x: number, y: number): void {
    this.start = { x, y };
    this.last = { x, y };
    this.moved = false;
  }

  /** Returns true while the gesture is panning. */
  move(x: number, y: number): boolean {
    const l = this.last;
    if (!l) return false;
    if (!this.moved && Math.hypot(x - this.start.x, y - this.start.y) < DRAG_THRESHOLD) return false;
    this.moved = true;
    this.camera.pan(x - l.x, y - l.y);
    this.last = { x, y };
    return true;
  }

  /** Ends the gesture; true when it was a drag rather than a click. */
  up(): boolean {
    const wasDrag = this.active && this.moved;
    this.last = null;
    this.moved = false;
    return wasDrag;
  }
}

export interface CameraInput {
  /** True once after a drag, so the click that ends it does not select. */
  consumeDrag(): boolean;
  dispose(): void;
}

/** Wheel zoom and drag pan on `host`; returns a handle that removes the listeners. */
export function bindCameraInput(host: HTMLElement, camera: Camera): CameraInput {
  const gesture = new PanGesture(camera);
  let dragged = false;
  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const r = host.getBoundingClientRect();
    camera.zoomAt(e.clientX - r.left, e.clientY - r.top, wheelZoomFactor(e.deltaY, e.deltaMode === 1));
  };
  const onDown = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    gesture.down(e.clientX, e.clientY);
    dragged = false;
  };
  // Moves and releases are followed on the window, so a drag may leave the network's box.
  const onMove = (e: PointerEvent): void => {
    if (gesture.move(e.clientX, e.clientY)) host.style.cursor = 'grabbing';
  };
  const onUp = (): void => {
    if (!gesture.active) return;
    dragged = gesture.up();
    host.style.cursor = '';
  };
  host.addEventListener('wheel', onWheel, { passive: false });
  host.addEventListener('pointerdown', onDown);
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  return {
    consumeDrag: () => {
      const d = dragged;
      dragged = false;
      return d;
    },
    dispose: () => {
      host.removeEventListener('wheel', onWheel);
      host.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    },
  };
}

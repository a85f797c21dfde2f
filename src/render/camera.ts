// The view onto the network: a scale and an offset, so that page ↔ world conversion (picking,
// tests) is exact. Pure state: the wheel and drag input that moves it is bound in
// camera-input.ts, and a glide steps on an injected clock. Whoever draws is told of each change.

/** Where the network's box is on the page and how big it is, in CSS pixels. */
export interface Viewport {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Time and animation frames (the browser's, or a test's). */
export interface Clock {
  now(): number;
  nextFrame(step: () => void): void;
}

const animationClock: Clock = {
  now: () => performance.now(),
  nextFrame: (step) => {
    requestAnimationFrame(() => step());
  },
};

/** Zoom limits: the whole of England at the smallest, a single practice at the largest. */
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 60;
/** Screen margins kept when fitting (room for area names on top). */
export const FIT_PADDING = { top: 30, right: 16, bottom: 12, left: 16 };

type View = [scale: number, ox: number, oy: number];

export class Camera {
  scale = 1;
  ox = 0;
  oy = 0;
  /** Set when the user has moved the view (a reform then keeps their view); a fit clears it. */
  touched = false;
  /** A glide in progress (a fit after a reform), cancelled by any user move. */
  private glide: { from: View; to: View; t0: number; ms: number } | null = null;

  constructor(
    private readonly viewport: () => Viewport,
    private readonly changed: () => void = () => {},
    private readonly clock: Clock = animationClock,
  ) {}

  get width(): number {
    return this.viewport().width;
  }
  get height(): number {
    return this.viewport().height;
  }
  get gliding(): boolean {
    return this.glide !== null;
  }

  private set(scale: number, ox: number, oy: number): void {
    this.scale = scale;
    this.ox = ox;
    this.oy = oy;
    this.changed();
  }

  /** Zooms by `factor` about a point of the viewport, which stays over the same world point. */
  zoomAt(sx: number, sy: number, factor: number): void {
    this.glide = null;
    const s = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    const [wx, wy] = this.toWorld(sx, sy);
    this.touched = true;
    this.set(s, sx - wx * s, sy - wy * s);
  }

  /** Zooms about the centre of the view (buttons and keys). */
  zoomBy(factor: number): void {
    this.zoomAt(this.width / 2, this.height / 2, factor);
  }

  /** Moves the view by screen pixels. */
  pan(dx: number, dy: number): void {
    this.glide = null;
    this.touched = true;
    this.set(this.scale, this.ox + dx, this.oy + dy);
  }

  /**
   * Shows the world rectangle whole, centred, inside `pad` screen pixels of margin. `glideMs` > 0
   * moves there smoothly (alongside nodes easing into a new layout).
   */
  fit(x0: number, y0: number, x1: number, y1: number, glideMs = 0, pad = FIT_PADDING): void {
    const w = Math.max(1, this.width - pad.left - pad.right),
      h = Math.max(1, this.height - pad.top - pad.bottom);
    const s = Math.min(w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0));
    const to: View = [s, pad.left + w / 2 - ((x0 + x1) / 2) * s, pad.top + h / 2 - ((y0 + y1) / 2) * s];
    this.touched = false;
    if (glideMs <= 0) {
      this.glide = null;
      this.set(...to);
      return;
    }
    const start = !this.glide;
    this.glide = { from: [this.scale, this.ox, this.oy], to, t0: this.clock.now(), ms: glideMs };
    if (start) this.clock.nextFrame(() => this.stepGlide());
  }

  private stepGlide(): void {
    const g = this.glide;
    if (!g) return;
    const a = Math.min(1, (this.clock.now() - g.t0) / g.ms);
    const e = 1 - (1 - a) ** 3;
    // Zoom geometrically and move the world point at the centre linearly, so it does not swerve.
    const s = g.from[0] * (g.to[0] / g.from[0]) ** e;
    const cx = this.width / 2,
      cy = this.height / 2;
    const wx = ((cx - g.from[1]) / g.from[0]) * (1 - e) + ((cx - g.to[1]) / g.to[0]) * e;
    const wy = ((cy - g.from[2]) / g.from[0]) * (1 - e) + ((cy - g.to[2]) / g.to[0]) * e;
    if (a < 1) {
      this.set(s, cx - wx * s, cy - wy * s);
      this.clock.nextFrame(() => this.stepGlide());
    } else {
      this.glide = null;
      this.set(...g.to);
    }
  }

  /** Puts a world point in the middle of the view. */
  centreOn(wx: number, wy: number, scale = this.scale): void {
    this.glide = null;
    this.touched = true;
    this.set(scale, this.width / 2 - wx * scale, this.height / 2 - wy * scale);
  }

  /** Viewport pixels → world units. */
  toWorld(sx: number, sy: number): [number, number] {
    return [(sx - this.ox) / this.scale, (sy - this.oy) / this.scale];
  }
  /** World units → viewport pixels. */
  toScreen(wx: number, wy: number): [number, number] {
    return [wx * this.scale + this.ox, wy * this.scale + this.oy];
  }
  /** Page pixels (a pointer's clientX, clientY) → world units. */
  pageToWorld(px: number, py: number): [number, number] {
    const v = this.viewport();
    return this.toWorld(px - v.left, py - v.top);
  }
  /** World units → page pixels. */
  worldToPage(wx: number, wy: number): [number, number] {
    const v = this.viewport();
    const [sx, sy] = this.toScreen(wx, wy);
    return [sx + v.left, sy + v.top];
  }
}

// Zoom (wheel, +/- keys) and pan (drag, arrow keys), hand-written: a scale and an offset,
// so page ↔ world conversion for picking and tests is exact. The scene (on this thread or in
// the render worker) is told of every change.
export class Camera {
  scale = 1;
  ox = 0;
  oy = 0;
  /** Set when the user has moved the view (a reform then keeps their view). */
  touched = false;
  private drag: { x: number; y: number; ox: number; oy: number; moved: boolean } | null = null;
  /** True right after a drag so the click that ends it does not select. */
  dragged = false;
  /** A glide in progress (fit after a reform), cancelled by any user move. */
  private glide: { from: [number, number, number]; to: [number, number, number]; t0: number; ms: number } | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const r = host.getBoundingClientRect();
        this.zoomAt(e.clientX - r.left, e.clientY - r.top, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.0015)));
      },
      { passive: false },
    );
    host.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.drag = { x: e.clientX, y: e.clientY, ox: this.ox, oy: this.oy, moved: false };
      this.dragged = false;
    });
    window.addEventListener('pointermove', (e) => {
      const d = this.drag;
      if (!d) return;
      const dx = e.clientX - d.x,
        dy = e.clientY - d.y;
      if (!d.moved && dx * dx + dy * dy < 16) return;
      d.moved = true;
      this.glide = null;
      host.style.cursor = 'grabbing';
      this.set(this.scale, d.ox + dx, d.oy + dy);
    });
    window.addEventListener('pointerup', () => {
      if (this.drag?.moved) {
        this.dragged = true;
        this.touched = true;
      }
      this.drag = null;
      host.style.cursor = '';
    });
  }

  get width(): number {
    return this.host.clientWidth;
  }
  get height(): number {
    return this.host.clientHeight;
  }

  set(scale: number, ox: number, oy: number): void {
    this.scale = scale;
    this.ox = ox;
    this.oy = oy;
    this.changed();
  }

  zoomAt(sx: number, sy: number, factor: number): void {
    this.glide = null;
    const s = Math.min(60, Math.max(0.02, this.scale * factor));
    const [wx, wy] = this.toWorld(sx, sy);
    this.touched = true;
    this.set(s, sx - wx * s, sy - wy * s);
  }

  /** Zooms about the centre of the view (buttons and keys). */
  zoomBy(factor: number): void {
    this.zoomAt(this.width / 2, this.height / 2, factor);
  }

  pan(dx: number, dy: number): void {
    this.glide = null;
    this.touched = true;
    this.set(this.scale, this.ox + dx, this.oy + dy);
  }

  /** Shows the world rectangle whole, with screen-pixel margins (room for area names on top). */
  /** `glideMs` > 0 moves there smoothly (alongside nodes easing into a new layout). */
  fit(
    x0: number,
    y0: number,
    x1: number,
    y1: number,
    glideMs = 0,
    pad = { top: 30, right: 16, bottom: 12, left: 16 },
  ): void {
    const w = Math.max(1, this.width - pad.left - pad.right),
      h = Math.max(1, this.height - pad.top - pad.bottom);
    const s = Math.min(w / Math.max(1, x1 - x0), h / Math.max(1, y1 - y0));
    const ox = pad.left + w / 2 - ((x0 + x1) / 2) * s,
      oy = pad.top + h / 2 - ((y0 + y1) / 2) * s;
    this.touched = false;
    if (glideMs <= 0) {
      this.glide = null;
      this.set(s, ox, oy);
      return;
    }
    const start = !this.glide;
    this.glide = { from: [this.scale, this.ox, this.oy], to: [s, ox, oy], t0: performance.now(), ms: glideMs };
    if (start) requestAnimationFrame(() => this.step());
  }

  private step(): void {
    const g = this.glide;
    if (!g) return;
    const a = Math.min(1, (performance.now() - g.t0) / g.ms);
    const e = 1 - (1 - a) ** 3;
    // Zoom geometrically and move the world point at the centre linearly, so it does not swerve.
    const s = g.from[0] * (g.to[0] / g.from[0]) ** e;
    const cx = this.width / 2,
      cy = this.height / 2;
    const wx = ((cx - g.from[1]) / g.from[0]) * (1 - e) + ((cx - g.to[1]) / g.to[0]) * e;
    const wy = ((cy - g.from[2]) / g.from[0]) * (1 - e) + ((cy - g.to[2]) / g.to[0]) * e;
    this.set(s, cx - wx * s, cy - wy * s);
    if (a < 1) requestAnimationFrame(() => this.step());
    else this.glide = null;
  }

  centreOn(wx: number, wy: number, scale = this.scale): void {
    this.glide = null;
    this.touched = true;
    this.set(scale, this.width / 2 - wx * scale, this.height / 2 - wy * scale);
  }

  toWorld(sx: number, sy: number): [number, number] {
    return [(sx - this.ox) / this.scale, (sy - this.oy) / this.scale];
  }
  toScreen(wx: number, wy: number): [number, number] {
    return [wx * this.scale + this.ox, wy * this.scale + this.oy];
  }
}

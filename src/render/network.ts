// The network view on the page: input (zoom, pan), picking, fitting and the page position of
// every organisation. Drawing happens in a NetworkScene behind a SceneLink: in the render
// worker on an OffscreenCanvas when the page is cross-origin isolated (displayed positions
// come back through shared memory for picking), otherwise on this thread. When drawing fails
// (the render worker dies, the WebGL context is lost, there is no WebGL) the view says so
// once through onFault and recovers where it can: main-thread drawing, a redraw on restore.
import type { Catalogue, Frame, NetworkFilter } from '../engine/api';
import { areaBox, areaCentres, networkBox } from './view-boxes';
import { visibleMask } from './filter';
import { Camera, FIT_PADDING } from './camera';
import { bindCameraInput, type CameraInput } from './camera-input';
import { Picker } from './picker';
import type { DrawingFault, NetworkStats, ViewState } from './protocol';
import { LocalScene, NoWebGL, WorkerScene, type RenderMode, type SceneLink } from './scene-link';

/** How long a lost WebGL context may stay lost before drawing starts again on a new canvas. */
const CONTEXT_BACK_MS = 8000;

export type { RenderMode } from './scene-link';

export class NetworkView {
  readonly camera: Camera;
  /** Wheel and drag on the network (the tooltip asks it whether a click ended a drag). */
  readonly input: CameraInput;
  canvas = document.createElement('canvas');
  catalogue: Catalogue | null = null;
  frame: Frame | null = null;
  /** Displayed (eased) positions and sizes by node index, as drawn. */
  x: Float32Array = new Float32Array(0);
  y: Float32Array = new Float32Array(0);
  r: Float32Array = new Float32Array(0);
  /** Main-thread time per animation frame (in 'main' mode this includes drawing). */
  readonly stats: NetworkStats = { frameMs: [], updateMs: [], renderMs: [], frames: 0 };
  /** Told of each drawing fault once, as it happens. */
  onFault: (fault: DrawingFault) => void = () => {};

  private link: SceneLink | null = null;
  private selected: number | null = null;
  private resolution = 1;
  private lostTimer: ReturnType<typeof setTimeout> | undefined;
  private picker = new Picker();
  private pickedVersion = -1;
  private visible = new Uint8Array(0);
  private filter: NetworkFilter = { kinds: null, areas: null };
  private fitted = false;
  private everFitted = false;
  private pendingWork = 0;

  constructor(private readonly host: HTMLElement) {
    this.camera = new Camera(
      () => {
        const r = host.getBoundingClientRect();
        return {
          left: r.left + host.clientLeft,
          top: r.top + host.clientTop,
          width: host.clientWidth,
          height: host.clientHeight,
        };
      },
      () => this.sendView(),
    );
    this.input = bindCameraInput(host, this.camera);
  }

  get mode(): RenderMode {
    return this.link?.mode ?? 'main';
  }

  async init(prefer: RenderMode = 'worker'): Promise<void> {
    const w = Math.max(1, this.host.clientWidth),
      h = Math.max(1, this.host.clientHeight);
    this.resolution = Math.min(2, window.devicePixelRatio || 1);
    this.mountCanvas();
    if (prefer === 'worker' && WorkerScene.available(this.canvas)) {
      const worker = new WorkerScene((f) => this.fault(f));
      try {
        await worker.start(this.canvas, w, h, this.resolution);
        this.link = worker;
      } catch (e) {
        // WebGL in a worker can be missing where the page has it: draw here instead.
        console.warn(
          `Drawing on the main thread: the render worker did not start (${e instanceof Error ? e.message : String(e)})`,
        );
        worker.stop();
        this.freshCanvas();
      }
    }
    if (!this.link) await this.drawHere();
    // Pixi follows nothing here: the stage changes with the window and when the panels mount.
    new ResizeObserver(() => {
      this.sendView();
      if (!this.camera.touched && this.frame) this.fit();
    }).observe(this.host);
    this.sendView();
    const loop = (): void => {
      requestAnimationFrame(loop);
      this.record();
    };
    requestAnimationFrame(loop);
  }

  /** Starts drawing on this thread; with no WebGL at all, says so once and draws nothing. */
  private async drawHere(): Promise<boolean> {
    const local = new LocalScene((f) => this.fault(f));
    try {
      await local.init(
        this.canvas,
        Math.max(1, this.host.clientWidth),
        Math.max(1, this.host.clientHeight),
        this.resolution,
      );
    } catch (e) {
      this.link = null;
      this.canvas.classList.add('no-drawing');
      const why =
        e instanceof NoWebGL
          ? e.message
          : `the network could not be drawn (${e instanceof Error ? e.message : String(e)})`;
      this.onFault({ kind: 'no-webgl', message: why });
      return false;
    }
    this.link = local;
    return true;
  }

  private freshCanvas(): void {
    this.canvas.remove();
    this.canvas = document.createElement('canvas');
    this.mountCanvas();
  }

  private fault(f: DrawingFault): void {
    if (f.kind === 'context-lost') {
      clearTimeout(this.lostTimer);
      this.lostTimer = setTimeout(() => void this.redrawElsewhere('the graphics did not come back'), CONTEXT_BACK_MS);
    } else if (f.kind === 'context-restored') clearTimeout(this.lostTimer);
    this.onFault(f);
    if (f.kind === 'worker') void this.redrawElsewhere(f.message);
  }

  /** Drawing moves to a new canvas on this thread, with everything the old one showed. */
  private async redrawElsewhere(why: string): Promise<void> {
    const old = this.link;
    this.link = null;
    old?.stop();
    this.freshCanvas();
    if (!(await this.drawHere())) return;
    console.warn(`Drawing on the main thread: ${why}`);
    this.sendView();
    if (this.catalogue) this.setCatalogue(this.catalogue, true);
    if (this.frame) this.setFrame(this.frame);
    (this.link as SceneLink | null)?.setTextScale(this.textScale);
    // (drawHere set the link; the compiler still sees the null above.)
    (this.link as SceneLink | null)?.select(this.selected);
  }

  /** Test hooks: fail the drawing in the ways the browser can. */
  debugFault(kind: 'kill-worker' | 'crash-worker' | 'lose-context', restoreMs = 500): void {
    const link = this.link;
    if (kind === 'lose-context') link?.debugLoseContext(restoreMs);
    else if (link instanceof WorkerScene) {
      if (kind === 'kill-worker') link.debugKill();
      else link.debugCrash();
    }
  }

  private mountCanvas(): void {
    const c = this.canvas;
    c.className = 'network-canvas';
    c.setAttribute('aria-label', 'Network of commissioners, providers and GP practices');
    c.setAttribute('role', 'img');
    this.host.prepend(c);
  }

  /** Main-thread work since the previous animation frame (drawing too, in 'main' mode). */
  private record(): void {
    const st = this.stats,
      link = this.link;
    if (!link) return;
    // Drawing here, the scene keeps its own times (mirror the latest); otherwise count this
    // thread's work since the last animation frame.
    const f =
      link.mode === 'main' ? link.lastFrame() : { updateMs: this.pendingWork, renderMs: 0, frameMs: this.pendingWork };
    if (!f) return;
    st.updateMs.push(f.updateMs);
    st.renderMs.push(f.renderMs);
    st.frameMs.push(f.frameMs);
    this.pendingWork = 0;
    st.frames++;
    if (st.frameMs.length > 4000) for (const a of [st.updateMs, st.renderMs, st.frameMs]) a.splice(0, 2000);
  }

  /** The drawing thread's own times and frame count (the render worker's, or this thread's). */
  drawStats(): Promise<NetworkStats> {
    return this.link?.drawStats() ?? Promise.resolve({ frameMs: [], updateMs: [], renderMs: [], frames: 0 });
  }

  private sendView(): void {
    const v: ViewState = {
      scale: this.camera.scale,
      ox: this.camera.ox,
      oy: this.camera.oy,
      width: Math.max(1, this.camera.width),
      height: Math.max(1, this.camera.height),
    };
    this.link?.setView(v);
  }

  /** New organisations (a load or a reform); `again`: the same ones, for a new drawing link. */
  setCatalogue(cat: Catalogue, again = false): void {
    const t0 = performance.now();
    const old = again ? null : this.catalogue;
    this.catalogue = cat;
    const n = cat.nodes.length;
    const positions = this.link?.positions(n) ?? new Float32Array(n * 3);
    this.x = positions.subarray(0, n);
    this.y = positions.subarray(n, 2 * n);
    this.r = positions.subarray(2 * n);
    this.pickedVersion = -1;
    this.picker.invalidate();
    this.link?.setCatalogue(cat, positions);
    // A new structure (a reform) refits the view unless the user has moved it.
    if (!again && (!old || !this.camera.touched)) this.fitted = false;
    this.applyFilter();
    this.pendingWork += performance.now() - t0;
  }

  setFrame(f: Frame): void {
    const t0 = performance.now();
    this.frame = f;
    if (!this.catalogue || f.nodeCount !== this.catalogue.nodes.length) return;
    this.link?.setFrame(f);
    // The first frame fits at once; a new layout later (a reform) glides as the nodes ease.
    if (!this.fitted) this.fit(this.everFitted ? 900 : 0);
    this.pendingWork += performance.now() - t0;
  }

  select(i: number | null): void {
    this.selected = i;
    this.link?.select(i);
  }

  setFilter(filter: NetworkFilter): void {
    this.filter = filter;
    this.applyFilter();
  }

  private applyFilter(): void {
    const cat = this.catalogue;
    if (!cat) return;
    this.visible = visibleMask(cat.nodes, this.filter);
    this.picker.invalidate();
    this.link?.setVisible(this.visible);
  }

  isVisible(i: number): boolean {
    return this.visible[i] === 1;
  }

  /** Node under a point of the page (a pointer's clientX, clientY), or null. */
  pick(px: number, py: number): number | null {
    if (!this.catalogue) return null;
    const version = this.link?.version() ?? 0;
    if (version !== this.pickedVersion) {
      this.pickedVersion = version;
      this.picker.invalidate();
    }
    const [wx, wy] = this.camera.pageToWorld(px, py);
    return this.picker.pick(wx, wy, this.x, this.y, this.r, this.visible, 6 / this.camera.scale);
  }

  /** Screen room kept clear when fitting (open overlays: the legend, a story card), in CSS pixels. */
  insets: (content: { width: number; height: number }) => { top: number; right: number; bottom: number; left: number } =
    () => ({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });

  setTextScale(scale: number): void {
    this.textScale = scale;
    this.link?.setTextScale(scale);
  }
  private textScale = 1;

  /** The network as drawn now, as a PNG. */
  snapshot(): Promise<Blob> {
    return this.link ? this.link.snapshot() : Promise.reject(new Error('the network is not being drawn'));
  }

  /**
   * Fits the whole network (its target layout) in view, gliding for `glideMs` if given, clear
   * of the open overlays. On the map the run's footprints are fitted whole, centred on the
   * footprint the run is anchored on.
   */
  fit(glideMs = 0): void {
    if (!this.frame || !this.catalogue) return;
    const box = networkBox(this.catalogue, this.frame);
    if (!box) return;
    const [x0, y0, x1, y1] = [box[0] - 8, box[1] - 8, box[2] + 8, box[3] + 8];
    this.camera.fit(x0, y0, x1, y1, glideMs, this.padding(x1 - x0, y1 - y0));
    this.fitted = true;
    this.everFitted = true;
  }

  /** Margins for fitting a box of w × h world units: clear of whatever overlays are open (insets). */
  private padding(w: number, h: number): typeof FIT_PADDING {
    const k = this.insets({ width: w, height: h });
    return {
      top: FIT_PADDING.top + k.top,
      right: FIT_PADDING.right + k.right,
      bottom: FIT_PADDING.bottom + k.bottom,
      left: FIT_PADDING.left + k.left,
    };
  }

  /** Flies the view to an area: its footprint on the map, or its organisations. */
  focusArea(area: number, glideMs = 900): void {
    if (!this.frame || !this.catalogue) return;
    const box = areaBox(this.catalogue, this.frame, area);
    if (!box) return;
    const m = 0.06 * Math.max(box[2] - box[0], box[3] - box[1]);
    const [x0, y0, x1, y1] = [box[0] - m, box[1] - m, box[2] + m, box[3] + m];
    this.camera.fit(x0, y0, x1, y1, glideMs, this.padding(x1 - x0, y1 - y0));
    // The person chose this view: a reform or a resize keeps it.
    this.camera.touched = true;
  }

  /** Each area's centre on the page (CSS pixels): its footprint's label point, or the middle of its organisations. */
  areaPagePositions(): { x: number; y: number }[] {
    if (!this.frame || !this.catalogue) return [];
    return areaCentres(this.catalogue, this.frame).map((c) => {
      const [x, y] = this.camera.worldToPage(c.x, c.y);
      return { x, y };
    });
  }

  focus(i: number): void {
    const f = this.frame;
    if (!f || i < 0 || i >= f.nodeCount) return;
    this.camera.centreOn(f.nodeX[i], f.nodeY[i], Math.max(this.camera.scale, 3));
  }

  /** Page (CSS pixel) position of node i, as displayed. */
  pagePosition(i: number): { x: number; y: number } {
    const [x, y] = this.camera.worldToPage(this.x[i], this.y[i]);
    return { x, y };
  }

  /** A new run: the next frame fits at once. */
  resetView(): void {
    this.fitted = false;
    this.everFitted = false;
  }
}

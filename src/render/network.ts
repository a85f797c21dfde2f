// The network view on the page: input (zoom, pan), picking, fitting and the page position of
// every organisation. Drawing happens in a NetworkScene: in the render worker on an
// OffscreenCanvas when the page is cross-origin isolated (displayed positions come back
// through shared memory for picking), otherwise on this thread.
import type { Catalogue, Frame, NetworkFilter } from '../engine/api';
import { visibleMask } from './filter';
import { Camera } from './camera';
import { bindCameraInput, type CameraInput } from './camera-input';
import { Picker } from './picker';
import { NetworkScene } from './scene';
import type { NetworkStats, RenderMessage, RenderReply, SceneFrame, ViewState } from './protocol';

/** Where the scene draws: 'worker' (OffscreenCanvas) or 'main' (fallback, or ?render=main). */
export type RenderMode = 'worker' | 'main';

export class NetworkView {
  readonly camera: Camera;
  /** Wheel and drag on the network (the tooltip asks it whether a click ended a drag). */
  readonly input: CameraInput;
  canvas = document.createElement('canvas');
  mode: RenderMode = 'main';
  catalogue: Catalogue | null = null;
  frame: Frame | null = null;
  /** Displayed (eased) positions and sizes by node index, as drawn. */
  x: Float32Array = new Float32Array(0);
  y: Float32Array = new Float32Array(0);
  r: Float32Array = new Float32Array(0);
  /** Main-thread time per animation frame (in 'main' mode this includes drawing). */
  readonly stats: NetworkStats = { frameMs: [], updateMs: [], renderMs: [], frames: 0 };
  onError: (message: string) => void = () => {};

  private scene: NetworkScene | null = null;
  private worker: Worker | null = null;
  private versionCell: Int32Array | null = null;
  private picker = new Picker();
  private pickedVersion = -1;
  private visible = new Uint8Array(0);
  private filter: NetworkFilter = { kinds: null, areas: null };
  private fitted = false;
  private everFitted = false;
  private pendingWork = 0;
  private workerStats: NetworkStats | null = null;

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

  async init(prefer: RenderMode = 'worker'): Promise<void> {
    const w = Math.max(1, this.host.clientWidth),
      h = Math.max(1, this.host.clientHeight);
    const resolution = Math.min(2, window.devicePixelRatio || 1);
    this.mountCanvas();
    const canWork =
      prefer === 'worker' &&
      typeof this.canvas.transferControlToOffscreen === 'function' &&
      typeof SharedArrayBuffer !== 'undefined' &&
      globalThis.crossOriginIsolated === true;
    let drawing = false;
    if (canWork) {
      try {
        await this.startWorker(w, h, resolution);
        this.mode = 'worker';
        drawing = true;
      } catch (e) {
        // WebGL in a worker can be missing where the page has it: draw here instead.
        console.warn(
          `Drawing on the main thread: the render worker did not start (${e instanceof Error ? e.message : String(e)})`,
        );
        this.worker?.terminate();
        this.worker = null;
        this.canvas.remove();
        this.canvas = document.createElement('canvas');
        this.mountCanvas();
      }
    }
    if (!drawing) {
      this.mode = 'main';
      this.scene = new NetworkScene();
      await this.scene.init(this.canvas as never, w, h, resolution);
    }
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

  private mountCanvas(): void {
    const c = this.canvas;
    c.style.display = 'block';
    c.style.width = '100%';
    c.style.height = '100%';
    c.setAttribute('aria-label', 'Network of commissioners, providers and GP practices');
    c.setAttribute('role', 'img');
    this.host.prepend(c);
  }

  /** Hands the canvas to the render worker and waits until it draws (or fails, or 15 s pass). */
  private startWorker(w: number, h: number, resolution: number): Promise<void> {
    const offscreen = this.canvas.transferControlToOffscreen();
    const worker = new Worker(new URL('../../workers/render.worker.ts', import.meta.url), {
      type: 'module',
      name: 'render',
    });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      const timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000);
      worker.addEventListener('message', (e: MessageEvent<RenderReply>) => {
        if (e.data.type === 'ready') {
          started = true;
          clearTimeout(timer);
          resolve();
        } else if (e.data.type === 'stats') this.workerStats = e.data.stats;
        else if (e.data.type === 'error') {
          if (!started) {
            clearTimeout(timer);
            reject(new Error(e.data.message));
          } else this.onError(`The network view failed: ${e.data.message}`);
        }
      });
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        if (!started) {
          clearTimeout(timer);
          reject(new Error(e.message || 'worker error'));
        } else this.onError(`The network view stopped: ${e.message || 'unknown error'}`);
      });
      this.post({ type: 'init', canvas: offscreen, width: w, height: h, resolution }, [offscreen]);
    });
  }

  private post(m: RenderMessage, transfer: Transferable[] = []): void {
    this.worker?.postMessage(m, transfer);
  }

  /** Main-thread work since the previous animation frame (drawing too, in 'main' mode). */
  private record(): void {
    const st = this.stats;
    if (this.scene) {
      // The scene draws on this thread and keeps its own times; mirror the latest.
      const s = this.scene.stats;
      const k = s.frameMs.length - 1;
      if (k < 0) return;
      st.updateMs.push(s.updateMs[k]);
      st.renderMs.push(s.renderMs[k]);
      st.frameMs.push(s.frameMs[k]);
    } else {
      st.updateMs.push(this.pendingWork);
      st.renderMs.push(0);
      st.frameMs.push(this.pendingWork);
    }
    this.pendingWork = 0;
    st.frames++;
    if (st.frameMs.length > 4000) for (const a of [st.updateMs, st.renderMs, st.frameMs]) a.splice(0, 2000);
  }

  /** The drawing thread's own times and frame count (the render worker's, or this thread's). */
  async drawStats(): Promise<NetworkStats> {
    if (this.scene) return this.scene.stats;
    this.workerStats = null;
    this.post({ type: 'stats' });
    for (let i = 0; i < 100 && !this.workerStats; i++) await new Promise((r) => setTimeout(r, 10));
    return this.workerStats ?? { frameMs: [], updateMs: [], renderMs: [], frames: 0 };
  }

  private sendView(): void {
    const v: ViewState = {
      scale: this.camera.scale,
      ox: this.camera.ox,
      oy: this.camera.oy,
      width: Math.max(1, this.camera.width),
      height: Math.max(1, this.camera.height),
    };
    if (this.scene) this.scene.setView(v);
    else this.post({ type: 'view', view: v });
  }

  /** New organisations (a load or a reform). */
  setCatalogue(cat: Catalogue): void {
    const t0 = performance.now();
    const old = this.catalogue;
    this.catalogue = cat;
    const n = cat.nodes.length;
    // Positions the scene writes and picking reads: shared memory across threads.
    const positions = this.worker ? new Float32Array(new SharedArrayBuffer(n * 3 * 4)) : new Float32Array(n * 3);
    this.versionCell = this.worker ? new Int32Array(new SharedArrayBuffer(4)) : null;
    this.x = positions.subarray(0, n);
    this.y = positions.subarray(n, 2 * n);
    this.r = positions.subarray(2 * n);
    this.pickedVersion = -1;
    this.picker.invalidate();
    if (this.scene) this.scene.setCatalogue(cat, positions);
    else this.post({ type: 'catalogue', cat, positions, version: this.versionCell! });
    // A new structure (a reform) refits the view unless the user has moved it.
    if (!old || !this.camera.touched) this.fitted = false;
    this.applyFilter();
    this.pendingWork += performance.now() - t0;
  }

  setFrame(f: Frame): void {
    const t0 = performance.now();
    this.frame = f;
    if (!this.catalogue || f.nodeCount !== this.catalogue.nodes.length) return;
    if (this.scene) this.scene.setFrame(f);
    else {
      // The page keeps its frame (panels, tests); the render worker gets copies, moved not cloned.
      const sf: SceneFrame = {
        nodeCount: f.nodeCount,
        edgeCount: f.edgeCount,
        structureVersion: f.structureVersion,
        events: f.events,
        nodeX: f.nodeX.slice(),
        nodeY: f.nodeY.slice(),
        nodeSize: f.nodeSize.slice(),
        nodeFlags: f.nodeFlags.slice(),
        edgeSrc: f.edgeSrc.slice(),
        edgeDst: f.edgeDst.slice(),
        edgeState: f.edgeState.slice(),
        edgeWeight: f.edgeWeight.slice(),
      };
      this.post({ type: 'frame', frame: sf }, [
        sf.nodeX.buffer,
        sf.nodeY.buffer,
        sf.nodeSize.buffer,
        sf.nodeFlags.buffer,
        sf.edgeSrc.buffer,
        sf.edgeDst.buffer,
        sf.edgeState.buffer,
        sf.edgeWeight.buffer,
      ] as ArrayBuffer[]);
    }
    // The first frame fits at once; a new layout later (a reform) glides as the nodes ease.
    if (!this.fitted) this.fit(this.everFitted ? 900 : 0);
    this.pendingWork += performance.now() - t0;
  }

  select(i: number | null): void {
    if (this.scene) this.scene.select(i);
    else this.post({ type: 'select', index: i });
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
    if (this.scene) this.scene.setVisible(this.visible);
    else this.post({ type: 'visible', visible: this.visible.slice() });
  }

  isVisible(i: number): boolean {
    return this.visible[i] === 1;
  }

  /** Node under a point of the page (a pointer's clientX, clientY), or null. */
  pick(px: number, py: number): number | null {
    if (!this.catalogue) return null;
    const version = this.versionCell ? Atomics.load(this.versionCell, 0) : (this.scene?.version ?? 0);
    if (version !== this.pickedVersion) {
      this.pickedVersion = version;
      this.picker.invalidate();
    }
    const [wx, wy] = this.camera.pageToWorld(px, py);
    return this.picker.pick(wx, wy, this.x, this.y, this.r, this.visible, 6 / this.camera.scale);
  }

  /** Fits the whole network (its target layout) in view, gliding for `glideMs` if given. */
  fit(glideMs = 0): void {
    const f = this.frame;
    if (!f) return;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let i = 0; i < f.nodeCount; i++) {
      if (f.nodeSize[i] <= 0) continue;
      const x = f.nodeX[i],
        y = f.nodeY[i];
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
    if (x0 === Infinity) return;
    this.camera.fit(x0 - 8, y0 - 8, x1 + 8, y1 + 8, glideMs);
    this.fitted = true;
    this.everFitted = true;
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

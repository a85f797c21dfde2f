// The page's line to the NetworkScene, wherever it draws: in the render worker on an
// OffscreenCanvas (messages out, displayed positions back through shared memory) or on this
// thread. NetworkView talks to either through the same few calls.
import type { Catalogue, Frame } from '../engine/api';
import { NetworkScene } from './scene';
import type { NetworkStats, RenderMessage, RenderReply, SceneFrame, ViewState } from './protocol';

/** Where the scene draws: 'worker' (OffscreenCanvas) or 'main' (fallback, or ?render=main). */
export type RenderMode = 'worker' | 'main';

/** How long the render worker has to say it draws before the page draws itself. */
const WORKER_START_MS = 15_000;

export interface SceneLink {
  readonly mode: RenderMode;
  /** Displayed x, y and radius per node (n each), written by the scene and read for picking. */
  positions(n: number): Float32Array;
  setCatalogue(cat: Catalogue, positions: Float32Array): void;
  setFrame(f: Frame): void;
  setView(v: ViewState): void;
  select(index: number | null): void;
  setVisible(mask: Uint8Array): void;
  /** Bumped whenever displayed positions change (picking rebuilds its index then). */
  version(): number;
  /** Times of the last frame the scene drew on this thread (null: none yet, or drawn elsewhere). */
  lastFrame(): { updateMs: number; renderMs: number; frameMs: number } | null;
  /** The drawing thread's own frame times. */
  drawStats(): Promise<NetworkStats>;
}

export class LocalScene implements SceneLink {
  readonly mode = 'main';
  private readonly scene = new NetworkScene();

  init(canvas: HTMLCanvasElement, width: number, height: number, resolution: number): Promise<void> {
    return this.scene.init(canvas as never, width, height, resolution);
  }
  positions(n: number): Float32Array {
    return new Float32Array(n * 3);
  }
  setCatalogue(cat: Catalogue, positions: Float32Array): void {
    this.scene.setCatalogue(cat, positions);
  }
  setFrame(f: Frame): void {
    this.scene.setFrame(f);
  }
  setView(v: ViewState): void {
    this.scene.setView(v);
  }
  select(index: number | null): void {
    this.scene.select(index);
  }
  setVisible(mask: Uint8Array): void {
    this.scene.setVisible(mask);
  }
  version(): number {
    return this.scene.version;
  }
  lastFrame(): { updateMs: number; renderMs: number; frameMs: number } | null {
    const s = this.scene.stats;
    const k = s.frameMs.length - 1;
    return k < 0 ? null : { updateMs: s.updateMs[k], renderMs: s.renderMs[k], frameMs: s.frameMs[k] };
  }
  async drawStats(): Promise<NetworkStats> {
    return this.scene.stats;
  }
}

export class WorkerScene implements SceneLink {
  readonly mode = 'worker';
  private readonly worker = new Worker(new URL('../../workers/render.worker.ts', import.meta.url), {
    type: 'module',
    name: 'render',
  });
  private versionCell = new Int32Array(new SharedArrayBuffer(4));
  private stats: NetworkStats | null = null;

  /** Only where the page is cross-origin isolated can it share memory with a worker. */
  static available(canvas: HTMLCanvasElement): boolean {
    return (
      typeof canvas.transferControlToOffscreen === 'function' &&
      typeof SharedArrayBuffer !== 'undefined' &&
      globalThis.crossOriginIsolated === true
    );
  }

  constructor(private readonly onError: (message: string) => void) {}

  /** Hands the canvas over and waits until the worker draws (or fails, or the time is up). */
  start(canvas: HTMLCanvasElement, width: number, height: number, resolution: number): Promise<void> {
    const offscreen = canvas.transferControlToOffscreen();
    const worker = this.worker;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      const timer = setTimeout(
        () => reject(new Error(`no answer within ${WORKER_START_MS / 1000} s`)),
        WORKER_START_MS,
      );
      worker.addEventListener('message', (e: MessageEvent<RenderReply>) => {
        if (e.data.type === 'ready') {
          started = true;
          clearTimeout(timer);
          resolve();
        } else if (e.data.type === 'stats') this.stats = e.data.stats;
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
      this.post({ type: 'init', canvas: offscreen, width, height, resolution }, [offscreen]);
    });
  }

  stop(): void {
    this.worker.terminate();
  }

  private post(m: RenderMessage, transfer: Transferable[] = []): void {
    this.worker.postMessage(m, transfer);
  }

  positions(n: number): Float32Array {
    return new Float32Array(new SharedArrayBuffer(n * 3 * 4));
  }
  setCatalogue(cat: Catalogue, positions: Float32Array): void {
    this.versionCell = new Int32Array(new SharedArrayBuffer(4));
    this.post({ type: 'catalogue', cat, positions, version: this.versionCell });
  }
  setFrame(f: Frame): void {
    // The page keeps its frame (panels, tests); the worker gets copies, moved rather than cloned.
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
  setView(v: ViewState): void {
    this.post({ type: 'view', view: v });
  }
  select(index: number | null): void {
    this.post({ type: 'select', index });
  }
  setVisible(mask: Uint8Array): void {
    this.post({ type: 'visible', visible: mask.slice() });
  }
  version(): number {
    return Atomics.load(this.versionCell, 0);
  }
  lastFrame(): null {
    return null;
  }
  async drawStats(): Promise<NetworkStats> {
    this.stats = null;
    this.post({ type: 'stats' });
    for (let i = 0; i < 100 && !this.stats; i++) await new Promise((r) => setTimeout(r, 10));
    return this.stats ?? { frameMs: [], updateMs: [], renderMs: [], frames: 0 };
  }
}

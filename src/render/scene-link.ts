// The page's line to the NetworkScene, wherever it draws: in the render worker on an
// OffscreenCanvas (messages out, displayed positions back through shared memory) or on this
// thread. NetworkView talks to either through the same few calls. Each link watches for
// faults: a render worker that dies, hangs or throws, and a WebGL context lost and restored.
// PixiJS builds shader code with new Function unless its CSP-safe polyfills are installed.
import 'pixi.js/unsafe-eval';
import { isWebGLSupported } from 'pixi.js';
import type { Catalogue, Frame } from '../engine/api';
import { NetworkScene } from './scene';
import type { DrawingFault, NetworkStats, RenderMessage, RenderReply, SceneFrame, ViewState } from './protocol';

/** Where the scene draws: 'worker' (OffscreenCanvas) or 'main' (fallback, or ?render=main). */
export type RenderMode = 'worker' | 'main';

/** How long the render worker has to say it draws before the page draws itself. */
const WORKER_START_MS = 15_000;
/**
 * Heartbeat period, and the silence after which the render worker is taken for dead (long
 * enough for a large catalogue to be laid out between two answers).
 */
const PING_MS = 1000;
const DEAD_AFTER_MS = 8000;

/** What the page is told of drawing faults. */
export type FaultListener = (fault: DrawingFault) => void;

/** Thrown when this browser has no WebGL (turned off, blocked, or no GPU support at all). */
export class NoWebGL extends Error {
  constructor() {
    super('WebGL is not available in this browser (it may be turned off or blocked)');
  }
}

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
  /** Test hook: lose the WebGL context, and get it back after `restoreMs` (never if negative). */
  debugLoseContext(restoreMs: number): void;
  /** Names on the network at `scale` times their usual size. */
  setTextScale(scale: number): void;
  /** The network as shown, as a PNG. */
  snapshot(): Promise<Blob>;
  stop(): void;
}

export class LocalScene implements SceneLink {
  readonly mode = 'main';
  private readonly scene = new NetworkScene();
  private view: ViewState | null = null;
  private canvas: HTMLCanvasElement | null = null;

  constructor(private readonly onFault: FaultListener) {}

  async init(canvas: HTMLCanvasElement, width: number, height: number, resolution: number): Promise<void> {
    // Without WebGL PixiJS would fall back to a 2D canvas this scene cannot draw with.
    if (!isWebGLSupported()) throw new NoWebGL();
    this.canvas = canvas;
    // Pixi itself keeps the context across a loss (it calls preventDefault and re-uploads on
    // restore); the page is told, and the scene redraws once it is back.
    canvas.addEventListener('webglcontextlost', () => this.onFault({ kind: 'context-lost' }));
    canvas.addEventListener('webglcontextrestored', () => {
      if (this.view) this.scene.setView(this.view);
      this.onFault({ kind: 'context-restored' });
    });
    await this.scene.init(canvas as never, width, height, resolution);
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
    this.view = v;
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
  debugLoseContext(restoreMs: number): void {
    loseContext(this.scene, restoreMs);
  }
  setTextScale(scale: number): void {
    this.scene.setTextScale(scale);
  }
  snapshot(): Promise<Blob> {
    return this.scene.snapshot();
  }
  stop(): void {
    this.scene.app.destroy();
    this.canvas?.remove();
  }
}

/** Loses the scene's WebGL context through WEBGL_lose_context (tests of the recovery path). */
export function loseContext(scene: NetworkScene, restoreMs: number): void {
  const gl = (scene.app.renderer as unknown as { gl?: WebGL2RenderingContext }).gl;
  const ext = gl?.getExtension('WEBGL_lose_context');
  if (!ext) return;
  ext.loseContext();
  if (restoreMs >= 0) setTimeout(() => ext.restoreContext(), restoreMs);
}

export class WorkerScene implements SceneLink {
  readonly mode = 'worker';
  private readonly worker = new Worker(new URL('../../workers/render.worker.ts', import.meta.url), {
    type: 'module',
    name: 'render',
  });
  private versionCell = new Int32Array(new SharedArrayBuffer(4));
  private stats: NetworkStats | null = null;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private lastPong = 0;
  private seq = 0;
  private dead = false;
  private snapshots = new Map<number, { resolve: (b: Blob) => void; reject: (e: Error) => void }>();

  /** Only where the page is cross-origin isolated can it share memory with a worker. */
  static available(canvas: HTMLCanvasElement): boolean {
    return (
      typeof canvas.transferControlToOffscreen === 'function' &&
      typeof SharedArrayBuffer !== 'undefined' &&
      globalThis.crossOriginIsolated === true
    );
  }

  constructor(private readonly onFault: FaultListener) {}

  /** Reports the worker dead once, and stops it (the view then draws on the main thread). */
  private die(message: string): void {
    if (this.dead) return;
    this.dead = true;
    this.stop();
    this.onFault({ kind: 'worker', message });
  }

  /** Pings the worker; a worker that has not answered for DEAD_AFTER_MS is dead or hung. */
  private watch(): void {
    this.lastPong = performance.now();
    this.heartbeat = setInterval(() => {
      // A page in the background gets few timers; judge only time the page itself was awake.
      if (document.visibilityState === 'hidden') {
        this.lastPong = performance.now();
        return;
      }
      if (performance.now() - this.lastPong > DEAD_AFTER_MS)
        this.die(`the drawing worker stopped answering for ${DEAD_AFTER_MS / 1000} s`);
      else this.post({ type: 'ping', seq: ++this.seq });
    }, PING_MS);
  }

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
        const m = e.data;
        this.lastPong = performance.now();
        if (m.type === 'ready') {
          started = true;
          clearTimeout(timer);
          this.watch();
          resolve();
        } else if (m.type === 'stats') this.stats = m.stats;
        else if (m.type === 'snapshot') {
          const wait = this.snapshots.get(m.seq);
          this.snapshots.delete(m.seq);
          if (m.png) wait?.resolve(m.png);
          else wait?.reject(new Error(m.error ?? 'the drawing worker made no picture'));
        } else if (m.type === 'context-lost' || m.type === 'context-restored') this.onFault({ kind: m.type });
        else if (m.type === 'error') {
          if (!started) {
            clearTimeout(timer);
            reject(new Error(m.message));
          } else this.die(m.message);
        }
      });
      // An error the worker did not catch: it may draw on half-updated buffers, so it is
      // stopped and drawing moves to the main thread rather than carrying on unseen.
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        if (!started) {
          clearTimeout(timer);
          reject(new Error(e.message || 'worker error'));
        } else this.die(e.message || 'the drawing worker failed');
      });
      this.post({ type: 'init', canvas: offscreen, width, height, resolution }, [offscreen]);
    });
  }

  stop(): void {
    clearInterval(this.heartbeat);
    this.worker.terminate();
  }

  /** Test hooks: kill the worker outright (as a crash of its process would), or make it throw. */
  debugKill(): void {
    this.worker.terminate();
  }
  debugCrash(): void {
    this.post({ type: 'debug-crash' });
  }
  debugLoseContext(restoreMs: number): void {
    this.post({ type: 'debug-lose-context', restoreMs });
  }

  private post(m: RenderMessage, transfer: Transferable[] = []): void {
    if (this.dead) return;
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
  setTextScale(scale: number): void {
    this.post({ type: 'text-scale', scale });
  }
  snapshot(): Promise<Blob> {
    const seq = ++this.seq;
    return new Promise<Blob>((resolve, reject) => {
      if (this.dead) return reject(new Error('the drawing worker has stopped'));
      this.snapshots.set(seq, { resolve, reject });
      this.post({ type: 'snapshot', seq });
      setTimeout(() => {
        if (this.snapshots.delete(seq)) reject(new Error('the drawing worker did not answer'));
      }, 10_000);
    });
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

// What the page and the render worker say to each other. The page sends the catalogue (with
// shared memory for displayed positions), frames, the view transform, the selection and the
// filter; the worker answers when it is ready, with its timings, or with an error, answers
// the page's heartbeat, and says when its WebGL context is lost and restored.
import type { Catalogue, Frame } from '../engine/api';

/** The view transform: world → CSS pixels is (p × scale + offset); width and height in CSS pixels. */
export interface ViewState {
  scale: number;
  ox: number;
  oy: number;
  width: number;
  height: number;
}

/** What a frame carries that the scene needs (the rest stays with the panels). */
export type SceneFrame = Pick<
  Frame,
  | 'nodeCount'
  | 'nodeX'
  | 'nodeY'
  | 'nodeSize'
  | 'nodeFlags'
  | 'edgeCount'
  | 'edgeSrc'
  | 'edgeDst'
  | 'edgeState'
  | 'edgeWeight'
  | 'events'
  | 'structureVersion'
>;

/** Time per animation frame of the thread that renders: JavaScript updates, render submission, both. */
export interface NetworkStats {
  frameMs: number[];
  updateMs: number[];
  renderMs: number[];
  frames: number;
}

/** Page → render worker. */
export type RenderMessage =
  | { type: 'init'; canvas: OffscreenCanvas; width: number; height: number; resolution: number }
  /** `positions` holds x, y and radius per node (written by the scene, read for picking); `version` counts changes. */
  | { type: 'catalogue'; cat: Catalogue; positions: Float32Array; version: Int32Array }
  | { type: 'frame'; frame: SceneFrame }
  | { type: 'view'; view: ViewState }
  | { type: 'select'; index: number | null }
  | { type: 'visible'; visible: Uint8Array }
  | { type: 'stats' }
  /** Text size of names on the network, times the usual (presenter mode enlarges them). */
  | { type: 'text-scale'; scale: number }
  /** A PNG of the network as shown (answered with 'snapshot' and the same seq). */
  | { type: 'snapshot'; seq: number }
  /** Heartbeat: the worker answers 'pong' (a worker that stops answering has died or hung). */
  | { type: 'ping'; seq: number }
  /** Test hooks: throw inside the worker; lose the WebGL context (and get it back after `restoreMs`). */
  | { type: 'debug-crash' }
  | { type: 'debug-lose-context'; restoreMs: number };

/** Render worker → page. */
export type RenderReply =
  | { type: 'ready' }
  | { type: 'stats'; stats: NetworkStats }
  | { type: 'error'; message: string }
  | { type: 'pong'; seq: number }
  | { type: 'snapshot'; seq: number; png: Blob | null; error?: string }
  /** The worker's WebGL context was lost, or given back (the scene redraws itself then). */
  | { type: 'context-lost' }
  | { type: 'context-restored' };

/** Why drawing failed, as the view reports it to the page. */
export type DrawingFault =
  /** The render worker died, hung or threw: drawing moves to the main thread. */
  | { kind: 'worker'; message: string }
  /** The WebGL context was lost: the network is blank until it is restored. */
  | { kind: 'context-lost' }
  | { kind: 'context-restored' }
  /** No WebGL at all: the network cannot be drawn. */
  | { kind: 'no-webgl'; message: string };

// The render worker: draws the network on an OffscreenCanvas so WebGL work (and, without a
// GPU, the browser's read-back of the canvas) never blocks the main thread. The main thread
// keeps input, picking and the panels; it sends frames, the view transform, the selection and
// the filter, and reads displayed positions from shared memory. It answers the page's
// heartbeat and says when its WebGL context is lost or restored.
// First: CSP violations to the console; PixiJS's CSP-safe shader polyfills (no new
// Function), installed before anything draws.
import '../src/shell/csp-report';
import 'pixi.js/unsafe-eval';
import { DOMAdapter, WebWorkerAdapter, isWebGLSupported } from 'pixi.js';
import { NetworkScene } from '../src/render/scene';
import { loseContext } from '../src/render/scene-link';
import type { RenderMessage, RenderReply, ViewState } from '../src/render/protocol';

DOMAdapter.set(WebWorkerAdapter);

const reply = (r: RenderReply): void => postMessage(r);

const scene = new NetworkScene();
let ready: Promise<void> | null = null;
let view: ViewState | null = null;

async function handle(m: RenderMessage): Promise<void> {
  if (m.type === 'init') {
    if (!isWebGLSupported()) throw new Error('WebGL is not available in the drawing worker');
    const canvas = m.canvas;
    canvas.addEventListener('webglcontextlost', () => reply({ type: 'context-lost' }));
    canvas.addEventListener('webglcontextrestored', () => {
      // Pixi re-uploads its buffers and textures on restore; the scene only needs to draw again.
      if (view) scene.setView(view);
      reply({ type: 'context-restored' });
    });
    ready = scene.init(canvas as never, m.width, m.height, m.resolution);
    await ready;
    reply({ type: 'ready' });
    return;
  }
  await ready;
  switch (m.type) {
    case 'catalogue':
      scene.shareVersion(m.version);
      scene.setCatalogue(m.cat, m.positions);
      break;
    case 'frame':
      scene.setFrame(m.frame);
      break;
    case 'view':
      view = m.view;
      scene.setView(m.view);
      break;
    case 'select':
      scene.select(m.index);
      break;
    case 'visible':
      scene.setVisible(m.visible);
      break;
    case 'stats':
      reply({ type: 'stats', stats: scene.stats });
      break;
    case 'text-scale':
      scene.setTextScale(m.scale);
      break;
    case 'snapshot':
      try {
        reply({ type: 'snapshot', seq: m.seq, png: await scene.snapshot() });
      } catch (e) {
        reply({ type: 'snapshot', seq: m.seq, png: null, error: e instanceof Error ? e.message : String(e) });
      }
      break;
    case 'debug-lose-context':
      loseContext(scene, m.restoreMs);
      break;
    case 'debug-crash':
      // Outside the message chain, so it reaches the page as an uncaught worker error.
      setTimeout(() => {
        throw new Error('Deliberate render worker crash (debug hook)');
      }, 0);
      break;
  }
}

// Messages are handled strictly in order (init is asynchronous); the heartbeat skips the queue.
let chain = Promise.resolve();
self.onmessage = (e: MessageEvent<RenderMessage>) => {
  if (e.data.type === 'ping') {
    reply({ type: 'pong', seq: e.data.seq });
    return;
  }
  chain = chain
    .then(() => handle(e.data))
    .catch((err: unknown) => {
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    });
};

// The render worker: draws the network on an OffscreenCanvas so WebGL work (and, without a
// GPU, the browser's read-back of the canvas) never blocks the main thread. The main thread
// keeps input, picking and the panels; it sends frames, the view transform, the selection and
// the filter, and reads displayed positions from shared memory.
import { DOMAdapter, WebWorkerAdapter } from 'pixi.js';
import { NetworkScene } from '../src/render/scene';
import type { RenderMessage, RenderReply } from '../src/render/protocol';

DOMAdapter.set(WebWorkerAdapter);

const reply = (r: RenderReply): void => postMessage(r);

const scene = new NetworkScene();
let ready: Promise<void> | null = null;

async function handle(m: RenderMessage): Promise<void> {
  if (m.type === 'init') {
    ready = scene.init(m.canvas as never, m.width, m.height, m.resolution);
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
  }
}

// Messages are handled strictly in order (init is asynchronous).
let chain = Promise.resolve();
self.onmessage = (e: MessageEvent<RenderMessage>) => {
  chain = chain
    .then(() => handle(e.data))
    .catch((err: unknown) => {
      reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
    });
};

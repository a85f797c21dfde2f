// What the user is told when drawing the network fails: one sentence per fault, once.
import type { DrawingFault } from '../render/protocol';
import { notify } from './toasts';
import { quoted } from './text';

export function reportDrawingFault(f: DrawingFault): void {
  switch (f.kind) {
    case 'worker':
      notify(
        `The network's drawing worker failed (${quoted(f.message, 120)}); the network is now drawn on the main thread, and the simulation goes on.`,
        'error',
      );
      break;
    case 'context-lost':
      notify(
        'The browser took back the graphics (WebGL context lost); the network will be drawn again when they return.',
        'error',
        'graphics',
      );
      break;
    case 'context-restored':
      notify('The graphics are back and the network is drawn again.', 'info', 'graphics');
      break;
    case 'no-webgl':
      notify(
        `The network cannot be drawn: ${quoted(f.message, 160)}. Turn on WebGL (hardware acceleration) in the browser's settings to see it; the simulation, panels and charts still work.`,
        'error',
      );
      break;
  }
}

// Zoom buttons and a one-line hint over the network, for people without a wheel or trackpad.
import type { NetworkView } from '../render/network';
import { h } from '../ui/dom';

export function mountZoom(stage: HTMLElement, view: NetworkView): void {
  const button = (text: string, label: string, testid: string, act: () => void): HTMLButtonElement =>
    h('button', {
      type: 'button',
      text,
      title: label,
      'aria-label': label,
      'data-testid': testid,
      onclick: (e: Event) => {
        // Not a click on the network (which would select or deselect).
        e.stopPropagation();
        act();
      },
    });
  stage.append(
    h(
      'div',
      { class: 'zoom', role: 'group', 'aria-label': 'Zoom and save', 'data-overlay': '' },
      button('+', 'Zoom in (+)', 'zoom-in', () => view.camera.zoomBy(1.4)),
      button('−', 'Zoom out (−)', 'zoom-out', () => view.camera.zoomBy(1 / 1.4)),
      button('⤢', 'Show everything (0)', 'zoom-fit', () => view.fit(300)),
    ),
    // The bottom-right corner stacks its notes (the map's credit goes above the hint).
    h(
      'div',
      { class: 'stage-corner' },
      h('div', {
        class: 'hint',
        text: 'Scroll or +/− to zoom · drag or Shift+arrows to pan · click an organisation, or Tab and arrows then Enter, for details · Space plays/pauses · F presents',
      }),
    ),
  );
}

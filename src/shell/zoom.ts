// Zoom buttons and a one-line hint over the network, for people without a wheel or trackpad.
import type { NetworkView } from '../render/network';

export function mountZoom(stage: HTMLElement, view: NetworkView): void {
  const box = document.createElement('div');
  box.className = 'zoom';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Zoom');
  const button = (text: string, label: string, testid: string, act: () => void): void => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.dataset.testid = testid;
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      act();
    });
    box.append(b);
  };
  const centre = (f: number) => () => view.camera.zoomAt(view.camera.width / 2, view.camera.height / 2, f);
  button('+', 'Zoom in (+)', 'zoom-in', centre(1.4));
  button('−', 'Zoom out (−)', 'zoom-out', centre(1 / 1.4));
  button('⤢', 'Show everything (0)', 'zoom-fit', () => view.fit(300));
  const hint = document.createElement('div');
  hint.className = 'hint';
  hint.textContent =
    'Scroll or +/− to zoom · drag or arrow keys to pan · click an organisation for details · Space plays/pauses';
  stage.append(box, hint);
}

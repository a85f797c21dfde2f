// Keyboard shortcuts: Space plays or pauses, + and − zoom, 0 shows everything and Escape
// clears the selection (the arrows on the network: network-keys.ts). Typing in a field is left alone.
import type { NetworkView } from '../render/network';
import { isTyping } from '../ui/dom';
import type { Runner } from './runner';

export function mountKeyboard(
  stage: HTMLElement,
  view: NetworkView,
  runner: Runner,
  select: (i: number | null) => void,
): void {
  stage.tabIndex = 0;
  window.addEventListener('keydown', (e) => {
    const t = e.target;
    if (isTyping(t) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.code === 'Space') {
      // Space also presses a focused button or ticks a box: leave those to it.
      if (t instanceof HTMLButtonElement || t instanceof HTMLInputElement) return;
      e.preventDefault();
      if (runner.playing) runner.pause();
      else runner.play();
    } else if (e.key === '+' || e.key === '=') view.camera.zoomBy(1.25);
    else if (e.key === '-') view.camera.zoomBy(0.8);
    else if (e.key === '0') view.fit(300);
    else if (e.key === 'Escape') select(null);
  });
}

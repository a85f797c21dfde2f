// Presenter mode (F, or the toolbar's button): fullscreen, and everything a room must read —
// clock, regime, monitors, cards, legend, names on the network, charts — at a size a projector
// shows: no text under 18 CSS pixels at 1280×720. The legend folds to a small control.
import './presenter.css';
import type { NetworkView } from '../render/network';
import { h, isTyping } from '../ui/dom';

/** Names on the network in presenter mode, times their usual size (11 px → 18 px). */
const TEXT_SCALE = 1.64;

export interface Presenter {
  button: HTMLButtonElement;
  on(): boolean;
  set(on: boolean): void;
  onChange(cb: (on: boolean) => void): void;
}

export function mountPresenter(view: NetworkView, legend: HTMLDetailsElement, refit: () => void): Presenter {
  const root = document.documentElement;
  const listeners: ((on: boolean) => void)[] = [];
  let legendWasOpen = legend.open;
  let wentFullscreen = false;
  const button = h(
    'button',
    {
      type: 'button',
      'data-testid': 'presenter',
      'aria-pressed': 'false',
      'aria-label': 'Present (presenter mode)',
      title: 'Presenter mode: fullscreen, large type for a projector (F)',
    },
    h('span', { 'aria-hidden': 'true', text: 'Present' }),
  );
  const set = (on: boolean): void => {
    if (on === root.hasAttribute('data-presenter')) return;
    root.toggleAttribute('data-presenter', on);
    button.setAttribute('aria-pressed', String(on));
    view.setTextScale(on ? TEXT_SCALE : 1);
    if (on) {
      legendWasOpen = legend.open;
      legend.open = false;
      // Fullscreen needs a user's gesture and may be refused (an iframe, a kiosk): the mode works without it.
      if (!document.fullscreenElement && root.requestFullscreen)
        root.requestFullscreen().then(
          () => (wentFullscreen = true),
          () => (wentFullscreen = false),
        );
    } else {
      legend.open = legendWasOpen;
      if (document.fullscreenElement && wentFullscreen) void document.exitFullscreen().catch(() => {});
      wentFullscreen = false;
    }
    for (const cb of listeners) cb(on);
    // Sizes changed everywhere: let the panels and the network settle, then fit.
    window.dispatchEvent(new Event('resize'));
    requestAnimationFrame(() => requestAnimationFrame(refit));
  };
  button.addEventListener('click', () => set(!root.hasAttribute('data-presenter')));
  // Leaving fullscreen (Escape) leaves presenter mode too, when presenter mode had entered it.
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && wentFullscreen) {
      wentFullscreen = false;
      set(false);
    }
  });
  window.addEventListener('keydown', (e) => {
    if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      set(!root.hasAttribute('data-presenter'));
    }
  });
  return {
    button,
    on: () => root.hasAttribute('data-presenter'),
    set,
    onChange: (cb) => listeners.push(cb),
  };
}

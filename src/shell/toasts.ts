// Short messages to the user (bad address, bad file, reform applied). Each is cut to a
// readable length; information goes after a few seconds, errors stay until closed. They sit
// in the network's top-left corner, clear of the toolbar, the panels (Undo) and the zoom
// buttons, so a message never covers a control.
import { h } from '../ui/dom';
import { bounded } from './text';

/** Most messages on screen at once; the oldest go first. */
const MAX_TOASTS = 4;
/** How long information stays (ms). */
const INFO_MS = 6000;

export type Tone = 'info' | 'error';

/** `key`: a message about the same thing replaces the one shown before (lost, then restored). */
export function notify(message: string, tone: Tone = 'info', key?: string): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const text = bounded(String(message));
  if (key) for (const old of host.querySelectorAll<HTMLElement>(`[data-key="${key}"]`)) old.remove();
  // The same message twice in a row (a burst of one failure) shows once.
  const last = host.lastElementChild as HTMLElement | null;
  if (last?.dataset.text === text) return;
  const close = h('button', { type: 'button', text: '×', 'aria-label': 'Dismiss message', title: 'Dismiss' });
  const toast = h(
    'div',
    {
      class: `toast ${tone}`,
      'data-testid': tone === 'error' ? 'toast-error' : 'toast',
      role: tone === 'error' ? 'alert' : 'status',
    },
    h('span', { text }),
    close,
  );
  toast.dataset.text = text;
  if (key) toast.dataset.key = key;
  close.addEventListener('click', () => toast.remove());
  host.append(toast);
  place(host);
  follow(host);
  const toasts = host.querySelectorAll('.toast');
  for (let i = 0; i < toasts.length - MAX_TOASTS; i++) toasts[i].remove();
  if (tone === 'info') setTimeout(() => toast.remove(), INFO_MS);
}

/** The messages' place, placed and following the stage (the restore offer shows there too, first). */
export function messageHost(): HTMLElement | null {
  const host = document.getElementById('toasts');
  if (!host) return null;
  place(host);
  follow(host);
  return host;
}

/** Puts the messages in the network's top-left corner, below the toolbar, clear of the zoom buttons. */
function place(host: HTMLElement): void {
  const stage = document.getElementById('stage');
  if (!stage) return;
  const r = stage.getBoundingClientRect();
  host.style.setProperty('left', `${Math.round(r.left + 8)}px`);
  host.style.setProperty('top', `${Math.round(r.top + 8)}px`);
  host.style.setProperty('max-width', `${Math.max(200, Math.min(460, Math.round(r.width - 64)))}px`);
  host.style.setProperty('max-height', `${Math.max(120, Math.round(r.height - 16))}px`);
}

// The stage moves as the toolbar fills and wraps, and shrinks as the panels mount: follow it.
let watched = false;
function follow(host: HTMLElement): void {
  if (watched) return;
  watched = true;
  const stage = document.getElementById('stage');
  const again = (): void => {
    if (host.childElementCount) place(host);
  };
  const ro = new ResizeObserver(again);
  if (stage) ro.observe(stage);
  const toolbar = document.getElementById('toolbar');
  if (toolbar) ro.observe(toolbar);
  window.addEventListener('resize', again);
}

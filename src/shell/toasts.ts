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
  while (host.children.length > MAX_TOASTS) host.firstElementChild?.remove();
  if (tone === 'info') setTimeout(() => toast.remove(), INFO_MS);
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

window.addEventListener('resize', () => {
  const host = document.getElementById('toasts');
  if (host?.childElementCount) place(host);
});

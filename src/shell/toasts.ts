// Short messages to the user (bad address, bad file, reform applied); errors stay until closed.
import { h } from '../ui/dom';

/** Most messages on screen at once; the oldest go first. */
const MAX_TOASTS = 4;

export function notify(message: string, tone: 'info' | 'error' = 'info'): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const toast = h(
    'div',
    {
      class: `toast ${tone}`,
      'data-testid': tone === 'error' ? 'toast-error' : 'toast',
      role: tone === 'error' ? 'alert' : 'status',
    },
    h('span', { text: message }),
    h('button', { type: 'button', text: '×', 'aria-label': 'Dismiss message', onclick: () => toast.remove() }),
  );
  host.append(toast);
  while (host.children.length > MAX_TOASTS) host.firstElementChild?.remove();
  if (tone === 'info') setTimeout(() => toast.remove(), 6000);
}

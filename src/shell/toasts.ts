// Short messages to the user (bad address, bad file, reform applied); errors stay until closed.
export function notify(message: string, tone: 'info' | 'error' = 'info'): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const el = document.createElement('div');
  el.className = `toast ${tone}`;
  el.dataset.testid = tone === 'error' ? 'toast-error' : 'toast';
  el.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  const text = document.createElement('span');
  text.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', 'Dismiss message');
  close.addEventListener('click', () => el.remove());
  el.append(text, close);
  host.append(el);
  while (host.children.length > 4) host.firstElementChild?.remove();
  if (tone === 'info') setTimeout(() => el.remove(), 6000);
}

// Registers the service worker (workers/service-worker.ts, built to sw.js) that keeps the app
// working offline after the first visit. Only in the built app: the dev server's modules are
// not a fixed set of files to store (import.meta.hot exists only under the dev server).
import { notify } from './toasts';

export function registerServiceWorker(): void {
  if (import.meta.hot || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch((e: unknown) => {
    // Not fatal: the app runs, but will need the network to start another run.
    console.warn('Service worker not registered:', e);
    if (location.protocol === 'https:' || location.hostname === 'localhost' || location.hostname === '127.0.0.1')
      notify('The app could not be stored for offline use; it needs the network to start another run.');
  });
}

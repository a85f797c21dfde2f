// The service worker: after the first visit the app works with no network (a workshop room's
// wifi), restarts, scale and preset changes included. At install it stores every file of the
// build (pages, scripts, worker scripts, styles, scenarios, schema, icons: the list is put in
// at build time by vite.config.ts) and serves them from that store first. Stored responses
// keep their headers, so the page stays cross-origin isolated (COOP/COEP) and under its
// Content-Security-Policy when served from here. A new build has a new list and version:
// it installs beside the old one and takes over at once, deleting the old store.
export {};
declare const self: ServiceWorkerGlobalScope;
/** Filled in at build time: the build's files (relative to this script) and a version. */
declare const __PRECACHE__: { version: string; files: string[] };

const CACHE = `quasimarket-${__PRECACHE__.version}`;
const scope = new URL(self.registration.scope);
const urls = __PRECACHE__.files.map((f) => new URL(f, scope).href);
const INDEX = new URL('index.html', scope).href;

self.addEventListener('install', (e) => {
  e.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Fresh from the server (not the HTTP cache), so the store matches this build.
      await cache.addAll(urls.map((u) => new Request(u, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('quasimarket-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== scope.origin) return;
  // Any page of the app (whatever its ?scenario=…) is the one index.html.
  if (req.mode === 'navigate') {
    e.respondWith(fromCache(INDEX, req));
    return;
  }
  url.search = '';
  if (urls.includes(url.href)) e.respondWith(fromCache(url.href, req));
});

/** The stored copy; the network only if it is missing (and then it is stored). */
async function fromCache(key: string, req: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(key);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && res.type === 'basic' && !res.redirected) await cache.put(key, res.clone());
  return res;
}

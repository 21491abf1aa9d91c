// The game's service worker (built as sw.js by scripts/serviceWorker.ts, which puts PRECACHE, this
// build's version and files, before this text). Once a page has been opened, the game works
// without the network: every file of the build is cached together, under the build's version.
//
// - Install: fetch every file of this version into a cache of its own. Nothing is served from it
//   until it is complete.
// - Serve: pages and files from the active version's cache, the network only for what it lacks.
//   A page is always served with the chunks of its own version: never old and new mixed.
// - Update: a new deployment changes sw.js (its version); the browser installs it beside the old
//   one and it waits. The page offers to reload (src/app/browser/offline.ts): only when the player
//   agrees does the new version take over, and the page reloads into it.
// - Activate: old versions' caches are deleted, except the one just before (a page still running
//   it may yet load one of its chunks, which the new deployment no longer has).
/* global PRECACHE */
const PREFIX = 'pivot-east-';
const CACHE = PREFIX + PRECACHE.version;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(
        // Content-hashed files may come from the HTTP cache; the others (pages, the manifest) are
        // checked with the server, so the cache holds this version's and not a stale copy.
        PRECACHE.files.map((file) => new Request(file, { cache: file.startsWith('assets/') ? 'default' : 'no-cache' })),
      ),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists caches in the order they were made: the last other one is the previous version.
      const others = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== CACHE);
      await Promise.all(others.slice(0, -1).map((name) => caches.delete(name)));
      // The first version takes the page that installed it (the same files): it works offline at once.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // A page of this version whatever its query or hash (a share link): "/" is index.html.
    const url = new URL(request.url);
    const page = await cache.match(new URL(url.pathname.endsWith('/') ? 'index.html' : url.pathname, url).href, { ignoreSearch: true });
    return page ?? fetch(request);
  }
  // A chunk of the previous version, for a page that still runs it, before the network.
  return (await cache.match(request)) ?? (await caches.match(request)) ?? fetch(request);
}

// Offline cache of the web build. The build writes the file list and its version in place of
// the two placeholders below, so every deployment gets a cache of its own.
const PRECACHE = /* precache-files */ [];
const VERSION = /* precache-version */ 'dev';
const CACHE = `fleet-audit-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const dropOld = caches
    .keys()
    .then((keys) =>
      Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
    );
  event.waitUntil(dropOld.then(() => self.clients.claim()));
});

// Cache first: the build is immutable, and a consultant on a client site has no network.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;

  const lookup = request.mode === 'navigate' ? caches.match('./index.html') : caches.match(request);
  event.respondWith(lookup.then((cached) => cached ?? fetch(request)));
});

// Service worker: DealDojo works offline after one visit. The build writes its
// version (a hash of the app's files) below, so every build gets a fresh cache:
// - the app's files (the wasm with the fonts, the js, the default packs, icon,
//   manifest) are served cache-first from the cache of this version, filled when
//   the worker installs;
// - the page itself (index.html) is network-first, so a new build is noticed on
//   the next load: the browser then installs the new worker, which takes over
//   at once and removes the old caches.
const VERSION = '@DEALDOJO_VERSION@';
const CACHE = `dealdojo-${VERSION}`;
const APP_FILES = [
  // index.html carries the page's stylesheet and scripts (cmake/web_page.cmake).
  './', 'index.html', 'dealdojo.js', 'dealdojo.wasm', 'dealdojo_content.json', 'dealdojo_content.data',
  'manifest.webmanifest', 'icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // 'reload' skips the HTTP cache, so the files match this version.
    await cache.addAll(APP_FILES.map((file) => new Request(file, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('dealdojo-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = (await cache.match(request, { ignoreSearch: true })) || (await cache.match('./'));
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const isPage = request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('/index.html');
  event.respondWith(isPage ? networkFirst(request) : cacheFirst(request));
});

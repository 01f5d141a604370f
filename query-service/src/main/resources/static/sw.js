// The offline shell (issue 13, item 4): the interface's own files (the page, /ui/*) are fetched from the
// network first and kept, so a reload without a connection shows the ledger instead of the browser's error
// page. API answers are never kept: what a team recorded does not sit in a cache, and nothing stale is shown
// as current. Commands made offline wait in the page's outbox, not here.
const CACHE = 'ledger-shell-v1';
const SHELL = ['/', '/ui/styles.css', '/ui/app.js', '/ui/settings.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function isShell(url) {
  return url.origin === self.location.origin
    && (url.pathname === '/' || url.pathname === '/index.html' || url.pathname.startsWith('/ui/'));
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isShell(url)) return; // the APIs go to the network, untouched
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  }).catch(async () => (await caches.match(event.request, { ignoreSearch: true }))
    || (event.request.mode === 'navigate' ? caches.match('/') : Response.error())));
});

// The offline shell (issue 13, item 4): the interface's own files (the page, /ui/*) are kept, so a reload without a
// connection shows the ledger instead of the browser's error page. API answers are never kept: what a team recorded
// does not sit in a cache, and nothing stale is shown as current. Commands made offline wait in the page's outbox.
// Loading on mobile data (item 7): the page is always asked for first (a new deployment's page names new files);
// a file at a content-hashed address (name-<md5>.js) never changes, so it is taken from the cache when there; each
// time a page arrives, the files it no longer names are dropped, so old deployments' files do not pile up.
const CACHE = 'ledger-shell-v2';
const HASHED = /-[0-9a-f]{32}\.[a-z]+$/;

/** The addresses a page loads: its links and scripts, and where its import map sends modules (not the plain keys). */
function namedBy(text) {
  const named = new Set(['/', ...[...text.matchAll(/(?:href|src)="(\/ui\/[^"]+)"/g)].map((m) => m[1])]);
  const map = /<script type="importmap">([^<]*)<\/script>/.exec(text);
  if (map) Object.values(JSON.parse(map[1]).imports || {}).forEach((url) => named.add(url));
  return named;
}

/** Keeps the page and drops what it no longer names; answers what it names. */
async function keepPage(cache, page) {
  const named = namedBy(await page.clone().text());
  await cache.put('/', page);
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (!named.has(url.pathname + url.search)) await cache.delete(request);
  }
  return named;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch('/', { cache: 'no-cache' });
    if (page.ok) {
      const named = await keepPage(cache, page);
      // hashed files come from the browser's HTTP cache when the page just loaded them: no second download;
      // one at a time kept, so a file lost to a weak connection leaves the others
      await Promise.allSettled([...named].filter((path) => path !== '/').map((path) => cache.add(path)));
    }
    await self.skipWaiting();
  })());
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

async function fromNetwork(request, isPage) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    if (isPage) await keepPage(cache, response.clone()); else await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !isShell(url)) return; // the APIs go to the network, untouched
  const isPage = url.pathname === '/' || url.pathname === '/index.html';
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(event.request).then((kept) => kept || fromNetwork(event.request, false)));
    return;
  }
  event.respondWith(fromNetwork(event.request, isPage).catch(async () => (await caches.match(isPage ? '/' : event.request))
    || (event.request.mode === 'navigate' ? caches.match('/') : Response.error())));
});

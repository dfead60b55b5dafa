/*
 * Puas service worker: keeps the kiosk and survey pages usable without a network.
 * - Pages under /kiosk and /s/: network first (with a short timeout), the cached copy otherwise.
 * - Everything else the page loaded (Astro's fingerprinted /_astro/ files, the icon): cache first.
 * - The API is never touched: responses travel through the page's IndexedDB queue.
 * The page posts the URLs it loaded ({type: 'puas-cache', urls}); the first visit is not yet
 * controlled by this worker, so that message is how the first visit gets cached.
 */
const CACHE = 'puas-shell-v1';
const SHELL_PAGE = /^\/(kiosk|s)(\/|$)/;
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('puas-shell-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

function cacheable(url) {
  if (url.origin !== self.location.origin) return false;
  if (url.pathname.startsWith('/api/')) return false;
  return SHELL_PAGE.test(url.pathname) || url.pathname.startsWith('/_astro/') || url.pathname === '/favicon.svg';
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'puas-cache' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const u of data.urls) {
        let url;
        try {
          url = new URL(u, self.location.origin);
        } catch {
          continue;
        }
        if (!cacheable(url)) continue;
        if (!SHELL_PAGE.test(url.pathname) && (await cache.match(url.href))) continue;
        try {
          const res = await fetch(url.href, { credentials: 'same-origin' });
          if (res.ok) await cache.put(url.href, res);
        } catch {
          // Offline already: whatever is cached stays.
        }
      }
    })(),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    if (res.ok) await cache.put(request.url, res.clone());
    return res;
  } catch (err) {
    const hit = await cache.match(request.url);
    if (hit) return hit;
    throw err;
  }
}

// Only files loaded by a kiosk or survey page are kept; the admin pages are not cached.
async function cacheFirst(request, clientId) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request.url);
  if (hit) return hit;
  const res = await fetch(request);
  const client = clientId ? await self.clients.get(clientId) : undefined;
  if (res.ok && client && SHELL_PAGE.test(new URL(client.url).pathname)) await cache.put(request.url, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!cacheable(url)) return;
  if (request.mode === 'navigate' || SHELL_PAGE.test(url.pathname)) {
    if (SHELL_PAGE.test(url.pathname)) event.respondWith(networkFirst(request));
    return;
  }
  event.respondWith(cacheFirst(request, event.clientId));
});

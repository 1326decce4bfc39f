// Service worker of Síť podpory: keeps Pyodide, the checker and the exercise pages in a cache
// so that a second visit starts fast and the exercises work with the network off.
//
// The build copies this file to the site root (sw.js) with `const BUILD = {version, precache,
// immutable}` in front of it (tools/sitebuild/pyodide_assets.py). All paths there are relative
// to the site root, which is the folder this worker is served from, so a site hosted under a
// subpath works the same.

/* global BUILD */
const SETTINGS = typeof BUILD === "object" ? BUILD : { version: "dev", precache: [], immutable: [] };
const PREFIX = "sit-podpory-";
const CACHE = PREFIX + SETTINGS.version;
const BASE = new URL("./", self.location).href;
const PRECACHE = SETTINGS.precache.map((path) => new URL(path, BASE).href);
const IMMUTABLE = SETTINGS.immutable.map((path) => new URL(path, BASE).href);

const isImmutable = (url) => IMMUTABLE.some((prefix) => url.startsWith(prefix));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await Promise.all(
        PRECACHE.map(async (url) => {
          // Versioned files may come from the HTTP cache as they are (the page has just
          // loaded them); pages and scripts are revalidated.
          const response = await fetch(url, { cache: isImmutable(url) ? "force-cache" : "no-cache" });
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const cache = await caches.open(CACHE);
      cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
    if (cached) return cached;
    if (request.mode === "navigate" && !new URL(request.url).pathname.endsWith("/")) {
      const page = await caches.match(new URL(request.url).href + "/", { cacheName: CACHE });
      if (page) return page;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(BASE) || request.headers.has("range")) return;
  event.respondWith(isImmutable(request.url) ? cacheFirst(request) : networkFirst(request));
});

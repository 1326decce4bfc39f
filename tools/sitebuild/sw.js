// Service worker of Síť podpory: every page opens offline after one visit to any page, the
// checker after one visit to an exercise, and a stalled network never leaves a page blank.
//
// The build writes it to the site root (sw.js) with `const BUILD = {…}` in front of it
// (tools/sitebuild/offline.py). All paths there are relative to the site root, which is the
// folder this worker is served from, so a site hosted under a subpath works the same.
//
// Nothing is downloaded twice: the page's own requests fill the cache as they pass through
// here, the pages and scripts nobody asked for yet come in one compressed bundle, and the
// checker's large files are fetched here only when no page is fetching them (prefetch).

/* global BUILD */
const SETTINGS =
  typeof BUILD === "object"
    ? BUILD
    : { version: "dev", bundle: null, files: [], checker: [], immutable: [], offlinePage: "", prefetchFrom: [] };
const PREFIX = "sit-podpory-";
const CACHE = PREFIX + SETTINGS.version;
const BASE = new URL("./", self.location).href;
const url = (path) => new URL(path, BASE).href;
const IMMUTABLE = SETTINGS.immutable.map(url);
const CHECKER = SETTINGS.checker.map(url);
// A network that accepts connections but never answers: after this long, a cached copy wins.
const NETWORK_TIMEOUT_MS = 3000;

const isImmutable = (href) => IMMUTABLE.some((prefix) => href.startsWith(prefix));

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      // Versioned files an older version already holds stay: a new build of the pages must not
      // make anyone download Pyodide again.
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name === CACHE) continue;
        const old = await caches.open(name);
        for (const request of await old.keys()) {
          if (CHECKER.includes(request.url)) await cache.put(request, await old.match(request));
        }
      }
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

/** The body of a .gz file; some hosts already decoded it (Content-Encoding: gzip). */
async function gunzipped(response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Every page and text file from the build's bundle, unless this cache has it already. */
async function fillFromBundle() {
  if (!SETTINGS.bundle) return;
  const cache = await caches.open(CACHE);
  const bundleURL = url(SETTINGS.bundle);
  if (await cache.match(bundleURL)) return;
  const response = await fetch(bundleURL);
  if (!response.ok) throw new Error(`${bundleURL}: HTTP ${response.status}`);
  const files = JSON.parse(new TextDecoder().decode(await gunzipped(response)));
  const cached = new Set((await cache.keys()).map((request) => request.url));
  await Promise.all(
    Object.entries(files).map(([path, [type, body]]) =>
      cached.has(url(path)) ? null : cache.put(url(path), new Response(body, { headers: { "Content-Type": type } })),
    ),
  );
  await Promise.all(SETTINGS.files.map((path) => (cached.has(url(path)) ? null : cache.add(url(path)))));
  await cache.put(bundleURL, new Response("", { headers: { "Content-Type": "text/plain" } }));
}

/** The checker's files, for a trainee who will open an exercise soon. */
async function prefetchChecker() {
  const cache = await caches.open(CACHE);
  for (const href of CHECKER) {
    if (!(await cache.match(href))) await cache.add(href);
  }
}

const tasks = { fill: fillFromBundle, prefetch: prefetchChecker };

self.addEventListener("message", (event) => {
  const task = tasks[event.data && event.data.type];
  if (!task) return;
  if (event.data.type === "prefetch") {
    const page = event.source && event.source.url ? event.source.url : "";
    if (!SETTINGS.prefetchFrom.some((prefix) => page.startsWith(url(prefix)))) return;
  }
  event.waitUntil(task().catch((error) => console.warn(`[sw] ${event.data.type} failed:`, error)));
});

async function store(request, response) {
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached || store(request, await fetch(request));
}

async function fromCache(request) {
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  if (cached || request.mode !== "navigate") return cached;
  const { href, pathname } = new URL(request.url);
  if (!pathname.endsWith("/")) {
    const page = await caches.match(href + "/", { cacheName: CACHE });
    if (page) return page;
  }
  return offlinePage();
}

/** The offline page, for whatever address was asked: a <base> keeps its links and styles working. */
async function offlinePage() {
  const page = await caches.match(url(SETTINGS.offlinePage), { cacheName: CACHE });
  if (!page) return undefined;
  const html = (await page.text()).replace(/<head>/i, `<head><base href="${url(SETTINGS.offlinePage)}">`);
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

/** The network's answer, or the cached copy when the network fails or keeps silent for 3 s. */
async function networkFirst(request) {
  const network = fetch(request).then((response) => store(request, response));
  let timer;
  const silence = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, silence]);
    if (first) return first;
    const cached = await fromCache(request);
    return cached || (await network);
  } catch (error) {
    const cached = await fromCache(request);
    if (cached) return cached;
    throw error;
  } finally {
    clearTimeout(timer);
    network.catch(() => {}); // a late failure after a cached answer is nobody's concern
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !request.url.startsWith(BASE) || request.headers.has("range")) return;
  event.respondWith(isImmutable(request.url) ? cacheFirst(request) : networkFirst(request));
});

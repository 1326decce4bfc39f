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
//
// A new deploy reaches a returning visitor on the first visit, on any host: pages, scripts and
// the other unversioned files are revalidated with the host (cache: "no-cache"), never taken
// from the browser's HTTP cache on its own guess of freshness (a host that sends no
// Cache-Control leaves that guess to the browser). Only the versioned files are cache-first.
//
// A page from this cache carries the host's Content-Security-Policy, as it would online: the
// bundle's pages get the header the host sent with the bundle.

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
const GZIPPED = (SETTINGS.gzipped || []).map(url);
// A network that accepts connections but never answers: after this long, a cached copy wins.
const NETWORK_TIMEOUT_MS = 3000;

const isImmutable = (href) => IMMUTABLE.some((prefix) => href.startsWith(prefix));
// Ask the host whether the browser's copy is still current (a 304 costs no body).
const REVALIDATE = { cache: "no-cache" };
const CSP = "Content-Security-Policy";

/** A stored answer's headers: its type, and the host's policy where the host sent one. */
function headers(type, policy) {
  return policy ? { "Content-Type": type, [CSP]: policy } : { "Content-Type": type };
}

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

/** The body of a .gz file as a stream; a host that sent Content-Encoding: gzip decoded it already. */
function gunzipped(response) {
  const decoded = /gzip/i.test(response.headers.get("Content-Encoding") || "");
  return decoded ? response.body : response.body.pipeThrough(new DecompressionStream("gzip"));
}

/**
 * A file of the site from the network. Large scripts also exist as X.js.gz (a host that
 * compresses nothing would send Pyodide's 1.3 MB core as it is): those come compressed and
 * leave here as JavaScript, which the page's worker imports.
 */
async function download(request) {
  const href = typeof request === "string" ? request : request.url;
  if (!GZIPPED.includes(href)) return fetch(request, REVALIDATE);
  const response = await fetch(href + ".gz");
  if (!response.ok) return fetch(request);
  return new Response(gunzipped(response), { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
}

/** Every page and text file from the build's bundle, unless this cache has it already. */
async function fillFromBundle() {
  if (!SETTINGS.bundle) return;
  const cache = await caches.open(CACHE);
  const bundleURL = url(SETTINGS.bundle);
  if (await cache.match(bundleURL)) return;
  const response = await fetch(bundleURL);
  if (!response.ok) throw new Error(`${bundleURL}: HTTP ${response.status}`);
  // A host sets its policy for the whole site (a server's or folder's setting), so the bundle's
  // header is the one its pages and scripts carry online.
  const policy = response.headers.get(CSP);
  const files = JSON.parse(await new Response(gunzipped(response)).text());
  const cached = new Set((await cache.keys()).map((request) => request.url));
  await Promise.all(
    Object.entries(files).map(([path, [type, body]]) =>
      cached.has(url(path)) ? null : cache.put(url(path), new Response(body, { headers: headers(type, policy) })),
    ),
  );
  await Promise.all(
    SETTINGS.files.map((path) => (cached.has(url(path)) ? null : cache.add(new Request(url(path), REVALIDATE)))),
  );
  await cache.put(bundleURL, new Response("", { headers: { "Content-Type": "text/plain" } }));
}

// Downloads on their way into the cache, by URL: a page asking for a file that a prefetch is
// already downloading waits for it instead of downloading it a second time.
const downloading = new Map();

/** Fetch `request` and store the answer; resolves to the network's response. */
function fetchAndStore(request) {
  const href = typeof request === "string" ? request : request.url;
  const response = download(request);
  const stored = response.then((answer) => store(href, answer)).finally(() => downloading.delete(href));
  stored.catch((error) => console.warn("[sw] not cached:", href, error));
  downloading.set(href, stored);
  return response;
}

/** The checker's files, for a trainee who will open an exercise soon. */
async function prefetchChecker() {
  const cache = await caches.open(CACHE);
  for (const href of CHECKER) {
    if ((await cache.match(href)) || downloading.has(href)) continue;
    const response = await fetchAndStore(href);
    response.body?.cancel(); // nobody reads this copy; the cache's copy is still being written
    await downloading.get(href);
  }
}

const tasks = { fill: fillFromBundle, prefetch: prefetchChecker };

self.addEventListener("message", (event) => {
  const task = tasks[event.data && event.data.type];
  if (!task) return;
  if (event.data.type === "prefetch") {
    const page = event.source && event.source.url ? event.source.url.split(/[?#]/)[0] : "";
    if (!SETTINGS.prefetchFrom.map(url).includes(page)) return;
  }
  const done = task().catch((error) => console.warn(`[sw] ${event.data.type} failed:`, error));
  // The page learns when its request is done ("fill", "prefetch"): it marks itself, so that tests
  // wait for that state instead of a guessed time.
  event.waitUntil(done.then(() => event.source && event.source.postMessage({ type: `${event.data.type}-done` })));
});

/**
 * Put a copy of a good answer into the cache. The copy is taken at once, before the page
 * starts reading the response (a read body cannot be copied any more).
 */
function store(request, response) {
  if (!response.ok || !["basic", "default"].includes(response.type)) return Promise.resolve();
  const copy = response.clone();
  return caches.open(CACHE).then((cache) => cache.put(request, copy));
}

/** Versioned files never change: the cache's copy, or one download shared by every asker. */
async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  if (downloading.has(request.url)) {
    await downloading.get(request.url).catch(() => null);
    const stored = await caches.match(request, { cacheName: CACHE });
    if (stored) return stored;
  }
  return fetchAndStore(request);
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

/**
 * A page shown at an address other than its own (the offline page, the 404 page): a <base>
 * keeps its relative links and styles working at any depth and under any subpath.
 */
async function rebased(page, base, status) {
  const html = (await page.text()).replace(/<head>/i, `<head><base href="${base}">`);
  return new Response(html, { status, headers: headers("text/html; charset=utf-8", page.headers.get(CSP)) });
}

async function offlinePage() {
  const page = await caches.match(url(SETTINGS.offlinePage), { cacheName: CACHE });
  return page && rebased(page, url(SETTINGS.offlinePage), 503);
}

/** The network's answer, or the cached copy when the network fails or keeps silent for 3 s. */
async function networkFirst(request) {
  const network = fetch(request, REVALIDATE).then((response) => {
    store(request, response).catch((error) => console.warn("[sw] not cached:", request.url, error));
    return response;
  });
  let timer;
  const silence = new Promise((resolve) => {
    timer = setTimeout(resolve, NETWORK_TIMEOUT_MS);
  });
  try {
    const first = await Promise.race([network, silence]);
    // The host's "not found" page is 404.html, written for the site root.
    if (first && first.status === 404 && request.mode === "navigate") return rebased(first, BASE, 404);
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

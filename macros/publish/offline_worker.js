/*
 * The site's service worker, for reading it offline (the build puts OFFLINE_MANIFEST above this
 * text and writes both to the site's root as sw.js: macros/publish/offline.py).
 *
 * - Install: every address of the manifest goes into one cache named after the manifest's version
 *   (and the site's address, so two sites on one host keep apart). If one download fails, the
 *   install fails and the version in use stays whole.
 * - Activate: the caches of older versions are deleted.
 * - Fetch: cache first, for pages and files alike, from this version's cache only, so a page and
 *   the scripts and styles it loads always come from one build (the site's own files keep their
 *   names from one version to the next: a page from the network beside scripts from the cache
 *   could mix two versions). Query strings are ignored (the video filters live there). What the
 *   manifest does not hold goes to the network and is never stored; when the network is down, a
 *   page goes to its language's 404 page. Requests outside the site (YouTube, other origins) are
 *   not touched.
 * - A new version waits until the reader accepts it ("skip-waiting" from
 *   docs/assets/javascripts/offline/register.js), which then reloads the page.
 */
"use strict";

const SCOPE = self.registration.scope;
const CACHE_PREFIX = "playbook-offline " + SCOPE + " ";
const CACHE = CACHE_PREFIX + OFFLINE_MANIFEST.version;

self.addEventListener("install", (event) => {
  // "no-cache": the HTTP cache may still hold a page of the last version; ask the server.
  const requests = OFFLINE_MANIFEST.urls.map((url) => new Request(new URL(url, SCOPE), { cache: "no-cache" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(CACHE);
  const url = new URL(request.url);
  url.hash = "";
  if (url.pathname.endsWith("/index.html")) url.pathname = url.pathname.slice(0, -"index.html".length);
  const cached = await cache.match(url.href, { ignoreSearch: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (offline) {
    if (request.mode === "navigate") {
      const page = await notFoundPage(cache, url);
      if (page) return page;
    }
    throw offline;
  }
}

async function notFoundPage(cache, url) {
  const path = url.href.slice(SCOPE.length);
  const entry = OFFLINE_MANIFEST.notFound.find((candidate) => path.startsWith(candidate.folder));
  const page = entry && await cache.match(new URL(entry.page, SCOPE).href);
  if (!page) return undefined;
  return new Response(await page.blob(), { status: 404, statusText: "Not Found", headers: page.headers });
}

// On every page: register the site's service worker (sw.js at the site root) and ask it to
// keep every page for offline use; on case studies and the exercise list, also ask it to fetch
// the plan checker in the background, when the connection allows it and the page has loaded.
// A classic script: it must work on any host, whatever MIME type the host gives modules.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.isSecureContext || !document.currentScript) return;
  // This file is assets/javascripts/offline.js: the site root is two folders up, whatever
  // subpath the site is hosted under.
  var root = new URL("../../", document.currentScript.src);
  var connection = navigator.connection || {};
  var frugal = connection.saveData || /(^|-)2g$/.test(connection.effectiveType || "");

  function ask(type) {
    return navigator.serviceWorker.ready.then(function (registration) {
      if (registration.active) registration.active.postMessage({ type: type });
    });
  }

  function afterLoadWhenIdle(fn) {
    var later = function () {
      if ("requestIdleCallback" in window) window.requestIdleCallback(fn, { timeout: 5000 });
      else window.setTimeout(fn, 1000);
    };
    if (document.readyState === "complete") later();
    else window.addEventListener("load", later, { once: true });
  }

  // Read by the exercise pages: their checker waits for this before it starts downloading,
  // so that its files pass through the service worker into the offline cache.
  window.sitPodporyServiceWorker = navigator.serviceWorker
    .register(new URL("sw.js", root).href, { scope: root.href })
    .catch(function (error) {
      console.warn("[offline] service worker not registered:", error);
      return null;
    });
  // "fill-done", "prefetch-done": what the service worker finished for this page, as a mark on it.
  navigator.serviceWorker.addEventListener("message", function (event) {
    var type = event.data && event.data.type;
    if (type === "fill-done" || type === "prefetch-done") document.documentElement.setAttribute("data-offline-" + type, "");
  });
  window.sitPodporyServiceWorker.then(function (registration) {
    if (!registration) return;
    afterLoadWhenIdle(function () {
      ask("fill");
      if (!frugal) ask("prefetch");
    });
  });
})();

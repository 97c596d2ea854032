/*
 * Reading offline: registers the site's service worker (sw.js at the site's root, written by the
 * build: macros/publish/offline.py) and offers a new version when one has been downloaded.
 *
 * - The worker's address comes relative to this page (data-worker), so the site works under any
 *   path. It is registered after the page has loaded, when the browser is idle: the worker then
 *   downloads the whole site, which must not compete with the page being shown.
 * - When a new worker (a new build) has installed while this page is open, or was waiting from an
 *   earlier page, the box .playbook-update (role="status") shows its text and a button; the button
 *   lets the new worker take over ("skip-waiting") and reloads the page once it has.
 */
(function () {
  if (!("serviceWorker" in navigator)) return;
  var script = document.currentScript;
  var workerUrl = new URL(script.getAttribute("data-worker"), location.href).href;
  var notice = document.querySelector(".playbook-update");
  var reloadWanted = false;

  function offerNewVersion(registration) {
    if (!notice || notice.hasChildNodes()) return;
    var text = document.createElement("p");
    text.textContent = notice.getAttribute("data-text");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button md-button--primary";
    button.textContent = notice.getAttribute("data-reload");
    button.addEventListener("click", function () {
      reloadWanted = true;
      if (registration.waiting) registration.waiting.postMessage("skip-waiting");
      else location.reload();
    });
    notice.appendChild(text);
    notice.appendChild(button);
  }

  function watchForNewVersions(registration) {
    // With no worker in control this is the first one: it takes over quietly, there is nothing to offer.
    if (registration.waiting && navigator.serviceWorker.controller) offerNewVersion(registration);
    registration.addEventListener("updatefound", function () {
      var installing = registration.installing;
      installing.addEventListener("statechange", function () {
        if (installing.state === "installed" && navigator.serviceWorker.controller) offerNewVersion(registration);
      });
    });
  }

  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (reloadWanted) location.reload();
  });

  function register() {
    // A page opened from disk (file://) or a browser that refuses workers: the site still works online.
    navigator.serviceWorker.register(workerUrl).then(watchForNewVersions, function () {});
  }

  function whenIdle() {
    if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  }

  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle);
})();

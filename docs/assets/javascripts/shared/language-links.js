/* The language switcher (Material's header links with hreflang, each pointing at the same page in the
 * other language, set by mkdocs-static-i18n) keeps the reader's place: the anchor and the query
 * (the video index's filters, a checklist's role) go with the link, e.g.
 *   /en/checklists/go-live/#hypercare-two-weeks  ->  /checklists/go-live/#hypercare-two-weeks
 * Kept up to date when the address changes without a new page (hashchange, popstate, and the
 * history.pushState / replaceState of the page's own scripts). Runs on every page. */
(function () {
  "use strict";

  var links = Array.prototype.slice.call(document.querySelectorAll("a.md-select__link[hreflang]"));
  if (!links.length) return;
  var targets = links.map(function (link) { return link.getAttribute("href").replace(/[?#].*$/, ""); });

  function update() {
    links.forEach(function (link, index) {
      link.setAttribute("href", targets[index] + location.search + location.hash);
    });
  }

  ["pushState", "replaceState"].forEach(function (name) {
    var original = window.history[name];
    window.history[name] = function () {
      var result = original.apply(this, arguments);
      update();
      return result;
    };
  });
  window.addEventListener("hashchange", update);
  window.addEventListener("popstate", update);
  update();
})();

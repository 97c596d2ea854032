/*
 * A patch of Material's internals (mkdocs-material 9.8.2, pinned): two requests its bundle makes on
 * every page load, which this site holds back. It relies on the bundle fetching both with
 * XMLHttpRequest and on the address of each. After upgrading Material run
 *   tests/browser/test_page_load_browser.py  (test_search_index_loads_only_when_search_is_wanted:
 *     neither request on load, the index once search is wanted, and search still answers;
 *     test_a_search_result_link_brings_the_index_for_its_highlight)
 * which fail when the bundle fetches them another way or no longer waits for the held request.
 *
 * - sitemap.xml, once per <link rel="alternate" hreflang> in the head: the language
 *   selector uses it to map the current page onto the other language. mkdocs-static-i18n
 *   already points each language link at the same page in the other language, so the
 *   lookup cannot find a better target (with it, a click went to the alternate's address
 *   without its trailing slash, a redirect). Never sent: Material then keeps no sitemap for
 *   the alternate and lets the link do what it says.
 * - search/search_index.json (both languages): on a slow phone its download and parsing
 *   compete with the first paint for the network and the main thread, for a feature most
 *   visits never use. Sent once the reader points at or focuses the search field or toggles
 *   search open, or when the address carries a search (q=) or a search result's highlight
 *   (h=). Material waits for the response whenever it comes, and answers what was typed
 *   meanwhile.
 *
 * Both are opened as usual and held in XMLHttpRequest#send. Runs before Material's bundle.
 */
(function () {
  var SITEMAP = /\/sitemap\.xml$/;
  var SEARCH_INDEX = /\/search\/search_index\.json$/;
  var params = new URLSearchParams(location.search);
  var indexWanted = params.has("q") || params.has("h");
  var heldIndex = [];

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var pathname = new URL(url, location.href).pathname;
    this.playbookKind = SITEMAP.test(pathname) ? "sitemap" : SEARCH_INDEX.test(pathname) ? "search-index" : "";
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.playbookKind === "sitemap") return undefined;
    if (this.playbookKind === "search-index" && !indexWanted) {
      heldIndex.push(this);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  var INTENT = ["pointerover", "focusin", "change"];
  function onIntent(event) {
    var target = event.target;
    if (!(target instanceof Element && target.closest(".md-search, label[for='__search'], #__search"))) return;
    INTENT.forEach(function (type) { document.removeEventListener(type, onIntent, true); });
    indexWanted = true;
    heldIndex.splice(0).forEach(function (request) { send.call(request); });
  }
  if (!indexWanted) {
    INTENT.forEach(function (type) { document.addEventListener(type, onIntent, true); });
  }
})();

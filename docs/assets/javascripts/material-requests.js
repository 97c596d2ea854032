/*
 * Two requests Material's bundle makes on every page load, which this site holds back.
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
  var params = new URLSearchParams(location.search);
  var HELD = [
    { path: /\/sitemap\.xml$/, wanted: false, waiting: [] },
    { path: /\/search\/search_index\.json$/, wanted: params.has("q") || params.has("h"), waiting: [] },
  ];
  var searchIndex = HELD[1];

  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    var pathname = new URL(url, location.href).pathname;
    this.playbookHeld = HELD.filter(function (rule) { return rule.path.test(pathname); })[0];
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var rule = this.playbookHeld;
    if (rule && !rule.wanted) {
      rule.waiting.push(this);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  var INTENT = ["pointerover", "focusin", "change"];
  function onIntent(event) {
    var target = event.target;
    if (!(target instanceof Element && target.closest(".md-search, label[for='__search'], #__search"))) return;
    INTENT.forEach(function (type) { document.removeEventListener(type, onIntent, true); });
    searchIndex.wanted = true;
    searchIndex.waiting.splice(0).forEach(function (request) { send.call(request); });
  }
  if (!searchIndex.wanted) {
    INTENT.forEach(function (type) { document.addEventListener(type, onIntent, true); });
  }
})();

/*
 * The search index as this page hands it to Material's search: only once the reader
 * reaches for search, and only the entries in the page's language.
 *
 * When. Material's bundle requests search/search_index.json and sets up its search worker
 * on every page load. On a slow phone that download and its parsing compete with the
 * page's first paint for the network and the main thread, for a feature most visits never
 * use. So the request is opened as usual but sent only when the reader points at or
 * focuses the search field or toggles search open, or when the address carries a search
 * (q=, a shared query) or a search result's highlight (h=). Material waits for the response
 * whenever it comes, and answers what was typed meanwhile.
 *
 * What. mkdocs-static-i18n writes one search index for both languages; Material hands it
 * to its search worker in a "setup" message. Keep only this language's entries in that
 * message, so the worker indexes (and finds) nothing else. Which entries belong to the
 * language is rendered into this tag by the build (hooks/page_meta.py):
 * data-search-scope = {"own": "en/", "others": []} — a location must start with `own` and
 * with none of `others`.
 *
 * Runs before Material's bundle, which makes both the request and the worker.
 */
(function () {
  var SETUP = 0; // Material's SearchMessageType.SETUP
  var INDEX_PATH = /\/search\/search_index\.json$/;
  var scope = JSON.parse(document.currentScript.getAttribute("data-search-scope"));

  // When: hold the index request back until search is wanted.
  var params = new URLSearchParams(location.search);
  var wanted = params.has("q") || params.has("h");
  var held = [];
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.playbookSearchIndex = INDEX_PATH.test(new URL(url, location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.playbookSearchIndex && !wanted) {
      held.push(this);
      return undefined;
    }
    return send.apply(this, arguments);
  };

  var INTENT = ["pointerover", "focusin", "change"];
  function isSearch(target) {
    return target instanceof Element && !!target.closest(".md-search, label[for='__search'], #__search");
  }
  function onIntent(event) {
    if (!isSearch(event.target)) return;
    wanted = true;
    INTENT.forEach(function (type) { document.removeEventListener(type, onIntent, true); });
    held.splice(0).forEach(function (request) { send.call(request); });
  }
  if (!wanted) {
    INTENT.forEach(function (type) { document.addEventListener(type, onIntent, true); });
  }

  // What: this language's entries only.
  function inScope(doc) {
    var location = doc.location || "";
    return location.indexOf(scope.own) === 0 && !scope.others.some(function (prefix) {
      return location.indexOf(prefix) === 0;
    });
  }

  var postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === SETUP && message.data && Array.isArray(message.data.docs)) {
      var data = Object.assign({}, message.data, { docs: message.data.docs.filter(inScope) });
      arguments[0] = Object.assign({}, message, { data: data });
    }
    return postMessage.apply(this, arguments);
  };
})();

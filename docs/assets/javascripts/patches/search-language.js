/*
 * A patch of Material's internals (mkdocs-material 9.8.2, pinned): it relies on the page script
 * handing the search index to its worker with Worker#postMessage in a message of type 0
 * (SearchMessageType.SETUP) whose data.docs lists the entries. After upgrading Material run
 *   tests/browser/test_search_browser.py
 * whose test_typing_into_the_search_box_finds_other_word_forms types into Material's own search
 * box and fails when pages in the other language come back (the message changed and this filter
 * let it through). The recall test there sends the message itself, as Material 9.8 does: it
 * checks the filter, not Material.
 *
 * Search results in the page's language only. mkdocs-static-i18n writes one search
 * index for both languages; Material's page script fetches it and hands it to its
 * search worker in a "setup" message. Keep only this language's entries in that
 * message, so the worker indexes (and finds) nothing else. Which entries belong to
 * the language is rendered into this tag by the build (hooks/page_meta.py):
 * data-search-scope = {"own": "en/", "others": []} — a location must start with
 * `own` and with none of `others`. Runs before Material's bundle creates the worker.
 */
(function () {
  var SETUP = 0; // Material's SearchMessageType.SETUP
  var scope = JSON.parse(document.currentScript.getAttribute("data-search-scope"));

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

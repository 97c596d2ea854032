/* The role filter above the checklist items (stage guides and checklists; markup:
 * macros/stages/templates/guidance.html). Shows only the items of one role or one party, without a
 * reload; the choice is in the query string (?role=client-admin, ?party=client) so a link can share
 * it, next to an item's anchor in the fragment (?role=sponsor#contract-signed). The item the
 * fragment names is always shown. Items are hidden on screen only: progress counts every item and
 * the printed sheet lists them all. Without JavaScript the control is left out and every item shows. */
(function () {
  "use strict";

  var select = document.querySelector("select.playbook-role-filter__select");
  if (!select || !window.PlaybookText) return;
  var format = window.PlaybookText.format;
  var status = document.querySelector(".playbook-role-filter__status");
  var KINDS = { role: "data-roles", party: "data-parties" };

  function words(text) {
    return (text || "").split(/\s+/).filter(Boolean);
  }

  function choice() {
    var value = select.value;
    var kind = value.split(":")[0];
    return KINDS[kind] ? { kind: kind, id: value.slice(kind.length + 1) } : null;
  }

  function fromUrl() {
    var query = new URLSearchParams(location.search);
    for (var kind in KINDS) {
      var value = kind + ":" + query.get(kind);
      if (query.get(kind) && select.querySelector('option[value="' + CSS.escape(value) + '"]')) return value;
    }
    return "";
  }

  function toUrl() {
    var url = new URL(location.href);
    var chosen = choice();
    Object.keys(KINDS).forEach(function (kind) { url.searchParams.delete(kind); });
    if (chosen) url.searchParams.set(chosen.kind, chosen.id);
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
  }

  function namedItem() {
    return decodeURIComponent(location.hash.slice(1));
  }

  function apply() {
    var chosen = choice();
    var named = namedItem();
    var shown = 0, total = 0;
    document.querySelectorAll("ul.playbook-checklist").forEach(function (list) {
      var visible = 0;
      list.querySelectorAll(":scope > li.playbook-checklist__item").forEach(function (item) {
        var show = !chosen || item.id === named || words(item.getAttribute(KINDS[chosen.kind])).indexOf(chosen.id) >= 0;
        item.classList.toggle("playbook-filtered-out", !show);
        total += 1;
        if (show) visible += 1;
      });
      shown += visible;
      var none = list.nextElementSibling;
      if (none && none.classList.contains("playbook-role-filter__none")) none.hidden = visible > 0;
    });
    status.textContent = chosen ? format(select.getAttribute("data-status"), { shown: shown, total: total }) : "";
  }

  function revealNamedItem() {
    var item = namedItem() && document.getElementById(namedItem());
    if (item) item.scrollIntoView();
  }

  select.addEventListener("change", function () {
    apply();
    toUrl();
  });
  window.addEventListener("hashchange", apply);
  select.value = fromUrl();
  apply();
  // The browser scrolled to the item before the filter hid the ones above it.
  if (choice()) revealNamedItem();
})();

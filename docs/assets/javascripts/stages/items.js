/* A link to one checklist item (…/#contract-signed, on a stage guide or a checklist) opens the
 * editors' guidance under it (<details class="playbook-guidance">, rendered by
 * macros/stages/templates/guidance.html): on load and whenever the fragment changes. */
(function () {
  "use strict";

  function openNamedItem() {
    var id = decodeURIComponent(location.hash.slice(1));
    var item = id && document.getElementById(id);
    if (!item || !item.classList.contains("playbook-checklist__item")) return;
    var details = item.querySelector(":scope > details.playbook-guidance");
    if (details) details.open = true;
  }

  window.addEventListener("hashchange", openNamedItem);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", openNamedItem);
  } else {
    openNamedItem();
  }
})();

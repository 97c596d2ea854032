/* Fills the {placeholders} of the interface strings the pages hand to the scripts
 * (data/ui.yml, data/acts.yml): one implementation for every feature.
 *
 *   PlaybookText.format("{done} of {total} done", {done: 2, total: 4})  ->  "2 of 4 done"
 *
 * A placeholder without a value stays as written, so a missing value shows instead of vanishing;
 * values are inserted as they are ("$&" in a name stays "$&"). PlaybookText.date writes a date. */
(function () {
  "use strict";

  var PLACEHOLDER = /\{(\w+)\}/g;

  function format(template, values) {
    return String(template === undefined || template === null ? "" : template).replace(PLACEHOLDER, function (match, key) {
      return values && Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match;
    });
  }

  /* "2026-12-02T09:50:00Z" -> "2 December 2026" in the page's language (<html lang>); "" for no date. */
  function date(value) {
    var when = value ? new Date(value) : null;
    if (!when || isNaN(when.getTime())) return "";
    return new Intl.DateTimeFormat(document.documentElement.lang || undefined,
      { day: "numeric", month: "long", year: "numeric" }).format(when);
  }

  window.PlaybookText = { format: format, date: date };
})();

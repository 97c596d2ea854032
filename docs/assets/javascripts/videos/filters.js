/*
 * Filters on the video index (stage, audience, language), kept in the query string. Without JavaScript the form
 * is left out (playbook-scripted) and the page is the full list; here it only hides entries and groups and
 * rewords each group's summary. Its words come from the page (the JSON script
 * #playbook-video-strings, rendered by macros/videos/pages.py): each noun's forms by plural
 * category, chosen with Intl.PluralRules.
 */
(function () {
  var form = document.querySelector("form.playbook-video-filters");
  var stringsNode = document.getElementById("playbook-video-strings");
  if (!form || !stringsNode || !window.PlaybookText) return;
  var format = window.PlaybookText.format;
  var strings = JSON.parse(stringsNode.textContent);
  var plural = new Intl.PluralRules(strings.lang);
  var status = document.querySelector(".playbook-video-filters__status");
  var empty = document.querySelector(".playbook-video-filters__empty");
  var groups = Array.prototype.slice.call(document.querySelectorAll(".playbook-video-group"));

  function count(n, noun) {
    var forms = strings.nouns[noun];
    return n + " " + (forms[plural.select(n)] || forms.other || forms.many);
  }

  // Mirrors duration_words() and group_summary() in macros/videos/pages.py.
  function durationWords(seconds) {
    var minutes = seconds ? Math.max(1, Math.round(seconds / 60)) : 0;
    var hours = Math.floor(minutes / 60);
    minutes = minutes % 60;
    var parts = hours ? [count(hours, "hour")] : [];
    if (minutes || !hours) parts.push(count(minutes, "minute"));
    return parts.join(" ");
  }

  function summary(entries) {
    var clips = entries.filter(function (e) { return e.getAttribute("data-format") === "video"; });
    var articles = entries.length - clips.length;
    var parts = [];
    if (clips.length) {
      var seconds = clips.reduce(function (sum, e) { return sum + Number(e.getAttribute("data-seconds")); }, 0);
      parts.push(count(clips.length, "video") + " (" + durationWords(seconds) + ")");
    }
    if (articles) parts.push(count(articles, "article"));
    if (clips.length && articles) return count(entries.length, "resource") + ": " + parts.join(", ");
    return parts[0] || "";
  }

  function matches(entry, audience, language) {
    var roles = (entry.getAttribute("data-audience") || "").split(" ");
    return (!audience || roles.indexOf(audience) >= 0) &&
      (!language || entry.getAttribute("data-language") === language);
  }

  function apply() {
    var stage = form.elements.stage.value;
    var audience = form.elements.audience.value;
    var language = form.elements.language.value;
    var filtered = Boolean(stage || audience || language);
    var shown = {}, total = {};
    groups.forEach(function (group) {
      var entries = Array.prototype.slice.call(group.querySelectorAll(".playbook-video"));
      var inStage = !stage || group.getAttribute("data-stage") === stage;
      var visible = entries.filter(function (entry) {
        total[entry.getAttribute("data-video")] = true;
        var show = inStage && matches(entry, audience, language);
        entry.hidden = !show;
        if (show) shown[entry.getAttribute("data-video")] = true;
        return show;
      });
      // A stage with no videos at all keeps its "no videos yet" note unless another stage is chosen.
      var groupShown = inStage && (visible.length > 0 || !entries.length && !audience && !language);
      group.hidden = !groupShown;
      var heading = document.getElementById(group.getAttribute("data-heading"));
      if (heading) heading.hidden = !groupShown;
      var line = group.querySelector(".playbook-videos__summary");
      if (line) line.textContent = summary(visible);
    });
    var shownCount = Object.keys(shown).length;
    status.textContent = format(strings.status, {shown: shownCount, total: Object.keys(total).length});
    status.hidden = !filtered;
    empty.hidden = !filtered || shownCount > 0 || groups.some(function (g) { return !g.hidden; });
    toAddress();
  }

  // A link to one entry (videos/#id) must land on it, whatever the filters hide.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target || !target.closest(".playbook-video-group") || target.offsetParent !== null) return;
    form.reset();
    apply();
    target.scrollIntoView();
  }

  // The filters live in the address (?stage=…&audience=…&language=…): a reload, a shared link and the
  // language switch (shared/language-links.js) keep them.
  var NAMES = ["stage", "audience", "language"];

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    NAMES.forEach(function (name) {
      var select = form.elements[name];
      var value = params.get(name);
      var known = Array.prototype.some.call(select.options, function (option) { return option.value === value; });
      if (value && known) select.value = value;
    });
  }

  function toAddress() {
    var params = new URLSearchParams(location.search);
    NAMES.forEach(function (name) {
      var value = form.elements[name].value;
      if (value) params.set(name, value); else params.delete(name);
    });
    var query = params.toString();
    var address = location.pathname + (query ? "?" + query : "") + location.hash;
    if (address !== location.pathname + location.search + location.hash) {
      history.replaceState(history.state, "", address);
    }
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", reveal);
  fromAddress();
  apply();
  reveal();
})();

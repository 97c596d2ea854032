/* Interactive checklists (pages rendered by macros/checklists/pages.py): restores and saves the
 * ticks in the current project's "checklist" section, keyed by the item's stable id only ({id: true};
 * its shape is checked by checklists/section.js) and when each tick was made in the "ticked_at" section
 * ({id: "…Z"}, added later beside the ticks so that older pages still read them; the project page shows
 * the first and last tick of each stage), and fills in progress bars, the printed date and
 * the polite announcement after each tick. All texts come from the page (data-* attributes). */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects || !window.PlaybookText) return;

  var SECTION = "checklist";
  var TIMES = "ticked_at";
  var format = window.PlaybookText.format;

  function words(text) {
    return (text || "").split(/\s+/).filter(Boolean);
  }

  function counted(ids, ticked) {
    return ids.filter(function (id) { return ticked[id] === true; }).length;
  }

  function showProgress(element, ticked) {
    var required = words(element.getAttribute("data-required"));
    var optional = words(element.getAttribute("data-optional"));
    var done = counted(required, ticked);
    var bar = element.querySelector(".playbook-progress__bar");
    bar.max = Math.max(required.length, 1);
    bar.value = required.length ? done : 0;
    element.querySelector(".playbook-progress__text").textContent =
      format(element.getAttribute("data-text"), { done: done, total: required.length });
    var optionalText = element.querySelector(".playbook-progress__optional");
    if (optionalText) {
      optionalText.textContent = format(element.getAttribute("data-optional-text"),
        { done: counted(optional, ticked), total: optional.length });
    }
    element.classList.toggle("playbook-progress--complete", required.length > 0 && done === required.length);
    return { done: done, total: required.length };
  }

  function render() {
    var ticked = projects.section(SECTION);
    document.querySelectorAll("input.playbook-checklist__box[data-item]").forEach(function (box) {
      box.checked = ticked[box.getAttribute("data-item")] === true;
      box.closest(".playbook-checklist__item").classList.toggle("is-done", box.checked);
    });
    document.querySelectorAll(".playbook-progress").forEach(function (element) {
      showProgress(element, ticked);
    });
  }

  function announce(box) {
    var announcer = document.querySelector(".playbook-announcer");
    var list = box.closest(".playbook-checklist");
    if (!announcer || !list) return;
    var ids = [];
    list.querySelectorAll("li.playbook-checklist__item:not([data-optional])").forEach(function (item) {
      ids.push(item.id);
    });
    var heading = document.getElementById("stage-" + list.getAttribute("data-stage")) || document.querySelector("h1");
    announcer.textContent = format(announcer.getAttribute("data-template"), {
      stage: heading ? heading.textContent.trim() : "",
      done: counted(ids, projects.section(SECTION)),
      total: ids.length
    });
  }

  function onChange(event) {
    var box = event.target;
    if (!box.matches || !box.matches("input.playbook-checklist__box[data-item]")) return;
    var id = box.getAttribute("data-item");
    var checked = box.checked;
    projects.updateSection(SECTION, function (ticked) {
      if (checked) ticked[id] = true;
      else delete ticked[id];
      return ticked;
    });
    projects.updateSection(TIMES, function (times) {
      if (checked) times[id] = new Date().toISOString();
      else delete times[id];
      return times;
    });
    announce(box);
  }

  function onClick(event) {
    var printButton = event.target.closest("[data-print]");
    if (printButton) {
      window.print();
      return;
    }
    var reset = event.target.closest(".playbook-reset-stage");
    if (!reset) return;
    var name = projects.current().name;
    if (!window.confirm(format(reset.getAttribute("data-confirm"), { name: name }))) return;
    var ids = words(reset.getAttribute("data-stage-items"));
    projects.updateSection(SECTION, function (ticked) {
      ids.forEach(function (id) { delete ticked[id]; });
      return ticked;
    });
    projects.updateSection(TIMES, function (times) {
      ids.forEach(function (id) { delete times[id]; });
      return times;
    });
    var announcer = document.querySelector(".playbook-announcer");
    if (announcer) announcer.textContent = reset.getAttribute("data-done");
  }

  // The date is shown on paper only (the sheet's header is hidden on screen), and making a date
  // formatter costs tens of milliseconds on a phone: so it is written when the page is printed.
  function showDate() {
    var slots = document.querySelectorAll("[data-playbook-today]");
    if (!slots.length) return;
    var lang = document.documentElement.lang || undefined;
    var today;
    try {
      today = new Intl.DateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(new Date());
    } catch (error) {
      today = new Date().toISOString().slice(0, 10);
    }
    slots.forEach(function (element) {
      element.textContent = today;
    });
  }

  function start() {
    var interactive = document.querySelector(".playbook-checklist--interactive, .playbook-progress");
    if (!interactive) return;
    document.addEventListener("change", onChange);
    document.addEventListener("click", onClick);
    window.addEventListener("beforeprint", showDate);
    projects.subscribe(render);
    render();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

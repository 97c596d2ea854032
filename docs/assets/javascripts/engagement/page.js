/* The project page (macros/engagement/pages.py renders its frame and a JSON config with every text
 * this script shows): fills in the status by stage, the timeline, the current stage's open items and
 * the printed report's header from the current project (or from a shared snapshot opened by a
 * #share= link, read-only), keeps the plan and the parties as they are typed, makes the share link
 * and the Odoo CSV with deadlines. Values reach the page as text only (textContent). */
(function () {
  "use strict";

  var configNode = document.querySelector(".playbook-engagement-config");
  var store = window.PlaybookProjects;
  var derive = window.PlaybookStatus;
  var share = window.PlaybookShare;
  var parties = window.PlaybookParties;
  var tasksCsv = window.PlaybookTasksCsv;
  if (!configNode || !store || !derive || !share || !parties || !tasksCsv || !window.PlaybookText) return;

  var config = JSON.parse(configNode.textContent);
  var ui = config.ui;
  var format = window.PlaybookText.format;
  var lang = document.documentElement.lang === "en" ? "en" : "uk";
  var DAY_MS = 86400000;
  var OPEN_SHOWN = 5;  // open items listed; the rest are counted
  var actOrder = config.stages.map(function (stage) { return stage.id; }).concat(["final"]);
  var snapshot = null;  // the export object of a shared link being viewed
  var dayFormat = null;

  function $(selector) {
    return document.querySelector(selector);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  // --- dates and figures ------------------------------------------------------------------------

  function today() {
    return derive.localDay(new Date());
  }

  function dayDate(day) {
    var parts = day.split("-");
    return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
  }

  function showDay(day) {
    if (!day) return "";
    try {
      dayFormat = dayFormat || new Intl.DateTimeFormat(lang, {day: "numeric", month: "short", year: "numeric"});
      return dayFormat.format(dayDate(day));
    } catch (error) {
      return day;
    }
  }

  function longToday() {
    try {
      return new Intl.DateTimeFormat(lang, {day: "numeric", month: "long", year: "numeric"}).format(new Date());
    } catch (error) {
      return today();
    }
  }

  function period(start, end) {
    if (!start && !end) return "";
    if (start === end || !end) return showDay(start);
    if (!start) return showDay(end);
    return format(ui.period, {start: showDay(start), end: showDay(end)});
  }

  function amount(cents, currency) {
    if (cents === null || !window.PlaybookMoney) return "";
    var figure = window.PlaybookMoney.money(cents, lang);
    return lang === "en" ? currency + " " + figure : figure + " " + (config.acts.short[currency] || currency);
  }

  function certificateText(found) {
    if (!found) return ui.no_certificate;
    var parts = [];
    if (found.number) parts.push(format(ui.certificate_number, {number: found.number}));
    if (found.date) parts.push(format(ui.certificate_date, {date: showDay(found.date)}));
    var sum = amount(found.cents, found.currency);
    return parts.join(" ") + (sum ? ", " + sum : "");
  }

  // --- what is shown --------------------------------------------------------------------------------

  function viewed() {
    return snapshot ? snapshot.project : store.current();
  }

  function stageConfig(id) {
    for (var i = 0; i < config.stages.length; i++) if (config.stages[i].id === id) return config.stages[i];
    return null;
  }

  function statusCell(cell, stage) {
    cell.replaceChildren(element("span", "playbook-report__status-text", ui["status_" + stage.status]));
    if (stage.overdue) {
      cell.appendChild(document.createTextNode(" "));
      cell.appendChild(element("strong", "playbook-report__overdue", ui.overdue));
    }
  }

  function progressCell(cell, stage) {
    cell.replaceChildren(element("span", "", format(ui.progress, {done: stage.done, total: stage.total})));
    if (stage.optionalTotal) {
      cell.appendChild(element("span", "playbook-report__optional",
        format(ui.progress_optional, {done: stage.optionalDone, total: stage.optionalTotal})));
    }
  }

  function ticksText(stage) {
    if (stage.firstTick) return period(stage.firstTick, stage.lastTick);
    return stage.undated ? ui.ticks_undated : ui.no_ticks;
  }

  function renderTable(view) {
    view.stages.forEach(function (stage) {
      var row = $('.playbook-report__table tr[data-stage="' + stage.id + '"]');
      if (!row) return;
      row.setAttribute("data-status", stage.status);
      row.classList.toggle("is-overdue", stage.overdue);
      row.classList.toggle("is-current", stage.id === view.current);
      row.querySelector('[data-cell="plan"]').textContent = period(stage.start, stage.end) || ui.not_planned;
      statusCell(row.querySelector('[data-cell="status"]'), stage);
      progressCell(row.querySelector('[data-cell="progress"]'), stage);
      row.querySelector('[data-cell="ticks"]').textContent = ticksText(stage);
      row.querySelector('[data-cell="certificate"]').textContent = certificateText(stage.certificate);
    });
  }

  function actualSpan(stage, now) {
    if (!stage.firstTick) return null;
    return {start: stage.firstTick, end: stage.status === "done" ? stage.lastTick : (now > stage.lastTick ? now : stage.lastTick)};
  }

  function plannedSpan(stage) {
    if (!stage.start && !stage.end) return null;
    return {start: stage.start || stage.end, end: stage.end || stage.start};
  }

  function place(bar, span, first, days) {
    bar.hidden = !span || span.end < span.start;
    if (bar.hidden) return;
    var from = (dayDate(span.start) - first) / DAY_MS, to = (dayDate(span.end) - first) / DAY_MS + 1;
    bar.style.left = (100 * from / days).toFixed(2) + "%";
    bar.style.width = Math.max(100 * (to - from) / days, 0.8).toFixed(2) + "%";
  }

  function renderTimeline(view) {
    var now = today(), spans = [];
    view.stages.forEach(function (stage) {
      [plannedSpan(stage), actualSpan(stage, now)].forEach(function (span) { if (span) spans.push(span.start, span.end); });
    });
    var empty = $(".playbook-timeline__empty");
    var rows = $(".playbook-timeline__rows");
    if (!empty || !rows) return;
    empty.textContent = spans.length ? "" : ui.timeline_empty;
    empty.hidden = Boolean(spans.length);
    rows.hidden = !spans.length;
    if (!spans.length) return;
    spans.push(now);
    spans.sort();
    var first = dayDate(spans[0]), days = (dayDate(spans[spans.length - 1]) - first) / DAY_MS + 1;
    view.stages.forEach(function (stage) {
      var row = rows.querySelector('[data-stage="' + stage.id + '"]');
      if (!row) return;
      var planned = plannedSpan(stage), actual = actualSpan(stage, now);
      row.classList.toggle("is-overdue", stage.overdue);
      row.classList.toggle("is-skipped", stage.status === "skipped");
      place(row.querySelector(".playbook-timeline__bar--planned"), planned, first, days);
      place(row.querySelector(".playbook-timeline__bar--actual"), actual, first, days);
      place(row.querySelector(".playbook-timeline__today"), {start: now, end: now}, first, days);
      row.querySelector(".playbook-timeline__today").style.width = "";
      var text = format(ui.timeline_row, {
        planned: stage.status === "skipped" ? ui.status_skipped : planned ? period(planned.start, planned.end) : ui.not_planned,
        actual: actual ? period(actual.start, actual.end) : ui.no_ticks
      });
      row.querySelector(".playbook-timeline__text").textContent = stage.overdue ? text + " " + ui.overdue + "." : text;
    });
  }

  function renderOpen(view) {
    var heading = $(".playbook-report__open-stage"), list = $(".playbook-report__open-items");
    if (!heading || !list) return;
    list.replaceChildren();
    var current = view.current && view.stages.filter(function (stage) { return stage.id === view.current; })[0];
    if (!current) {
      heading.textContent = ui.open_none;
      list.hidden = true;
      return;
    }
    heading.textContent = format(ui.open_stage, {stage: stageConfig(current.id).heading});
    current.open.slice(0, OPEN_SHOWN).forEach(function (item) {
      var li = element("li", "", item.text);
      if (item.owner) {
        li.appendChild(document.createTextNode(" "));
        li.appendChild(element("span", "playbook-report__owner", "(" + format(ui.owner, {role: item.owner}) + ")"));
      }
      list.appendChild(li);
    });
    if (current.open.length > OPEN_SHOWN) list.appendChild(element("li", "playbook-report__more", format(ui.open_more, {n: current.open.length - OPEN_SHOWN})));
    list.hidden = !list.childNodes.length;
  }

  function partyValuesOf(project) {
    return parties.values(config.partyFields, actOrder, project);
  }

  function renderHeader(project) {
    var values = partyValuesOf(project);
    $('[data-report="project"]').textContent = project.name;
    $('[data-report="date"]').textContent = longToday();
    var contract = [];
    if (values.contract_number) contract.push(format(ui.certificate_number, {number: values.contract_number}));
    if (values.contract_date) contract.push(format(ui.certificate_date, {date: showDay(values.contract_date)}));
    $('[data-report="contract-text"]').textContent = contract.join(" ");
    $('[data-report="contract"]').hidden = !contract.length;
  }

  function planEntry(project, id) {
    var stages = isObject(project.plan) && isObject(project.plan.stages) ? project.plan.stages : {};
    return isObject(stages[id]) ? stages[id] : {};
  }

  function renderPlan(project) {
    document.querySelectorAll(".playbook-plan__stage").forEach(function (group) {
      var id = group.getAttribute("data-stage"), entry = planEntry(project, id);
      group.disabled = Boolean(snapshot);
      group.querySelectorAll("input[data-key]").forEach(function (input) {
        var key = input.getAttribute("data-key");
        if (input.type === "checkbox") input.checked = entry[key] === true;
        else if (input.value !== (entry[key] || "")) input.value = entry[key] || "";
      });
      var problem = group.querySelector(".playbook-plan__problem");
      var wrong = Boolean(entry.start && entry.end && entry.end < entry.start);
      problem.textContent = wrong ? ui.plan_end_before_start : "";
      problem.hidden = !wrong;
      var end = group.querySelector('[data-key="end"]');
      if (wrong) {
        end.setAttribute("aria-invalid", "true");
        end.setAttribute("aria-describedby", problem.id);
      } else {
        end.removeAttribute("aria-invalid");
        end.removeAttribute("aria-describedby");
      }
    });
  }

  function renderParties(project) {
    var values = partyValuesOf(project);
    var form = $(".playbook-parties");
    if (!form) return;
    form.querySelectorAll("input[name]").forEach(function (input) {
      input.disabled = Boolean(snapshot);
      var value = values[input.name] || "";
      if (input.value !== value) input.value = value;
    });
  }

  function renderMode() {
    var banner = $(".playbook-engagement__shared");
    if (snapshot) {
      $(".playbook-engagement__shared-text").textContent = format(ui.shared_banner,
        {name: snapshot.project.name, date: showDay(derive.localDay(snapshot.exported || ""))});
    }
    banner.querySelector(".playbook-engagement__shared-actions").hidden = !snapshot;
    banner.hidden = !snapshot && !banner.querySelector(".playbook-engagement__shared-status").textContent;
    document.documentElement.classList.toggle("playbook-shared-snapshot", Boolean(snapshot));
    var bar = $(".playbook-projects");
    if (bar) bar.hidden = Boolean(snapshot);
    document.querySelectorAll(".playbook-share, #share-link").forEach(function (node) { node.hidden = Boolean(snapshot); });
  }

  function render() {
    var project = viewed();
    var view = derive.derive(config, project, today());
    renderMode();
    renderHeader(project);
    renderTable(view);
    renderTimeline(view);
    renderOpen(view);
    renderPlan(project);
    renderParties(project);
  }

  // --- editing the plan and the parties ----------------------------------------------------------

  function onPlanInput(event) {
    var input = event.target;
    if (snapshot || !input.matches("input[data-stage][data-key]")) return;
    var id = input.getAttribute("data-stage"), key = input.getAttribute("data-key");
    var value = input.type === "checkbox" ? input.checked : input.value;
    store.updateSection("plan", function (plan) {
      if (!isObject(plan.stages)) plan.stages = {};
      var entry = isObject(plan.stages[id]) ? plan.stages[id] : {};
      if (value === "" || value === false) delete entry[key];
      else entry[key] = value;
      if (Object.keys(entry).length) plan.stages[id] = entry;
      else delete plan.stages[id];
      return plan;
    });
  }

  function onPartiesInput(event) {
    var input = event.target;
    if (snapshot || !input.name) return;
    var change = {};
    change[input.name] = input.value;
    parties.update(config.partyFields, actOrder, change);
  }

  // --- the shared snapshot --------------------------------------------------------------------------

  function sharedStatus(text) {
    var node = $(".playbook-engagement__shared-status");
    node.textContent = text;
    renderMode();
  }

  function clearHash() {
    if (share.fromHash(window.location.hash) !== null) {
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }

  function openFromHash() {
    var data = share.fromHash(window.location.hash);
    if (data === null) return;
    if (!share.supported()) {
      sharedStatus(ui.share_unsupported);
      return;
    }
    share.decode(data).then(function (object) {
      store.validateExport(object);  // throws on a damaged snapshot, as an import of a file would
      snapshot = object;
      sharedStatus("");
      render();
    }).catch(function () {
      snapshot = null;
      sharedStatus(ui.shared_broken);
      render();
    });
  }

  function leaveSnapshot(message) {
    snapshot = null;
    clearHash();
    sharedStatus(message || "");
    render();
  }

  /* The three-way choice (replace the older copy of the same project, keep both, cancel) is the
   * import dialog's (window.PlaybookImport, shared with the project bar); without it, a confirmation
   * that adds the snapshot as a project of its own. Cancelling changes nothing. */
  function saveSnapshot() {
    var object = snapshot;
    var saved;
    if (window.PlaybookImport && typeof window.PlaybookImport.offer === "function") {
      saved = Promise.resolve(window.PlaybookImport.offer(object));
    } else {
      saved = Promise.resolve(window.confirm(format(ui.shared_confirm, {name: object.project.name}))
        ? store.importProject(object, {replace: false}) : null);
    }
    saved.then(function (result) {
      if (!result || result === "cancelled") return;
      leaveSnapshot(format(ui.shared_saved, {name: object.project.name}));
    });
  }

  // --- making a link --------------------------------------------------------------------------------

  function localTime(value) {
    var day = derive.localDay(value);
    return day ? day + "T00:00:00" : null;
  }

  /* Progress and plan always; the parties (with the contract) and the acts' amounts when asked for.
   * Tick times keep their local day only ("…T00:00:00", read as local time wherever it is opened). */
  function snapshotOf(include) {
    var exported = store.exportProject();
    var source = exported.project, project = {id: source.id, name: source.name};
    ["created", "updated"].forEach(function (key) { if (source[key]) project[key] = source[key]; });
    var ticks = isObject(source.checklist) ? source.checklist : {};
    if (Object.keys(ticks).length) project.checklist = ticks;
    var times = {}, sourceTimes = isObject(source.ticked_at) ? source.ticked_at : {};
    Object.keys(ticks).forEach(function (id) {
      var time = sourceTimes[id] && localTime(sourceTimes[id]);
      if (time) times[id] = time;
    });
    if (Object.keys(times).length) project.ticked_at = times;
    if (isObject(source.plan)) project.plan = source.plan;
    var acts = {}, sourceActs = isObject(source.acts) ? source.acts : {};
    config.stages.forEach(function (stage) {
      var act = sourceActs[stage.id], entry = {};
      if (!isObject(act)) return;
      ["number", "date"].forEach(function (key) { if (typeof act[key] === "string" && act[key].trim()) entry[key] = act[key]; });
      if (include.amounts && Array.isArray(act.rows)) {
        entry.rows = act.rows.map(function (row) { return {qty: String(row.qty || ""), price: String(row.price || "")}; });
        ["currency", "vat_rate", "vat_mode"].forEach(function (key) { if (typeof act[key] === "string") entry[key] = act[key]; });
      }
      if (Object.keys(entry).length) acts[stage.id] = entry;
    });
    if (Object.keys(acts).length) project.acts = acts;
    if (include.parties) {
      var values = partyValuesOf(source);
      if (Object.keys(values).length) project.parties = values;
    }
    return {format: exported.format, version: exported.version, exported: exported.exported, project: project};
  }

  function baseUrl() {
    return window.location.href.split("#")[0];
  }

  var dialog = $(".playbook-share__dialog");
  var lastSnapshot = null;

  function shareStatus(text, fallback) {
    dialog.querySelector(".playbook-share__status").textContent = text;
    dialog.querySelector(".playbook-share__fallback").hidden = !fallback;
  }

  function makeLink() {
    var include = {};
    dialog.querySelectorAll("input[data-include]").forEach(function (box) { include[box.getAttribute("data-include")] = box.checked; });
    lastSnapshot = snapshotOf(include);
    var result = dialog.querySelector(".playbook-share__result");
    result.hidden = true;
    if (!share.supported()) {
      shareStatus(ui.share_unsupported, true);
      return Promise.resolve();
    }
    return share.encode(lastSnapshot).then(function (data) {
      var link = share.link(baseUrl(), data);
      if (link.length > config.shareLimit) {
        shareStatus(format(ui.share_too_long, {length: link.length, max: config.shareLimit}), true);
        return;
      }
      var input = dialog.querySelector(".playbook-share__link");
      input.value = link;
      result.hidden = false;
      shareStatus(format(ui.share_ready, {length: link.length}), false);
      input.focus();
      input.select();
    });
  }

  function copyLink() {
    var input = dialog.querySelector(".playbook-share__link");
    function fallback() {
      input.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      shareStatus(copied ? ui.share_copied : ui.share_copy_failed, false);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(input.value).then(function () { shareStatus(ui.share_copied, false); }, fallback);
    } else {
      fallback();
    }
  }

  function download(name, text, type) {
    var url = URL.createObjectURL(new Blob([text], {type: type}));
    var link = element("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(url);
      link.remove();
    }, 0);
  }

  function fileSlug(name) {
    return (name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "") || "project").slice(0, 60);
  }

  function exportSnapshot() {
    var object = lastSnapshot || snapshotOf({});
    download("odoo-playbook-" + fileSlug(object.project.name) + ".json", JSON.stringify(object, null, 2) + "\n", "application/json");
  }

  // --- the Odoo CSV with deadlines -------------------------------------------------------------------

  function deadlines(project) {
    var view = derive.derive(config, project, today()), found = {};
    view.stages.forEach(function (stage) {
      if (!stage.end || stage.status === "skipped") return;
      stageConfig(stage.id).items.forEach(function (item) { found[item.task] = stage.end; });
    });
    return found;
  }

  function downloadCsv() {
    var statusNode = $(".playbook-share__csv-status");
    var project = store.current();
    return fetch(config.csv.url).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.text();
    }).then(function (text) {
      var result = tasksCsv.withDeadlines(text, deadlines(project), config.csv.idColumn, config.csv.deadlineColumn);
      var name = config.csv.file.replace(/\.csv$/, "") + "-" + fileSlug(project.name) + ".csv";
      download(name, result.text, "text/csv;charset=utf-8");
      statusNode.textContent = format(ui.csv_done, {file: name, n: result.dated, total: result.rows});
    }).catch(function (error) {
      statusNode.textContent = format(ui.csv_failed, {reason: error.message});
    });
  }

  // --- wiring ----------------------------------------------------------------------------------------

  function onClick(event) {
    var control = event.target.closest("button[data-action]");
    if (!control) return;
    var action = control.getAttribute("data-action");
    if (action === "open-share") {
      dialog.querySelector(".playbook-share__result").hidden = true;
      shareStatus("", false);
      lastSnapshot = null;
      dialog.showModal();
    } else if (action === "close-share") {
      dialog.close();
    } else if (action === "make-link") {
      makeLink();
    } else if (action === "copy-link") {
      copyLink();
    } else if (action === "export-snapshot") {
      exportSnapshot();
    } else if (action === "download-csv") {
      downloadCsv();
    } else if (action === "save-shared" && snapshot) {
      saveSnapshot();
    } else if (action === "leave-shared") {
      leaveSnapshot("");
    }
  }

  function start() {
    document.addEventListener("click", onClick);
    var plan = $(".playbook-plan"), partiesForm = $(".playbook-parties");
    if (plan) {
      plan.addEventListener("change", onPlanInput);
      plan.addEventListener("submit", function (event) { event.preventDefault(); });
    }
    if (partiesForm) {
      partiesForm.addEventListener("input", onPartiesInput);
      partiesForm.addEventListener("submit", function (event) { event.preventDefault(); });
    }
    dialog.querySelectorAll("input[data-include]").forEach(function (box) {
      box.addEventListener("change", function () {
        dialog.querySelector(".playbook-share__result").hidden = true;
        shareStatus("", false);
      });
    });
    window.addEventListener("hashchange", openFromHash);
    store.subscribe(function () { if (!snapshot) render(); });
    render();
    openFromHash();
  }

  window.PlaybookEngagement = {snapshotOf: snapshotOf, makeLink: makeLink};

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

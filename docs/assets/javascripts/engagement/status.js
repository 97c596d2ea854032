/* The status of a project, derived and never entered: for each stage of the page's config, from the
 * project's ticks ("checklist", "ticked_at"), plan ("plan") and acts ("acts").
 *
 *   PlaybookStatus.derive(config, project, "2026-03-01") ->
 *     {stages: [{id, status: "not_started" | "in_progress" | "done" | "skipped", overdue, done, total,
 *                optionalDone, optionalTotal, firstTick, lastTick ("YYYY-MM-DD" or ""), undated,
 *                start, end, certificate: {number, date, cents, currency} | null, open: [item]}],
 *      current: stage id or null (the first stage that is neither done nor skipped)}
 *
 * Done: every item that is not optional is ticked. Skipped: an optional stage the plan leaves out of
 * the contract. Overdue: the planned end has passed and the stage is neither done nor skipped. Tick
 * dates are the local calendar days of the ticks' times. */
(function () {
  "use strict";

  var money = window.PlaybookMoney;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function section(project, name) {
    return isObject(project[name]) ? project[name] : {};
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  /* A time's local calendar day, "YYYY-MM-DD" ("" when it cannot be read). */
  function localDay(value) {
    var date = value instanceof Date ? value : new Date(value);
    if (isNaN(date.getTime())) return "";
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  function text(value) {
    return typeof value === "string" ? value.trim() : "";
  }

  /* A stage act's total as its own page computes it, or null while it has no complete figure. */
  function actTotal(config, act) {
    if (!money || !Array.isArray(act.rows)) return null;
    var rate = typeof act.vat_rate === "string" ? act.vat_rate : config.acts.vatRate;
    var totals = money.totals(act.rows, rate, act.vat_mode);
    if (!totals.any || !totals.complete) return null;
    return totals.total;
  }

  function certificate(config, act) {
    if (!isObject(act)) return null;
    var number = text(act.number), date = text(act.date);
    if (!number && !date) return null;
    var currency = config.acts.currencies.indexOf(act.currency) >= 0 ? act.currency : config.acts.currency;
    return {number: number, date: date, cents: actTotal(config, act), currency: currency};
  }

  function deriveStage(config, stage, sections, today) {
    var ticks = sections.checklist, times = sections.ticked_at;
    var entry = isObject(sections.plan[stage.id]) ? sections.plan[stage.id] : {};
    var required = stage.items.filter(function (item) { return !item.optional; });
    var optional = stage.items.filter(function (item) { return item.optional; });
    var ticked = stage.items.filter(function (item) { return ticks[item.id] === true; });
    var done = required.filter(function (item) { return ticks[item.id] === true; }).length;
    var days = ticked.map(function (item) { return localDay(times[item.id] || ""); }).filter(Boolean).sort();
    var excluded = stage.optional && entry.excluded === true;
    var status = excluded ? "skipped"
      : required.length && done === required.length ? "done"
      : ticked.length ? "in_progress" : "not_started";
    var start = text(entry.start), end = text(entry.end);
    return {
      id: stage.id,
      status: status,
      overdue: Boolean(end) && end < today && status !== "done" && status !== "skipped",
      done: done,
      total: required.length,
      optionalDone: optional.filter(function (item) { return ticks[item.id] === true; }).length,
      optionalTotal: optional.length,
      firstTick: days.length ? days[0] : "",
      lastTick: days.length ? days[days.length - 1] : "",
      undated: ticked.length - days.length,
      start: start,
      end: end,
      certificate: certificate(config, section(sections, "acts")[stage.id]),
      open: required.filter(function (item) { return ticks[item.id] !== true; })
    };
  }

  function derive(config, project, today) {
    var sections = {
      checklist: section(project, "checklist"),
      ticked_at: section(project, "ticked_at"),
      plan: section(section(project, "plan"), "stages"),
      acts: section(project, "acts")
    };
    var stages = config.stages.map(function (stage) { return deriveStage(config, stage, sections, today); });
    var current = null;
    for (var i = 0; i < stages.length; i++) {
      if (stages[i].status !== "done" && stages[i].status !== "skipped") {
        current = stages[i].id;
        break;
      }
    }
    return {stages: stages, current: current};
  }

  window.PlaybookStatus = {derive: derive, localDay: localDay};
})();

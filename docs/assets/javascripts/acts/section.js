/* The shape of a project's "acts" section: {act id: {field: text, rows: [{key: text}],
 * stage_acts: {stage id: {key: text}}}}, the act id being a stage id or "final" (only the final
 * act keeps `stage_acts`: what was typed about each stage act it lists). Registered with the store
 * on every page that uses projects (not only on act pages), so a damaged section is reported, and
 * an import that carries one refused, wherever the project is opened. */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects) return;

  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function textsProblem(object, where) {
    for (var key in object) {
      if (typeof object[key] !== "string") return where + "." + key + ": not text";
    }
    return null;
  }

  function rowsProblem(rows, where) {
    if (!Array.isArray(rows)) return where + ": not a list";
    for (var i = 0; i < rows.length; i++) {
      if (!isObject(rows[i])) return where + "[" + i + "]: not a row";
      var problem = textsProblem(rows[i], where + "[" + i + "]");
      if (problem) return problem;
    }
    return null;
  }

  function stageActsProblem(stageActs, where) {
    if (!isObject(stageActs)) return where + ": not a group of stage acts";
    for (var id in stageActs) {
      if (!SLUG.test(id)) return where + "." + id + ": not a stage id";
      if (!isObject(stageActs[id])) return where + "." + id + ": not a group of values";
      var problem = textsProblem(stageActs[id], where + "." + id);
      if (problem) return problem;
    }
    return null;
  }

  projects.registerSection("acts", function (section) {
    for (var id in section) {
      var act = section[id];
      if (!SLUG.test(id)) return id + ": not an act id";
      if (!isObject(act)) return id + ": not a group of values";
      for (var key in act) {
        var problem = key === "rows" ? rowsProblem(act.rows, id + ".rows")
          : key === "stage_acts" ? stageActsProblem(act.stage_acts, id + ".stage_acts")
          : typeof act[key] !== "string" ? id + "." + key + ": not text" : null;
        if (problem) return problem;
      }
    }
    return null;
  });
})();

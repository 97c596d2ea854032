/* The shapes of the project sections the project page adds, registered with the store on every page
 * that uses projects (like checklists/section.js), so a damaged one is reported, and an import that
 * carries one refused, wherever the project is opened:
 *   plan      {stages: {stage id: {start: "YYYY-MM-DD" | "", end: "YYYY-MM-DD" | "", excluded: bool}}}
 *   parties   {field: text}: the contract and the parties, shared by the act form and the project page
 *   ticked_at {item id: "…Z"}: when each tick was made (ticks made before it existed have none)
 * New keys inside a section are allowed, so a later version can add some without older tabs calling
 * the store damaged. Also here: the parties' values, read from older acts until the section exists. */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects) return;

  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var DAY = /^\d{4}-\d{2}-\d{2}$/;
  var FIELD = /^[a-z][a-z0-9_]*$/;

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function dayProblem(value, where) {
    if (value === undefined || value === "") return null;
    return typeof value === "string" && DAY.test(value) ? null : where + ": not a date (YYYY-MM-DD)";
  }

  projects.registerSection("plan", function (section) {
    if (section.stages === undefined) return null;
    if (!isObject(section.stages)) return "stages: not a group of stages";
    for (var id in section.stages) {
      var entry = section.stages[id];
      if (!SLUG.test(id)) return "stages." + id + ": not a stage id";
      if (!isObject(entry)) return "stages." + id + ": not a group of values";
      var problem = dayProblem(entry.start, "stages." + id + ".start") || dayProblem(entry.end, "stages." + id + ".end");
      if (problem) return problem;
      if (entry.excluded !== undefined && typeof entry.excluded !== "boolean") return "stages." + id + ".excluded: not true or false";
    }
    return null;
  });

  projects.registerSection("parties", function (section) {
    for (var key in section) {
      if (!FIELD.test(key)) return key + ": not a field name";
      if (typeof section[key] !== "string") return key + ": not text";
    }
    return null;
  });

  projects.registerSection("ticked_at", function (section) {
    for (var id in section) {
      if (!SLUG.test(id)) return "«" + id + "» is not an item id";
      if (typeof section[id] !== "string" || isNaN(Date.parse(section[id]))) return "the value of «" + id + "» is not a time";
    }
    return null;
  });

  /* Projects saved before the parties were shared keep them in each act. Until such a project has a
   * "parties" section, the shared values are read from its acts: field by field, the first value
   * found (stage acts in order, then the final act; `actOrder` lists the act ids). Nothing is
   * written for that: the first change to a shared field writes the section, these values included.
   * The acts keep their own values, which go on taking precedence in their own act. */
  function adopted(fields, actOrder, project) {
    var acts = isObject(project.acts) ? project.acts : {};
    var found = {};
    fields.forEach(function (field) {
      for (var i = 0; i < actOrder.length; i++) {
        var act = acts[actOrder[i]];
        if (isObject(act) && typeof act[field] === "string" && act[field].trim()) {
          found[field] = act[field];
          return;
        }
      }
    });
    return found;
  }

  /* The parties' values to show for a project (the current one by default): the non-empty texts. */
  function partyValues(fields, actOrder, project) {
    var source = project || projects.current();
    var section = isObject(source.parties) ? source.parties : adopted(fields, actOrder, source);
    var values = {};
    fields.forEach(function (field) {
      if (typeof section[field] === "string" && section[field] !== "") values[field] = section[field];
    });
    return values;
  }

  /* Writes shared fields of the current project ({field: text}; "" removes one). */
  function updateParties(fields, actOrder, changes) {
    var project = projects.current();
    var start = isObject(project.parties) ? null : adopted(fields, actOrder, project);
    projects.updateSection("parties", function (section) {
      if (start) Object.assign(section, start);
      Object.keys(changes).forEach(function (field) {
        if (changes[field]) section[field] = changes[field];
        else delete section[field];
      });
      return section;
    });
  }

  window.PlaybookParties = {values: partyValues, update: updateParties};
})();

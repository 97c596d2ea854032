/* The shape of a project's "checklist" section, the ticks: {item id: true}. Registered with the
 * store on every page that uses projects (not only on checklist pages), so a damaged section is
 * reported, and an import that carries one refused, wherever the project is opened. */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects) return;

  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  projects.registerSection("checklist", function (section) {
    var keys = Object.keys(section);
    for (var i = 0; i < keys.length; i++) {
      if (!SLUG.test(keys[i])) return "«" + keys[i] + "» is not an item id";
      if (typeof section[keys[i]] !== "boolean") return "the value of «" + keys[i] + "» is not true or false";
    }
    return null;
  });
})();

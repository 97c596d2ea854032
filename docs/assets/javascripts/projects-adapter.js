/* A stand-in for projects.js (the named-projects store of the checklists, issue 3) until it is
 * merged: the same API names and the same localStorage layout (key "odoo-playbook.v1"), limited
 * to what the act pages use. It does nothing when the real window.PlaybookProjects is loaded. */
(function () {
  "use strict";
  if (window.PlaybookProjects) return;

  var KEY = "odoo-playbook.v1";
  var listeners = [];
  var broken = null;

  function read() {
    var raw = null;
    try { raw = window.localStorage.getItem(KEY); } catch (error) { return null; }
    if (raw === null) return null;
    try {
      var state = JSON.parse(raw);
      if (state && state.version === 1 && state.projects && typeof state.projects === "object") return state;
    } catch (error) { /* reported below */ }
    broken = "stored projects are unreadable";
    return null;
  }

  var memory = read();

  function state() {
    var current = broken ? memory : read();
    if (!current) {
      var id = "p-" + Date.now().toString(36);
      var now = new Date().toISOString();
      var name = document.documentElement.lang === "en" ? "My project" : "Мій проєкт";
      current = {version: 1, current: id, projects: {}};
      current.projects[id] = {name: name, created: now, updated: now};
      write(current);
    }
    if (!current.projects[current.current]) current.current = Object.keys(current.projects)[0];
    return current;
  }

  function write(next) {
    memory = next;
    if (broken) return;  // never overwrite a value we could not read
    try { window.localStorage.setItem(KEY, JSON.stringify(next)); } catch (error) { /* storage full or off */ }
  }

  function notify(current) {
    listeners.slice().forEach(function (fn) { fn(current); });
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  window.PlaybookProjects = {
    current: function () {
      var s = state(), project = s.projects[s.current];
      return Object.assign({id: s.current}, copy(project));
    },
    list: function () {
      var s = state();
      return Object.keys(s.projects).map(function (id) { return {id: id, name: s.projects[id].name}; });
    },
    section: function (name) {
      var s = state(), section = s.projects[s.current][name];
      return section && typeof section === "object" ? copy(section) : {};
    },
    updateSection: function (name, fn) {
      var s = state(), project = s.projects[s.current];
      var draft = project[name] && typeof project[name] === "object" ? copy(project[name]) : {};
      var result = fn(draft);
      project[name] = result === undefined ? draft : result;
      project.updated = new Date().toISOString();
      write(s);
      notify(s);
    },
    subscribe: function (fn) {
      listeners.push(fn);
      return function () { listeners = listeners.filter(function (other) { return other !== fn; }); };
    },
    problem: function () { return broken; }
  };

  window.addEventListener("storage", function (event) {
    if (event.key === KEY) notify(state());
  });
})();

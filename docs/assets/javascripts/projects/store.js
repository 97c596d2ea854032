/* Named client projects kept in the browser: the only code that touches localStorage for
 * project state. Features (checklists, acts) each own one section of a project and use
 * window.PlaybookProjects; the storage contract is in README.md ("Projects in the browser").
 * Each feature checks its own section (checklists/section.js, acts/section.js); every page that
 * uses projects loads all those checks right after this file (macros/publish/page_assets.py), so
 * a damaged section is noticed, and a damaged import refused, on whichever page it happens.
 *
 * Storage: localStorage["odoo-playbook.v1"] =
 *   {"version": 1, "current": "p-…", "projects": {"p-…": {"name", "created", "updated", <section>: {…}}}}
 *
 * Strings shown to people are never hard-coded here: the default project's name comes from the page
 * (an element with data-playbook-default-project), error messages are codes the UI translates
 * (error.code) with an English fallback in error.message. */
(function () {
  "use strict";

  var KEY = "odoo-playbook.v1";
  var VERSION = 1;
  var FORMAT = "odoo-playbook-project";
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var RESERVED = { id: true, name: true, created: true, updated: true };
  var MAX_NAME = 200;

  var state = null;        // the parsed state currently in use
  var problem = null;      // {code, message} when the stored value is unusable
  var rawCorrupted = null; // the unusable stored text, kept for the user to save
  var memoryOnly = false;  // true while the stored value is corrupted: never written
  var listeners = [];
  var sectionValidators = {};

  function fail(code, message, details) {
    var error = new Error(message);
    error.code = code;
    error.details = details || {};
    return error;
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function clone(value) {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  }

  function now() {
    return new Date().toISOString().replace(/\.\d+Z$/, "Z");
  }

  function emptyState() {
    return { version: VERSION, current: null, projects: {} };
  }

  function newId(existing) {
    var id;
    do {
      id = "p-" + Math.random().toString(36).slice(2, 8).replace(/[^a-z0-9]/g, "0");
    } while (existing && existing[id]);
    return id;
  }

  function defaultName() {
    var holder = document.querySelector("[data-playbook-default-project]");
    return (holder && holder.getAttribute("data-playbook-default-project")) || "—"; // pages that use projects render the name (project bar, progress)
  }

  function cleanName(name) {
    var text = typeof name === "string" ? name.replace(/\s+/g, " ").trim() : "";
    if (!text) throw fail("name-empty", "A project needs a name.");
    if (text.length > MAX_NAME) throw fail("name-too-long", "A project name is at most " + MAX_NAME + " characters.");
    return text;
  }

  /* Checks one project object (from storage or from an import file); returns null or
   * {path, text}: where the problem is (e.g. "project.checklist") and what it is, in English. */
  function projectProblem(project, where) {
    function at(path, text) { return { path: path, text: path + " " + text }; }
    if (!isObject(project)) return at(where, "is not an object");
    if (typeof project.name !== "string" || !project.name.trim()) return at(where + ".name", "is not a non-empty text");
    if (project.name.length > MAX_NAME) return at(where + ".name", "is longer than " + MAX_NAME + " characters");
    var keys = Object.keys(project);
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      var value = project[key];
      if (key === "id") {
        if (typeof value !== "string" || !SLUG.test(value)) return at(where + ".id", "is not a slug");
      } else if (key === "created" || key === "updated") {
        if (typeof value !== "string") return at(where + "." + key, "is not a date text");
      } else if (key !== "name") {
        if (!isObject(value)) return at(where + "." + key, "is not an object");
        if (sectionValidators[key]) {
          var sectionProblem = sectionValidators[key](value);
          if (sectionProblem) return at(where + "." + key, "is invalid (" + sectionProblem + ")");
        }
      }
    }
    return null;
  }

  function stateProblem(value) {
    if (!isObject(value)) return "the stored value is not an object";
    if (value.version !== VERSION) return "unknown version " + JSON.stringify(value.version);
    if (!isObject(value.projects)) return "«projects» is not an object";
    var ids = Object.keys(value.projects);
    for (var i = 0; i < ids.length; i++) {
      if (!SLUG.test(ids[i])) return "project id «" + ids[i] + "» is not a slug";
      var problemFound = projectProblem(value.projects[ids[i]], "projects." + ids[i]);
      if (problemFound) return problemFound.text;
    }
    if (value.current !== null && value.current !== undefined && typeof value.current !== "string") {
      return "«current» is not a project id";
    }
    return null;
  }

  function read() {
    var raw;
    try {
      raw = window.localStorage.getItem(KEY);
    } catch (error) {
      problem = { code: "storage-unavailable", message: "The browser does not allow saving here: " + error.message };
      memoryOnly = true;
      return emptyState();
    }
    if (raw === null) {
      problem = null;
      rawCorrupted = null;
      memoryOnly = false;
      return emptyState();
    }
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      parsed = undefined;
      problem = { code: "storage-corrupted", message: "The saved projects cannot be read (not JSON)." };
    }
    if (parsed !== undefined) {
      var message = stateProblem(parsed);
      if (!message) {
        problem = null;
        rawCorrupted = null;
        memoryOnly = false;
        return parsed;
      }
      problem = { code: "storage-corrupted", message: "The saved projects cannot be used: " + message + "." };
    }
    rawCorrupted = raw;
    memoryOnly = true;
    return emptyState();
  }

  /* Makes sure a current project exists; returns true when it had to create or pick one. */
  function settle(value) {
    var ids = Object.keys(value.projects);
    if (!ids.length) {
      var id = newId(value.projects);
      value.projects[id] = { name: defaultName(), created: now(), updated: now() };
      value.current = id;
      return true;
    }
    if (!value.current || !value.projects[value.current]) {
      value.current = ids[0];
      return true;
    }
    return false;
  }

  function write() {
    if (memoryOnly) return;
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      problem = { code: "storage-unavailable", message: "The browser did not save the change: " + error.message };
    }
  }

  function notify() {
    var snapshot = clone(state);
    listeners.slice().forEach(function (listener) {
      try {
        listener(snapshot);
      } catch (error) {
        window.setTimeout(function () { throw error; });
      }
    });
  }

  function load() {
    state = read();
    // the default project (or a repaired "current") is saved at once, so its id stays the same
    if (settle(state)) write();
  }

  /* Every change re-reads storage first, so two open tabs never overwrite each other's work. */
  function change(mutator) {
    if (!memoryOnly) state = read();
    settle(state);
    var result = mutator(state);
    write();
    notify();
    return result;
  }

  function currentProject() {
    if (!state) load();
    return state.projects[state.current];
  }

  function requireProject(value, id) {
    if (!value.projects[id]) throw fail("no-project", "There is no project «" + id + "».");
    return value.projects[id];
  }

  function validateExport(obj) {
    if (!isObject(obj)) throw fail("import-not-object", "The file does not contain a project (not a JSON object).");
    if (obj.format !== FORMAT) {
      throw fail("import-foreign", "This file was not exported from this playbook (format is not «" + FORMAT + "»).");
    }
    if (obj.version !== VERSION) {
      throw fail("import-version", "The file has version " + JSON.stringify(obj.version) + "; this site reads version " + VERSION + ".");
    }
    var found = projectProblem(obj.project, "project");
    if (!found && typeof obj.project.id !== "string") found = { path: "project.id", text: "project.id is missing" };
    if (found) throw fail("import-invalid", "The file is damaged: " + found.text + ".", { detail: found.path });
    return obj.project;
  }

  var api = {
    KEY: KEY,
    FORMAT: FORMAT,
    VERSION: VERSION,

    current: function () {
      var project = currentProject();
      return Object.assign(clone(project), { id: state.current });
    },
    list: function () {
      if (!state) load();
      return Object.keys(state.projects).map(function (id) {
        return { id: id, name: state.projects[id].name, updated: state.projects[id].updated };
      }).sort(function (a, b) {
        return a.name.localeCompare(b.name);
      });
    },
    has: function (id) {
      if (!state) load();
      return Object.prototype.hasOwnProperty.call(state.projects, id);
    },
    create: function (name) {
      var clean = cleanName(name);
      return change(function (value) {
        var id = newId(value.projects);
        value.projects[id] = { name: clean, created: now(), updated: now() };
        value.current = id;
        return id;
      });
    },
    rename: function (id, name) {
      var clean = cleanName(name);
      change(function (value) {
        var project = requireProject(value, id);
        project.name = clean;
        project.updated = now();
      });
    },
    switchTo: function (id) {
      change(function (value) {
        requireProject(value, id);
        value.current = id;
      });
    },
    remove: function (id) {
      change(function (value) {
        requireProject(value, id);
        if (Object.keys(value.projects).length < 2) {
          throw fail("last-project", "The last project cannot be deleted.");
        }
        delete value.projects[id];
        if (value.current === id) value.current = Object.keys(value.projects)[0];
      });
    },
    section: function (name) {
      var section = currentProject()[name];
      return isObject(section) ? clone(section) : {};
    },
    updateSection: function (name, fn) {
      if (RESERVED[name]) throw fail("reserved-section", "«" + name + "» is not a section.");
      return change(function (value) {
        var project = value.projects[value.current];
        var copy = isObject(project[name]) ? clone(project[name]) : {};
        var result = fn(copy);
        var stored = result === undefined ? copy : result;
        if (!isObject(stored)) throw fail("section-not-object", "A section must stay an object.");
        project[name] = clone(stored);
        project.updated = now();
        return clone(project[name]);
      });
    },
    subscribe: function (fn) {
      listeners.push(fn);
      return function () {
        listeners = listeners.filter(function (listener) { return listener !== fn; });
      };
    },
    exportProject: function (id) {
      if (!state) load();
      var projectId = id || state.current;
      var project = clone(requireProject(state, projectId));
      project.id = projectId;
      return { format: FORMAT, version: VERSION, exported: now(), project: project };
    },
    /* Throws (changing nothing) on a bad file. Same id as an existing project: replaced only with
     * {replace: true}; otherwise the import becomes a new project. Returns the id; it becomes current. */
    validateExport: function (obj) {
      return clone(validateExport(obj));
    },
    importProject: function (obj, options) {
      var project = clone(validateExport(obj));
      var replace = Boolean(options && options.replace);
      return change(function (value) {
        var id = project.id;
        delete project.id;
        if (value.projects[id] && !replace) id = newId(value.projects);
        project.updated = now();
        if (!project.created) project.created = now();
        value.projects[id] = project;
        value.current = id;
        return id;
      });
    },
    /* A feature may check its own section in stored and imported projects: fn(section) -> problem text or null. */
    registerSection: function (name, validator) {
      sectionValidators[name] = validator;
      if (state && !memoryOnly) load();
    },
    problem: function () {
      if (!state) load();
      return problem ? problem.message : null;
    },
    problemCode: function () {
      if (!state) load();
      return problem ? problem.code : null;
    },
    corruptedValue: function () {
      return rawCorrupted;
    },
    /* Throws the stored value away (the only way out of a corrupted state) and starts afresh. */
    resetAll: function () {
      memoryOnly = false;
      problem = null;
      rawCorrupted = null;
      try {
        window.localStorage.removeItem(KEY);
      } catch (error) { /* reported by read() below */ }
      state = read();
      settle(state);
      write();
      notify();
    }
  };

  window.addEventListener("storage", function (event) {
    if (event.key !== KEY && event.key !== null) return;
    load();
    notify();
  });

  window.PlaybookProjects = api;
})();

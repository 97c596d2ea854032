/* Named client projects kept in the browser: the only code that touches localStorage for
 * project state. Features (checklists, acts) each own one section of a project and use
 * window.PlaybookProjects; the storage contract is in README.md ("Projects in the browser").
 * Each feature checks its own section (checklists/section.js, acts/section.js); every page that
 * uses projects loads all those checks right after this file (macros/publish/page_assets.py), so
 * a damaged section is noticed, and a damaged import refused, on whichever page it happens.
 *
 * Storage: localStorage["odoo-playbook.v1"] =
 *   {"version": 1, "current": "p-…", "projects": {"p-…": {"name", "created", "updated", <section>: {…}}}}
 * New data always goes into a new section, never a new top-level field or a new version: older code
 * (an open tab, a cached page) accepts any section that is an object and keeps it untouched, but calls
 * the store corrupt on another version or a field that is not an object. The store's own section is
 * "meta": {file_saved, unsaved_since: dates; default_name: the default name the project was created
 * with: while its name is still that, the page shows its own language's default name}. A rename by
 * older code, which knows nothing of meta, still counts, as the name no longer matches.
 *
 * Nothing typed is dropped: when the browser refuses a write (storage full, not allowed), the state
 * stays in memory, the problem is reported (code "storage-write-failed") and every later change tries
 * again. The first change asks the browser to keep the data for good (navigator.storage.persist);
 * persistence() tells the outcome.
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
  var RESERVED = { id: true, name: true, created: true, updated: true, meta: true };
  var MAX_NAME = 200;
  var META = "meta";

  var state = null;        // the parsed state currently in use
  var problem = null;      // {code, message} when the stored value is unusable
  var rawCorrupted = null; // the unusable stored text, kept for the user to save
  var memoryOnly = false;  // true while the stored value is corrupted: never written
  var unwritten = false;   // true while the browser refuses to write: memory holds the newer state
  var persistence = "unknown"; // "persisted" | "not-granted" | "not-supported" | "unknown" (not asked yet)
  var persistAsked = false;
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

  /* The page's name for a project nobody has named (pages that use projects render it: the project
   * bar, the progress); null on a page without it. */
  function defaultName() {
    var holder = document.querySelector("[data-playbook-default-project]");
    return (holder && holder.getAttribute("data-playbook-default-project")) || null;
  }

  function meta(project) {
    return isObject(project[META]) ? project[META] : {};
  }

  /* The name to show: a project still called by its default name is called so in the page's language. */
  function shownName(project) {
    var renamed = meta(project).default_name !== project.name;
    return (!renamed && defaultName()) || project.name;
  }

  /* A change to the project's content: stamped, and remembered as not yet in a file. */
  function touch(project) {
    project.updated = now();
    var own = meta(project);
    if (!own.unsaved_since) project[META] = Object.assign({}, own, { unsaved_since: project.updated });
  }

  function metaProblem(section) {
    var dates = ["file_saved", "unsaved_since"];
    for (var i = 0; i < dates.length; i++) {
      var value = section[dates[i]];
      if (value !== undefined && (typeof value !== "string" || isNaN(Date.parse(value)))) return dates[i] + " is not a date";
    }
    if (section.default_name !== undefined && typeof section.default_name !== "string") return "default_name is not a text";
    return null;
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
      var name = defaultName() || "—";
      value.projects[id] = { name: name, created: now(), updated: now(), meta: { default_name: name } };
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
    if (memoryOnly) return false;
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
    } catch (error) {
      unwritten = true;
      problem = { code: "storage-write-failed", message: "The browser did not save the change: " + error.message };
      return false;
    }
    if (unwritten) {
      unwritten = false;
      problem = null;
    }
    return true;
  }

  function checkPersistence() {
    var storage = window.navigator.storage;
    if (!storage || typeof storage.persist !== "function") {
      persistence = "not-supported";
      return;
    }
    if (typeof storage.persisted !== "function") return;
    storage.persisted().then(function (persisted) {
      if (persisted && persistence !== "persisted") {
        persistence = "persisted";
        notify();
      }
    }, function () { /* unknown stays unknown */ });
  }

  /* Once per page, on the first change it saves: Firefox asks the user, Chromium decides silently. */
  function askPersistence() {
    if (persistAsked || persistence === "not-supported") return;
    persistAsked = true;
    window.navigator.storage.persist().then(function (granted) {
      persistence = granted ? "persisted" : "not-granted";
      notify();
    }, function () {
      persistence = "not-granted";
      notify();
    });
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

  /* Every change re-reads storage first, so two open tabs never overwrite each other's work; while
   * a write is refused, memory holds the newer state and is kept. */
  function change(mutator) {
    if (!memoryOnly && !unwritten) state = read();
    settle(state);
    var result = mutator(state);
    if (write()) askPersistence();
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
      return Object.assign(clone(project), { id: state.current, name: shownName(project) });
    },
    list: function () {
      if (!state) load();
      return Object.keys(state.projects).map(function (id) {
        var project = state.projects[id];
        return { id: id, name: shownName(project), updated: project.updated };
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
        touch(project);
        delete project[META].default_name;
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
        touch(project);
        return clone(project[name]);
      });
    },
    subscribe: function (fn) {
      listeners.push(fn);
      return function () {
        listeners = listeners.filter(function (listener) { return listener !== fn; });
      };
    },
    /* {toFile: true}: the export is being saved to a file, so the project records it (meta.file_saved,
     * and nothing unsaved since), in the store and in the export itself. */
    exportProject: function (id, options) {
      if (!state) load();
      var projectId = id || state.current;
      requireProject(state, projectId);
      var exported = now();
      if (options && options.toFile) {
        change(function (value) {
          var saved = requireProject(value, projectId);
          var own = Object.assign({}, meta(saved), { file_saved: exported });
          delete own.unsaved_since;
          saved[META] = own;
        });
      }
      var project = clone(state.projects[projectId]);
      project.id = projectId;
      return { format: FORMAT, version: VERSION, exported: exported, project: project };
    },
    /* When the project was last saved to a file, and since when it has changes no file holds (a
     * project from before these dates were kept counts from its creation if it holds anything). */
    fileState: function (id) {
      if (!state) load();
      var project = requireProject(state, id || state.current);
      var own = meta(project);
      var holdsSomething = Object.keys(project).some(function (key) {
        return !RESERVED[key] && isObject(project[key]) && Object.keys(project[key]).length > 0;
      });
      var unsavedSince = own.unsaved_since || (!own.file_saved && holdsSomething ? project.created || null : null);
      return { saved: own.file_saved || null, unsavedSince: unsavedSince };
    },
    persistence: function () {
      return persistence;
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
      unwritten = false;
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
    if (unwritten) return; // this page holds changes the browser has not stored yet: they win
    load();
    notify();
  });

  sectionValidators[META] = metaProblem;
  checkPersistence();
  window.PlaybookProjects = api;
})();

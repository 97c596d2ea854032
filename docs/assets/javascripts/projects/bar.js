/* The project bar (rendered by macros/projects/project_bar.py, styled by project-bar.css): shows the
 * current project and lets people switch, create, rename, delete, export, import and reset it. Its
 * details say when the project was last saved to a file and whether the browser keeps it for good;
 * changes older than a week that no file holds bring a reminder, once per browser session; a change
 * the browser refused to store is reported at once, with the file export at hand. All
 * texts come from the bar's data-strings attribute. Every element with data-playbook-project-name
 * shows the current name, on pages without a bar too (the home page's progress, the print header
 * of checklists and acts). */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects || !window.PlaybookText) return;

  var format = window.PlaybookText.format;
  var date = window.PlaybookText.date;
  var WEEK = 7 * 24 * 60 * 60 * 1000;
  var REMINDED = "odoo-playbook.reminded"; // sessionStorage: the reminder was shown in this session

  function session(action, value) {
    try {
      return action === "get" ? window.sessionStorage.getItem(REMINDED) : window.sessionStorage.setItem(REMINDED, value);
    } catch (error) {
      return null; // without sessionStorage the reminder shows on each page, which is still right
    }
  }

  function showNames() {
    var targets = document.querySelectorAll("[data-playbook-project-name]");
    if (!targets.length) return;
    var name = projects.current().name;
    targets.forEach(function (element) {
      element.textContent = name;
    });
  }

  function download(filename, text) {
    var blob = new Blob([text], { type: "application/json" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () {
      URL.revokeObjectURL(link.href);
      link.remove();
    }, 0);
  }

  function fileName(project) {
    var slug = project.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
    return "odoo-playbook-" + (slug || project.id) + ".json";
  }

  function setUp(bar) {
    var strings = JSON.parse(bar.getAttribute("data-strings"));
    var section = bar.getAttribute("data-section");
    var select = bar.querySelector(".playbook-projects__select");
    var status = bar.querySelector(".playbook-projects__status");
    var problemBox = bar.querySelector(".playbook-projects__problem");
    var fileInput = bar.querySelector(".playbook-projects__file");
    var reminder = bar.querySelector(".playbook-projects__reminder");
    var fileState = bar.querySelector(".playbook-projects__file-state");
    var persistenceLine = bar.querySelector(".playbook-projects__persistence");
    var lastCode = null;

    function say(key, values) {
      status.textContent = format(strings[key], values);
    }

    function errorText(error, values) {
      var key = error && error.code ? error.code.replace(/-/g, "_") : "";
      if (strings[key]) return format(strings[key], Object.assign({}, values, error.details));
      return error && error.message ? error.message : String(error);
    }

    function render() {
      var current = projects.current();
      select.textContent = "";
      projects.list().forEach(function (project) {
        var option = document.createElement("option");
        option.value = project.id;
        option.textContent = project.name;
        option.selected = project.id === current.id;
        select.appendChild(option);
      });
      var code = projects.problemCode();
      problemBox.hidden = !code;
      if (code) {
        problemBox.querySelector(".playbook-projects__problem-text").textContent =
          strings[code.replace(/-/g, "_")] || projects.problem();
        problemBox.querySelector('[data-action="download-corrupted"]').hidden = !projects.corruptedValue();
        problemBox.querySelector('[data-action="reset-storage"]').hidden = code !== "storage-corrupted";
        problemBox.querySelector('[data-action="save-file"]').hidden = code === "storage-corrupted";
      } else if (lastCode === "storage-write-failed") {
        say("storage_saved_again");
      }
      lastCode = code;
      bar.classList.toggle("playbook-projects--problem", Boolean(code));
      renderFileState(current);
      showNames();
    }

    function renderFileState(current) {
      var file = projects.fileState(current.id);
      fileState.textContent = file.saved ? format(strings.file_saved, { date: date(file.saved) }) : strings.file_never;
      var persistence = projects.persistence();
      var persistenceKey = { persisted: "persisted", "not-granted": "persist_not_granted",
        "not-supported": "persist_not_supported" }[persistence];
      persistenceLine.hidden = !persistenceKey;
      persistenceLine.textContent = persistenceKey ? strings[persistenceKey] : "";
      var due = file.unsavedSince && Date.now() - Date.parse(file.unsavedSince) > WEEK;
      if (due && reminder.hidden && !session("get")) {
        session("set", current.id);
        reminder.querySelector(".playbook-projects__reminder-text").textContent =
          format(strings.reminder, { name: current.name, date: date(file.unsavedSince) });
        reminder.hidden = false;
      } else if (!due) {
        reminder.hidden = true;
      }
    }

    var actions = {
      create: function () {
        var name = window.prompt(strings.new_prompt, "");
        if (name === null) return;
        projects.create(name);
        say("created", { name: projects.current().name });
      },
      rename: function () {
        var current = projects.current();
        var name = window.prompt(format(strings.rename_prompt, { name: current.name }), current.name);
        if (name === null) return;
        projects.rename(current.id, name);
        say("renamed", { name: projects.current().name });
      },
      "delete": function () {
        var current = projects.current();
        if (projects.list().length < 2) {
          say("delete_last");
          return;
        }
        if (!window.confirm(format(strings.delete_confirm, { name: current.name }))) return;
        projects.remove(current.id);
        say("deleted", { name: current.name });
      },
      "export": function () {
        var current = projects.current();
        var name = fileName(current);
        download(name, JSON.stringify(projects.exportProject(current.id, { toFile: true }), null, 2) + "\n");
        reminder.hidden = true;
        say("exported", { name: current.name, file: name });
      },
      "save-file": function () {
        actions["export"]();
      },
      "dismiss-reminder": function () {
        reminder.hidden = true;
      },
      "import": function () {
        fileInput.value = "";
        fileInput.click();
      },
      reset: function () {
        var current = projects.current();
        if (!window.confirm(format(strings["reset_" + section + "_confirm"], { name: current.name }))) return;
        projects.updateSection(section, function () { return {}; });
        say("reset_" + section + "_done", { name: current.name });
      },
      "reset-storage": function () {
        if (!window.confirm(strings.storage_reset_confirm)) return;
        projects.resetAll();
        say("storage_was_reset", { name: projects.current().name });
      },
      "download-corrupted": function () {
        var raw = projects.corruptedValue();
        if (raw !== null) download("odoo-playbook-damaged-data.json", raw);
      }
    };

    bar.addEventListener("click", function (event) {
      var button = event.target.closest("[data-action]");
      if (!button || !bar.contains(button)) return;
      try {
        actions[button.getAttribute("data-action")]();
      } catch (error) {
        status.textContent = errorText(error, {});
      }
    });

    select.addEventListener("change", function () {
      projects.switchTo(select.value);
      say("switched", { name: projects.current().name });
    });

    fileInput.addEventListener("change", function () {
      var file = fileInput.files && fileInput.files[0];
      if (!file) return;
      var values = { file: file.name };
      file.text().then(function (text) {
        var data;
        try {
          data = JSON.parse(text);
        } catch (error) {
          status.textContent = format(strings.import_not_json, values);
          return;
        }
        return window.PlaybookImport.offer(data).then(function (outcome) {
          var done = { replaced: "import_replaced", kept: "imported", cancelled: "import_cancelled" }[outcome];
          say(done, { name: projects.current().name, file: file.name });
        });
      }).catch(function (error) {
        status.textContent = errorText(error, values);
      });
    });

    projects.subscribe(render);
    render();
  }

  function start() {
    document.querySelectorAll(".playbook-projects").forEach(setUp);
    showNames();
    projects.subscribe(showNames);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

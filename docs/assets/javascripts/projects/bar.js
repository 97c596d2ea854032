/* The project bar (rendered by macros/projects/project_bar.py, styled by project-bar.css): shows the
 * current project and lets people switch, create, rename, delete, export, import and reset it. All
 * texts come from the bar's data-strings attribute. Every element with data-playbook-project-name
 * shows the current name, on pages without a bar too (the home page's progress, the print header
 * of checklists and acts). */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects || !window.PlaybookText) return;

  var format = window.PlaybookText.format;

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
      }
      bar.classList.toggle("playbook-projects--problem", Boolean(code));
      showNames();
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
        download(name, JSON.stringify(projects.exportProject(current.id), null, 2) + "\n");
        say("exported", { name: current.name, file: name });
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

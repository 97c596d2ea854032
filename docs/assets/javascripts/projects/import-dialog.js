/* The import dialog (markup: macros/projects/templates/import_dialog.html, on every page that uses
 * projects): a project exported from this site — a file, or the snapshot in a shared link — is saved
 * in this browser only after the user chooses.
 *
 *   PlaybookImport.offer(exported) -> Promise of "replaced" | "kept" | "cancelled"
 *
 * `exported` is what PlaybookProjects.exportProject returns. "The same project" is the one with the
 * same id: every export keeps the project's id, whatever its name. Replacing is offered only when this
 * browser holds that id; "keep both" imports a separate project (under the same id when it is free);
 * Cancel and Escape change nothing. A file this site cannot read rejects the promise with the store's
 * error (error.code) before anything is shown. */
(function () {
  "use strict";

  var projects = window.PlaybookProjects;
  if (!projects || !window.PlaybookText) return;

  var format = window.PlaybookText.format;
  var date = window.PlaybookText.date;
  var queue = Promise.resolve();

  function ask(dialog, exported) {
    var strings = JSON.parse(dialog.getAttribute("data-strings"));
    var incoming = projects.validateExport(exported);
    var existing = projects.list().filter(function (project) { return project.id === incoming.id; })[0];
    var keep = dialog.querySelector(".playbook-import__keep");
    var replace = dialog.querySelector(".playbook-import__replace");

    dialog.querySelector(".playbook-import__incoming").textContent =
      format(strings.incoming, { name: incoming.name, date: date(exported.exported) });
    dialog.querySelector(".playbook-import__existing").textContent = existing
      ? format(strings.same, { name: existing.name, date: date(existing.updated) })
      : strings["new"];
    replace.hidden = !existing;
    keep.textContent = existing ? strings.keep_both : strings.keep_new;

    return new Promise(function (resolve, reject) {
      var opener = document.activeElement;
      dialog.addEventListener("close", function () {
        var choice = dialog.returnValue;
        if (opener && typeof opener.focus === "function" && document.contains(opener)) opener.focus();
        try {
          if (choice === "replace" && existing) {
            projects.importProject(exported, { replace: true });
            resolve("replaced");
          } else if (choice === "keep") {
            projects.importProject(exported, { replace: false });
            resolve("kept");
          } else {
            resolve("cancelled");
          }
        } catch (error) {
          reject(error);
        }
      }, { once: true });
      dialog.returnValue = "";
      dialog.showModal();
      keep.focus(); // the choice that loses nothing
    });
  }

  /* One dialog at a time: a second offer waits for the first to be answered. */
  function offer(exported) {
    var run = queue.then(function () {
      var dialog = document.querySelector("dialog.playbook-import");
      if (!dialog) throw new Error("This page has no import dialog (macros/projects/import_dialog.py).");
      return ask(dialog, exported);
    });
    queue = run.catch(function () {});
    return run;
  }

  window.PlaybookImport = { offer: offer };
})();

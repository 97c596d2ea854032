"""The project bar: the current client project, and switching, creating, renaming, deleting,
exporting, importing and resetting it. One component, driven by projects/bar.js, reused by every
feature that keeps state per project (checklists, acts).

Without JavaScript there are no projects, so the bar is left out then (playbook-scripted). Where
scripts run it is shown from the first paint as a new visitor's (the default project), so the page
does not move when the script fills in the browser's projects.
"""
from __future__ import annotations

import json

from macros.core.i18n import ui, ui_keys, ui_template
from macros.core.markup import esc, tag

PROJECT_STRING_PREFIX = "project_"


def project_strings(lang: str) -> dict:
    """The bar's strings (keys without the prefix), for the script."""
    return {key[len(PROJECT_STRING_PREFIX):]: ui_template(key, lang) for key in ui_keys(PROJECT_STRING_PREFIX)}


def default_project_attribute(lang: str) -> str:
    """The name projects/store.js gives the project it creates on first use; any element may carry it."""
    return ui("project_default_name", lang)


def render_project_bar(lang: str, section: str = "checklist") -> str:
    """`section` is the part of a project this page owns: the reset button clears only that part
    (its label and confirmation are UI strings `project_reset_<section>[_confirm|_done]`)."""
    strings = project_strings(lang)
    for suffix in ("", "_confirm", "_done"):
        key = f"reset_{section}{suffix}"
        if key not in strings:
            raise KeyError(f"data/ui.yml has no string project_{key}")
    button = lambda action, label, **extra: tag(  # noqa: E731
        "button", esc(label), type="button", class_=f"md-button playbook-projects__{action}",
        data_action=action, **extra)
    name = tag("p", esc(ui("project_current", lang)) + ": "
               + tag("strong", esc(default_project_attribute(lang)), class_="playbook-projects__name",
                     data_playbook_project_name=""),
               class_="playbook-projects__current")
    switcher = tag("p", tag("label", esc(ui("project_switch", lang)), for_="playbook-project-select")
                   + " " + tag("select", tag("option", esc(default_project_attribute(lang)), value=""),
                                 id="playbook-project-select", class_="playbook-projects__select"),
                   class_="playbook-projects__switch")
    file_input = '<input type="file" accept="application/json,.json" hidden class="playbook-projects__file">'
    actions = tag("div", "".join([
        button("create", ui("project_new", lang)),
        button("rename", ui("project_rename", lang)),
        button("delete", ui("project_delete", lang)),
        button("export", ui("project_export", lang)),
        button("import", ui("project_import", lang)),
        button("reset", strings[f"reset_{section}"]),
        file_input,
    ]), class_="playbook-projects__actions")
    problem = tag("div", tag("p", "", class_="playbook-projects__problem-text")
                  + button("reset-storage", ui("project_storage_reset", lang))
                  + button("download-corrupted", ui("project_storage_download", lang)),
                  class_="playbook-projects__problem", role="alert", hidden=True)
    status = tag("p", "", class_="playbook-projects__status", role="status", aria_live="polite")
    return tag(
        "section", name + switcher + actions + problem + status,
        class_="playbook-projects playbook-scripted", aria_label=ui("project_bar", lang),
        data_section=section, data_playbook_default_project=default_project_attribute(lang),
        data_strings=json.dumps(strings, ensure_ascii=False),
    )

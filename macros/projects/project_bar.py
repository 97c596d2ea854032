"""The project bar: the current client project, and switching, creating, renaming, deleting,
exporting, importing and resetting it; in its details, when it was last saved to a file and whether
the browser keeps it for good; a reminder to save it to a file, and word at once when the browser
refuses to store a change. One component, driven by projects/bar.js, reused by every
feature that keeps state per project (checklists, acts).

Without JavaScript there are no projects, so the bar is left out then (playbook-scripted). Where
scripts run it is shown from the first paint as a new visitor's (the default project), so the page
does not move when the script fills in the browser's projects.
"""
from __future__ import annotations

import json

from macros.core.i18n import ui, ui_keys, ui_template
from macros.core.templating import render

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
    actions = [("create", ui("project_new", lang)), ("rename", ui("project_rename", lang)),
               ("delete", ui("project_delete", lang)), ("export", ui("project_export", lang)),
               ("import", ui("project_import", lang)), ("reset", strings[f"reset_{section}"])]
    return render(
        "projects/bar.html",
        section=section,
        default_name=default_project_attribute(lang),
        strings_json=json.dumps(strings, ensure_ascii=False),
        actions=actions,
        labels={"bar": ui("project_bar", lang), "current": ui("project_current", lang),
                "switch": ui("project_switch", lang), "storage_reset": ui("project_storage_reset", lang),
                "storage_download": ui("project_storage_download", lang),
                "storage_save_file": ui("project_storage_save_file", lang),
                "reminder_save": ui("project_reminder_save", lang), "reminder_later": ui("project_reminder_later", lang),
                "details": ui("project_details", lang), "details_browser": ui("project_details_browser", lang)},
    )

"""The import dialog: a project from a file or a shared link is saved in this browser only after one
of three choices (replace the copy of the same project, keep both, cancel). One <dialog> per page
that uses projects (macros/publish/page_assets.py puts it there), driven by projects/import-dialog.js
as window.PlaybookImport.offer(exported)."""
from __future__ import annotations

import json

from macros.core.i18n import ui_keys, ui_template
from macros.core.templating import render

IMPORT_DIALOG_PREFIX = "import_dialog_"


def import_dialog_strings(lang: str) -> dict:
    """The dialog's strings (keys without the prefix), for the script."""
    return {key[len(IMPORT_DIALOG_PREFIX):]: ui_template(key, lang) for key in ui_keys(IMPORT_DIALOG_PREFIX)}


def render_import_dialog(lang: str) -> str:
    strings = import_dialog_strings(lang)
    return render("projects/import_dialog.html", strings=strings,
                  strings_json=json.dumps(strings, ensure_ascii=False))

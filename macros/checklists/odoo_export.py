"""The checklists as a CSV file that Odoo's Project app imports as tasks, one file per language.

Columns are the field labels Odoo shows in its import screen for project.task (addons/project,
models/project_task.py: name "Title", project_id "Project", tag_ids "Tags", sequence "Sequence",
description "Description") and "External ID", the import's name for a record's external identifier:
importing the file again updates the tasks instead of duplicating them. Many2many values (the tags)
are separated by a comma without spaces, as Odoo's import documentation asks: a task's tags are its
stage, «optional» where it is, and the names of the roles its guidance names (who does it), so a
project in Odoo can be grouped and filtered by role. The description carries the guidance's who,
how and done-when as plain text (glossary marks reduced to their words).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from macros.core.content import Content
from macros.core.i18n import tr, ui
from macros.core.site_map import ODOO_TASKS_PATH, absolute_url, checklist_path
from macros.core.stage_parts import stage_heading
from macros.core.glossary_marks import without_marks
from macros.core.templating import render
from macros.stages.guidance import item_roles, roles_by_id

EXTERNAL_ID_COLUMN = "External ID"
COLUMNS = (EXTERNAL_ID_COLUMN, "Title", "Project", "Tags", "Sequence", "Description")
# The project page adds it for the current project, from its plan (engagement/tasks-csv.js): the label
# of project.task's date_deadline in Odoo's import screen. A date alone (YYYY-MM-DD) is read as that day.
DEADLINE_COLUMN = "Deadline"
EXTERNAL_ID_PREFIX = "odoo_playbook_task_"


def external_id(item_id: str) -> str:
    """A stable external identifier from the item's id: 'contract-signed' -> 'odoo_playbook_task_contract_signed'."""
    return EXTERNAL_ID_PREFIX + item_id.replace("-", "_")


def _tag(text: str) -> str:
    # a comma separates tags in Odoo's import: a tag's own text must not contain one
    return " ".join(text.replace(",", " ").split())


def _guidance(content: Content, item: dict, lang: str) -> dict | None:
    guidance = item.get("guidance")
    if not guidance:
        return None
    roles = roles_by_id(content)
    return {"who": {"label": ui("guidance_who", lang),
                    "text": ", ".join(roles[role]["name"][lang] for role in guidance["who"])},
            "how": {"label": ui("guidance_how", lang), "text": without_marks(tr(guidance["how"], lang))},
            "done_when": {"label": ui("guidance_done_when", lang),
                          "text": without_marks(tr(guidance["done_when"], lang))}}


def task_rows(content: Content, lang: str, site_url: str) -> list[dict]:
    roles = roles_by_id(content)
    rows = []
    sequence = 0
    for stage in content.stages:
        title = stage_heading(stage, lang)
        for item in stage["checklist"]:
            sequence += 10
            tags = [_tag(title)]
            if item.get("optional") or stage.get("optional"):
                tags.append(_tag(ui("checklist_optional_tag", lang)))
            tags.extend(_tag(roles[role]["name"][lang]) for role in item_roles(item))
            url = absolute_url(site_url, checklist_path(stage["id"]), lang) + "#" + item["id"]
            description = render(
                "checklists/odoo_description.html",
                stage=title,
                goal={"label": ui("checklist_goal", lang), "text": tr(stage["goal"], lang)},
                result={"label": ui("checklist_result", lang), "text": tr(stage["result"], lang)},
                guidance=_guidance(content, item, lang),
                link={"url": url, "label": ui("odoo_item_link", lang)},
            )
            rows.append({
                EXTERNAL_ID_COLUMN: external_id(item["id"]),
                "Title": tr(item["text"], lang),
                "Project": ui("odoo_project_name", lang),
                "Tags": ",".join(tags),
                "Sequence": str(sequence),
                "Description": str(description),
            })
    return rows


def tasks_csv(content: Content, lang: str, site_url: str) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(task_rows(content, lang, site_url))
    return buffer.getvalue()


def write_tasks_csv(content: Content, lang: str, site_url: str, language_root: Path) -> Path:
    """Writes the file into a language's tree of the built site (the site root for Ukrainian, en/ for English)."""
    target = Path(language_root) / ODOO_TASKS_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(tasks_csv(content, lang, site_url), encoding="utf-8")
    return target

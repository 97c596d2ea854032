"""The project page (project/): the plan, the parties and the status derived from ticks and acts.

Everything the page shows about a project lives in the browser, so Python renders the frame (the
stages' rows, the plan's and the parties' fields, the share dialog) and a JSON config the scripts
read: each stage's items with their owner, the interface strings and where the Odoo CSV is.
engagement/*.js derive and fill in the rest; nothing is fetched from elsewhere.
"""
from __future__ import annotations

from macros.acts.pages import DEFAULT_CURRENCY, DEFAULT_VAT_RATE, party_fields
from macros.checklists.odoo_export import DEADLINE_COLUMN, EXTERNAL_ID_COLUMN, external_id
from macros.core.content import Content
from macros.core.glossary_marks import without_marks
from macros.core.i18n import tr, ui, ui_keys, ui_template
from macros.core.site_map import ODOO_TASKS_PATH, act_path, checklist_path, link
from macros.core.stage_parts import stage_heading
from macros.core.templating import render
from macros.projects.project_bar import render_project_bar

UI_PREFIX = "engagement_"
SECTION = "plan"
# The act form's fields the project page asks for too (the `parties` section holds them and every
# other contract and party field of the act form): the acts' own labels, from data/acts.yml.
PAGE_PARTY_FIELDS = ("contract_number", "contract_date", "client_name", "contractor_name")


def _roles(content: Content) -> dict[str, dict]:
    roles = content.files.get("roles") or {}
    return {role["id"]: role for role in roles.get("roles", [])}


def _owner(item: dict, roles: dict[str, dict], lang: str) -> str:
    who = (item.get("guidance") or {}).get("who") or []
    role = roles.get(who[0]) if who else None
    return tr(role["name"], lang) if role else ""


def _party_groups(content: Content, lang: str) -> list[dict]:
    """The page's fields of the parties section, grouped as the act form groups them (the contract's
    own group named by the page, the parties' by the act form's legends)."""
    groups = []
    for group in content.files["acts"]["field_groups"]:
        fields = [field for field in group["fields"] if field["id"] in PAGE_PARTY_FIELDS]
        if not fields:
            continue
        legend = _text("parties_contract", lang) if group["id"] == "document" else tr(group["legend"], lang)
        inputs = []
        for field in fields:
            label, kind = tr(field["label"], lang), "date" if field.get("kind") == "date" else "text"
            if field.get("per_language"):
                for input_lang, key in (("uk", field["id"]), ("en", field["id"] + "_en")):
                    inputs.append({"name": key, "kind": kind, "lang": input_lang,
                                   "label": label, "in_lang": ui(f"act_page_in_{input_lang}", lang)})
            else:
                inputs.append({"name": field["id"], "kind": kind, "lang": None, "label": label, "in_lang": None})
        groups.append({"id": group["id"], "legend": legend, "fields": inputs})
    return groups


def _stages(content: Content, lang: str, root: str) -> list[dict]:
    roles = _roles(content)
    return [{
        "id": stage["id"],
        "number": stage["number"],
        "optional": bool(stage.get("optional")),
        "heading": stage_heading(stage, lang),
        "checklistUrl": link(root, checklist_path(stage["id"])),
        "actUrl": link(root, act_path(stage["id"])),
        "items": [{"id": item["id"], "task": external_id(item["id"]), "text": without_marks(tr(item["text"], lang)),
                   "optional": bool(item.get("optional")), "owner": _owner(item, roles, lang)}
                  for item in stage["checklist"]],
    } for stage in content.stages]


def project_config(content: Content, lang: str, root: str) -> dict:
    """What the scripts need, rendered into the page (no strings are hard-coded in JavaScript)."""
    return {
        "stages": _stages(content, lang, root),
        "partyFields": party_fields(content),
        "csv": {"url": link(root, ODOO_TASKS_PATH), "file": ODOO_TASKS_PATH.rsplit("/", 1)[-1],
                "idColumn": EXTERNAL_ID_COLUMN, "deadlineColumn": DEADLINE_COLUMN},
        "acts": {"currency": DEFAULT_CURRENCY, "vatRate": DEFAULT_VAT_RATE,
                 "currencies": [c["id"] for c in content.files["acts"]["currencies"]],
                 "short": {c["id"]: tr(c["short"], lang) for c in content.files["acts"]["currencies"]}},
        "shareLimit": 2000,
        "ui": {key[len(UI_PREFIX):]: ui_template(key, lang) for key in ui_keys(UI_PREFIX)},
    }


def _text(key: str, lang: str) -> str:
    return ui(UI_PREFIX + key, lang)


def render_project_page(content: Content, lang: str, root: str) -> str:
    config = project_config(content, lang, root)
    labels = {key: _text(key, lang) for key in (
        "title", "lead", "status_heading", "col_stage", "col_plan", "col_status", "col_progress",
        "col_ticks", "col_certificate", "timeline_heading", "timeline_planned", "timeline_actual",
        "open_heading", "remarks", "report_heading", "plan_heading", "plan_start", "plan_end",
        "plan_excluded", "parties_heading", "parties_note", "share_heading", "share_intro",
        "share_button", "share_dialog_title", "share_privacy", "share_include_parties",
        "share_include_amounts", "share_make", "share_link_label", "share_copy", "share_export",
        "share_close", "csv_note", "csv_button", "shared_save", "shared_leave",
        "report_project", "report_date", "report_contract")}
    return render(
        "engagement/project.html",
        labels=labels,
        project_bar=render_project_bar(lang, SECTION),
        stages=config["stages"],
        parties=_party_groups(content, lang),
        config=config,
    )

"""Interactive checklists: a page per stage (checklists/<stage>/) and the master checklist
(checklists/) with every stage, each printable as one A4 sheet per stage.

Everything is rendered here, server-side: without JavaScript the page is a plain list with
(unsaved) checkboxes. checklists/checklists.js restores and saves the ticks through PlaybookProjects,
keyed by the item's stable id only, and fills in the progress, the project name and the date.
"""
from __future__ import annotations

from macros.core.content import Content
from macros.core.editorial import editors_result, note_views, source_line
from macros.core.i18n import count, tr, ui, ui_list
from macros.projects.project_bar import default_project_attribute, render_project_bar
from macros.core.site_map import CHECKLISTS_PATH, ODOO_TASKS_PATH, checklist_path, index_page_title, link, stage_path
from macros.core.stage_parts import optional_stage, stage_heading
from macros.core.templating import render
from macros.stages.guidance import filter_attributes, guidance_view, owner_name, role_filter_view

SECTION = "checklist"  # the part of a project (projects/store.js) that holds the ticks: {item id: true}


def checkbox_id(item_id: str) -> str:
    return f"check-{item_id}"


def stage_anchor(stage_id: str) -> str:
    return f"stage-{stage_id}"


def _ids(items) -> str:
    return " ".join(item["id"] for item in items)


def progress(required: list, optional: list, lang: str, label: str, overall: bool = False) -> dict:
    """A progress bar over the given items (templates/parts.html). Optional items are counted
    apart and never against completion."""
    return {
        "label": label, "overall": overall, "total": len(required),
        "required": _ids(required), "optional": _ids(optional),
        "text": ui("checklist_progress", lang, done=0, total=len(required)),
        "optional_text": ui("checklist_progress_optional", lang, done=0, total=len(optional)),
        "text_template": ui("checklist_progress", lang, done="{done}", total="{total}"),
        "optional_template": ui("checklist_progress_optional", lang, done="{done}", total="{total}"),
        "default_project": default_project_attribute(lang),
    }


def overall_items(content: Content) -> tuple[list, list]:
    """Required: the required items of every required stage. Optional: optional items, and every
    item of an optional stage (it is carried out only when the contract provides for it)."""
    required, optional = [], []
    for stage in content.stages:
        for item in stage["checklist"]:
            (optional if stage.get("optional") or item.get("optional") else required).append(item)
    return required, optional


def _items(content: Content, stage: dict, lang: str, root: str) -> list[dict]:
    """The items with real checkboxes; each <li> carries the item's stable id as its anchor."""
    return [{"id": item["id"], "checkbox_id": checkbox_id(item["id"]), "text": tr(item["text"], lang),
             "optional": item.get("optional", False),
             "link_label": ui("checklist_item_link", lang, item=tr(item["text"], lang)),
             "notes": note_views(content, item.get("notes", []), lang, root),
             "guidance": guidance_view(content, item, lang, root), "filter": filter_attributes(content, item),
             "owner": owner_name(content, item, lang)}
            for item in stage["checklist"]]


def _links(stage: dict, lang: str, root: str, master: bool) -> list[dict]:
    guide = {"url": link(root, stage_path(stage["id"])), "label": ui("checklist_stage_guide", lang)}
    if master:
        return [{"url": link(root, checklist_path(stage["id"])), "label": ui("checklist", lang)}, guide]
    return [guide, {"url": link(root, CHECKLISTS_PATH), "label": ui("checklist_all", lang)}]


def stage_sheet(content: Content, stage: dict, lang: str, root: str, master: bool) -> dict:
    """One stage's sheet (templates/parts.html): header, goal, progress, items, result, sign-off.
    On paper every stage of the master checklist starts a new sheet (print: break-before); the
    first one shares the sheet with the page title."""
    title = stage_heading(stage, lang)
    required = [item for item in stage["checklist"] if not item.get("optional")]
    optional = [item for item in stage["checklist"] if item.get("optional")]
    return {
        "stage_id": stage["id"],
        "heading": title,
        "anchor": stage_anchor(stage["id"]),
        "breaks_page": master and stage is not content.stages[0],
        "header": {"methodology": tr(content.methodology["methodology"]["title"], lang),
                   "stage": ui("stage_of", lang, number=stage["number"], total=len(content.stages)),
                   "project": ui("checklist_project", lang), "date": ui("checklist_date", lang),
                   "blank": "\u00a0" * 24},
        "optional": optional_stage(stage, lang),
        "item_count": count(len(stage["checklist"]), "item", lang),
        "links": _links(stage, lang, root, master),
        "goal": tr(stage["goal"], lang),
        "progress": progress(required, optional, lang, f"{ui('checklist_progress_stage', lang)}: {title}"),
        "checks": _items(content, stage, lang, root),
        # the master checklist has one role filter for every stage, above them all
        "filter_control": role_filter_view(content, lang), "filter_above": not master,
        "item_ids": _ids(stage["checklist"]),
        "result": tr(stage["result"], lang),
        "result_origin": editors_result(stage, lang, root),
        "source": None if master else source_line(content, lang),
        "reset": {"confirm": ui("checklist_reset_stage_confirm", lang, stage=title, name="{name}"),
                  "done": ui("checklist_reset_stage_done", lang, stage=title)},
        "labels": {"goal": ui("checklist_goal", lang), "result": ui("checklist_result", lang),
                   "optional_item": ui("optional_item", lang), "print": ui("checklist_print", lang),
                   "reset": ui("checklist_reset_stage", lang), "signoff": ui("checklist_signoff", lang),
                   "signoff_fields": [ui(key, lang) for key in ("checklist_responsible", "checklist_date",
                                                                 "checklist_signature")]},
    }


def announcement(lang: str) -> str:
    """What the live region says after each tick (filled in by checklists/checklists.js)."""
    return ui("checklist_announce", lang, stage="{stage}", done="{done}", total="{total}")


def render_stage_checklist(content: Content, stage_id: str, lang: str, root: str) -> str:
    stage = content.stage(stage_id)
    return render(
        "checklists/stage.html",
        heading=ui("checklist_heading", lang, stage=stage_heading(stage, lang)),
        sheet=stage_sheet(content, stage, lang, root, master=False),
        project_bar=render_project_bar(lang, SECTION),
        announcement=announcement(lang),
    )


def odoo_export(content: Content, lang: str, root: str) -> dict:
    items = sum(len(stage["checklist"]) for stage in content.stages)
    return {
        "title": ui("odoo_export_title", lang),
        "intro": ui("odoo_export_intro", lang),
        "url": link(root, ODOO_TASKS_PATH),
        "download": ui("odoo_export_download", lang, items=count(items, "item", lang)),
        "steps": [step.format(project=ui("odoo_project_name", lang)) for step in ui_list("odoo_export_steps", lang)],
    }


def render_master_checklist(content: Content, lang: str, root: str) -> str:
    required, optional = overall_items(content)
    return render(
        "checklists/master.html",
        title=index_page_title("checklists", lang),
        intro=ui("checklists_intro", lang),
        source=source_line(content, lang),
        project_bar=render_project_bar(lang, SECTION),
        overall=progress(required, optional, lang, ui("checklist_progress_overall", lang), overall=True),
        filter_control=role_filter_view(content, lang),
        sheets=[stage_sheet(content, stage, lang, root, master=True) for stage in content.stages],
        odoo=odoo_export(content, lang, root),
        announcement=announcement(lang),
    )


def home_progress(content: Content, lang: str, root: str) -> str:
    """The home page's overall progress of the current project (templates/home_progress.html)."""
    required, optional = overall_items(content)
    return render(
        "checklists/home_progress.html",
        current=ui("project_current", lang),
        default_name=default_project_attribute(lang),
        checklists={"url": link(root, CHECKLISTS_PATH), "label": index_page_title("checklists", lang)},
        overall=progress(required, optional, lang, ui("checklist_progress_overall", lang), overall=True),
    )

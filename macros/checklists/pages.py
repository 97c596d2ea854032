"""Interactive checklists: a page per stage (checklists/<stage>/) and the master checklist
(checklists/) with every stage, each printable as one A4 sheet per stage.

Everything is rendered here, server-side: without JavaScript the page is a plain list with
(unsaved) checkboxes. checklists/checklists.js restores and saves the ticks through PlaybookProjects,
keyed by the item's stable id only, and fills in the progress, the project name and the date.
"""
from __future__ import annotations

from macros.core.content import Content
from macros.core.i18n import count, tr, ui, ui_list
from macros.core.markup import esc, md_inline, tag
from macros.projects.project_bar import default_project_attribute, render_project_bar
from macros.core.site_map import CHECKLISTS_PATH, ODOO_TASKS_PATH, checklist_path, index_page_title, link, stage_path
from macros.core.stage_parts import optional_badge, stage_heading

SECTION = "checklist"  # the part of a project (projects/store.js) that holds the ticks: {item id: true}


def checkbox_id(item_id: str) -> str:
    return f"check-{item_id}"


def stage_anchor(stage_id: str) -> str:
    return f"stage-{stage_id}"


def _ids(items) -> str:
    return " ".join(item["id"] for item in items)


def progress(required: list, optional: list, lang: str, label: str, overall: bool = False) -> str:
    """A progress bar over the given items, filled in by checklists.js. It is rendered as a new
    project's (nothing ticked), so the page does not move when the script fills it in; without
    JavaScript there is no progress (playbook-scripted). Optional items are counted apart and
    never against completion."""
    bar = tag("progress", "", class_="playbook-progress__bar", max=str(len(required)), value="0",
              aria_label=label)
    text = tag("span", esc(ui("checklist_progress", lang, done=0, total=len(required))),
               class_="playbook-progress__text")
    optional_text = tag("span", esc(ui("checklist_progress_optional", lang, done=0, total=len(optional))),
                        class_="playbook-progress__optional") if optional else ""
    return tag(
        "div", tag("span", esc(label), class_="playbook-progress__label") + bar + text + optional_text,
        class_="playbook-progress playbook-scripted" + (" playbook-progress--overall" if overall else ""),
        data_required=_ids(required), data_optional=_ids(optional) or None,
        data_text=ui("checklist_progress", lang, done="{done}", total="{total}"),
        data_optional_text=ui("checklist_progress_optional", lang, done="{done}", total="{total}"),
        data_playbook_default_project=default_project_attribute(lang),
    )


def overall_items(content: Content) -> tuple[list, list]:
    """Required: the required items of every required stage. Optional: optional items, and every
    item of an optional stage (it is carried out only when the contract provides for it)."""
    required, optional = [], []
    for stage in content.stages:
        for item in stage["checklist"]:
            (optional if stage.get("optional") or item.get("optional") else required).append(item)
    return required, optional


def item_list(stage: dict, lang: str) -> str:
    """The items with real checkboxes and labels; each <li> carries the item's stable id as its anchor."""
    entries = []
    for item in stage["checklist"]:
        text = tr(item["text"], lang)
        box = (f'<input type="checkbox" class="playbook-checklist__box" id="{esc(checkbox_id(item["id"]))}"'
               f' data-item="{esc(item["id"])}">')
        label = tag("label", tag("span", esc(text), class_="playbook-checklist__text"),
                    for_=checkbox_id(item["id"]), class_="playbook-checklist__label")
        badge = " " + optional_badge(ui("optional_item", lang)) if item.get("optional") else ""
        anchor = tag("a", "#", href=f"#{item['id']}", class_="playbook-checklist__anchor",
                     aria_label=ui("checklist_item_link", lang, item=text))
        entries.append(tag("li", box + label + badge + anchor, id=item["id"],
                           class_="playbook-checklist__item",
                           data_optional="true" if item.get("optional") else None))
    return tag("ul", "\n" + "\n".join(entries) + "\n",
               class_="playbook-checklist playbook-checklist--interactive", data_stage=stage["id"],
               # the stage guide is the page search should offer for an item's words
               data_search_exclude="")


def sheet_header(content: Content, stage: dict, lang: str) -> str:
    """The printed sheet's header: methodology, stage, project and date (screen: hidden)."""
    meta = content.methodology["methodology"]
    blank = "\u00a0" * 24
    fields = [
        tag("span", esc(tr(meta["title"], lang)), class_="playbook-sheet__methodology"),
        tag("span", esc(ui("stage_of", lang, number=stage["number"], total=len(content.stages))),
            class_="playbook-sheet__stage"),
        tag("span", esc(ui("checklist_project", lang)) + ": "
            + tag("span", blank, class_="playbook-sheet__blank", data_playbook_project_name=""),
            class_="playbook-sheet__project"),
        tag("span", esc(ui("checklist_date", lang)) + ": "
            + tag("span", blank, class_="playbook-sheet__blank", data_playbook_today=""),
            class_="playbook-sheet__date"),
    ]
    return tag("div", "".join(fields), class_="playbook-sheet__header")


def signoff(lang: str) -> str:
    lines = "".join(
        tag("div", tag("span", esc(ui(key, lang)), class_="playbook-signoff__label")
            + tag("span", "", class_="playbook-signoff__line"), class_="playbook-signoff__field")
        for key in ("checklist_responsible", "checklist_date", "checklist_signature"))
    return tag("div", tag("p", esc(ui("checklist_signoff", lang)), class_="playbook-signoff__title") + lines,
               class_="playbook-signoff")


def sheet_actions(stage: dict, lang: str) -> str:
    title = stage_heading(stage, lang)
    buttons = [
        tag("button", esc(ui("checklist_print", lang)), type="button", class_="md-button playbook-print",
            data_print=""),
        tag("button", esc(ui("checklist_reset_stage", lang)), type="button",
            class_="md-button playbook-reset-stage", data_stage_items=_ids(stage["checklist"]),
            data_confirm=ui("checklist_reset_stage_confirm", lang, stage=title, name="{name}"),
            data_done=ui("checklist_reset_stage_done", lang, stage=title)),
    ]
    return tag("div", "".join(buttons), class_="playbook-sheet__actions playbook-scripted")


def stage_sheet(content: Content, stage: dict, lang: str, root: str, master: bool) -> list[str]:
    # On paper every stage of the master checklist starts a new sheet (print: break-before);
    # the first one shares the sheet with the page title.
    """The blocks of one stage's sheet: header, heading, goal, progress, items, result, sign-off."""
    title = stage_heading(stage, lang)
    if master:
        heading = f"## {md_inline(title)} {{ #{stage_anchor(stage['id'])} .playbook-sheet__title }}"
    else:
        heading = f"# {md_inline(ui('checklist_heading', lang, stage=title))} {{ .playbook-sheet__title }}"
    links = [tag("a", esc(ui("checklist_stage_guide", lang)), href=link(root, stage_path(stage["id"])))]
    if master:
        links.insert(0, tag("a", esc(ui("checklist", lang)), href=link(root, checklist_path(stage["id"]))))
    else:
        links.append(tag("a", esc(ui("checklist_all", lang)), href=link(root, CHECKLISTS_PATH)))
    meta = [tag("span", esc(count(len(stage["checklist"]), "item", lang)), class_="playbook-stage-meta__count")]
    if stage.get("optional"):
        meta.insert(0, optional_badge(ui("optional_stage", lang), ui("optional_stage_hint", lang)))
    meta.append(tag("span", " · ".join(links), class_="playbook-sheet__links"))
    required = [item for item in stage["checklist"] if not item.get("optional")]
    optional = [item for item in stage["checklist"] if item.get("optional")]
    start = tag("div", sheet_header(content, stage, lang), class_="playbook-sheet__start"
                + (" playbook-sheet__start--master" if master and stage is not content.stages[0] else ""),
                data_sheet=stage["id"])
    # A page's title is its first element's h1: on a stage's page the heading leads, the header follows.
    return [
        *([start, heading] if master else [heading, start]),
        tag("p", " ".join(meta), class_="playbook-stage-meta"),
        tag("p", tag("strong", esc(ui("checklist_goal", lang)) + ":") + " " + esc(tr(stage["goal"], lang)),
            class_="playbook-sheet__goal"),
        progress(required, optional, lang, f"{ui('checklist_progress_stage', lang)}: {title}"),
        item_list(stage, lang),
        tag("p", tag("strong", esc(ui("checklist_result", lang)) + ":") + " " + esc(tr(stage["result"], lang)),
            class_="playbook-sheet__result"),
        sheet_actions(stage, lang),
        signoff(lang),
    ]


def announcer(lang: str) -> str:
    """One polite live region per page: checklists.js tells the new progress after each tick."""
    return tag("p", "", class_="playbook-sr-only playbook-announcer", role="status", aria_live="polite",
               data_template=ui("checklist_announce", lang, stage="{stage}", done="{done}", total="{total}"))


def render_stage_checklist(content: Content, stage_id: str, lang: str, root: str) -> str:
    stage = content.stage(stage_id)
    blocks = stage_sheet(content, stage, lang, root, master=False)
    # the project bar goes right under the heading
    blocks.insert(2, render_project_bar(lang, SECTION))
    return "\n\n".join([*blocks, announcer(lang)]) + "\n"


def odoo_export_block(content: Content, lang: str, root: str) -> str:
    steps = "".join(tag("li", esc(step.format(project=ui("odoo_project_name", lang))))
                    for step in ui_list("odoo_export_steps", lang))
    items = sum(len(stage["checklist"]) for stage in content.stages)
    download = tag("a", esc(ui("odoo_export_download", lang, items=count(items, "item", lang))),
                   href=link(root, ODOO_TASKS_PATH), download="", class_="md-button playbook-odoo-download",
                   type="text/csv")
    return "\n\n".join([
        f"## {md_inline(ui('odoo_export_title', lang))} {{ #odoo-export .playbook-odoo__title }}",
        tag("div", tag("p", esc(ui("odoo_export_intro", lang))) + tag("p", download) + tag("ol", steps),
            class_="playbook-odoo"),
    ])


def render_master_checklist(content: Content, lang: str, root: str) -> str:
    required, optional = overall_items(content)
    blocks = [
        f"# {md_inline(index_page_title('checklists', lang))} {{ .playbook-master__title }}",
        tag("p", esc(ui("checklists_intro", lang)), class_="playbook-lead playbook-master__intro"),
        render_project_bar(lang, SECTION),
        progress(required, optional, lang, ui("checklist_progress_overall", lang), overall=True),
    ]
    for stage in content.stages:
        blocks.extend(stage_sheet(content, stage, lang, root, master=True))
    blocks.append(odoo_export_block(content, lang, root))
    blocks.append(announcer(lang))
    return "\n\n".join(blocks) + "\n"


def home_progress(content: Content, lang: str, root: str) -> str:
    """The home page's overall progress of the current project, rendered as a new project's and
    brought up to date by checklists/checklists.js and projects/bar.js (hidden without JavaScript)."""
    required, optional = overall_items(content)
    label = ui("checklist_progress_overall", lang)
    name = tag("p", esc(ui("project_current", lang)) + ": "
               + tag("strong", esc(default_project_attribute(lang)), data_playbook_project_name="") + " · "
               + tag("a", esc(index_page_title("checklists", lang)), href=link(root, CHECKLISTS_PATH)),
               class_="playbook-home-progress__project")
    return tag("div", name + progress(required, optional, lang, label, overall=True),
               class_="playbook-home-progress playbook-scripted")

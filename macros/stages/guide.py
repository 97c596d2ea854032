"""The stage guide: goal, checklist, result and the way to the neighbouring stages."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.i18n import count, tr, ui
from macros.core.markup import esc, md_inline, tag
from macros.core.stage_parts import optional_badge, stage_heading
from macros.core.site_map import act_path, checklist_path, link, stage_path
from macros.videos.pages import render_stage_videos


def checklist_items(stage: dict, lang: str) -> str:
    """The stage's checklist as a list; each item carries its stable id as the HTML anchor."""
    items = []
    for item in stage["checklist"]:
        text = tag("span", esc(tr(item["text"], lang)), class_="playbook-checklist__text")
        badge = " " + optional_badge(ui("optional_item", lang)) if item.get("optional") else ""
        items.append(tag("li", text + badge, id=item["id"], class_="playbook-checklist__item",
                         data_optional="true" if item.get("optional") else None))
    return tag("ul", "\n" + "\n".join(items) + "\n", class_="playbook-checklist", data_stage=stage["id"])


def stage_pager(content: Content, stage_id: str, lang: str, root: str) -> str:
    previous, following = content.neighbours(stage_id)
    links = []
    for neighbour, key, rel in ((previous, "previous_stage", "prev"), (following, "next_stage", "next")):
        if neighbour:
            label = tag("span", esc(ui(key, lang)), class_="playbook-pager__direction")
            title = tag("span", esc(stage_heading(neighbour, lang)), class_="playbook-pager__title")
            links.append(tag("a", label + " " + title, href=link(root, stage_path(neighbour["id"])),
                             rel=rel, class_=f"playbook-pager__link playbook-pager__link--{rel}"))
    return tag("nav", "".join(links), class_="playbook-pager", aria_label=ui("stage_pager", lang))


def render_stage_guide(content: Content, stage_id: str, lang: str, root: str) -> str:
    stage = content.stage(stage_id)
    total = len(content.stages)
    meta = [tag("span", esc(ui("stage_of", lang, number=stage["number"], total=total)),
                class_="playbook-stage-meta__position"),
            tag("span", esc(count(len(stage["checklist"]), "item", lang)),
                class_="playbook-stage-meta__count")]
    if stage.get("optional"):
        meta.insert(0, optional_badge(ui("optional_stage", lang), ui("optional_stage_hint", lang)))
    return "\n\n".join([
        f"# {md_inline(stage_heading(stage, lang))} {{ #{stage['id']} }}",
        tag("p", " ".join(meta), class_="playbook-stage-meta"),
        f"## {md_inline(ui('goal', lang))} {{ #goal }}",
        tag("p", esc(tr(stage["goal"], lang)), class_="playbook-goal"),
        f"## {md_inline(ui('checklist', lang))} {{ #checklist }}",
        checklist_items(stage, lang),
        tag("p", tag("a", esc(ui("checklist_open", lang)), href=link(root, checklist_path(stage_id))),
            class_="playbook-checklist-open"),
        f"## {md_inline(ui('result', lang))} {{ #result }}",
        tag("p", esc(tr(stage["result"], lang)), class_="playbook-result"),
        tag("p", tag("a", esc(ui("act_open", lang)), href=link(root, act_path(stage_id))), class_="playbook-act-open"),
        render_stage_videos(content, stage_id, lang, root),
        stage_pager(content, stage_id, lang, root),
    ]) + "\n"

"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.icons import icon
from macros.core.site_map import link, stage_path
from macros.core.templating import render
from macros.core.text_places import UnknownPlace, find_place

# The source marks these points ❌ ✅ ⚙️; the site shows the same as icons with a visible label.
SAAS_ICONS = {"limitation": "close-circle", "advantage": "check-circle", "emphasis": "cog"}


def render_saas(content: Content, lang: str) -> str:
    saas = content.methodology["saas"]
    return render(
        "pages/saas.html",
        title=tr(saas["title"], lang),
        points=[{"id": point["id"], "kind": point["kind"], "icon": icon(SAAS_ICONS[point["kind"]]),
                 "label": ui(point["kind"], lang), "text": tr(point["text"], lang)} for point in saas["points"]],
    )


def render_conclusion(content: Content, lang: str) -> str:
    conclusion = content.methodology["conclusion"]
    meta = content.methodology["methodology"]
    return render(
        "pages/conclusion.html",
        title=tr(conclusion["title"], lang),
        paragraphs=[tr(paragraph, lang) for paragraph in conclusion["paragraphs"]],
        note=ui("source_note", lang, author=meta["author"], date=long_date(meta["date"], lang)),
    )


def _place(label: str | None = None, url: str | None = None, path: str | None = None) -> dict:
    return {"label": label, "url": url, "path": path}


def describe_location(path: str, content: Content, lang: str, root: str) -> dict:
    """'stages[initiation].checklist[nda-signed].text' -> a link reading "Stage 1 · checklist, item 2"
    (label, url); a field without a page of its own -> a label; a place the data does not have -> the
    path, shown as code (the validator reports it)."""
    path = path.strip()
    try:
        place = find_place(path, content.methodology)
    except UnknownPlace:
        return _place(path=path)
    if place.section == "stages":
        stage = place.stage
        label, anchor = f"{ui('stage', lang)} {stage['number']}", ""
        if place.field:
            label += " · " + ui(f"field_{place.field}", lang)
            anchor = {"title": "", "goal": "#goal", "result": "#result"}[place.field]
        if place.item_index is not None:
            label += " · " + ui("field_item", lang, number=place.item_index + 1)
            anchor = "#" + stage["checklist"][place.item_index]["id"]
        return _place(label, link(root, stage_path(stage["id"])) + anchor)
    if place.section == "methodology":
        return _place(ui(f"field_methodology_{place.field}", lang))
    return _place(ui("field_conclusion", lang), link(root, "conclusion/"))


def render_editorial_notes(content: Content, lang: str, root: str) -> str:
    edits = content.files.get("editorial_notes", {}).get("edits", [])
    return render(
        "pages/editorial_notes.html",
        headers=[ui(key, lang) for key in ("edit_where", "edit_before", "edit_after", "edit_reason")],
        edits=[{"id": edit["id"], "before": edit["before"], "after": edit["after"], "reason": tr(edit["reason"], lang),
                "places": [describe_location(path, content, lang, root) for path in edit["where"].split(",")]}
               for edit in edits],
    )

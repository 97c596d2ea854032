"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes (the corrections of
the source's wording, the editors' notes on Odoo Online, the texts the editors added)."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.editorial import docs_view, editors_fields, note_views, notes_with_places, source_line
from macros.core.i18n import long_date, tr, ui
from macros.core.icons import icon
from macros.core.site_map import link, stage_path
from macros.core.templating import render
from macros.core.text_places import UnknownPlace, find_place

SAAS_PATH = "saas/"

# The source marks these points ❌ ✅ ⚙️; the site shows the same as icons with a visible label.
SAAS_ICONS = {"limitation": "close-circle", "advantage": "check-circle", "emphasis": "cog"}


def render_saas(content: Content, lang: str, root: str) -> str:
    saas = content.methodology["saas"]
    return render(
        "pages/saas.html",
        title=tr(saas["title"], lang),
        source=source_line(content, lang),
        points=[{"id": point["id"], "kind": point["kind"], "icon": icon(SAAS_ICONS[point["kind"]]),
                 "label": ui(point["kind"], lang), "text": tr(point["text"], lang),
                 "notes": note_views(content, point.get("notes", []), lang, root)} for point in saas["points"]],
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


def _shortened(text: str, length: int = 40) -> str:
    """The start of a long interface string, cut at a word: enough to recognise it."""
    return text if len(text) <= length else text[:length].rsplit(" ", 1)[0].rstrip(",.:;") + "…"


def _place(label: str | None = None, url: str | None = None, path: str | None = None) -> dict:
    return {"label": label, "url": url, "path": path}


def describe_location(path: str, content: Content, lang: str, root: str) -> dict:
    """'stages[initiation].checklist[nda-signed].text' -> a link reading "Stage 1 · checklist, item 2"
    (label, url); a field without a page of its own -> a label; a place the data does not have -> the
    path, shown as code (the validator reports it)."""
    path = path.strip()
    try:
        place = find_place(path, content.methodology, content.files.get("ui"))
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
    if place.section == "saas":
        if place.point_index is None:
            return _place(ui("field_saas_title", lang), link(root, SAAS_PATH))
        point = content.methodology["saas"]["points"][place.point_index]
        return _place(ui("field_saas_point", lang, number=place.point_index + 1), link(root, SAAS_PATH) + "#" + point["id"])
    if place.section == "ui":
        text = tr(place.text, lang)
        return _place(ui("field_ui", lang, text=_shortened(text if isinstance(text, str) else " ".join(text))))
    return _place(ui("field_conclusion", lang), link(root, "conclusion/"))


def render_editorial_notes(content: Content, lang: str, root: str) -> str:
    """The corrections of the source's wording: where, before, after, why."""
    edits = content.files.get("editorial_notes", {}).get("edits", [])
    return render(
        "pages/editorial_notes.html",
        headers=[ui(key, lang) for key in ("edit_where", "edit_before", "edit_after", "edit_reason")],
        edits=[{"id": edit["id"], "before": edit["before"], "after": edit["after"], "reason": tr(edit["reason"], lang),
                "places": [describe_location(path, content, lang, root) for path in edit["where"].split(",")]}
               for edit in edits],
    )


def render_odoo_notes(content: Content, lang: str, root: str) -> str:
    """Every editors' note, with the text it annotates (a link to it) and the documentation it cites."""
    rows = []
    for place, _, note in notes_with_places(content.methodology):
        rows.append({"id": note["id"], "place": describe_location(place, content, lang, root),
                     "source": tr(find_place(place, content.methodology).text, lang),
                     "text": tr(note["text"], lang), "docs": docs_view(content, note.get("docs", []), lang)})
    return render(
        "pages/odoo_notes.html",
        headers=[ui(key, lang) for key in ("edit_where", "note_on", "note_text", "note_docs")],
        rows=rows,
    )


def render_editors_additions(content: Content, lang: str, root: str) -> str:
    """The texts the editors wrote where the source has none, each a link to where it is shown,
    with the stage's title."""
    return render(
        "pages/editors_additions.html",
        additions=[{"place": describe_location(place, content, lang, root),
                    "title": tr(find_place(place, content.methodology).stage["title"], lang)}
                   for place in editors_fields(content.methodology)],
    )

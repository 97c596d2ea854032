"""What the editors added to the source, and how every page marks it.

The source is the Ukrainian post by the methodology's author. The editors added to it:
- notes on the texts that are wrong or incomplete for Odoo Online (`notes:` on a checklist item
  or a SaaS point in data/methodology.yml), shown next to the text they annotate;
- the fields the source does not have (`written_by_editors: [result]` on a stage), marked where
  they are shown;
- the English text, which each English page that shows the methodology says once.
The editorial notes page (editorial-notes/) lists all of it; the badges link to its sections.
"""
from __future__ import annotations

from typing import Iterator

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.odoo_docs import documentation_links, documentation_version
from macros.core.site_map import EDITORIAL_NOTES_PATH, link
from macros.core.text_places import item_place, point_place, stage_field_place

# The sections of the editorial notes page (docs/editorial-notes.md gives its headings these ids).
EDITS_ANCHOR = "edits"
NOTES_ANCHOR = "odoo-notes"
ADDITIONS_ANCHOR = "additions"
PAGE_ANCHORS = (EDITS_ANCHOR, NOTES_ANCHOR, ADDITIONS_ANCHOR)


def notes_with_places(methodology: dict) -> Iterator[tuple[str, tuple, dict]]:
    """(place as the editorial notes name it, path in data/methodology.yml, note) of every note, in
    the order of the data: the stages' items, then the SaaS points."""
    for s, stage in enumerate(methodology["stages"]):
        for i, item in enumerate(stage["checklist"]):
            for n, note in enumerate(item.get("notes", [])):
                yield item_place(stage, item), ("stages", s, "checklist", i, "notes", n), note
    for p, point in enumerate(methodology["saas"]["points"]):
        for n, note in enumerate(point.get("notes", [])):
            yield point_place(point), ("saas", "points", p, "notes", n), note


def editors_fields(methodology: dict) -> Iterator[str]:
    """The places of the stage fields the editors wrote ('stages[configuration].result'), in order."""
    for stage in methodology["stages"]:
        for field in stage.get("written_by_editors", []):
            yield stage_field_place(stage, field)


def written_by_editors(stage: dict, field: str) -> bool:
    return field in stage.get("written_by_editors", [])


# What the pages show ------------------------------------------------------------------------------

def editors_badge(lang: str, root: str) -> dict:
    """The badge of a text the editors wrote, linking the list of their additions."""
    return {"label": ui("editors_addition", lang), "url": link(root, EDITORIAL_NOTES_PATH) + "#" + ADDITIONS_ANCHOR}


def editors_result(stage: dict, lang: str, root: str) -> dict | None:
    """The badge and sentence next to a stage result the editors wrote; None for the source's own."""
    if not written_by_editors(stage, "result"):
        return None
    return {**editors_badge(lang, root), "text": ui("editors_result", lang)}


def note_views(content: Content, notes: list[dict], lang: str, root: str) -> list[dict]:
    """Editors' notes as shown next to their text (core/templates/parts.html, `notes`)."""
    badge = {"label": ui("editors_note", lang), "url": link(root, EDITORIAL_NOTES_PATH) + "#" + NOTES_ANCHOR}
    return [{"text": tr(note["text"], lang), "badge": badge, "docs": docs_view(content, note.get("docs", []), lang)}
            for note in notes]


def docs_view(content: Content, docs: list[dict], lang: str) -> dict | None:
    """'Odoo 19.0 documentation:' and the links, or None without docs."""
    if not docs:
        return None
    return {"label": ui("odoo_docs_link", lang, version=documentation_version(content)),
            "links": documentation_links(content, docs)}


def source_line(content: Content, lang: str) -> str:
    """Whose text a page shows: the author's, with the editors' notes and additions marked (and, in
    English, that the English is the editors' translation)."""
    meta = content.methodology["methodology"]
    return ui("source_line", lang, author=meta["author"], date=long_date(meta["date"], lang),
              addition=ui("editors_addition", lang))

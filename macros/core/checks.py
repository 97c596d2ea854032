"""Checks of the core data a schema cannot express: unique ids, stage numbering, the interface
strings (ui_checks.py) and the house style of every text (house_style.py).

Each check takes the parsed data files and yields DataProblems. The features offer checks of their
own (e.g. macros/videos/checks.py); macros/site_content.py assembles them all.
"""
from __future__ import annotations

from typing import Callable, Iterable

from macros.core.editorial import PAGE_ANCHORS, notes_with_places
from macros.core.house_style import HOUSE_STYLE_CHECKS
from macros.core.i18n import DEFAULT_LANGUAGE
from macros.core.loader import ParsedFile
from macros.core.messages import say
from macros.core.odoo_docs import ODOO_DOCS_CHECKS
from macros.core.problems import DataProblem
from macros.core.ui_checks import UI_CHECKS
from macros.core.site_map import STAGE_PAGE_KINDS
from macros.core.text_places import UnknownPlace, find_place

Files = dict[str, ParsedFile]


def _duplicates(parsed: ParsedFile, entries: Iterable[tuple[tuple, str]], what: str):
    """`what` names the kind of id: a key of macros/core/messages.yml (what_stage_id, ...)."""
    first_path: dict[str, tuple] = {}
    for path, value in entries:
        if value in first_path:
            yield parsed.problem(path, "id_already_used", what=say(what), value=value,
                                 line=parsed.line_of(first_path[value]))
        else:
            first_path[value] = path


def unique_methodology_ids(files: Files):
    parsed = files["methodology"]
    stages = parsed.data["stages"]
    yield from _duplicates(parsed, ((("stages", i, "id"), s["id"]) for i, s in enumerate(stages)), "what_stage_id")
    items = (
        (("stages", i, "checklist", j, "id"), item["id"])
        for i, stage in enumerate(stages)
        for j, item in enumerate(stage["checklist"])
    )
    yield from _duplicates(parsed, items, "what_item_id")
    points = parsed.data["saas"]["points"]
    yield from _duplicates(parsed, ((("saas", "points", i, "id"), p["id"]) for i, p in enumerate(points)), "what_id")


def stage_numbers_in_order(files: Files):
    parsed = files["methodology"]
    for index, stage in enumerate(parsed.data["stages"]):
        if stage["number"] != index + 1:
            yield parsed.problem(("stages", index, "number"), "stage_number_order",
                                 number=stage["number"], position=index + 1)


# The page a folder has of its own (checklists/index.md is checklists/, the master checklist):
# a stage with this id would have its pages there.
FOLDER_PAGE = "index"


def stage_ids_leave_folder_pages_free(files: Files):
    parsed = files["methodology"]
    for index, stage in enumerate(parsed.data["stages"]):
        if stage["id"] == FOLDER_PAGE:
            taken = [f"{kind(FOLDER_PAGE)[:-1]}.md" for kind in STAGE_PAGE_KINDS.values()]
            yield parsed.problem(("stages", index, "id"), "stage_id_folder_page", id=FOLDER_PAGE, taken=taken)


def unique_editorial_ids(files: Files):
    """The editorial notes page gives each correction and each note a row with its id as anchor,
    next to the page's own sections: one id, one row."""
    methodology = files["methodology"]
    notes = ((methodology, path + ("id",), note["id"]) for _, path, note in notes_with_places(methodology.data))
    parsed = files.get("editorial_notes")
    edits = ((parsed, ("edits", i, "id"), edit["id"]) for i, edit in enumerate(parsed.data["edits"])) if parsed else ()
    first: dict[str, tuple] = {}
    for owner, path, value in (*edits, *notes):
        if value in PAGE_ANCHORS:
            yield owner.problem(path, "editorial_id_is_page_anchor", value=value, anchors=list(PAGE_ANCHORS))
        elif value in first:
            other, other_path = first[value]
            yield owner.problem(path, "editorial_id_twice", value=value,
                                where=f"{other.display_name}:{other.line_of(other_path)}")
        else:
            first[value] = (owner, path)


def _places(edit: dict) -> list[str]:
    return [place.strip() for place in edit["where"].split(",")]


def editorial_places_exist(files: Files):
    parsed = files.get("editorial_notes")
    if not parsed:
        return
    ui_data = files["ui"].data if "ui" in files else None
    for index, edit in enumerate(parsed.data["edits"]):
        for place in _places(edit):
            try:
                find_place(place, files["methodology"].data, ui_data)
            except UnknownPlace as error:
                yield parsed.problem(("edits", index, "where"), "editorial_place", place=place.strip(),
                                     reason=error.says)


PART_SEPARATOR = "; "


def _flat(text) -> str:
    lines = text if isinstance(text, list) else [text]
    return " ".join(" ".join(lines).split())


def editorial_edits_show_in_their_places(files: Files):
    """A correction says what its places read now: `after` is in each place's Ukrainian text (the
    source's language; the case of a first letter aside) and `before` is no longer there. With one
    part per place, separated by «; », each part belongs to its place. A place that names a stage or
    an item as a whole (its label, its flags) has no text to compare and is left alone."""
    parsed = files.get("editorial_notes")
    if not parsed:
        return
    ui_data = files["ui"].data if "ui" in files else None
    for index, edit in enumerate(parsed.data["edits"]):
        places = _places(edit)
        parts = {field: edit[field].split(PART_SEPARATOR) for field in ("before", "after")}
        for field, values in parts.items():
            if len(values) not in (1, len(places)):
                yield parsed.problem(("edits", index, field), "editorial_parts_count", parts=len(values),
                                     places=len(places))
        if any(len(values) not in (1, len(places)) for values in parts.values()):
            continue
        for position, place_text in enumerate(places):
            try:
                place = find_place(place_text, files["methodology"].data, ui_data)
            except UnknownPlace:
                continue  # editorial_places_exist reports it
            if place.text is None:
                continue
            now = _flat(place.text[DEFAULT_LANGUAGE])
            after = _flat(parts["after"][position if len(parts["after"]) > 1 else 0])
            before = _flat(parts["before"][position if len(parts["before"]) > 1 else 0])
            if after.casefold() not in now.casefold():
                shown = now if len(now) <= 90 else now[:89] + "…"
                yield parsed.problem(("edits", index, "after"), "editorial_after_missing", after=after,
                                     place=place_text, shown=shown)
            elif before and before != after and before in now:
                yield parsed.problem(("edits", index, "before"), "editorial_before_still_there", before=before,
                                     place=place_text)


CHECKS: list[Callable[[Files], Iterable[DataProblem]]] = [
    unique_methodology_ids,
    stage_numbers_in_order,
    stage_ids_leave_folder_pages_free,
    unique_editorial_ids,
    editorial_places_exist,
    editorial_edits_show_in_their_places,
    *UI_CHECKS,
    *HOUSE_STYLE_CHECKS,
    *ODOO_DOCS_CHECKS,
]

"""Checks of the core data a schema cannot express: unique ids, stage numbering, the interface
strings (ui_checks.py) and the house style of every text (house_style.py).

Each check takes the parsed data files and yields DataProblems. The features offer checks of their
own (e.g. macros/videos/checks.py); macros/site_content.py assembles them all.
"""
from __future__ import annotations

from typing import Callable, Iterable

from macros.core.house_style import HOUSE_STYLE_CHECKS
from macros.core.loader import ParsedFile
from macros.core.messages import say
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
    parsed = files.get("editorial_notes")
    if parsed:
        edits = parsed.data["edits"]
        yield from _duplicates(parsed, ((("edits", i, "id"), e["id"]) for i, e in enumerate(edits)), "what_id")


def editorial_places_exist(files: Files):
    parsed = files.get("editorial_notes")
    if not parsed:
        return
    for index, edit in enumerate(parsed.data["edits"]):
        for place in edit["where"].split(","):
            try:
                find_place(place, files["methodology"].data)
            except UnknownPlace as error:
                yield parsed.problem(("edits", index, "where"), "editorial_place", place=place.strip(),
                                     reason=error.says)


CHECKS: list[Callable[[Files], Iterable[DataProblem]]] = [
    unique_methodology_ids,
    stage_numbers_in_order,
    stage_ids_leave_folder_pages_free,
    unique_editorial_ids,
    editorial_places_exist,
    *UI_CHECKS,
    *HOUSE_STYLE_CHECKS,
]

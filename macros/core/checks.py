"""Checks of the core data a schema cannot express: unique ids, stage numbering, the interface
strings (ui_checks.py) and the house style of every text (house_style.py).

Each check takes the parsed data files and yields DataProblems. The features offer checks of their
own (e.g. macros/videos/checks.py); macros/site_content.py assembles them all.
"""
from __future__ import annotations

from typing import Callable, Iterable

from macros.core.house_style import HOUSE_STYLE_CHECKS
from macros.core.loader import ParsedFile
from macros.core.problems import DataProblem
from macros.core.ui_checks import UI_CHECKS
from macros.core.site_map import STAGE_PAGE_KINDS
from macros.core.text_places import UnknownPlace, find_place

Files = dict[str, ParsedFile]


def _duplicates(parsed: ParsedFile, entries: Iterable[tuple[tuple, str]], what: str):
    first_path: dict[str, tuple] = {}
    for path, value in entries:
        if value in first_path:
            yield parsed.problem(path, f"the {what} «{value}» is already used at line "
                                       f"{parsed.line_of(first_path[value])}; ids must be unique")
        else:
            first_path[value] = path


def unique_methodology_ids(files: Files):
    parsed = files["methodology"]
    stages = parsed.data["stages"]
    yield from _duplicates(parsed, ((("stages", i, "id"), s["id"]) for i, s in enumerate(stages)), "stage id")
    items = (
        (("stages", i, "checklist", j, "id"), item["id"])
        for i, stage in enumerate(stages)
        for j, item in enumerate(stage["checklist"])
    )
    yield from _duplicates(parsed, items, "checklist item id")
    points = parsed.data["saas"]["points"]
    yield from _duplicates(parsed, ((("saas", "points", i, "id"), p["id"]) for i, p in enumerate(points)), "id")


def stage_numbers_in_order(files: Files):
    parsed = files["methodology"]
    for index, stage in enumerate(parsed.data["stages"]):
        if stage["number"] != index + 1:
            yield parsed.problem(("stages", index, "number"),
                                 f"is {stage['number']}, but this is stage {index + 1} in the list; "
                                 "stages are numbered in the order they are written")


# The page a folder has of its own (checklists/index.md is checklists/, the master checklist):
# a stage with this id would have its pages there.
FOLDER_PAGE = "index"


def stage_ids_leave_folder_pages_free(files: Files):
    parsed = files["methodology"]
    for index, stage in enumerate(parsed.data["stages"]):
        if stage["id"] == FOLDER_PAGE:
            taken = ", ".join(f"{kind(FOLDER_PAGE)[:-1]}.md" for kind in STAGE_PAGE_KINDS.values())
            yield parsed.problem(("stages", index, "id"),
                                 f"«{FOLDER_PAGE}» is taken: {taken} would be the folders' own pages "
                                 "(checklists/, acts/), not this stage's; choose another stage id")


def unique_editorial_ids(files: Files):
    parsed = files.get("editorial_notes")
    if parsed:
        edits = parsed.data["edits"]
        yield from _duplicates(parsed, ((("edits", i, "id"), e["id"]) for i, e in enumerate(edits)), "id")


def editorial_places_exist(files: Files):
    parsed = files.get("editorial_notes")
    if not parsed:
        return
    for index, edit in enumerate(parsed.data["edits"]):
        for place in edit["where"].split(","):
            try:
                find_place(place, files["methodology"].data)
            except UnknownPlace as error:
                yield parsed.problem(("edits", index, "where"), f"«{place.strip()}»: {error}")


CHECKS: list[Callable[[Files], Iterable[DataProblem]]] = [
    unique_methodology_ids,
    stage_numbers_in_order,
    stage_ids_leave_folder_pages_free,
    unique_editorial_ids,
    editorial_places_exist,
    *UI_CHECKS,
    *HOUSE_STYLE_CHECKS,
]

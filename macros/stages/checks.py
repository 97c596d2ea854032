"""The anchors of a stage guide (stages/<id>/), checked in the data (assembled in macros/site_content.py).

A stage guide gives an HTML id to the stage (its heading), to each checklist item and to its own
sections. Two parts with the same id and a link lands on the wrong one, so a stage id or an item
id must not be taken by a section, and no item may share its id with a stage.
"""
from __future__ import annotations

from macros.core.loader import ParsedFile

# The sections of every stage guide (guide.py; "videos" is the videos feature's section on it).
# tests/site/test_site.py checks that a built guide carries no other fixed id.
GUIDE_ANCHORS = ("goal", "checklist", "result", "videos")


def stage_guide_anchors_distinct(files: dict[str, ParsedFile]):
    parsed = files["methodology"]
    stages = parsed.data["stages"]
    stage_paths: dict[str, tuple] = {}
    for s, stage in enumerate(stages):
        path = ("stages", s, "id")
        if stage["id"] in GUIDE_ANCHORS:
            yield parsed.problem(path, "guide_anchor_taken", id=stage["id"], anchors=list(GUIDE_ANCHORS))
        stage_paths.setdefault(stage["id"], path)
    for s, stage in enumerate(stages):
        for i, item in enumerate(stage["checklist"]):
            path = ("stages", s, "checklist", i, "id")
            if item["id"] in GUIDE_ANCHORS:
                yield parsed.problem(path, "guide_anchor_taken", id=item["id"], anchors=list(GUIDE_ANCHORS))
            elif item["id"] in stage_paths:
                yield parsed.problem(path, "item_id_is_stage_id", id=item["id"],
                                     line=parsed.line_of(stage_paths[item["id"]]))


STAGE_CHECKS = [stage_guide_anchors_distinct]

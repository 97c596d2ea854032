"""The anchors of the checklist pages, checked in the data (assembled in macros/site_content.py).

Besides each item's own id (its link target), a checklist page gives ids to each item's checkbox
(check-<item id>), on the master checklist to each stage's sheet (stage-<stage id>), and to a few
parts of its own. An item id that equals one of those would make two elements share an id.
"""
from __future__ import annotations

from macros.checklists.pages import checkbox_id, stage_anchor
from macros.core.loader import ParsedFile
from macros.core.messages import say
from macros.stages.guidance import ROLE_FILTER_ID

# The master checklist's Odoo export section, the project bar's project switcher and the role filter.
# tests/site/test_checklists.py checks that a built checklist page carries no other fixed id.
PAGE_ANCHORS = ("odoo-export", "playbook-project-select", ROLE_FILTER_ID)


def checklist_anchors_distinct(files: dict[str, ParsedFile]):
    parsed = files["methodology"]
    stages = parsed.data["stages"]
    taken = {anchor: say("anchor_page_part") for anchor in PAGE_ANCHORS}
    for stage in stages:
        taken[stage_anchor(stage["id"])] = say("anchor_stage_sheet", stage=stage["id"])
        for item in stage["checklist"]:
            taken[checkbox_id(item["id"])] = say("anchor_checkbox", item=item["id"])
    for s, stage in enumerate(stages):
        for i, item in enumerate(stage["checklist"]):
            if item["id"] in taken:
                yield parsed.problem(("stages", s, "checklist", i, "id"), "checklist_anchor_taken", id=item["id"],
                                     taken=taken[item["id"]])


CHECKLIST_CHECKS = [checklist_anchors_distinct]

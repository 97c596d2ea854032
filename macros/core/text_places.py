"""Places of texts in data/methodology.yml, as the editorial notes name them (`where:`).

Stages and checklist items are named by id, so a place stays right when stages or items are
added, removed or reordered: `stages[initiation].checklist[nda-signed].text`. The other texts
by field: `methodology.title`, `methodology.goal`, `conclusion.paragraphs[0]`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from macros.core.messages import Message, say

EXAMPLES = "stages[initiation].goal, stages[initiation].checklist[contract-signed].text, methodology.title"

_STAGE = re.compile(r"^stages\[(?P<stage>[^\]]+)\](?:\.(?P<field>title|goal|result))?"
                    r"(?:\.checklist\[(?P<item>[^\]]+)\](?:\.text)?)?$")
_METHODOLOGY = re.compile(r"^methodology\.(?P<field>title|goal)$")
_CONCLUSION = re.compile(r"^conclusion(?:\.paragraphs\[(?P<paragraph>\d+)\])?$")


@dataclass(frozen=True)
class Place:
    section: str  # "stages", "methodology" or "conclusion"
    field: str | None = None  # title, goal or result
    stage: dict | None = None
    item_index: int | None = None  # the checklist item's place in its stage


class UnknownPlace(ValueError):
    """The text names no place in the data; `says` tells why, for the person editing it."""

    def __init__(self, says: Message):
        self.says = says
        super().__init__(says)

    def __str__(self) -> str:
        return str(self.says)


def find_place(text: str, methodology: dict) -> Place:
    """The place `text` names in data/methodology.yml (its content); raises UnknownPlace."""
    text = text.strip()
    if match := _METHODOLOGY.match(text):
        return Place("methodology", field=match["field"])
    if match := _CONCLUSION.match(text):
        paragraphs = methodology["conclusion"]["paragraphs"]
        if match["paragraph"] is not None and int(match["paragraph"]) >= len(paragraphs):
            raise UnknownPlace(say("place_no_paragraph", count=len(paragraphs)))
        return Place("conclusion")
    match = _STAGE.match(text)
    if not match:
        raise UnknownPlace(say("place_unreadable", examples=EXAMPLES))
    stages = {stage["id"]: stage for stage in methodology["stages"]}
    stage = stages.get(match["stage"])
    if stage is None:
        raise UnknownPlace(say("place_no_stage", stage=match["stage"], ids=list(stages)))
    item_index = None
    if match["item"] is not None:
        ids = [item["id"] for item in stage["checklist"]]
        if match["item"] not in ids:
            raise UnknownPlace(say("place_no_item", stage=stage["id"], item=match["item"], ids=ids))
        item_index = ids.index(match["item"])
    return Place("stages", field=match["field"], stage=stage, item_index=item_index)

"""Places of texts in the data, as the editorial notes name them (`where:`).

Stages, checklist items and SaaS points are named by id, so a place stays right when they are
added, removed or reordered: `stages[initiation].checklist[nda-signed].text`,
`saas.points[always-current-version].text`. The other texts by field: `methodology.title`,
`methodology.goal`, `conclusion.paragraphs[0]`, `saas.title`; an interface string of
data/ui.yml by its key: `ui.nav_checklists`. A place without a text field at its end
(`stages[configuration]`, `stages[initiation].checklist[nda-signed]`) names the stage or the item
as a whole: its label or its flags.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from macros.core.messages import Message, say

EXAMPLES = "stages[initiation].goal, stages[initiation].checklist[contract-signed].text, methodology.title, ui.nav_checklists"

_STAGE = re.compile(r"^stages\[(?P<stage>[^\]]+)\](?:\.(?P<field>title|goal|result))?"
                    r"(?:\.checklist\[(?P<item>[^\]]+)\](?P<text>\.text)?)?$")
_METHODOLOGY = re.compile(r"^methodology\.(?P<field>title|goal)$")
_CONCLUSION = re.compile(r"^conclusion(?:\.paragraphs\[(?P<paragraph>\d+)\])?$")
_SAAS = re.compile(r"^saas(?:\.(?P<field>title)|\.points\[(?P<point>[^\]]+)\](?P<text>\.text)?)?$")
_UI = re.compile(r"^ui\.(?P<key>[a-z0-9_]+)$")


@dataclass(frozen=True)
class Place:
    section: str  # "stages", "methodology", "conclusion", "saas" or "ui"
    field: str | None = None  # title, goal or result
    stage: dict | None = None
    item_index: int | None = None  # the checklist item's place in its stage
    point_index: int | None = None  # the SaaS point's place in the list
    paragraph: int | None = None  # the conclusion's paragraph
    key: str | None = None  # the interface string's key
    text: dict | None = None  # the {uk, en} text at the place; None for a stage or an item as a whole


class UnknownPlace(ValueError):
    """The text names no place in the data; `says` tells why, for the person editing it."""

    def __init__(self, says: Message):
        self.says = says
        super().__init__(says)

    def __str__(self) -> str:
        return str(self.says)


def _ui_strings(ui: dict | None) -> dict:
    return {key: value for section in (ui or {}).get("strings", {}).values() for key, value in section.items()}


def find_place(text: str, methodology: dict, ui: dict | None = None) -> Place:
    """The place `text` names in data/methodology.yml (its content) or data/ui.yml; raises UnknownPlace."""
    text = text.strip()
    if match := _METHODOLOGY.match(text):
        return Place("methodology", field=match["field"], text=methodology["methodology"][match["field"]])
    if match := _CONCLUSION.match(text):
        paragraphs = methodology["conclusion"]["paragraphs"]
        if match["paragraph"] is None:
            return Place("conclusion")
        if int(match["paragraph"]) >= len(paragraphs):
            raise UnknownPlace(say("place_no_paragraph", count=len(paragraphs)))
        index = int(match["paragraph"])
        return Place("conclusion", paragraph=index, text=paragraphs[index])
    if match := _SAAS.match(text):
        return _saas_place(match, methodology["saas"])
    if match := _UI.match(text):
        strings = _ui_strings(ui)
        if match["key"] not in strings:
            raise UnknownPlace(say("place_no_ui_string", key=match["key"]))
        return Place("ui", key=match["key"], text=strings[match["key"]])
    match = _STAGE.match(text)
    if not match:
        raise UnknownPlace(say("place_unreadable", examples=EXAMPLES))
    stages = {stage["id"]: stage for stage in methodology["stages"]}
    stage = stages.get(match["stage"])
    if stage is None:
        raise UnknownPlace(say("place_no_stage", stage=match["stage"], ids=list(stages)))
    if match["item"] is None:
        return Place("stages", field=match["field"], stage=stage,
                     text=stage[match["field"]] if match["field"] else None)
    ids = [item["id"] for item in stage["checklist"]]
    if match["item"] not in ids:
        raise UnknownPlace(say("place_no_item", stage=stage["id"], item=match["item"], ids=ids))
    item_index = ids.index(match["item"])
    return Place("stages", field=match["field"], stage=stage, item_index=item_index,
                 text=stage["checklist"][item_index]["text"] if match["text"] else None)


def _saas_place(match: re.Match, saas: dict) -> Place:
    if match["field"]:
        return Place("saas", field=match["field"], text=saas["title"])
    if match["point"] is None:
        return Place("saas")
    ids = [point["id"] for point in saas["points"]]
    if match["point"] not in ids:
        raise UnknownPlace(say("place_no_saas_point", point=match["point"], ids=ids))
    index = ids.index(match["point"])
    return Place("saas", point_index=index, text=saas["points"][index]["text"] if match["text"] else None)


def item_place(stage: dict, item: dict) -> str:
    """The place of a checklist item's text: 'stages[initiation].checklist[nda-signed].text'."""
    return f"stages[{stage['id']}].checklist[{item['id']}].text"


def point_place(point: dict) -> str:
    """The place of a SaaS point's text: 'saas.points[no-code-access].text'."""
    return f"saas.points[{point['id']}].text"


def stage_field_place(stage: dict, field: str) -> str:
    return f"stages[{stage['id']}].{field}"

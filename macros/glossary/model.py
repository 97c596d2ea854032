"""What the glossary and the questions point at: the stage guides, their items and the terms.

A question's `sources` are site addresses (`stages/<stage>/`, `stages/<stage>/#<item>`,
`glossary#<term>`, `project/` for the current project's plan); a term's `see` names stages or checklist items of data/methodology.yml by id.
The checks (checks.py) and the pages (pages.py) read them the same way, here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_STAGE_SOURCE = re.compile(r"^stages/(?P<stage>[a-z0-9-]+)/(?:#(?P<item>[a-z0-9-]+))?$")
_TERM_SOURCE = re.compile(r"^glossary#(?P<term>[a-z0-9-]+)$")
PROJECT_SOURCE = "project/"


@dataclass(frozen=True)
class Target:
    """A stage (item None), an item of a stage, a glossary term (stage None) or the project page."""

    stage: str | None = None
    item: str | None = None
    term: str | None = None
    project: bool = False


def source_target(source: str) -> Target | None:
    """'stages/go-live/#hypercare-two-weeks' -> Target(stage, item); 'glossary#prod' -> Target(term=…);
    None for anything else (the schema lets nothing else through)."""
    if match := _STAGE_SOURCE.match(source.strip()):
        return Target(stage=match["stage"], item=match["item"])
    if match := _TERM_SOURCE.match(source.strip()):
        return Target(term=match["term"])
    if source.strip() == PROJECT_SOURCE:
        return Target(project=True)
    return None


def item_stages(methodology: dict) -> dict[str, dict]:
    """Each checklist item's id -> its stage (item ids are unique across the methodology)."""
    return {item["id"]: stage for stage in methodology["stages"] for item in stage["checklist"]}


def see_target(see_id: str, methodology: dict) -> Target | None:
    """A term's `see` id: a stage's, or an item's (with its stage); None when the data has neither."""
    if any(stage["id"] == see_id for stage in methodology["stages"]):
        return Target(stage=see_id)
    stage = item_stages(methodology).get(see_id)
    return Target(stage=stage["id"], item=see_id) if stage else None


def terms(files_data: dict) -> list[dict]:
    return (files_data.get("glossary") or {}).get("glossary", [])


def questions(files_data: dict) -> list[dict]:
    return (files_data.get("faq") or {}).get("faq", [])

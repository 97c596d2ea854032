"""The rows stage acts were pre-filled with before stages had services: the texts of each stage's
required checklist items as they were then (checklist_rows.json, frozen). Acts saved in browsers
may still hold them; the act page recognises them (with the stage's checklist as it is now) and
offers to replace them with the stage's services, never silently."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

FROZEN = Path(__file__).with_name("checklist_rows.json")


@lru_cache(maxsize=1)
def _frozen() -> dict[str, list[dict]]:
    return json.loads(FROZEN.read_text(encoding="utf-8"))["rows"]


def former_rows(stage: dict) -> list[dict]:
    """{uk, en} texts that mark a stored row of this stage's act as a checklist item, not a service."""
    rows = [dict(row) for row in _frozen().get(stage["id"], [])]
    rows += [dict(item["text"]) for item in stage["checklist"] if dict(item["text"]) not in rows]
    return rows

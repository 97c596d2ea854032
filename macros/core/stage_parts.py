"""Pieces every page about a stage shows the same way: its heading and the optional badge
(core/templates/parts.html)."""
from __future__ import annotations

from macros.core.i18n import tr, ui


def stage_heading(stage: dict, lang: str) -> str:
    """'Stage 1. Project initiation (Odoo Cloud)' (the word "Stage" from data/ui.yml)."""
    return f"{ui('stage', lang)} {stage['number']}. {tr(stage['title'], lang)}"


def optional_stage(stage: dict, lang: str) -> dict | None:
    """The badge of an optional stage (label and hint), or None for a required one."""
    if not stage.get("optional"):
        return None
    return {"label": ui("optional_stage", lang), "hint": ui("optional_stage_hint", lang)}

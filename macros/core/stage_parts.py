"""Pieces every page about a stage shows the same way: its heading and the optional badge."""
from __future__ import annotations

from macros.core.i18n import tr, ui
from macros.core.markup import esc, tag


def stage_heading(stage: dict, lang: str) -> str:
    """'Stage 1. Project initiation (Odoo Cloud)' (the word "Stage" from data/ui.yml)."""
    return f"{ui('stage', lang)} {stage['number']}. {tr(stage['title'], lang)}"


def optional_badge(label: str, hint: str | None = None) -> str:
    return tag("span", esc(label), class_="playbook-badge playbook-badge--optional", title=hint)

"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes."""
from __future__ import annotations

import re

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.icons import icon
from macros.core.site_map import link, stage_path
from macros.core.templating import render

# The source marks these points ❌ ✅ ⚙️; the site shows the same as icons with a visible label.
SAAS_ICONS = {"limitation": "close-circle", "advantage": "check-circle", "emphasis": "cog"}


def render_saas(content: Content, lang: str) -> str:
    saas = content.methodology["saas"]
    return render(
        "pages/saas.html",
        title=tr(saas["title"], lang),
        points=[{"id": point["id"], "kind": point["kind"], "icon": icon(SAAS_ICONS[point["kind"]]),
                 "label": ui(point["kind"], lang), "text": tr(point["text"], lang)} for point in saas["points"]],
    )


def render_conclusion(content: Content, lang: str) -> str:
    conclusion = content.methodology["conclusion"]
    meta = content.methodology["methodology"]
    return render(
        "pages/conclusion.html",
        title=tr(conclusion["title"], lang),
        paragraphs=[tr(paragraph, lang) for paragraph in conclusion["paragraphs"]],
        note=ui("source_note", lang, author=meta["author"], date=long_date(meta["date"], lang)),
    )


_LOCATION = re.compile(r"^(?P<section>\w+)(?:\[(?P<index>\d+)\])?(?P<rest>.*)$")
_STAGE_PART = re.compile(r"^(?:\.(?P<field>title|goal|result))?(?:\.checklist\[(?P<item>\d+)\](?:\.text)?)?$")


def _place(label: str | None = None, url: str | None = None, path: str | None = None) -> dict:
    return {"label": label, "url": url, "path": path}


def describe_location(path: str, content: Content, lang: str, root: str) -> dict:
    """'stages[3].checklist[1].text' -> 'Stage 4 · checklist, item 2' with a link to it (label, url);
    a field without a page of its own -> a label; unknown shapes -> the path, shown as code."""
    path = path.strip()
    match = _LOCATION.match(path)
    if not match:
        return _place(path=path)
    section, index, rest = match["section"], match["index"], match["rest"]
    if section == "stages" and index is not None and int(index) < len(content.stages):
        stage = content.stages[int(index)]
        part = _STAGE_PART.match(rest)
        if part:
            label, anchor = f"{ui('stage', lang)} {stage['number']}", ""
            if part["field"]:
                label += " · " + ui(f"field_{part['field']}", lang)
                anchor = {"title": "", "goal": "#goal", "result": "#result"}[part["field"]]
            if part["item"] is not None and int(part["item"]) < len(stage["checklist"]):
                label += " · " + ui("field_item", lang, number=int(part["item"]) + 1)
                anchor = "#" + stage["checklist"][int(part["item"])]["id"]
            return _place(label, link(root, stage_path(stage["id"])) + anchor)
    if path in ("methodology.title", "methodology.goal"):
        return _place(ui(f"field_{path.replace('.', '_')}", lang))
    if section == "conclusion":
        return _place(ui("field_conclusion", lang), link(root, "conclusion/"))
    return _place(path=path)


def render_editorial_notes(content: Content, lang: str, root: str) -> str:
    edits = content.files.get("editorial_notes", {}).get("edits", [])
    return render(
        "pages/editorial_notes.html",
        headers=[ui(key, lang) for key in ("edit_where", "edit_before", "edit_after", "edit_reason")],
        edits=[{"id": edit["id"], "before": edit["before"], "after": edit["after"], "reason": tr(edit["reason"], lang),
                "places": [describe_location(path, content, lang, root) for path in edit["where"].split(",")]}
               for edit in edits],
    )

"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes."""
from __future__ import annotations

import re

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.icons import icon
from macros.core.markup import esc, md_inline, tag
from macros.core.site_map import link, stage_path

# The source marks these points ❌ ✅ ⚙️; the site shows the same as icons with a visible label.
SAAS_ICONS = {"limitation": "close-circle", "advantage": "check-circle", "emphasis": "cog"}


def render_saas(content: Content, lang: str) -> str:
    saas = content.methodology["saas"]
    points = []
    for point in saas["points"]:
        kind = tag("span", icon(SAAS_ICONS[point["kind"]]) + esc(ui(point["kind"], lang)),
                   class_="playbook-saas__kind")
        text = tag("span", esc(tr(point["text"], lang)), class_="playbook-saas__text")
        points.append(tag("li", kind + " " + text,
                          id=point["id"], class_=f"playbook-saas__point playbook-saas__point--{point['kind']}"))
    return "\n\n".join([
        f"# {md_inline(tr(saas['title'], lang))}",
        tag("ul", "\n" + "\n".join(points) + "\n", class_="playbook-saas"),
    ]) + "\n"


def render_conclusion(content: Content, lang: str) -> str:
    conclusion = content.methodology["conclusion"]
    meta = content.methodology["methodology"]
    paragraphs = [tag("p", esc(tr(paragraph, lang))) for paragraph in conclusion["paragraphs"]]
    note = ui("source_note", lang, author=meta["author"], date=long_date(meta["date"], lang))
    return "\n\n".join([
        f"# {md_inline(tr(conclusion['title'], lang))}",
        *paragraphs,
        tag("p", esc(note), class_="playbook-byline"),
    ]) + "\n"


_LOCATION = re.compile(r"^(?P<section>\w+)(?:\[(?P<index>\d+)\])?(?P<rest>.*)$")
_STAGE_PART = re.compile(r"^(?:\.(?P<field>title|goal|result))?(?:\.checklist\[(?P<item>\d+)\](?:\.text)?)?$")


def describe_location(path: str, content: Content, lang: str, root: str) -> str:
    """'stages[3].checklist[1].text' -> a linked 'Stage 4 · checklist, item 2'; unknown shapes stay as code."""
    match = _LOCATION.match(path.strip())
    if not match:
        return tag("code", esc(path))
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
            return tag("a", esc(label), href=link(root, stage_path(stage["id"])) + anchor)
    if path.strip() in ("methodology.title", "methodology.goal"):
        return esc(ui(f"field_{path.strip().replace('.', '_')}", lang))
    if section == "conclusion":
        return tag("a", esc(ui("field_conclusion", lang)), href=link(root, "conclusion/"))
    return tag("code", esc(path))


def render_editorial_notes(content: Content, lang: str, root: str) -> str:
    header = "".join(tag("th", esc(ui(key, lang)), scope="col")
                     for key in ("edit_where", "edit_before", "edit_after", "edit_reason"))
    rows = []
    for edit in content.files.get("editorial_notes", {}).get("edits", []):
        places = "<br>".join(describe_location(path, content, lang, root) for path in edit["where"].split(","))
        rows.append(tag("tr", tag("td", places) + tag("td", esc(edit["before"])) + tag("td", esc(edit["after"]))
                        + tag("td", esc(tr(edit["reason"], lang))), id=edit["id"]))
    return tag("table", tag("thead", tag("tr", header)) + tag("tbody", "\n".join(rows)),
               class_="playbook-edits") + "\n"

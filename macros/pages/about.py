"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.icons import icon
from macros.core.markup import esc, md_inline, tag
from macros.core.site_map import link, stage_path
from macros.core.text_places import UnknownPlace, find_place

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


def describe_location(path: str, content: Content, lang: str, root: str) -> str:
    """'stages[initiation].checklist[nda-signed].text' -> a link reading "Stage 1 · checklist, item 2";
    a place the data does not have stays as code (the validator reports it)."""
    try:
        place = find_place(path, content.methodology)
    except UnknownPlace:
        return tag("code", esc(path))
    if place.section == "stages":
        stage = place.stage
        label, anchor = f"{ui('stage', lang)} {stage['number']}", ""
        if place.field:
            label += " · " + ui(f"field_{place.field}", lang)
            anchor = {"title": "", "goal": "#goal", "result": "#result"}[place.field]
        if place.item_index is not None:
            label += " · " + ui("field_item", lang, number=place.item_index + 1)
            anchor = "#" + stage["checklist"][place.item_index]["id"]
        return tag("a", esc(label), href=link(root, stage_path(stage["id"])) + anchor)
    if place.section == "methodology":
        return esc(ui(f"field_methodology_{place.field}", lang))
    return tag("a", esc(ui("field_conclusion", lang)), href=link(root, "conclusion/"))


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

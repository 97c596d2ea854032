"""Pages around the stages: SaaS specifics, the conclusion, the editorial notes."""
from __future__ import annotations

from macros.content import Content
from macros.i18n import long_date, tr, ui
from macros.markup import esc, md_inline, tag

SAAS_MARKERS = {"limitation": "❌", "advantage": "✅", "emphasis": "⚙️"}


def render_saas(content: Content, lang: str) -> str:
    saas = content.methodology["saas"]
    points = []
    for point in saas["points"]:
        marker = tag("span", SAAS_MARKERS[point["kind"]], class_="playbook-saas__marker", aria_hidden="true")
        kind = tag("span", esc(ui(point["kind"], lang)) + ": ", class_="md-visually-hidden")
        points.append(tag("li", marker + " " + kind + esc(tr(point["text"], lang)),
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


def render_editorial_notes(content: Content, lang: str) -> str:
    header = "".join(tag("th", esc(ui(key, lang)), scope="col")
                     for key in ("edit_where", "edit_before", "edit_after", "edit_reason"))
    rows = [
        tag("tr", tag("td", tag("code", esc(edit["where"])))
            + tag("td", esc(edit["before"])) + tag("td", esc(edit["after"]))
            + tag("td", esc(tr(edit["reason"], lang))), id=edit["id"])
        for edit in content.files.get("editorial_notes", {}).get("edits", [])
    ]
    return tag("table", tag("thead", tag("tr", header)) + tag("tbody", "\n".join(rows)),
               class_="playbook-edits") + "\n"

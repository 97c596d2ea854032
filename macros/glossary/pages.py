"""The glossary page (glossary/) and the questions clients ask (faq/), from data/glossary.yml and
data/faq.yml. Marks in the texts link their terms; every answer links the places it comes from."""
from __future__ import annotations

from markupsafe import Markup

from macros.core.content import Content
from macros.core.editorial import editors_badge
from macros.core.glossary_marks import with_glossary_links, without_marks
from macros.core.i18n import tr, ui
from macros.core.site_map import GLOSSARY_PATH, PROJECT_PATH, link, stage_path
from macros.core.stage_parts import stage_heading
from macros.core.templating import render
from macros.glossary.model import Target, questions, see_target, source_target, terms


def term_href(root: str, on_glossary_page: bool = False):
    """Where a mark leads: the term's anchor, on the glossary page or from another page."""
    page = "" if on_glossary_page else link(root, GLOSSARY_PATH)
    return lambda term_id: f"{page}#{term_id}"


def linked_text(text: str, root: str, on_glossary_page: bool = False) -> Markup:
    return with_glossary_links(text, term_href(root, on_glossary_page))


def target_link(content: Content, target: Target, lang: str, root: str) -> dict:
    """A link to a stage guide, an item on it, a glossary term or the project page, labelled as a reader
    knows it."""
    if target.project:
        return {"url": link(root, PROJECT_PATH), "label": ui("nav_project", lang)}
    if target.term is not None:
        term = next(entry for entry in terms(content.files) if entry["id"] == target.term)
        return {"url": link(root, GLOSSARY_PATH) + "#" + target.term, "label": tr(term["term"], lang)}
    stage = content.stage(target.stage)
    url = link(root, stage_path(stage["id"]))
    if target.item is None:
        return {"url": url, "label": stage_heading(stage, lang)}
    item = next(item for item in stage["checklist"] if item["id"] == target.item)
    return {"url": f"{url}#{item['id']}",
            "label": ui("source_item", lang, number=stage["number"], item=without_marks(tr(item["text"], lang)))}


def _origin(lang: str, root: str, key: str) -> dict:
    return {**editors_badge(lang, root), "text": ui(key, lang)}


def render_glossary(content: Content, lang: str, root: str) -> str:
    methodology = content.methodology
    return render(
        "glossary/glossary.html",
        origin=_origin(lang, root, "glossary_origin"),
        see_label=ui("glossary_see", lang),
        terms=[{"id": term["id"], "name": tr(term["term"], lang),
                "definition": linked_text(tr(term["definition"], lang), root, on_glossary_page=True),
                "see": [target_link(content, see_target(see_id, methodology), lang, root)
                        for see_id in term.get("see", [])]}
               for term in terms(content.files)],
    )


def render_faq(content: Content, lang: str, root: str) -> str:
    return render(
        "glossary/faq.html",
        origin=_origin(lang, root, "faq_origin"),
        sources_label=ui("faq_sources", lang),
        questions=[{"id": entry["id"], "question": tr(entry["question"], lang),
                    "answer": linked_text(tr(entry["answer"], lang), root),
                    "sources": [target_link(content, source_target(source), lang, root)
                                for source in entry["sources"]]}
                   for entry in questions(content.files)],
    )

"""The glossary and the questions clients ask, built in both languages: every term and question at
its anchor, every answer linking its sources, the editors' addition labelled, both in the menu."""
import pytest

from macros.core.glossary_marks import without_marks
from macros.core.i18n import ui
from macros.core.site_map import FAQ_PATH, GLOSSARY_PATH, index_page_title, site_path
from macros.site_content import load_content
from support import REPO, page_html

CONTENT = load_content(REPO / "data")
LANGS = ["uk", "en"]


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def expected_href(source: str) -> str:
    """A source as a link from faq/ (or glossary/): '../stages/x/#item', '../glossary/#term'."""
    path, _, anchor = source.partition("#")
    path = "glossary/" if path == "glossary" else path
    return f"../{path}" + (f"#{anchor}" if anchor else "")


@pytest.mark.parametrize("lang", LANGS)
def test_every_term_has_its_anchor_definition_and_places(built_site, lang):
    html = page_html(built_site, site_path(GLOSSARY_PATH, lang).rstrip("/"))
    assert html.html["lang"] == lang
    assert text_of(html.select_one("article h1")) == index_page_title("glossary", lang)
    assert ui("editors_addition", lang) in text_of(html.select_one("article .playbook-origin"))
    terms = CONTENT.files["glossary"]["glossary"]
    headings = html.select("article h2.playbook-term__name")
    assert [(h["id"], text_of(h)) for h in headings] == [(t["id"], t["term"][lang]) for t in terms]
    for heading, term in zip(headings, terms):
        definition = heading.find_next_sibling("p")
        assert text_of(definition) == " ".join(without_marks(term["definition"][lang]).split())
        see = definition.find_next_sibling("p")
        if term.get("see"):
            assert "playbook-term__see" in see["class"]
            assert len(see.select("a")) == len(term["see"])
            assert all(a["href"].startswith("../stages/") for a in see.select("a"))


@pytest.mark.parametrize("lang", LANGS)
def test_every_answer_links_the_places_it_comes_from(built_site, lang):
    html = page_html(built_site, site_path(FAQ_PATH, lang).rstrip("/"))
    assert text_of(html.select_one("article h1")) == index_page_title("faq", lang)
    assert ui("editors_addition", lang) in text_of(html.select_one("article .playbook-origin"))
    questions = CONTENT.files["faq"]["faq"]
    headings = html.select("article h2.playbook-faq__question")
    assert [(h["id"], text_of(h)) for h in headings] == [(q["id"], q["question"][lang]) for q in questions]
    for heading, question in zip(headings, questions):
        answer = heading.find_next_sibling("p")
        assert text_of(answer) == " ".join(without_marks(question["answer"][lang]).split())
        sources = answer.find_next_sibling("p")
        assert "playbook-faq__sources" in sources["class"]
        assert [a["href"] for a in sources.select("a")] == [expected_href(s) for s in question["sources"]]
        assert all(text_of(a) for a in sources.select("a"))


@pytest.mark.parametrize("lang", LANGS)
def test_both_pages_are_in_the_menu_and_on_the_home_page(built_site, lang):
    home = page_html(built_site, site_path("", lang).rstrip("/") or ".")
    for key, path in (("faq", FAQ_PATH), ("glossary", GLOSSARY_PATH)):
        menu = [text_of(a) for a in home.select("nav.md-nav--primary a.md-nav__link") if a.get("href", "").endswith(path)]
        assert ui(f"nav_{key}", lang) in menu
        cards = [text_of(a) for a in home.select("article a") if a.get("href", "").endswith(path)]
        assert index_page_title(key, lang) in cards

"""The glossary's and the questions' renderers: marks become links to the term (on the glossary page
itself, to its anchor), everything else stays escaped text, sources are labelled as readers know them."""
import copy

from bs4 import BeautifulSoup

from macros.core.content import Content
from macros.glossary.pages import render_faq, render_glossary
from macros.site_content import validate
from support import REPO

CONTENT = validate(REPO / "data")


def with_texts(faq_answer: str, definition: str) -> Content:
    files = copy.deepcopy(CONTENT.files)
    files["faq"]["faq"][0]["answer"]["en"] = faq_answer
    files["glossary"]["glossary"][0]["definition"]["en"] = definition
    return Content(files)


def test_marks_link_their_terms_and_the_rest_stays_text():
    content = with_texts("After [[go-live|go-live]] comes <b>[[hypercare|hypercare]]</b>.",
                         "Then [[prod|production]] & more.")
    faq = BeautifulSoup(render_faq(content, "en", "../"), "html.parser")
    answer = faq.select_one("p.playbook-faq__answer")
    assert [(a["href"], a.get_text()) for a in answer.select("a.playbook-term")] == [
        ("../glossary/#go-live", "go-live"), ("../glossary/#hypercare", "hypercare")]
    assert "<b>" in answer.get_text() and not answer.select("b")
    glossary = BeautifulSoup(render_glossary(content, "en", "../"), "html.parser")
    definition = glossary.select_one("p.playbook-term__definition")
    assert [(a["href"], a.get_text()) for a in definition.select("a")] == [("#prod", "production")]
    assert definition.get_text() == "Then production & more."


def test_sources_are_labelled_by_stage_item_and_term():
    faq = BeautifulSoup(render_faq(CONTENT, "uk", "../"), "html.parser")
    assert CONTENT.files["faq"]["faq"][5]["id"] == "acceptance-certificate"  # sources: a term, an item
    links = faq.select("p.playbook-faq__sources")[5].select("a")  # (the headings are Markdown here)
    term = next(t for t in CONTENT.files["glossary"]["glossary"] if t["id"] == "acceptance-certificate")
    assert links[0].get_text() == term["term"]["uk"] and links[0]["href"] == "../glossary/#acceptance-certificate"
    assert links[1].get_text().startswith("Етап 8: ") and links[1]["href"] == "../stages/post-launch/#final-acts-signed"


def test_a_question_can_point_at_the_project_plan():
    sources = CONTENT.files["faq"]["faq"][0]["sources"]
    assert "project/" in sources
    faq = BeautifulSoup(render_faq(CONTENT, "en", "../"), "html.parser")
    links = faq.select("p.playbook-faq__sources")[0].select("a")
    assert [(a["href"], a.get_text()) for a in links][sources.index("project/")] == (
        "../project/", "Project plan and status")

"""What the editors changed and added, in the built site: the editorial notes page lists every
correction with its reason and every note with its field; the notes stand next to their texts on
the stage guides, the checklists and the SaaS page; the texts the editors wrote carry their badge;
every page with the methodology's text names its source, and in English says once that the English
is the editors' translation."""
from urllib.parse import urldefrag

import pytest

from macros.core.editorial import ADDITIONS_ANCHOR, NOTES_ANCHOR, notes_with_places, source_line
from macros.core.i18n import ui
from macros.core.odoo_docs import documentation_url
from macros.core.text_places import find_place
from macros.site_content import load_content
from support import REPO, page_html

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
PREFIX = {"uk": "", "en": "en/"}
LANGS = ["uk", "en"]
TRANSLATION = "the English text is the editors' translation"


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def resolves(built_site, lang: str, page: str, href: str) -> bool:
    """A link from `page` (a folder in the language's tree) to an element that is there."""
    url, anchor = urldefrag(href)
    target = (built_site / PREFIX[lang] / page / url).resolve()
    html = page_html(built_site, target.relative_to(built_site.resolve()).as_posix())
    return not anchor or html.find(id=anchor) is not None


@pytest.mark.parametrize("lang", LANGS)
def test_the_notes_page_lists_every_note_with_the_field_it_annotates(built_site, lang):
    page = page_html(built_site, f"{PREFIX[lang]}editorial-notes")
    rows = page.select("table.playbook-odoo-notes tbody tr")
    notes = list(notes_with_places(CONTENT.methodology))
    assert [row["id"] for row in rows] == [note["id"] for _, _, note in notes]
    for row, (place, _, note) in zip(rows, notes):
        cells = row.select("td")
        link = cells[0].select_one("a")
        assert link and resolves(built_site, lang, "editorial-notes/", link["href"]), note["id"]
        annotated = place.split("[")[-1].split("]")[0]  # the item's or the point's id
        assert urldefrag(link["href"])[1] == annotated, (note["id"], link["href"])
        assert text_of(cells[1]) == " ".join(find_place(place, CONTENT.methodology).text[lang].split())
        assert text_of(cells[2]) == " ".join(note["text"][lang].split())
        assert [a["href"] for a in cells[3].select("a")] == [documentation_url(CONTENT, doc["path"])
                                                            for doc in note["docs"]]
    for anchor in ("edits", NOTES_ANCHOR, ADDITIONS_ANCHOR):
        assert page.find(id=anchor) and page.find(id=anchor).name == "h2", anchor


@pytest.mark.parametrize("lang", LANGS)
def test_the_notes_page_lists_what_the_editors_wrote(built_site, lang):
    page = page_html(built_site, f"{PREFIX[lang]}editorial-notes")
    links = page.select("ul.playbook-additions a")
    edited = [stage for stage in STAGES if "result" in stage.get("written_by_editors", [])]
    assert [a["href"] for a in links] == [f"../stages/{stage['id']}/#result" for stage in edited]
    assert all(resolves(built_site, lang, "editorial-notes/", a["href"]) for a in links)
    assert len(edited) == len(STAGES) - 1  # the source gives a result for stage 1 only


def _notes_next_to(element, notes: list[dict], lang: str):
    shown = element.select(":scope > .playbook-note")
    assert len(shown) == len(notes)
    for paragraph, note in zip(shown, notes):
        badge = paragraph.select_one("a.playbook-badge--editors")
        assert text_of(badge) == ui("editors_note", lang) and badge["href"].endswith(f"editorial-notes/#{NOTES_ANCHOR}")
        assert text_of(paragraph.select_one(".playbook-note__text")) == " ".join(note["text"][lang].split())
        links = paragraph.select(".playbook-note__docs a")
        assert [a["href"] for a in links] == [documentation_url(CONTENT, doc["path"]) for doc in note["docs"]]
        assert all(a["lang"] == "en" for a in links)  # the documentation's titles are English


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", STAGES, ids=[stage["id"] for stage in STAGES])
def test_notes_and_badges_stand_next_to_their_texts(built_site, stage, lang):
    guide = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}")
    checklist = page_html(built_site, f"{PREFIX[lang]}checklists/{stage['id']}")
    master = page_html(built_site, f"{PREFIX[lang]}checklists")
    for item in stage["checklist"]:
        for page in (guide, checklist, master):
            _notes_next_to(page.find(id=item["id"]), item.get("notes", []), lang)
    edited = "result" in stage.get("written_by_editors", [])
    origin = guide.select_one("#result ~ .playbook-origin")
    assert bool(origin) == edited
    sheet_badge = checklist.select_one(".playbook-sheet__result a.playbook-badge--editors")
    assert bool(sheet_badge) == edited
    if edited:
        assert text_of(origin) == f"{ui('editors_addition', lang)} {ui('editors_result', lang)}"
        assert text_of(sheet_badge) == ui("editors_addition", lang)
        for badge in (origin.select_one("a"), sheet_badge):
            assert badge["href"] == f"../../editorial-notes/#{ADDITIONS_ANCHOR}"
            assert resolves(built_site, lang, f"stages/{stage['id']}/", badge["href"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_saas_page_shows_its_notes(built_site, lang):
    page = page_html(built_site, f"{PREFIX[lang]}saas")
    points = CONTENT.methodology["saas"]["points"]
    assert any(point.get("notes") for point in points)
    for point in points:
        _notes_next_to(page.find(id=point["id"]), point.get("notes", []), lang)


SOURCE_PAGES = ["stages/initiation/", "stages/post-launch/", "checklists/go-live/", "checklists/", "saas/"]


@pytest.mark.parametrize("lang", LANGS)
def test_pages_name_the_source_and_english_says_it_is_a_translation(built_site, lang):
    for path in SOURCE_PAGES:
        page = page_html(built_site, PREFIX[lang] + path)
        lines = page.select("article .playbook-source")
        assert [text_of(line) for line in lines] == [source_line(CONTENT, lang)], path
        assert "JDG Vitalii Lypovetskyi" in text_of(lines[0])
        assert (TRANSLATION in text_of(lines[0])) == (lang == "en"), path
    home = text_of(page_html(built_site, PREFIX[lang]).select_one(".playbook-byline"))
    conclusion = text_of(page_html(built_site, PREFIX[lang] + "conclusion").select_one(".playbook-byline"))
    assert ("English translation by the editors" in home) == (lang == "en")
    assert (TRANSLATION in conclusion) == (lang == "en")

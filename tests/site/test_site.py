"""The real site, built with --strict: every stage in both languages, switcher, anchors, export."""
import json

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from support import REPO, page_html
from macros.site_content import load_content
from macros.core.stage_parts import stage_heading
from macros.stages.checks import GUIDE_IDS

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
PREFIX = {"uk": "", "en": "en/"}


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("stage", STAGES, ids=[stage["id"] for stage in STAGES])
def test_stage_guide_shows_goal_every_item_and_result(built_site, stage, lang):
    html = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}")
    assert html.html["lang"] == lang
    assert text_of(html.find("h1")) == stage_heading(stage, lang)
    assert text_of(html.select_one("p.playbook-goal")) == stage["goal"][lang]
    assert text_of(html.select_one("p.playbook-result")) == stage["result"][lang]
    items = html.select("ul.playbook-checklist > li")
    assert [item["id"] for item in items] == [item["id"] for item in stage["checklist"]]
    for element, item in zip(items, stage["checklist"]):
        assert text_of(element.select_one(".playbook-checklist__text")) == item["text"][lang]
        assert bool(element.select_one(".playbook-badge--optional")) == bool(item.get("optional"))
    assert bool(html.select_one(".playbook-stage-meta .playbook-badge--optional")) == bool(stage.get("optional"))


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_a_stage_guide_gives_ids_only_to_what_the_anchor_check_knows(built_site, lang):
    """The stage id, the item ids and GUIDE_IDS (the sections and the role filter): the ids
    macros/stages/checks.py keeps apart."""
    for stage in STAGES:
        article = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}").select_one("article.md-content__inner")
        ids = {element["id"] for element in article.select("[id]")}
        own = {stage["id"]} | {item["id"] for item in stage["checklist"]}
        assert ids - own == set(GUIDE_IDS), stage["id"]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_stage_pager_links_previous_and_next_stage(built_site, lang):
    for index, stage in enumerate(STAGES):
        pager = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}").select_one("nav.playbook-pager")
        links = {a["rel"][0]: a["href"] for a in pager.select("a")}
        expected = {}
        if index > 0:
            expected["prev"] = f"../../stages/{STAGES[index - 1]['id']}/"
        if index + 1 < len(STAGES):
            expected["next"] = f"../../stages/{STAGES[index + 1]['id']}/"
        assert links == expected


PAGES = ["", "stages/initiation/", "stages/additional-training/", "saas/", "conclusion/", "editorial-notes/"]


@pytest.mark.parametrize("path", PAGES)
def test_language_switcher_points_at_the_same_page(built_site, path):
    for lang, other in (("uk", "en"), ("en", "uk")):
        html = page_html(built_site, PREFIX[lang] + path)
        link = html.select_one(f'a.md-select__link[hreflang="{other}"]')
        assert link, f"no switcher link to {other} on {lang}/{path}"
        href = link["href"]  # the home page gets site-absolute links from the i18n plugin
        base = built_site if href.startswith("/") else built_site / (PREFIX[lang] + path)
        target = (base / href.lstrip("/")).resolve()
        assert target == (built_site / (PREFIX[other] + path)).resolve()
        assert (target / "index.html").is_file()


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_material_interface_speaks_the_page_language(built_site, lang):
    html = page_html(built_site, PREFIX[lang] + "stages/initiation/")
    placeholder = html.select_one("input.md-search__input")["placeholder"]
    assert placeholder == {"uk": "Пошук", "en": "Search"}[lang]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_home_page_has_goal_and_a_timeline_linking_every_stage(built_site, lang):
    html = page_html(built_site, PREFIX[lang])
    assert text_of(html.select_one("p.playbook-lead")) == CONTENT.methodology["methodology"]["goal"][lang]
    links = [a["href"] for a in html.select("ol.playbook-timeline a")]
    assert links == [f"stages/{stage['id']}/" for stage in STAGES]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_saas_and_conclusion_pages(built_site, lang):
    saas = page_html(built_site, PREFIX[lang] + "saas")
    points = [text_of(li) for li in saas.select("ul.playbook-saas > li")]
    assert len(points) == 5
    for point, data in zip(points, CONTENT.methodology["saas"]["points"]):
        assert data["text"][lang] in point
    conclusion = page_html(built_site, PREFIX[lang] + "conclusion")
    body = text_of(conclusion.select_one("article"))
    for paragraph in CONTENT.methodology["conclusion"]["paragraphs"]:
        assert paragraph[lang] in body
    assert "JDG Vitalii Lypovetskyi" in body


def test_methodology_json_matches_its_schema_and_the_data(built_site):
    export = json.loads((built_site / "methodology.json").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "docs" / "methodology.schema.json").read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(export))
    assert not errors, [error.message for error in errors]
    assert [stage["id"] for stage in export["stages"]] == [stage["id"] for stage in STAGES]
    for stage in export["stages"]:
        for lang, urls in stage["pages"]["guide"].items():
            assert (built_site / urls["path"] / "index.html").is_file()
            assert urls["url"].endswith("/" + urls["path"])
    for page in export["index_pages"].values():
        for urls in page.values():
            assert (built_site / urls["path"] / "index.html").is_file()


def test_no_page_uses_google_fonts_or_other_third_party_assets(built_site):
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert "fonts.googleapis" not in html and "fonts.gstatic" not in html, path


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_editorial_notes_list_every_edit_with_a_readable_location(built_site, lang):
    edits = CONTENT.files["editorial_notes"]["edits"]
    rows = page_html(built_site, PREFIX[lang] + "editorial-notes").select("table.playbook-edits tbody tr")
    assert [row["id"] for row in rows] == [edit["id"] for edit in edits]
    for row, edit in zip(rows, edits):
        cells = row.select("td")
        assert text_of(cells[1]) == edit["before"] and text_of(cells[2]) == edit["after"]
        assert text_of(cells[3]) == edit["reason"][lang]
        assert not cells[0].select("code"), f"{edit['id']}: a location was not turned into words"

"""The checklist pages and the Odoo task CSV in the built site (no browser): what a reader without
JavaScript gets, and what Odoo's import reads."""
import csv
import io
from markupsafe import escape  # the templates escape with markupsafe (a quote is &#34;, an apostrophe &#39;)
import json

import pytest

from support import REPO, page_html
from macros.site_content import load_content
from macros.core.i18n import ui
from macros.checklists.checks import PAGE_ANCHORS
from macros.checklists.odoo_export import COLUMNS, external_id
from macros.checklists.pages import checkbox_id, stage_anchor
from macros.core.stage_parts import stage_heading

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
ITEMS = [item for stage in STAGES for item in stage["checklist"]]
PREFIX = {"uk": "", "en": "en/"}


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def check_items(list_element, stage, lang):
    items = list_element.select(":scope > li")
    assert [li["id"] for li in items] == [item["id"] for item in stage["checklist"]]
    for li, item in zip(items, stage["checklist"]):
        box = li.select_one('input[type="checkbox"]')
        assert box["data-item"] == item["id"]
        label = li.select_one(f'label[for="{box["id"]}"]')
        assert label and text_of(label) == item["text"][lang]
        assert bool(li.select_one(".playbook-badge--optional")) == bool(item.get("optional"))
        assert li.select_one("a.playbook-checklist__anchor")["href"] == f"#{item['id']}"


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("stage", STAGES, ids=[stage["id"] for stage in STAGES])
def test_stage_checklist_page_lists_every_item_with_a_checkbox_and_label(built_site, stage, lang):
    page = page_html(built_site, f"{PREFIX[lang]}checklists/{stage['id']}")
    assert page.html["lang"] == lang
    assert text_of(page.find("h1")) == ui("checklist_heading", lang, stage=stage_heading(stage, lang))
    assert page.title.string.startswith(ui("checklist_heading", lang, stage=stage_heading(stage, lang)))
    check_items(page.select_one("ul.playbook-checklist--interactive"), stage, lang)
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids)), "anchors must be unique on the page"
    # the printed sheet: header, sign-off lines; the project bar is there for the script
    header = text_of(page.select_one(".playbook-sheet__header"))
    assert CONTENT.methodology["methodology"]["title"][lang] in header
    assert ui("checklist_project", lang) in header and ui("checklist_date", lang) in header
    signoff = text_of(page.select_one(".playbook-signoff"))
    for key in ("checklist_responsible", "checklist_date", "checklist_signature"):
        assert ui(key, lang) in signoff
    bar = page.select_one("section.playbook-projects")
    assert "playbook-scripted" in bar["class"] and json.loads(bar["data-strings"])["default_name"]
    progress = page.select_one(".playbook-progress")
    assert progress["data-required"].split() == [i["id"] for i in stage["checklist"] if not i.get("optional")]
    assert progress.get("data-optional", "").split() == [i["id"] for i in stage["checklist"] if i.get("optional")]


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_master_checklist_has_every_stage_each_on_its_own_sheet(built_site, lang):
    page = page_html(built_site, f"{PREFIX[lang]}checklists")
    lists = page.select("ul.playbook-checklist--interactive")
    assert [element["data-stage"] for element in lists] == [stage["id"] for stage in STAGES]
    for element, stage in zip(lists, STAGES):
        check_items(element, stage, lang)
        assert text_of(page.select_one(f"h2#stage-{stage['id']}")) == stage_heading(stage, lang)
    starts = page.select(".playbook-sheet__start")
    assert len(starts) == len(STAGES)
    assert ["playbook-sheet__start--master" in start["class"] for start in starts] == [False] + [True] * (len(STAGES) - 1)
    overall = page.select_one(".playbook-progress--overall")
    required = [i["id"] for s in STAGES if not s.get("optional") for i in s["checklist"] if not i.get("optional")]
    assert overall["data-required"].split() == required
    assert len(overall["data-required"].split()) + len(overall["data-optional"].split()) == len(ITEMS)
    ids = [element["id"] for element in page.select("[id]")]
    assert len(ids) == len(set(ids)), "anchors must be unique on the page"
    href = page.select_one("a.playbook-odoo-download")["href"]
    assert (built_site / PREFIX[lang] / "checklists" / href).resolve() == \
        (built_site / PREFIX[lang] / "checklists" / "odoo-tasks.csv").resolve()


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_a_checklist_page_gives_ids_only_to_what_the_anchor_check_knows(built_site, lang):
    """Items, their checkboxes, the stages' sheets and PAGE_ANCHORS: the ids that
    macros/checklists/checks.py keeps apart (besides the title's own, made from its words)."""
    fixed = set()
    for path, stages in [(f"checklists/{stage['id']}", [stage]) for stage in STAGES] + [("checklists", STAGES)]:
        article = page_html(built_site, f"{PREFIX[lang]}{path}").select_one("article.md-content__inner")
        ids = {element["id"] for element in article.select("[id]")} - {article.find("h1")["id"]}
        items = [item["id"] for stage in stages for item in stage["checklist"]]
        known = set(items) | {checkbox_id(item) for item in items} | {stage_anchor(stage["id"]) for stage in STAGES}
        fixed |= ids - known
    assert fixed == set(PAGE_ANCHORS)


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_guides_link_their_checklist_and_home_shows_overall_progress(built_site, lang):
    for stage in STAGES:
        guide = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}")
        assert guide.select_one(".playbook-checklist-open a")["href"] == f"../../checklists/{stage['id']}/"
    home = page_html(built_site, PREFIX[lang])
    widget = home.select_one(".playbook-home-progress")
    # Rendered as a new project's, so the page does not move when the script brings it up to date
    # (without JavaScript, CSS hides it: tests/test_checklists_browser.py).
    required = widget.select_one(".playbook-progress")["data-required"].split()
    assert required
    assert widget.select_one("[data-playbook-project-name]").get_text() == ui("project_default_name", lang)
    assert widget.select_one(".playbook-progress__text").get_text() == \
        ui("checklist_progress", lang, done=0, total=len(required))
    assert any(a["href"] == "checklists/" for a in home.select("ul.playbook-cards a"))


def read_csv(built_site, lang):
    raw = (built_site / PREFIX[lang] / "checklists" / "odoo-tasks.csv").read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_odoo_csv_has_one_task_per_item_with_unique_external_ids(built_site, lang):
    rows = read_csv(built_site, lang)
    assert list(rows[0].keys()) == list(COLUMNS)
    assert len(rows) == len(ITEMS)
    ids = [row["External ID"] for row in rows]
    assert len(set(ids)) == len(ids)
    assert ids == [external_id(item["id"]) for item in ITEMS]
    by_id = {row["External ID"]: row for row in rows}
    for stage in STAGES:
        for item in stage["checklist"]:
            row = by_id[external_id(item["id"])]
            assert row["Title"] == item["text"][lang]
            tags = row["Tags"].split(",")
            assert tags[0] == stage_heading(stage, lang)
            assert (ui("checklist_optional_tag", lang) in tags) == bool(item.get("optional") or stage.get("optional"))
            # the description is an HTML field in Odoo: the texts arrive escaped
            assert escape(stage["goal"][lang]) in row["Description"]
            assert escape(stage["result"][lang]) in row["Description"]
            assert row["Project"] == ui("odoo_project_name", lang)
    sequences = [int(row["Sequence"]) for row in rows]
    assert sequences == sorted(sequences) and len(set(sequences)) == len(sequences)


def test_odoo_csv_external_ids_do_not_depend_on_the_language(built_site):
    assert [row["External ID"] for row in read_csv(built_site, "uk")] == \
        [row["External ID"] for row in read_csv(built_site, "en")]


def test_methodology_json_lists_the_checklist_pages(built_site):
    export = json.loads((built_site / "methodology.json").read_text(encoding="utf-8"))
    for stage in export["stages"]:
        for urls in stage["pages"]["checklist"].values():
            assert (built_site / urls["path"] / "index.html").is_file()
    assert export["index_pages"]["checklists"]["en"]["path"] == "en/checklists/"


def test_a_page_written_where_a_stage_checklist_goes_stops_the_build(project_copy):
    # Stage pages are made from the data; a file left at the place of one (the stub files of old)
    # would silently stand in for it.
    (project_copy.root / "docs" / "checklists" / "go-live.md").write_text('{{ stage_checklist("go-live") }}\n',
                                                                          encoding="utf-8")
    result = project_copy.build()
    assert result.returncode != 0
    line = next(number for number, text in enumerate(
        (project_copy.data_dir / "methodology.yml").read_text(encoding="utf-8").splitlines(), 1)
        if text == "  - id: go-live")
    assert (f"data/methodology.yml:{line}: stages[6].id: docs/checklists/go-live.md is a page written by hand "
            "where this stage's page checklists/go-live/ goes") in result.stderr
    assert not (project_copy.site_dir / "index.html").exists()

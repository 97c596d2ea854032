"""The stage pages and the menu made from the data (macros/publish/stage_pages.py), the rules that
keep stage ids and editorial notes in step with them, and mkdocs.yml free of menu labels."""
import re
import shutil

import pytest

from macros.core.content import Content
from macros.core.problems import DataError
from macros.core.text_places import UnknownPlace, find_place
from macros.publish.stage_pages import MenuError, docs_conflicts, menu, menu_translations, missing_data, stage_pages
from macros.site_content import load_content, validate
from support import REPO

CONTENT = load_content(REPO / "data")
IDS = [stage["id"] for stage in CONTENT.stages]
NAV_LABELS = CONTENT.files["ui"]["strings"]["nav"]
TEMPLATE = [
    {"nav_home": "index.md"},
    {"nav_stages": ["stages/{stage}.md"]},
    {"nav_checklists": ["checklists/index.md", "checklists/{stage}.md"]},
    {"nav_acts": ["acts/index.md", "acts/{stage}.md", "acts/final.md"]},
]


def data_copy(tmp_path):
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path / "data"


def line_of(path, text):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line == text)


def test_every_stage_gets_a_guide_a_checklist_and_an_act_in_the_order_of_the_data():
    pages = stage_pages(CONTENT)
    def boost(weight):
        return f"---\nsearch:\n  boost: {weight}\n---\n"
    # the guide outweighs the checklist and the act in search (they repeat its words)
    assert [(page.path, page.markdown) for page in pages] == (
        [(f"stages/{i}.md", boost(2) + f'{{{{ stage_guide("{i}") }}}}\n') for i in IDS]
        + [(f"checklists/{i}.md", boost(0.5) + f'{{{{ stage_checklist("{i}") }}}}\n') for i in IDS]
        + [(f"acts/{i}.md", boost(0.5) + f'{{{{ act("{i}") }}}}\n') for i in IDS])
    assert [page.stage_index for page in pages] == list(range(len(IDS))) * 3


def test_the_menu_lists_each_stage_where_its_line_stands_under_labels_from_ui_yml():
    expanded = menu(TEMPLATE, CONTENT)
    assert expanded == [
        {NAV_LABELS["nav_home"]["uk"]: "index.md"},
        {NAV_LABELS["nav_stages"]["uk"]: [f"stages/{i}.md" for i in IDS]},
        {NAV_LABELS["nav_checklists"]["uk"]: ["checklists/index.md"] + [f"checklists/{i}.md" for i in IDS]},
        {NAV_LABELS["nav_acts"]["uk"]: ["acts/index.md"] + [f"acts/{i}.md" for i in IDS] + ["acts/final.md"]},
    ]
    # the i18n plugin runs the config hooks once per language, on the same config
    assert menu(expanded, CONTENT) == expanded


def test_the_other_language_gets_its_labels_keyed_by_the_default_ones():
    assert menu_translations(CONTENT, "en") == {label["uk"]: label["en"] for label in NAV_LABELS.values()}
    assert menu_translations(CONTENT, "en")["Етапи"] == "Stages"


@pytest.mark.parametrize("template, words", [
    ([{"Етапи навчання": ["stages/{stage}.md"]}], "«Етапи навчання» is not a key of the `nav` section of data/ui.yml"),
    ([{"nav_stages": ["stage/{stage}.md"]}], "«stage/{stage}.md» is no kind of stage page"),
    ([{"nav_stages": ["stages/{stage}.md"]}, {"nav_acts": ["acts/{stage}.md"]}],
     "add «checklists/{stage}.md» where the stages' checklist pages go"),
    ([{"nav_stages": ["stages/{stage}.md", "stages/{stage}.md"]}, "checklists/{stage}.md", "acts/{stage}.md"],
     "«stages/{stage}.md» is listed more than once"),
    ([{"nav_home": "index.md"}], "add «stages/{stage}.md» where the stages' guide pages go"),
])
def test_a_menu_the_data_cannot_fill_stops_with_what_to_write(template, words):
    with pytest.raises(MenuError) as raised:
        menu(template, CONTENT)
    assert words in str(raised.value)
    assert str(raised.value).startswith("mkdocs.yml nav: ")


def test_mkdocs_yml_names_menu_entries_by_key_and_writes_no_label():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config[config.index("\nnav:\n"):]
    # sections and single pages alike (nav_changelog names the "what changed" page inside nav_about)
    assert re.findall(r"^ +- (\w+):", nav, re.MULTILINE) == list(NAV_LABELS)
    for label in NAV_LABELS.values():
        for text in label.values():
            assert not re.search(rf"(^|\s){re.escape(text)}:", config, re.MULTILINE), text
    assert "nav_translations" not in config
    for kind in ("stages", "checklists", "acts"):
        assert f"      - {kind}/{{stage}}.md\n" in nav


def test_the_stage_pages_are_no_files_under_docs():
    for page in stage_pages(CONTENT):
        assert not (REPO / "docs" / page.path).exists(), page.path
    assert not (REPO / "macros" / "publish" / "page_files.py").exists()


def test_a_file_under_docs_where_a_stage_page_goes_is_named_with_the_stage_line(tmp_path):
    data = data_copy(tmp_path)
    problems = docs_conflicts(CONTENT, data, ["index.md", "stages/go-live.en.md", "acts/final.md", "acts/index.md"])
    assert [str(problem) for problem in problems] == [
        f"data/methodology.yml:{line_of(data / 'methodology.yml', '  - id: go-live')}: stages[6].id: "
        "docs/stages/go-live.en.md is a page written by hand where this stage's page stages/go-live/ goes; "
        "stage pages are made from the data: delete the file, or choose another stage id"]


def test_act_pages_need_the_acts_data():
    without_acts = Content({name: data for name, data in CONTENT.files.items() if name != "acts"})
    assert [str(problem) for problem in missing_data(without_acts)] == [
        "data/acts.yml is missing: the act page of every stage is rendered from it"]
    assert missing_data(CONTENT) == []


@pytest.mark.parametrize("stage_id, words", [
    ("index", "«index» is taken: stages/index.md, checklists/index.md, acts/index.md would be the folders' own pages"),
    ("final", "«final» is taken by the final act"),
])
def test_a_stage_id_that_would_take_a_hand_written_page_is_refused(tmp_path, stage_id, words):
    data = data_copy(tmp_path)
    methodology = data / "methodology.yml"
    line = line_of(methodology, "  - id: development")
    methodology.write_text(methodology.read_text(encoding="utf-8").replace("  - id: development\n",
                                                                           f"  - id: {stage_id}\n"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data)
    messages = [str(problem) for problem in raised.value.problems]
    assert any(message.startswith(f"data/methodology.yml:{line}: stages[2].id: ") and words in message
               for message in messages), messages


def test_editorial_notes_name_stages_and_items_by_id():
    methodology = CONTENT.methodology
    place = find_place(" stages[initiation].checklist[nda-signed].text", methodology)
    assert (place.stage["id"], place.item_index) == ("initiation", 1)
    assert find_place("stages[go-live].goal", methodology).field == "goal"
    assert find_place("methodology.title", methodology).section == "methodology"
    assert find_place("conclusion.paragraphs[0]", methodology).section == "conclusion"
    # the SaaS specifics and the interface strings are places too (editorial notes name them)
    assert find_place("saas.points[always-current-version].text", methodology).point_index == 1
    assert find_place("ui.nav_checklists", methodology, CONTENT.files["ui"]).text["uk"] == "Чек-лісти"
    for text in ("stages[0].title", "stages[initiation].checklist[nope]", "conclusion.paragraphs[9]",
                 "saas.points[nope]", "ui.no_such_key", "saas.points[0]"):
        with pytest.raises(UnknownPlace):
            find_place(text, methodology)


def test_an_editorial_note_pointing_at_no_stage_is_named_with_its_line(tmp_path):
    data = data_copy(tmp_path)
    notes = data / "editorial_notes.yml"
    line = line_of(notes, "    where: stages[configuration]")
    notes.write_text(notes.read_text(encoding="utf-8").replace("where: stages[configuration]\n",
                                                               "where: stages[1]\n"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data)
    [problem] = raised.value.problems
    assert str(problem).startswith(f"data/editorial_notes.yml:{line}: edits[2].where: «stages[1]»: there is no "
                                   "stage «1» in data/methodology.yml; stages are named by id: initiation, ")

"""The validator owns the content rules: the house style of every text and the anchors of the
stage and checklist pages. Each mistake is named by file, path and line, by `make validate` too."""
import subprocess
import sys

import pytest

from macros.checklists.checks import checklist_anchors_distinct
from macros.core.house_style import spelling_rules, house_style, text_problems
from macros.core.loader import load_data_files
from macros.core.problems import DataError
from macros.site_content import validate
from macros.stages.checks import stage_guide_anchors_distinct
from support import REPO
from support.data_edits import data_copy, edit, line_of


def test_the_real_data_follows_the_house_style():
    assert list(house_style(load_data_files(REPO / "data"))) == []


def test_the_hand_written_pages_follow_the_spellings_too():
    """The spellings of data/house_style.yml in the Ukrainian pages written by hand and the site's
    description: the menu, the titles and the pages spell a word one way."""
    spellings = spelling_rules(load_data_files(REPO / "data"))
    pages = [path for path in sorted((REPO / "docs").rglob("*.md")) if not path.name.endswith(".en.md")]
    texts = {path.relative_to(REPO).as_posix(): path.read_text(encoding="utf-8") for path in pages}
    texts["mkdocs.yml"] = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    found = [f"{name}: {message}" for name, text in texts.items() for line in text.splitlines()
             for message in map(str, text_problems("uk", line, spellings)) if message.startswith("«")]
    assert not found, "\n".join(found)


# (name, file, old, new, expected path, fragment on the reported line, words of the message)
STYLE_CASES = [
    ("old-spelling", "methodology.yml", "      uk: Ініціація проєкту (Odoo Cloud)",
     "      uk: Ініціація Проекту (Odoo Cloud)", "stages[0].title.uk", "Ініціація Проекту",
     "«Проекту»: write «Проєкту» (the 2019 orthography"),
    ("old-spelling-in-a-derived-word", "videos.yml", "      uk: Облікові записи Odoo.com",
     "      uk: Проектні облікові записи Odoo.com", "videos[0].title.uk", "Проектні облікові",
     "«Проектні»: write «Проєктні»"),
    ("typewriter-apostrophe", "roles.yml", "      uk: Адміністратор клієнта",
     "      uk: Адміністратор клієнта з'єднання",
     "roles[0].name.uk", "клієнта з'єднання", "Ukrainian writes ʼ (U+02BC)"),
    ("double-space", "acts.yml", "    en: Unit price", "    en: Unit  price",
     "table.price.en", "Unit  price", "has a double space"),
    ("two-full-stops", "ui.yml", "      en: Carried out when the contract provides for it.",
     "      en: Carried out when the contract provides for it..", "strings.stages.optional_stage_hint.en",
     "provides for it..", "two full stops in a row"),
    ("cyrillic-in-english", "methodology.yml", "en: Project initiation (Odoo Cloud)",
     "en: Project initiation (Odoo Хмара)", "stages[0].title.en", "(Odoo Хмара)", "has Cyrillic letters («Хмара»)"),
    ("a-line-of-a-list", "ui.yml", "        - Створіть в Odoo проєкт «{project}»",
     "        - Створіть в Odoo проект «{project}»",
     "strings.odoo_export.odoo_export_steps.uk[0]", "Створіть в Odoo проект", "«проект»: write «проєкт»"),
    ("a-form-of-a-noun", "ui.yml", "    en: {one: hour, other: hours}", "    en: {one: hour, other: годин}",
     "nouns.hour.en.other", "other: годин}", "has Cyrillic letters («годин»)"),
    ("an-editorial-reason", "editorial_notes.yml", "      uk: Подвійна крапка в кінці речення.",
     "      uk: Подвійна крапка в кінці речення проекту.", "edits[3].reason.uk", "речення проекту.", "«проекту»"),
    # the terms the editors corrected (data/editorial_notes.yml) cannot come back
    ("a-calque-back-in-an-item", "methodology.yml", "          uk: Поглиблене навчання проведено",
     "          uk: Глибоке навчання проведено", "stages[1].checklist[5].text.uk", "Глибоке навчання проведено",
     "«Глибоке навчання»: write «поглиблене навчання» instead, in the form the sentence needs"),
    ("another-case-of-a-corrected-term", "methodology.yml", "          uk: Розроблені користувацькі сценарії та тестові випадки",
     "          uk: Розроблені користувацькі сценарії та тестових кейсів", "stages[2].checklist[2].text.uk",
     "тестових кейсів", "«тестових кейсів»: write «тестові випадки» instead"),
    ("the-other-word-for-the-contract", "methodology.yml", "          uk: Підписаний договір на реалізацію проєкту",
     "          uk: Підписаний Контракт на реалізацію проєкту", "stages[0].checklist[0].text.uk", "Підписаний Контракт",
     "«Контракт»: write «договір» instead"),
    ("the-other-spelling-in-the-menu", "ui.yml", "    nav_checklists:\n      uk: Чек-лісти",
     "    nav_checklists:\n      uk: Чек-листи", "strings.nav.nav_checklists.uk", "uk: Чек-листи",
     "«Чек-листи»: write «Чек-лісти»"),
    ("saas-edition-in-english", "methodology.yml", "    en: Implementation specifics, especially for SaaS",
     "    en: Implementation specifics, especially in the SaaS edition", "saas.title.en", "the SaaS edition",
     "«SaaS edition»: write «SaaS» instead"),
]


@pytest.mark.parametrize("name, file, old, new, path, fragment, words", STYLE_CASES, ids=[c[0] for c in STYLE_CASES])
def test_a_house_style_mistake_is_named_with_file_path_and_line(tmp_path, name, file, old, new, path, fragment, words):
    data_dir = data_copy(tmp_path)
    text = edit(data_dir, file, old, new)
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    line = line_of(text, fragment)
    matching = [p for p in raised.value.problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected data/{file}:{line}: {path}: …{words}…; got:\n{raised.value}"
    assert f"data/{file}:{line}: {path}: " in str(raised.value)


def test_make_validate_rejects_a_house_style_mistake(tmp_path):
    data_dir = data_copy(tmp_path)
    text = edit(data_dir, "methodology.yml", "      uk: Ініціація проєкту (Odoo Cloud)",
                "      uk: Ініціація проекту (Odoo Cloud)")
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(data_dir)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1
    line = line_of(text, "Ініціація проекту")
    assert f"data/methodology.yml:{line}: stages[0].title.uk: «проекту»: write «проєкту»" in result.stderr, \
        result.stderr


def test_house_style_mistakes_are_worded_in_ukrainian_too(tmp_path):
    data_dir = data_copy(tmp_path)
    text = edit(data_dir, "methodology.yml", "      uk: Ініціація проєкту (Odoo Cloud)",
                "      uk: Ініціація  проекту (Odoo Cloud)")
    # the editorial note on this title names «проєкт» as its correction: it is no longer there either
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    line = line_of(text, "Ініціація  проекту")
    assert [problem.worded("uk") for problem in raised.value.problems if problem.file.endswith("methodology.yml")] == [
        f"data/methodology.yml:{line}: stages[0].title.uk: тут подвійний пробіл",
        f"data/methodology.yml:{line}: stages[0].title.uk: «проекту»: пишіть «проєкту» (правопис 2019 року пише «є» "
        "в цьому слові й у всіх похідних від нього)",
    ]


def test_the_quotations_of_the_source_keep_its_spelling():
    """editorial_notes.yml's `before` quotes the source as it was (проект, the typewriter '): not a text
    of the site's own, so the rules leave it alone; an English text may quote Ukrainian in «»."""
    files = load_data_files(REPO / "data")
    befores = [edit["before"] for edit in files["editorial_notes"].data["edits"]]
    assert any("проект" in before for before in befores) and any("'" in before for before in befores)
    assert text_problems("en", "The current Ukrainian orthography spells «проєкт» with «є».") == []
    assert text_problems("en", "The Ukrainian word проєкт, unquoted.") != []


def test_the_spellings_to_avoid_are_data(tmp_path):
    data_dir = data_copy(tmp_path)
    style = data_dir / "house_style.yml"
    style.write_text(style.read_text(encoding="utf-8") + "  - lang: en\n    old: colour\n    new: color\n"
                     "    rule: {uk: сайт пише американською англійською, en: the site writes American English}\n",
                     encoding="utf-8")
    edit(data_dir, "roles.yml", "      en: Pilot group", "      en: Pilot group (colour-blind)")
    with pytest.raises(DataError, match=r"roles\[2\]\.name\.en: «colour»: write «color» \(the site writes American") \
            as raised:
        validate(data_dir)
    # the rule is data in both languages: the validator quotes it in the language it speaks
    assert "roles[2].name.en: «colour»: пишіть «color» (сайт пише американською англійською)" \
        in raised.value.worded("uk")


def test_house_style_yml_is_required(tmp_path):
    data_dir = data_copy(tmp_path)
    (data_dir / "house_style.yml").unlink()
    with pytest.raises(DataError, match=r"data/house_style.yml: is missing"):
        validate(data_dir)


# --- anchors ---------------------------------------------------------------------------------------

def test_the_real_ids_leave_every_anchor_distinct():
    files = load_data_files(REPO / "data")
    assert list(stage_guide_anchors_distinct(files)) == []
    assert list(checklist_anchors_distinct(files)) == []


# (name, old, new, expected path, the reported line as it reads, words)
ANCHOR_CASES = [
    ("stage-named-like-a-section", "  - id: development\n", "  - id: result\n", "stages[2].id", "  - id: result",
     "«result» is the anchor of a section of every stage guide (goal, checklist, result, videos)"),
    ("item-named-like-a-section", "      - id: dev-cleaned\n", "      - id: videos\n",
     "stages[2].checklist[5].id", "      - id: videos", "«videos» is the anchor of a section of every stage guide"),
    ("item-named-like-a-stage", "      - id: dev-cleaned\n", "      - id: go-live\n",
     "stages[2].checklist[5].id", "      - id: go-live", "«go-live» is the id of a stage (line"),
    ("item-named-like-a-checkbox", "      - id: dev-cleaned\n", "      - id: check-contract-signed\n",
     "stages[2].checklist[5].id", "      - id: check-contract-signed", "the checkbox of the item «contract-signed»"),
    ("item-named-like-a-sheet", "      - id: dev-cleaned\n", "      - id: stage-initiation\n",
     "stages[2].checklist[5].id", "      - id: stage-initiation", "the sheet of the stage «initiation» on the master"),
    ("item-named-like-a-page-part", "      - id: dev-cleaned\n", "      - id: odoo-export\n",
     "stages[2].checklist[5].id", "      - id: odoo-export",
     "«odoo-export» is the anchor of a part of every checklist"),
]


@pytest.mark.parametrize("name, old, new, path, fragment, words", ANCHOR_CASES, ids=[c[0] for c in ANCHOR_CASES])
def test_an_anchor_collision_is_named_with_file_path_and_line(tmp_path, name, old, new, path, fragment, words):
    data_dir = data_copy(tmp_path)
    text = edit(data_dir, "methodology.yml", old, new)
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    [line] = [number for number, line in enumerate(text.splitlines(), 1) if line.rstrip() == fragment]
    matching = [p for p in raised.value.problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected data/methodology.yml:{line}: {path}: …{words}…; got:\n{raised.value}"

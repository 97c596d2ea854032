"""The common slips of a person editing YAML by hand, named in plain words (in both languages) at the
line of the slip, not where the parser gave up (macros/core/yaml_mistakes.py)."""
import shutil
from pathlib import Path

import pytest

from macros.core.problems import DataError
from macros.site_content import validate
from support import REPO
from support.video_fixtures import write_videos

# An entry as the trainer guide writes one (texts on lines of their own), and an article after it.
VIDEOS = """\
videos:
  - id: first-video
    title:
      uk: Перше відео
      en: First video
    description:
      uk: Опис першого відео.
      en: The first video's description.
    url: https://www.youtube.com/watch?v=abcDEF12_-x
    source: own
    format: video
    kind: training-session
    stages: [initiation, go-live]
    audience: [client-admin]
    language: uk
    duration: "12:30"
    recorded: 2025-09-01
  - id: odoo-page
    title: {uk: Сторінка, en: Page}
    description: {uk: Опис сторінки, en: Page description}
    doc: applications/general/users
    source: odoo
    format: article
    kind: how-to
    stages: [configuration]
    audience: [coordinator, end-users]
    language: en
"""


def data_with(tmp_path: Path, videos_text: str) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    write_videos(data_dir, videos_text)
    return data_dir


def replaced(old: str, new: str) -> str:
    assert VIDEOS.count(old) == 1, old
    return VIDEOS.replace(old, new)


def only_line_with(text: str, fragment: str) -> int:
    [number] = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    return number


def the_problem(tmp_path: Path, text: str):
    with pytest.raises(DataError) as raised:
        validate(data_with(tmp_path, text))
    [problem] = raised.value.problems
    return problem


def test_the_fixture_itself_is_valid(tmp_path):
    assert validate(data_with(tmp_path, VIDEOS)).files["videos"]["videos"][0]["id"] == "first-video"


# (name, videos.yml with the slip, the slip's line as it reads, English words, Ukrainian words)
SIX_MISTAKES = [
    ("a-tab", replaced("    source: own", "\tsource: own"), "\tsource: own",
     "this line is indented with a tab, and YAML indents with spaces only: replace the tab with spaces",
     "у відступі цього рядка є табуляція, а YAML робить відступи лише пробілами: замініть табуляцію пробілами"),
    ("wrong-indentation", replaced("      en: First video", "     en: First video"), "     en: First video",
     "this line is not indented like the lines around it: the fields of one group start in the same column",
     "відступ цього рядка не такий, як у сусідніх: поля однієї групи починаються в тому самому стовпчику"),
    # the text runs on to the next quote, in `duration: "12:30"`, 12 lines below, where the parser stops
    ("an-unclosed-quote", replaced("      uk: Перше відео", '      uk: "Перше відео'), '      uk: "Перше відео',
     "the quote «\"» that opens the text on this line is never closed: put a «\"» at the end of the text too",
     "лапки «\"», що відкривають текст у цьому рядку, не закрито: поставте «\"» і в кінці тексту"),
    ("an-unclosed-bracket", replaced("stages: [initiation, go-live]", "stages: [initiation, go-live"),
     "stages: [initiation, go-live",
     "the square bracket [ opened on this line is never closed: end the list with ]",
     "квадратну дужку [, відкриту в цьому рядку, не закрито: завершіть список дужкою ]"),
    ("no-space-after-a-colon", replaced("      uk: Перше відео", "      uk:Перше відео"), "uk:Перше відео",
     "a space is missing after the colon of «uk:»: write «uk: » and then the value",
     "після двокрапки в «uk:» бракує пробілу: пишіть «uk: » і далі значення"),
    ("a-stray-dash", replaced("    source: own", "    - source: own"), "    - source: own",
     "this line starts with a «-», which begins a new list item, where a field is expected: remove the «-»",
     "рядок починається з «-», тобто з нового елемента списку, а тут має бути поле: приберіть «-»"),
]


@pytest.mark.parametrize("name, text, slip, english, ukrainian", SIX_MISTAKES, ids=[case[0] for case in SIX_MISTAKES])
def test_a_common_yaml_mistake_is_named_in_plain_words_at_its_line(tmp_path, name, text, slip, english, ukrainian):
    problem = the_problem(tmp_path, text)
    line = only_line_with(text, slip)
    assert (problem.file, problem.line, problem.path) == ("data/videos.yml", line, "")
    assert problem.worded("en").startswith(f"data/videos.yml:{line}: is not valid YAML: {english}")
    assert problem.worded("uk").startswith(f"data/videos.yml:{line}: помилка в записі YAML: {ukrainian}")
    # the parser's own words follow, as the detail
    assert "(the parser says: " in problem.worded("en") and "(повідомлення парсера: " in problem.worded("uk")


def test_an_unclosed_quote_is_named_where_it_opens_not_where_the_parser_stops(tmp_path):
    text = replaced("      uk: Перше відео", '      uk: "Перше відео')
    problem = the_problem(tmp_path, text)
    parser_stopped = only_line_with(text, 'duration: "12:30"')
    assert problem.line == only_line_with(text, '"Перше відео') == parser_stopped - 12
    assert f"did not find expected key (line {parser_stopped})" in problem.worded("en")


# The same slips in other places and shapes: still named at their line.
MORE_SLIPS = [
    ("a-tab-in-a-text-pair", replaced("      en: First video", "\t  en: First video"), "en: First video",
     "indented with a tab"),
    ("a-field-indented-further", replaced("    source: own", "     source: own"), "     source: own",
     "not indented like the lines around it"),
    ("a-group-indented-further", replaced("    title:\n", "     title:\n"), "     title:",
     "not indented like the lines around it"),
    ("a-field-indented-less", replaced("    source: own", "   source: own"), "   source: own",
     "not indented like the lines around it"),
    ("a-quote-unclosed-to-the-end", replaced("    language: en\n", '    language: "en\n'), 'language: "en',
     "the quote «\"» that opens the text on this line is never closed"),
    ("a-single-quote", replaced("      uk: Перше відео", "      uk: 'Перше відео"), "'Перше відео",
     "the quote «'» that opens the text on this line is never closed"),
    ("an-unclosed-brace", replaced("{uk: Опис сторінки, en: Page description}", "{uk: Опис сторінки, en: Page description"),
     "Page description", "the brace { opened on this line is never closed: end the group of fields with }"),
    ("no-space-after-a-field-name", replaced("    source: own", "    source:own"), "source:own",
     "a space is missing after the colon of «source:»"),
    ("no-space-after-id", replaced("  - id: odoo-page", "  - id:odoo-page"), "id:odoo-page",
     "a space is missing after the colon of «id:»"),
    ("a-dash-alone", replaced("    source: own\n", "    source: own\n    -\n"), "    -",
     "this line starts with a «-»"),
    ("a-field-without-its-colon", replaced("    source: own", "    source own"), "source own",
     "the field name on this line has no colon after it"),
    ("a-text-field-without-its-colon", replaced("      uk: Перше відео", "      uk Перше відео"), "uk Перше",
     "the field name on this line has no colon after it"),
    ("a-colon-in-a-text", replaced("      en: First video", "      en: First video: the basics"), "the basics",
     "the text on this line contains «: », which YAML reads as the start of a field: put the text in quotes"),
]


@pytest.mark.parametrize("name, text, slip, words", MORE_SLIPS, ids=[case[0] for case in MORE_SLIPS])
def test_the_slips_are_found_in_other_places_too(tmp_path, name, text, slip, words):
    problem = the_problem(tmp_path, text)
    assert problem.line == only_line_with(text, slip) and words in problem.message, str(problem)


# Slips that still make valid YAML, of the wrong shape: the schema's message names the likely cause.
def test_text_where_a_group_is_expected_asks_about_a_missing_space(tmp_path):
    text = replaced("      uk: Перше відео\n      en: First video\n", "      uk:Перше відео\n      en:First video\n")
    problem = the_problem(tmp_path, text)
    line = only_line_with(text, "uk:Перше відео")
    assert (problem.path, problem.line) == ("videos[0].title", line - 1)
    assert problem.worded("en").endswith(f"videos[0].title: is text, but a group of fields is expected — is a "
                                         f"space missing after a colon on line {line}?")
    assert problem.worded("uk").endswith(f"videos[0].title: це текст, а тут потрібна група полів — чи не бракує "
                                         f"пробілу після двокрапки в рядку {line}?")


def test_an_empty_list_item_asks_about_a_stray_dash(tmp_path):
    text = replaced("    stages: [initiation, go-live]\n", "    stages:\n      - initiation\n      -\n      - go-live\n")
    problem = the_problem(tmp_path, text)
    line = text.splitlines().index("      -") + 1
    assert problem.path == "videos[0].stages[1]"
    assert f"is an empty list item — is there a stray «-» on line {line}?" in problem.worded("en")
    assert f"порожній елемент списку — чи немає зайвого «-» у рядку {line}?" in problem.worded("uk")


def test_a_field_name_without_its_space_asks_about_it(tmp_path):
    text = replaced("{uk: Опис сторінки, en: Page description}", "{uk:Опис сторінки, en: Page description}")
    with pytest.raises(DataError) as raised:
        validate(data_with(tmp_path, text))
    [unknown] = [problem for problem in raised.value.problems if problem.path == "videos[1].description.uk:Опис сторінки"]
    assert unknown.message == "unknown field «uk:Опис сторінки» — is a space missing after the colon?"
    assert unknown.says.words("uk") == "невідоме поле «uk:Опис сторінки» — чи не бракує пробілу після двокрапки?"


def test_a_slip_that_is_none_of_these_keeps_the_parsers_words(tmp_path):
    text = replaced("    source: own", "    source: *own")
    problem = the_problem(tmp_path, text)
    assert problem.line == only_line_with(text, "*own")
    assert problem.message == ("is not valid YAML: the YAML parser cannot read this line (the parser says: "
                               f"found undefined alias (line {problem.line}))")

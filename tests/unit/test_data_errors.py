"""Bad input: every mistake is named by file, path and line, and the build stops without a site."""
from pathlib import Path

import pytest

from macros.site_content import validate
from macros.core.problems import DataError
from support import REPO

MINIMAL = """\
methodology:
  title: {uk: Методологія, en: Methodology}
  author: Test Author
  date: 2025-08-26
  goal: {uk: Мета, en: Goal}
stages:
  - id: first
    number: 1
    title: {uk: Перший, en: First}
    goal: {uk: Мета один, en: Goal one}
    checklist:
      - id: item-one
        text: {uk: Пункт один, en: Item one}
        guidance: {who: [coordinator], how: {uk: Як, en: How}, done_when: {uk: Готово, en: Done}}
    result: {uk: Результат один, en: Result one}
  - id: second
    number: 2
    title: {uk: Другий, en: Second}
    goal: {uk: Мета два, en: Goal two}
    checklist:
      - id: item-two
        text: {uk: Пункт два, en: Item two}
        guidance: {who: [coordinator], how: {uk: Як, en: How}, done_when: {uk: Готово, en: Done}}
      - id: item-three
        text:
          uk: Пункт три
          en: Item three
        guidance: {who: [coordinator], how: {uk: Як, en: How}, done_when: {uk: Готово, en: Done}}
    result: {uk: Результат два, en: Result two}
saas:
  title: {uk: SaaS, en: SaaS}
  points:
    - {id: point, kind: advantage, text: {uk: Плюс, en: Plus}}
conclusion:
  title: {uk: Висновок, en: Conclusion}
  paragraphs:
    - {uk: Абзац, en: Paragraph}
"""


def line_of(text: str, fragment: str) -> int:
    """1-based number of the only line containing `fragment`."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) == 1, f"{fragment!r} must occur on exactly one line"
    return lines[0]


def replaced(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, old
    return MINIMAL.replace(old, new)


# (name, mutated file, expected path, (unique text on a line, offset to the error's line), words)
CASES = [
    # the line where the brace opens, not the next one, where the parser gave up
    ("broken-syntax", replaced("title: {uk: Другий, en: Second}", "title: {uk: Другий, en: Second"),
     "", ("title: {uk: Другий", 0), "not valid YAML"),
    ("missing-field", replaced("    result: {uk: Результат один, en: Result one}\n", ""),
     "stages[0].result", ("id: first", 0), "is missing"),
    ("missing-translation", replaced("          en: Item three\n", ""),
     "stages[1].checklist[1].text.en", ("uk: Пункт три", -1), "is missing"),
    ("empty-translation", replaced("en: Item two}", "en: ''}"),
     "stages[1].checklist[0].text.en", ("Пункт два", 0), "must not be empty"),
    ("duplicate-stage-id", replaced("- id: second", "- id: first"),
     "stages[1].id", ("number: 2", -1), "already used"),
    ("duplicate-item-id", replaced("- id: item-three", "- id: item-one"),
     "stages[1].checklist[1].id", ("uk: Пункт три", -2), "already used"),
    ("unknown-key", replaced("title: {uk: Перший, en: First}", "titel: {uk: Перший, en: First}"),
     "stages[0].titel", ("titel:", 0), "did you mean «title»"),
    ("wrong-type", replaced("number: 2", "number: two"),
     "stages[1].number", ("number: two", 0), "must be a whole number"),
    ("repeated-key", replaced("    goal: {uk: Мета один, en: Goal one}\n",
                              "    goal: {uk: Мета один, en: Goal one}\n    goal: {uk: Ще, en: More}\n"),
     "stages[0].goal", ("goal: {uk: Ще", 0), "written twice"),
    ("bad-id", replaced("- id: item-two", "- id: Item Two"),
     "stages[1].checklist[0].id", ("Item Two", 0), "not a valid id"),
]


def write_data(data_dir: Path, methodology_text: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "methodology.yml").write_text(methodology_text, encoding="utf-8")
    for required in ("ui.yml", "house_style.yml", "roles.yml"):  # roles: who does each item
        (data_dir / required).write_text((REPO / "data" / required).read_text(encoding="utf-8"), encoding="utf-8")
    schemas = data_dir / "schemas"
    schemas.mkdir(exist_ok=True)
    source = REPO / "data" / "schemas"
    for schema in ("common.schema.json", "methodology.schema.json", "ui.schema.json", "house_style.schema.json",
                   "roles.schema.json"):
        (schemas / schema).write_text((source / schema).read_text(encoding="utf-8"), encoding="utf-8")


def test_the_minimal_fixture_itself_is_valid(tmp_path):
    write_data(tmp_path / "data", MINIMAL)
    assert [stage["id"] for stage in validate(tmp_path / "data").stages] == ["first", "second"]


@pytest.mark.parametrize("name, text, path, where, words", CASES, ids=[case[0] for case in CASES])
def test_error_names_file_path_and_line(tmp_path, name, text, path, where, words):
    write_data(tmp_path / "data", text)
    with pytest.raises(DataError) as raised:
        validate(tmp_path / "data")
    problems = raised.value.problems
    line = line_of(text, where[0]) + where[1]
    matching = [p for p in problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected {path} at line {line} ({words}); got:\n{raised.value}"
    assert f"data/methodology.yml:{line}: " in str(raised.value)


def test_schema_errors_are_worded_in_ukrainian_too(tmp_path):
    text = replaced("number: 2", "number: two").replace("          en: Item three\n", "").replace(
        "title: {uk: Перший, en: First}", "titel: {uk: Перший, en: First}")
    write_data(tmp_path / "data", text)
    with pytest.raises(DataError) as raised:
        validate(tmp_path / "data")
    worded = raised.value.worded("uk").splitlines()
    assert worded[0] == "У даних 4 помилки; сайт не зібрано:"
    assert worded[1:] == [
        f"  data/methodology.yml:{line_of(text, 'id: first')}: stages[0].title: поле відсутнє",
        f"  data/methodology.yml:{line_of(text, 'titel:')}: stages[0].titel: невідоме поле «titel»; можливо, ви мали "
        "на увазі «title»?",
        f"  data/methodology.yml:{line_of(text, 'number: two')}: stages[1].number: має бути ціле число, а не текст",
        f"  data/methodology.yml:{line_of(text, 'uk: Пункт три') - 1}: stages[1].checklist[1].text.en: поле відсутнє "
        "(кожен текст має і «uk», і «en»)",
    ]


def test_all_problems_are_reported_at_once(tmp_path):
    text = replaced("number: 2", "number: two").replace("en: Item two}", "en: ''}")
    write_data(tmp_path / "data", text)
    with pytest.raises(DataError) as raised:
        validate(tmp_path / "data")
    assert {p.path for p in raised.value.problems} >= {"stages[1].number", "stages[1].checklist[0].text.en"}


def test_a_data_file_without_schema_is_refused(tmp_path):
    write_data(tmp_path / "data", MINIMAL)
    (tmp_path / "data" / "vidoes.yml").write_text("videos: []\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"data/vidoes.yml: has no schema"):
        validate(tmp_path / "data")


BUILD_CASES = [
    ("broken-syntax", "    number: 2\n", "    number: 2\n    title: [unclosed\n", "", "not valid YAML"),
    ("missing-translation", "          en: DEV and PROD environments set up\n", "",
     "stages[1].checklist[0].text.en", "is missing"),
    ("unknown-key", "    result:\n      uk: >-\n        Проєкт офіційно",
     "    reslt:\n      uk: >-\n        Проєкт офіційно", "stages[0].reslt", "did you mean «result»"),
    ("duplicate-item-id", "      - id: licenses-connected\n", "      - id: environments-deployed\n",
     "stages[1].checklist[1].id", "already used"),
    ("wrong-type", "    optional: true\n    title:\n      uk: Додаткове",
     "    optional: maybe\n    title:\n      uk: Додаткове", "stages[5].optional", "must be true or false"),
]


@pytest.mark.parametrize("name, old, new, path, words", BUILD_CASES, ids=[case[0] for case in BUILD_CASES])
def test_build_stops_and_leaves_no_site(project_copy, name, old, new, path, words):
    data_file = project_copy.data_dir / "methodology.yml"
    text = data_file.read_text(encoding="utf-8")
    assert text.count(old) == 1
    data_file.write_text(text.replace(old, new), encoding="utf-8")
    result = project_copy.build()
    assert result.returncode != 0
    assert "data/methodology.yml:" in result.stderr and path in result.stderr and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, "a data mistake must read as a message, not a crash"
    assert not project_copy.site_dir.exists(), "a failed build must not leave a site behind"


def test_the_build_speaks_the_language_of_the_person(project_copy):
    data_file = project_copy.data_dir / "methodology.yml"
    text = data_file.read_text(encoding="utf-8")
    old = "    optional: true\n    title:\n      uk: Додаткове"
    assert text.count(old) == 1
    text = text.replace(old, old.replace("true", "maybe"))
    data_file.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    optional: maybe") + 1
    result = project_copy.build(PLAYBOOK_LANG="uk")
    assert result.returncode != 0
    assert ("У даних 1 помилка; сайт не зібрано:\n"
            f"  data/methodology.yml:{line}: stages[5].optional: має бути true або false, а не текст") in result.stderr
    assert not project_copy.site_dir.exists()


def test_validate_command_reports_problems_and_exit_code(project_copy):
    import subprocess
    import sys
    data_file = project_copy.data_dir / "methodology.yml"
    data_file.write_text(data_file.read_text(encoding="utf-8").replace("  - id: go-live\n", "  - id: Go Live\n"),
                         encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(project_copy.data_dir)],
                            capture_output=True, text=True, cwd=project_copy.root)
    assert result.returncode == 1
    assert "stages[6].id" in result.stderr and "not a valid id" in result.stderr

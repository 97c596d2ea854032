"""data/changelog.yml: the methodology's versions, newest first, each linking the editorial notes it
added. Its mistakes are named by file, path and line; the current version's label is text that
cannot break out of the print stylesheet it is written into."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from macros.changelog.release import css_string, current_release, release_label
from macros.core.problems import DataError
from macros.site_content import validate
from support import REPO

CONTENT = validate(REPO / "data")
CHANGELOG_TEXT = (REPO / "data" / "changelog.yml").read_text(encoding="utf-8")


def data_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    return data


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) >= occurrence, fragment
    return lines[occurrence - 1]


def problems_after(tmp_path: Path, edit) -> tuple[str, list[str]]:
    """Validate a copy of data/ whose changelog.yml `edit` rewrote: (the new text, the problems)."""
    data = data_copy(tmp_path)
    text = edit(CHANGELOG_TEXT)
    assert text != CHANGELOG_TEXT
    (data / "changelog.yml").write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as error:
        validate(data)
    return text, [str(problem) for problem in error.value.problems]


def test_the_versions_are_listed_newest_first_and_the_first_is_the_current_one():
    versions = CONTENT.files["changelog"]["versions"]
    assert current_release(CONTENT) is versions[0]
    numbers = [tuple(map(int, version["version"].split("."))) for version in versions]
    assert numbers == sorted(numbers, reverse=True) and len(set(numbers)) == len(numbers)
    dates = [version["date"] for version in versions]
    assert dates == sorted(dates, reverse=True)


def test_every_editorial_note_belongs_to_exactly_one_version():
    listed = [note for version in CONTENT.files["changelog"]["versions"] for note in version.get("notes", [])]
    notes = [edit["id"] for edit in CONTENT.files["editorial_notes"]["edits"]]
    assert sorted(listed) == sorted(notes)


def test_a_version_naming_an_unknown_note_is_refused(tmp_path):
    text, problems = problems_after(tmp_path, lambda text: text.replace(
        "      - stage-2-label\n", "      - stage-2-lable\n"))
    line = line_of(text, "- stage-2-lable")
    assert (f"data/changelog.yml:{line}: versions[1].notes[2]: «stage-2-lable» is not the id of an editorial note "
            "in data/editorial_notes.yml") in problems
    # and the note it meant to name is now listed by no version: said at the note itself
    notes_text = (REPO / "data" / "editorial_notes.yml").read_text(encoding="utf-8")
    note_line = line_of(notes_text, "- id: stage-2-label")
    assert any(problem.startswith(f"data/editorial_notes.yml:{note_line}: edits[2].id: no version in "
                                  "data/changelog.yml lists this note") for problem in problems), problems


def test_a_note_listed_by_two_versions_is_refused(tmp_path):
    text, problems = problems_after(tmp_path, lambda text: text.replace(
        "    notes:\n", "    notes:\n      - double-spaces\n", 1))
    first, second = line_of(text, "- double-spaces", 1), line_of(text, "- double-spaces", 2)
    assert problems == [f"data/changelog.yml:{second}: versions[1].notes[5]: the editorial note «double-spaces» is "
                        f"already listed at line {first}; a note belongs to the version that added it"]


@pytest.mark.parametrize("name, edit, fragment, path, words", [
    ("older on top", lambda text: text.replace('version: "2.0"', 'version: "0.9"'),
     'version: "1.0"', "versions[1].version", "1.0 is listed below 0.9: list the versions newest first"),
    ("a newer version dated earlier", lambda text: text.replace("date: 2026-11-28", "date: 2026-12-24"),
     "date: 2026-12-24", "versions[1].date", "2026-12-24 is later than the date of 2.0 above it"),
    ("a number twice", lambda text: text.replace('version: "1.0"', 'version: "2.0"'),
     'version: "2.0"', "versions[1].version", "version 2.0 is already listed at line"),
    ("not a number", lambda text: text.replace('version: "2.0"', 'version: "2.0 beta"'),
     'version: "2.0 beta"', "versions[0].version", "«2.0 beta» is not a version number"),
    ("unquoted", lambda text: text.replace('version: "2.0"', "version: 2.0"),
     "version: 2.0", "versions[0].version", "must be text, but is a number"),
    ("a change in one language", lambda text: text.replace(
        "        en: The site works offline once it has been opened.\n", ""),
     "uk: Сайт працює без мережі", "versions[0].changes[6].en", "is missing"),
])
def test_a_mistake_in_the_changelog_is_named_by_path_and_line(tmp_path, name, edit, fragment, path, words):
    text, problems = problems_after(tmp_path, edit)
    line = line_of(text, fragment, 2 if name == "a number twice" else 1)
    assert any(problem.startswith(f"data/changelog.yml:{line}: {path}: ") and words in problem
               for problem in problems), problems


def test_the_changelog_follows_the_house_style(tmp_path):
    _, problems = problems_after(tmp_path, lambda text: text.replace(
        "Сайт працює без мережі", "Сайт проекту працює без мережі"))
    assert any("versions[0].changes[6].uk" in problem and "«проєкт" in problem for problem in problems), problems


def test_the_current_version_reads_in_both_languages():
    release = current_release(CONTENT)
    assert release["version"] == "2.0" and release["date"] == "2026-12-02"
    assert release_label(CONTENT, "uk") == "Версія методології 2.0 від 2 грудня 2026 р."
    assert release_label(CONTENT, "en") == "Methodology version 2.0, December 2, 2026"


def _css_string_value(css: str) -> str:
    """What a CSS parser reads from a quoted string with hex escapes (CSS Syntax 4.3.7)."""
    assert css.startswith('"') and css.endswith('"')
    body = css[1:-1]
    assert '"' not in re.sub(r"\\[0-9a-f]{1,6} ", "", body)
    return re.sub(r"\\([0-9a-f]{1,6}) ", lambda match: chr(int(match.group(1), 16)), body)


@pytest.mark.parametrize("text", [
    "Версія методології 2.0 від 2 грудня 2026 р.",
    'A "quoted" word and a \\ backslash',
    "</style><script>alert(1)</script>",
    "two\nlines; } body { display: none",
])
def test_the_print_label_is_one_css_string_that_stays_inside_its_style_element(text):
    css = css_string(text)
    assert _css_string_value(css) == text
    unescaped = re.sub(r"\\[0-9a-f]{1,6} ", "", css[1:-1])
    assert not re.search(r'[<>&\n"\\]', unescaped), css

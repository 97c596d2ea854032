"""The glossary, its marks and the questions clients ask: every mark names a term, every answer's
source and every term's `see` exists, ids are unique; each mistake named by file, path and line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from macros.core.glossary_marks import marks_in
from macros.core.house_style import bilingual_texts
from macros.core.problems import DataError
from macros.glossary.checks import malformed_marks
from macros.site_content import validate
from support import REPO

CONTENT = validate(REPO / "data")


def data_copy(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    return data


def line_of(text: str, fragment: str) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) == 1, f"{fragment!r} must occur on exactly one line"
    return lines[0]


def problems_after(tmp_path: Path, name: str, old: str, new: str) -> tuple[str, list[str]]:
    """Validate a copy of data/ with `old` replaced by `new` in data/<name>.yml: (new text, problems)."""
    data = data_copy(tmp_path)
    path = data / f"{name}.yml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as error:
        validate(data)
    return text, [str(problem) for problem in error.value.problems]


def test_the_real_data_has_terms_questions_and_marks_that_resolve():
    terms = [term["id"] for term in CONTENT.files["glossary"]["glossary"]]
    assert len(terms) >= 30 and len(CONTENT.files["faq"]["faq"]) >= 14
    marks = [mark for name, data in CONTENT.files.items() for _, _, text in bilingual_texts(data)
             for mark in marks_in(text)]
    assert all(mark.term_id in terms for mark in marks)


# (file, old text, new text, (text on a line, which of such lines, lines from it to the problem's), path, words)
ANSWER = "        ви погоджуєте з виконавцем;"
DEFINITION = "закривають для нових записів."
SOURCES = ("      - stages/go-live/#hypercare-two-weeks\n      - stages/post-launch/#support-two-months\n"
           "      - stages/post-launch/#final-acts-signed")
MISTAKES = [
    ("faq", ANSWER, "        ви погоджуєте з [[timeline|виконавцем]];", ("[[timeline|", 1, -4),
     "faq[0].answer.uk", "the mark «[[timeline|виконавцем]]»: data/glossary.yml has no term with the id "
                         "«timeline»; a term's id is its id field in data/glossary.yml"),
    ("faq", ANSWER, "        ви погоджуєте з [[hypercar|виконавцем]];", ("[[hypercar|", 1, -4),
     "faq[0].answer.uk", "no term with the id «hypercar»; did you mean «hypercare»?"),
    ("glossary", DEFINITION, "закривають для нових [[prod]] записів.", ("[[prod]]", 1, -2),
     "glossary[0].definition.uk", "«[[prod]]» is not a glossary mark and would show on the site as it stands"),
    ("glossary", DEFINITION, "закривають для нових [[prod|записів.", ("[[prod|", 1, -2),
     "glossary[0].definition.uk", "«[[prod|записів. У методології це етап 7;…» is not a glossary mark"),
    ("faq", SOURCES, SOURCES.replace("#support-two-months", "#support-two-month"), ("#support-two-month\n", 1, 0),
     "faq[0].sources[1]", "«stages/post-launch/#support-two-month»: stage «post-launch» has no checklist item "
                          "«support-two-month»"),
    ("faq", SOURCES, SOURCES.replace("go-live/#hypercare", "post-launch/#hypercare"),
     ("stages/post-launch/#hypercare-two-weeks", 1, 0),
     "faq[0].sources[0]", "the item «hypercare-two-weeks» belongs to the stage «go-live»: "
                          "write stages/go-live/#hypercare-two-weeks"),
    ("faq", "      - stages/initiation/\n", "      - stages/kickoff/\n", ("stages/kickoff/", 1, 0),
     "faq[2].sources[0]", "there is no stage «kickoff» in data/methodology.yml"),
    ("faq", "      - glossary#acceptance-certificate\n      - stages/post-launch/#final-acts-signed",
     "      - glossary#acceptance-act\n      - stages/post-launch/#final-acts-signed", ("glossary#acceptance-act", 1, 0),
     "faq[5].sources[0]", "«glossary#acceptance-act»: data/glossary.yml has no term with the id «acceptance-act»"),
    ("glossary", "    see: [hypercare-two-weeks]", "    see: [hypercare-2-weeks]", ("hypercare-2-weeks", 1, 0),
     "glossary[1].see[0]", "«hypercare-2-weeks» is neither a stage id nor a checklist item id of "
                           "data/methodology.yml; did you mean «hypercare-two-weeks»?"),
    ("glossary", "  - id: hypercare\n", "  - id: go-live\n", ("  - id: go-live\n", 2, 0),
     "glossary[1].id", "the term id «go-live» is already used at line"),
    ("faq", "  - id: stage-duration\n", "  - id: project-duration\n", ("  - id: project-duration\n", 2, 0),
     "faq[1].id", "the question id «project-duration» is already used at line"),
]


def locate(text: str, fragment: str, occurrence: int, offset: int) -> int:
    """The line `offset` lines from the `occurrence`-th line holding `fragment` (a final \\n: ending with it)."""
    whole = fragment.endswith("\n")
    lines = [number for number, line in enumerate(text.splitlines(), 1)
             if (line.endswith(fragment[:-1]) if whole else fragment in line)]
    assert len(lines) >= occurrence, fragment
    return lines[occurrence - 1] + offset


@pytest.mark.parametrize("name, old, new, where, path, words", MISTAKES,
                         ids=[f"{m[0]}-{m[4]}-{i}" for i, m in enumerate(MISTAKES)])
def test_a_mistake_is_named_by_file_path_and_line(tmp_path, name, old, new, where, path, words):
    text, problems = problems_after(tmp_path, name, old, new)
    line = locate(text, *where)
    assert any(problem.startswith(f"data/{name}.yml:{line}: {path}: ") and words in problem
               for problem in problems), problems


def test_a_mark_in_the_methodology_is_checked_too(tmp_path):
    """Marks are checked in every text of every data file: the stages' texts here."""
    text, problems = problems_after(tmp_path, "methodology", "        Офіційно запустити проєкт,",
                                    "        Офіційно [[golive|запустити]] проєкт,")
    line = locate(text, "[[golive|", 1, -1)
    assert any(problem.startswith(f"data/methodology.yml:{line}: stages[0].goal.uk: the mark «[[golive|запустити]]»")
               and "did you mean «go-live»?" in problem for problem in problems), problems


def test_the_messages_read_in_ukrainian_too(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAYBOOK_LANG", "uk")
    _, problems = problems_after(tmp_path, "faq", "        ви погоджуєте з виконавцем;",
                                 "        ви погоджуєте з [[plan|виконавцем]] [[go-live]];")
    assert any("позначка «[[plan|виконавцем]]»: у data/glossary.yml немає терміна з id «plan»" in problem
               for problem in problems), problems
    assert any("«[[go-live]]» — не позначка терміна" in problem for problem in problems), problems


@pytest.mark.parametrize("text, found", [
    ("plain text", []),
    ("a [[go-live|launch]] and [[prod|PROD]]", []),
    ("a [[go-live]] here", ["[[go-live]]"]),
    ("a [[Go Live|launch]]", ["[[Go Live|launch]]"]),
    ("a [[go-live|]] here", ["[[go-live|]]"]),
    ("open [[go-live and never closed", ["[[go-live and never closed…"]),
    ("stray]] closing", ["stray]]"]),
])
def test_malformed_marks_are_found_and_good_ones_left_alone(text, found):
    assert malformed_marks(text) == found

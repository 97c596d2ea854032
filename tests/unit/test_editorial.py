"""The editors' corrections, notes and additions in the data: every correction says what its field
reads now, the corrected terms cannot come back, notes and additions are tied to their fields; every
mistake is named by file, path and line."""

import pytest

from macros.core.editorial import PAGE_ANCHORS, editors_fields, notes_with_places
from macros.core.house_style import text_problems, spelling_rules
from macros.core.loader import load_data_files
from macros.core.problems import DataError
from macros.core.text_places import find_place
from macros.site_content import load_content, validate
from support import REPO
from support.data_edits import data_copy, edit, line_of

CONTENT = load_content(REPO / "data")


def test_every_correction_reads_in_its_field_as_it_says():
    """The real data: each correction's `after` is in the Ukrainian text of every field it names."""
    checked = 0
    for edit_ in CONTENT.files["editorial_notes"]["edits"]:
        places = [place.strip() for place in edit_["where"].split(",")]
        afters = edit_["after"].split("; ")
        for position, place in enumerate(places):
            text = find_place(place, CONTENT.methodology, CONTENT.files["ui"]).text
            if text is None:
                continue
            after = afters[position] if len(afters) > 1 else afters[0]
            assert after.casefold() in " ".join(text["uk"].split()).casefold(), (edit_["id"], place)
            checked += 1
    assert checked >= 20


def test_the_corrections_the_issue_asks_for_are_listed():
    ids = {edit_["id"] for edit_ in CONTENT.files["editorial_notes"]["edits"]}
    assert {"pohlyblene-navchannia", "stage-3-title", "promyslova-ekspluatatsiia", "testovi-vypadky", "dohovir",
            "posylena-pidtrymka", "chek-list"} <= ids
    assert CONTENT.stage("development")["title"]["uk"] == "Розробка"


def test_notes_and_additions_are_tied_to_their_fields():
    notes = list(notes_with_places(CONTENT.methodology))
    assert {note["id"] for _, _, note in notes} >= {
        "odoo-cloud-is-odoo-online", "custom-plan-for-studio-and-api", "online-has-no-dev-environment",
        "online-test-copies-expire", "online-move-to-production", "online-scheduled-upgrades"}
    where = {note["id"]: place for place, _, note in notes}
    assert where["online-has-no-dev-environment"] == "stages[configuration].checklist[environments-deployed].text"
    assert where["online-test-copies-expire"] == "stages[development].checklist[dev-cleaned].text"
    assert where["online-move-to-production"] == "stages[integrations-migration].checklist[moved-to-prod].text"
    assert where["custom-plan-for-studio-and-api"] == "stages[initiation].checklist[subscription-confirmed].text"
    assert where["online-scheduled-upgrades"] == "saas.points[always-current-version].text"
    for place, _, _ in notes:
        assert find_place(place, CONTENT.methodology).text is not None
    # the source has a result for stage 1 only: the editors wrote the others
    assert list(editors_fields(CONTENT.methodology)) == [f"stages[{stage['id']}].result" for stage in CONTENT.stages[1:]]


# (name, file, old, new, expected file, expected path, fragment on the reported line, words of the message)
CASES = [
    ("a-corrected-title-reverted", "methodology.yml", "      uk: Розробка\n", "      uk: Розвиток\n",
     "editorial_notes.yml", "edits[9].after", "    after: Розробка",
     "«Розробка» is not in stages[development].title (which reads «Розвиток»)"),
    ("a-corrected-term-back-in-the-interface", "ui.yml", "      uk: Проводиться, якщо це передбачено договором.",
     "      uk: Проводиться, якщо це передбачено контрактом.",
     "editorial_notes.yml", "edits[12].after", "    after: Підписаний договір; відповідно до договору;",
     "«передбачено договором» is not in ui.optional_stage_hint"),
    ("an-after-the-text-does-not-say", "editorial_notes.yml", "    after: Поглиблене навчання проведено",
     "    after: Поглиблене навчання здійснено", "editorial_notes.yml", "edits[8].after",
     "    after: Поглиблене навчання здійснено", "«Поглиблене навчання здійснено для координатора"),
    ("a-before-still-there", "editorial_notes.yml", "    before: Розвиток\n", "    before: Розробк\n",
     "editorial_notes.yml", "edits[9].before", "    before: Розробк",
     "«Розробк» is still in stages[development].title; the correction has not been made there"),
    ("parts-that-do-not-match-the-places", "editorial_notes.yml",
     "    after: Посилена підтримка надається протягом 2 тижнів",
     "    after: Посилена підтримка; надається протягом 2 тижнів", "editorial_notes.yml", "edits[13].after",
     "    after: Посилена підтримка; надається", "has 2 parts separated by «;», but «where» names 1 place"),
    ("a-note-id-taken-by-a-correction", "methodology.yml", "          - id: online-test-copies-expire",
     "          - id: dohovir", "methodology.yml", "stages[2].checklist[5].notes[0].id", "          - id: dohovir",
     "the id «dohovir» is already used by an editorial correction or note (data/editorial_notes.yml:"),
    ("a-note-id-taken-by-the-page", "methodology.yml", "          - id: online-test-copies-expire",
     "          - id: additions", "methodology.yml", "stages[2].checklist[5].notes[0].id", "          - id: additions",
     "«additions» is the anchor of a section of the editorial notes page"),
    ("a-field-the-editors-cannot-write", "methodology.yml", "  - id: development\n    number: 3\n"
     "    written_by_editors: [result]", "  - id: development\n    number: 3\n    written_by_editors: [goal]",
     "methodology.yml", "stages[2].written_by_editors[0]", "    written_by_editors: [goal]", "«goal» is not allowed here"),
]


@pytest.mark.parametrize("name, file, old, new, owner, path, fragment, words", CASES, ids=[case[0] for case in CASES])
def test_an_editorial_mistake_is_named_with_file_path_and_line(tmp_path, name, file, old, new, owner, path,
                                                                fragment, words):
    data_dir = data_copy(tmp_path)
    edit(data_dir, file, old, new)
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    line = line_of((data_dir / owner).read_text(encoding="utf-8"), fragment)
    matching = [p for p in raised.value.problems
                if p.file == f"data/{owner}" and p.path == path and p.line == line and words in p.message]
    assert matching, f"expected data/{owner}:{line}: {path}: …{words}…; got:\n{raised.value}"


def test_the_page_anchors_are_the_headings_of_the_editorial_notes_page():
    for name in ("editorial-notes.md", "editorial-notes.en.md"):
        text = (REPO / "docs" / name).read_text(encoding="utf-8")
        assert [anchor for anchor in PAGE_ANCHORS if f"{{ #{anchor} }}" in text] == list(PAGE_ANCHORS), name


def test_a_quoted_word_is_named_not_used():
    spellings = spelling_rules(load_data_files(REPO / "data"))
    assert text_problems("uk", "Джерело писало «контракт», тепер «договір».", spellings) == []
    assert list(map(str, text_problems("uk", "Підписаний контракт.", spellings))) == [
        "«контракт»: write «договір» instead, in the form the sentence needs (the agreement with the client is a "
        "«договір», as in the acceptance certificates; one word for one document)"]
    # each word of a phrase is the start of a word, in any case and form
    assert str(text_problems("uk", "Глибокого навчання не було.", spellings)[0]).startswith("«Глибокого навчання»: write "
                                                                                       "«поглиблене навчання» instead")
    assert str(text_problems("uk", "усі чек-листи", spellings)[0]).startswith("«чек-листи»: write «чек-лісти» (")

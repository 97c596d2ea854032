"""How the client-question benchmark scores an answer (tests/support/search_probe.py, `answered`)."""
import pytest

from support.search_probe import answer_location, answered

LOCATIONS = {"glossary/", "glossary/#go-live", "glossary/#prod", "faq/", "faq/#project-duration",
             "stages/go-live/", "stages/go-live/#videos", "en/glossary/", "en/glossary/#go-live"}


def test_targets_read_as_the_page_and_its_anchor_in_each_language():
    assert answer_location("glossary#go-live", "uk") == ("glossary/", "go-live")
    assert answer_location("glossary#go-live", "en") == ("en/glossary/", "go-live")
    assert answer_location("stages/go-live/#hypercare-two-weeks", "uk") == ("stages/go-live/", "hypercare-two-weeks")
    assert answer_location("stages/go-live/", "en") == ("en/stages/go-live/", None)


@pytest.mark.parametrize("target, lang, results, expected", [
    # a term is answered when its own section is shown first under the glossary, among the first three pages
    ("glossary#go-live", "uk", ["acts/", "glossary/#go-live"], True),
    ("glossary#go-live", "uk", ["acts/", "glossary/#prod"], False),  # the glossary, but another term first
    ("glossary#go-live", "uk", ["acts/", "checklists/", "saas/", "glossary/#go-live"], False),  # fourth page
    ("glossary#go-live", "en", ["en/glossary/#go-live"], True),
    ("glossary#go-live", "en", ["glossary/#go-live"], False),  # the other language's page
    # an item of a stage guide has no section of its own: its page answers it
    ("stages/go-live/#hypercare-two-weeks", "uk", ["faq/", "stages/go-live/#videos"], True),
    ("stages/go-live/", "uk", ["stages/go-live/"], True),
    ("stages/go-live/", "uk", [], False),
])
def test_an_answer_counts_when_a_reader_sees_it_among_the_first_three_pages(target, lang, results, expected):
    assert answered(target, lang, results, LOCATIONS) is expected

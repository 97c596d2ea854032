"""The one {placeholder} filler the scripts share (docs/assets/javascripts/shared/format.js),
in a real browser."""
import pytest

pytestmark = pytest.mark.browser


def formatted(page, template, values):
    return page.evaluate("([template, values]) => PlaybookText.format(template, values)", [template, values])


def test_placeholders_are_filled_with_their_values(page, site_url):
    page.goto(site_url + "checklists/")
    assert formatted(page, "{done} of {total} done", {"done": 2, "total": 4}) == "2 of 4 done"
    assert formatted(page, "{n}, {n} and {n}", {"n": 0}) == "0, 0 and 0"
    # values go in as they are: no "$&"-style replacement patterns, no second round of placeholders
    assert formatted(page, "«{name}»", {"name": "$& {total} $1"}) == "«$& {total} $1»"


def test_a_placeholder_without_a_value_stays_as_written(page, site_url):
    page.goto(site_url + "checklists/")
    assert formatted(page, "{shown} of {total}", {"shown": 3}) == "3 of {total}"
    assert formatted(page, "{a}", None) == "{a}"
    assert formatted(page, "Row {n}", {"toString": 1}) == "Row {n}"
    assert formatted(page, None, {}) == ""

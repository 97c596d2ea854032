"""Ukrainian plural forms and dates, checked against forms written out by hand."""
import pytest

from macros.core.i18n import count, long_date

UKRAINIAN_ITEMS = {
    0: "0 пунктів", 1: "1 пункт", 2: "2 пункти", 4: "4 пункти", 5: "5 пунктів", 11: "11 пунктів",
    12: "12 пунктів", 14: "14 пунктів", 21: "21 пункт", 22: "22 пункти", 25: "25 пунктів",
    101: "101 пункт", 111: "111 пунктів", 112: "112 пунктів", 1000: "1000 пунктів",
}


@pytest.mark.parametrize("n, expected", UKRAINIAN_ITEMS.items())
def test_ukrainian_plural_forms(n, expected):
    assert count(n, "item", "uk") == expected


@pytest.mark.parametrize("n, expected", {0: "0 items", 1: "1 item", 2: "2 items", 21: "21 items"}.items())
def test_english_plural_forms(n, expected):
    assert count(n, "item", "en") == expected


def test_stage_counts():
    assert [count(n, "stage", "uk") for n in (1, 3, 8)] == ["1 етап", "3 етапи", "8 етапів"]


def test_long_dates():
    assert long_date("2025-08-26", "uk") == "26 серпня 2025 р."
    assert long_date("2025-08-26", "en") == "August 26, 2025"

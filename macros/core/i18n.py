"""Interface strings, plural forms and dates in the site's languages.

The strings are data (data/ui.yml, `strings:` grouped in sections, and `nouns:` by CLDR plural
category); loading the content installs them here (core/content.py), so a build or a test
uses the ui.yml of the data folder it validated. Babel supplies the plural rules (CLDR) and the
date formats.
"""
from __future__ import annotations

import datetime
import functools
from pathlib import Path

import yaml
from babel import Locale
from babel.dates import format_date

LANGUAGES = ("uk", "en")
DEFAULT_LANGUAGE = "uk"
UI_FILE = "ui.yml"

_table: dict | None = None  # {"strings": {key: {lang: text}}, "nouns": {noun: {lang: {category: word}}}}


def flatten(ui_data: dict) -> dict:
    """data/ui.yml as one table: the keys of every section side by side."""
    strings = {key: value for section in ui_data["strings"].values() for key, value in section.items()}
    return {"strings": strings, "nouns": ui_data.get("nouns", {})}


def install(ui_data: dict) -> None:
    """Use these strings from now on (the content of data/ui.yml, already validated)."""
    global _table
    _table = flatten(ui_data)


def _strings() -> dict:
    if _table is None:  # nothing loaded yet (a unit test): this package's own data folder
        default = Path(__file__).resolve().parents[2] / "data" / UI_FILE
        install(yaml.safe_load(default.read_text(encoding="utf-8")))
    return _table


def ui(key: str, lang: str, **values) -> str:
    """The interface string `key` in `lang`, with its {placeholders} filled in."""
    return _strings()["strings"][key][lang].format(**values)


def ui_template(key: str, lang: str) -> str:
    """The interface string with its {placeholders} left in, for a script to fill."""
    return _strings()["strings"][key][lang]


def ui_list(key: str, lang: str) -> list[str]:
    """An interface string that is a list of lines (e.g. numbered steps)."""
    return list(_strings()["strings"][key][lang])


def ui_keys(prefix: str) -> list[str]:
    """Every interface key that starts with `prefix`, in file order."""
    return [key for key in _strings()["strings"] if key.startswith(prefix)]


def tr(text: dict, lang: str) -> str:
    """The text in the page's language (the data guarantees both are present)."""
    return text[lang]


@functools.cache
def _locale(lang: str) -> Locale:
    return Locale.parse(lang)


def plural_category(n: int, lang: str) -> str:
    """CLDR plural category of a number: 'one', 'few', 'many' or 'other' (Babel)."""
    return _locale(lang).plural_form(n)


def plural_categories(lang: str) -> list[str]:
    """The CLDR categories a language's nouns need ('other' is implicit in Babel's tags)."""
    order = ("zero", "one", "two", "few", "many", "other")
    tags = _locale(lang).plural_form.tags | {"other"}
    return [category for category in order if category in tags]


def noun_forms(noun: str, lang: str) -> dict[str, str]:
    """{category: word} of a countable noun, for the scripts (which choose with Intl.PluralRules)."""
    return dict(_strings()["nouns"][noun][lang])


def count(n: int, noun: str, lang: str) -> str:
    """'1 item', '5 items'; in Ukrainian one of four forms, as CLDR's rules choose (tests/unit/test_i18n.py)."""
    return f"{n} {_strings()['nouns'][noun][lang][plural_category(n, lang)]}"


def long_date(iso_date: str, lang: str) -> str:
    """'2025-08-26' -> 'August 26, 2025', or the Ukrainian long form (Babel's long date format)."""
    # CLDR puts a narrow no-break space before the Ukrainian year mark; the site's texts use a plain space.
    return format_date(datetime.date.fromisoformat(iso_date), "long", locale=lang).replace("\u202f", " ")

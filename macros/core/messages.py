"""The validator's own words, in the language of the person who reads them (macros/core/messages.yml).

A problem carries a Message: the key of a sentence in messages.yml and the values it needs. It is
worded only when it is printed, in Ukrainian or English: PLAYBOOK_LANG=uk|en if set, else the
locale (LC_ALL, LC_MESSAGES, LANG: English when it starts with «en»), else Ukrainian.

The validator's words are kept apart from the site's (data/ui.yml), so that a broken ui.yml can
still be reported. A value in a sentence may be a number, a text, a {uk, en} text from the data, a
Message (worded in the same language), a list (joined with commas) or OneOf (joined with «or»);
`{count:problem}` writes a number with the plural form of a noun of messages.yml (`nouns:`).
"""
from __future__ import annotations

import functools
import os
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

import yaml
from babel.lists import format_list

from macros.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, plural_category

MESSAGES_FILE = Path(__file__).with_name("messages.yml")
LANGUAGE_VARIABLE = "PLAYBOOK_LANG"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # the order in which POSIX reads them


def person_language(environ: Mapping[str, str] | None = None) -> str:
    """The language to speak to the person running the command: «uk» or «en»."""
    environ = os.environ if environ is None else environ
    chosen = environ.get(LANGUAGE_VARIABLE, "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    locale = next((environ[name] for name in LOCALE_VARIABLES if environ.get(name)), "")
    return "en" if locale.lower().startswith("en") else DEFAULT_LANGUAGE


@functools.cache
def table() -> dict:
    """messages.yml: {"messages": {key: {lang: text}}, "nouns": {noun: {lang: {category: word}}}}."""
    return yaml.safe_load(MESSAGES_FILE.read_text(encoding="utf-8"))


class UnknownMessage(KeyError):
    """A key that messages.yml does not have: a typo, or a message still to be written there."""


class OneOf(tuple):
    """Values of which one is meant, joined with the language's «or»: «text or a list»."""


@dataclass(frozen=True)
class Message:
    key: str
    values: tuple[tuple[str, Any], ...] = ()

    def words(self, lang: str) -> str:
        """The sentence in `lang`, its values filled in."""
        values = {name: _worded(value, lang) for name, value in self.values}
        return _Wording(lang).format(table()["messages"][self.key][lang], **values)

    def __str__(self) -> str:
        return self.words(person_language())


def say(key: str, /, **values) -> Message:
    """The sentence `key` of messages.yml with these values, to be worded when it is printed."""
    if key not in table()["messages"]:
        raise UnknownMessage(f"«{key}» is not a message of {MESSAGES_FILE.name}: add it there, in both "
                             "languages (CONTRIBUTING.md, «Validator messages»)")
    return Message(key, tuple(values.items()))


def _worded(value, lang: str):
    if isinstance(value, Message):
        return value.words(lang)
    if isinstance(value, OneOf):
        return format_list([str(_worded(item, lang)) for item in value], style="or", locale=lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_worded(item, lang)) for item in value)
    if isinstance(value, dict) and set(value) == set(LANGUAGES):
        return value[lang]
    return value


class _Wording(string.Formatter):
    """str.format, and `{n:noun}`: the number with the noun's plural form (CLDR rules, Babel)."""

    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec: str):
        nouns = table()["nouns"]
        if format_spec in nouns:
            return f"{value} {nouns[format_spec][self.lang][plural_category(value, self.lang)]}"
        return super().format_field(value, format_spec)

"""Data problems and how they are worded for the people who edit the YAML files.

A problem names its file, line and path, and says what is wrong as a Message (macros/core/messages.py):
worded when it is printed, in the language of the person who reads it.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Callable

from jsonschema.exceptions import ValidationError

from macros.core.messages import Message, OneOf, person_language, say

TYPE_NAMES = {
    "string": "type_text",
    "object": "type_group",
    "array": "type_list",
    "integer": "type_whole_number",
    "number": "type_number",
    "boolean": "type_boolean",
}
# `uk:Text` is read as text, not as a field «uk»: a colon makes a field only when a space follows it.
FIELD_WITHOUT_SPACE = re.compile(r"^[A-Za-z_][\w-]*:(?=[^\s/])")


@dataclass(frozen=True)
class DataProblem:
    file: str
    path: str
    line: int | None
    says: Message

    @property
    def message(self) -> str:
        """What is wrong, in the language of the person reading it."""
        return self.says.words(person_language())

    def worded(self, lang: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        message = self.says.words(lang)
        return f"{where}: {self.path}: {message}" if self.path else f"{where}: {message}"

    def __str__(self) -> str:
        return self.worded(person_language())


class DataError(Exception):
    """Raised with every problem found, so one run shows them all."""

    def __init__(self, problems: list[DataProblem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.path))
        super().__init__(self.problems)

    def heading(self, lang: str) -> str:
        return say("data_problems", count=len(self.problems)).words(lang)

    def worded(self, lang: str) -> str:
        return "\n".join([self.heading(lang)] + [f"  {problem.worded(lang)}" for problem in self.problems])

    def __str__(self) -> str:
        return self.worded(person_language())


def format_path(path: tuple) -> str:
    """('stages', 3, 'checklist', 2, 'text', 'en') -> 'stages[3].checklist[2].text.en'."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _describe_type(value) -> Message | str:
    if value is None:
        return say("type_nothing")
    for key, python_type in (("type_boolean", bool), ("type_whole_number", int), ("type_number", float),
                             ("type_text", str), ("type_list", list), ("type_group", dict)):
        if isinstance(value, python_type):
            return say(key)
    return type(value).__name__


def _wrong_type(error: ValidationError, value_line: Callable[[], int | None]) -> Message:
    """The type error, or its likely cause when the value is what a common slip makes of a field."""
    names = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
    value = error.instance
    if "object" in names and isinstance(value, str) and FIELD_WITHOUT_SPACE.match(value):
        return say("text_not_group_colon", line=value_line())
    if value is None and error.absolute_path and isinstance(error.absolute_path[-1], int):
        return say("empty_item_stray_dash", line=value_line())
    wanted = OneOf(say(TYPE_NAMES[name]) if name in TYPE_NAMES else name for name in names)
    return say("wrong_type", wanted=wanted, actual=_describe_type(value))


def friendly_schema_problem(error: ValidationError, value_line: Callable[[], int | None] = lambda: None):
    """Yield (extra path below the error's path, Message) for one schema error; `value_line` gives the
    line where the value itself is written (for a hint at a slip on that line)."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        for name in expected:
            if isinstance(value, dict) and name not in value:
                yield (name,), say("missing_translation" if name in ("uk", "en") else "missing")
    elif kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for name in sorted(set(value) - set(allowed)):
            close = difflib.get_close_matches(str(name), allowed, n=1)
            if FIELD_WITHOUT_SPACE.match(str(name)):
                yield (name,), say("unknown_field_colon", name=name)
            elif close:
                yield (name,), say("unknown_field_did_you_mean", name=name, close=close[0])
            else:
                yield (name,), say("unknown_field", name=name, allowed=allowed)
    elif kind == "type":
        yield (), _wrong_type(error, value_line)
    elif kind == "pattern" and expected == "\\S":
        yield (), say("empty")
    elif kind == "pattern" and expected.startswith("^[a-z0-9]"):
        yield (), say("bad_id", value=value)
    elif kind in ("pattern", "format") and "date" in (error.schema.get("format"), expected):
        yield (), say("bad_date", value=value)
    elif kind == "minItems":
        yield (), say("too_few_entries", count=expected)
    elif kind == "enum":
        yield (), say("not_allowed", value=value, allowed=list(expected))
    elif kind == "minimum":
        yield (), say("below_minimum", minimum=expected, value=value)
    else:
        yield (), say("schema_other", detail=error.message)

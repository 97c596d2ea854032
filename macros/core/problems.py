"""Data problems and how they are worded for the people who edit the YAML files."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from jsonschema.exceptions import ValidationError

TYPE_NAMES = {
    "string": "text",
    "object": "a group of fields",
    "array": "a list",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
}
ID_RULE = "lowercase Latin letters, digits and single hyphens, e.g. contract-signed"


@dataclass(frozen=True)
class DataProblem:
    file: str
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class DataError(Exception):
    """Raised with every problem found, so one run shows them all."""

    def __init__(self, problems: list[DataProblem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.path))
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = [f"The content data has {count} {noun}; nothing was built:"]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def format_path(path: tuple) -> str:
    """('stages', 3, 'checklist', 2, 'text', 'en') -> 'stages[3].checklist[2].text.en'."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def _describe_type(value) -> str:
    if value is None:
        return "nothing"
    for name, python_type in (("true or false", bool), ("a whole number", int), ("a number", float),
                              ("text", str), ("a list", list), ("a group of fields", dict)):
        if isinstance(value, python_type):
            return name
    return type(value).__name__


def friendly_schema_problem(error: ValidationError):
    """Yield (extra path below the error's path, plain-language message) for one schema error."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required":
        for name in expected:
            if isinstance(value, dict) and name not in value:
                hint = " (every text needs both «uk» and «en»)" if name in ("uk", "en") else ""
                yield (name,), f"is missing{hint}"
    elif kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        for name in sorted(set(value) - set(allowed)):
            close = difflib.get_close_matches(str(name), allowed, n=1)
            hint = f"; did you mean «{close[0]}»?" if close else f"; allowed here: {', '.join(allowed)}"
            yield (name,), f"unknown field «{name}»{hint}"
    elif kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(TYPE_NAMES.get(name, name) for name in names)
        yield (), f"must be {wanted}, but is {_describe_type(value)}"
    elif kind == "pattern" and expected == "\\S":
        yield (), "must not be empty"
    elif kind == "pattern" and expected.startswith("^[a-z0-9]"):
        yield (), f"«{value}» is not a valid id: use {ID_RULE}"
    elif kind in ("pattern", "format") and "date" in (error.schema.get("format"), expected):
        yield (), f"«{value}» is not a date: write it as YYYY-MM-DD, e.g. 2025-08-26"
    elif kind == "minItems":
        yield (), f"must have at least {expected} {'entry' if expected == 1 else 'entries'}"
    elif kind == "enum":
        yield (), f"«{value}» is not allowed here; use one of: {', '.join(map(str, expected))}"
    elif kind == "minimum":
        yield (), f"must be at least {expected}, but is {value}"
    else:
        yield (), error.message

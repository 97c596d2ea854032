"""A YAML syntax error in plain words, at the line of the mistake rather than where the parser gave up.

The parser reports what it expected where it stopped: «while parsing a block mapping did not find
expected key», often lines below the slip that caused it (an unclosed quote runs on to the next
quote in the file). For the common slips of a person editing by hand, this names the slip and its
line; the parser's own words follow as the detail:
- a tab in the indentation (YAML indents with spaces only);
- an unclosed quote: the text runs on to the next quote, where the parser stops;
- an unclosed [ or {: the parser names the line where it opened;
- no space after a colon (`uk:Text` is text, not a field);
- a stray `-` (a list item where a field is expected);
- a line indented unlike its neighbours;
- and two more: «: » inside a text, which YAML reads as the start of a field, and a field name
  without its colon.
"""
from __future__ import annotations

import re

import yaml

from macros.core.messages import Message, say
from macros.core.problems import FIELD_WITHOUT_SPACE

# What the parser says when a line does not fit the block it is in (libyaml; PyYAML words it alike).
BLOCK_PROBLEMS = ("did not find expected key", "did not find expected '-' indicator",
                  "mapping values are not allowed", "could not find expected ':'",
                  "block sequence entries are not allowed")
FLOW_CONTEXTS = {"while parsing a flow sequence": ("[", "]"), "while parsing a flow mapping": ("{", "}")}
STRAY_DASH = re.compile(r"^\s*-(\s|$)")
FIELD_COLON = re.compile(r":(\s|$)")
TAB = re.compile(r"\btab\b|'\\t'")  # libyaml: «a tab character»; PyYAML: «character '\t'»


def describe_syntax_error(text: str, error: yaml.MarkedYAMLError, loader) -> tuple[int | None, Message]:
    """(line of the mistake, what is wrong) for a syntax error of `text`, read with `loader`."""
    lines = text.splitlines()
    problem = error.problem or ""
    problem_line = error.problem_mark.line + 1 if error.problem_mark else None
    context_line = error.context_mark.line + 1 if error.context_mark else None
    detail = "; ".join(f"{words} (line {line})" for words, line in
                       ((error.context, context_line), (problem, problem_line)) if words)
    line, slip = _slip(lines, text, error, problem, problem_line, context_line, loader)
    return line, say("yaml_syntax", slip=slip, detail=detail)


def _slip(lines, text, error, problem, problem_line, context_line, loader) -> tuple[int | None, Message]:
    def line_text(number):
        return lines[number - 1] if number and 0 < number <= len(lines) else ""

    if TAB.search(problem):
        return _tab_line(lines, problem_line), say("yaml_tab")
    if error.context == "while scanning a quoted scalar":
        return context_line, say("yaml_unclosed_quote", quote=line_text(context_line)[error.context_mark.column])
    quoted = _quote_closed_on(text, problem_line, loader)
    if quoted:
        return quoted
    if error.context in FLOW_CONTEXTS:
        opening, closing = FLOW_CONTEXTS[error.context]
        opened = line_text(context_line)
        if opened.count(opening) > opened.count(closing):
            return context_line, say("yaml_unclosed_bracket" if opening == "[" else "yaml_unclosed_brace")
    for number in (context_line, _previous_filled_line(lines, problem_line), problem_line):
        field = FIELD_WITHOUT_SPACE.match(STRAY_DASH.sub("", line_text(number), count=1).strip())
        if field:
            return number, say("yaml_colon_space", field=field.group()[:-1])
    first_colon = FIELD_COLON.search(line_text(problem_line))
    if "mapping values are not allowed" in problem and first_colon and error.problem_mark.column > first_colon.start():
        return problem_line, say("yaml_colon_in_text")  # the parser stopped at a second «: » on the line
    if "could not find expected ':'" in problem and error.context == "while scanning a simple key":
        return context_line, say("yaml_missing_colon")
    previous = _previous_filled_line(lines, problem_line)
    if ("mapping values are not allowed" in problem and previous and ":" not in line_text(previous)
            and _indentation(line_text(previous)) == _indentation(line_text(problem_line))):
        return previous, say("yaml_missing_colon")  # its words ran on into this line's field
    if STRAY_DASH.match(line_text(problem_line)) and any(words in problem for words in BLOCK_PROBLEMS):
        return problem_line, say("yaml_stray_dash")
    if any(words in problem for words in BLOCK_PROBLEMS):
        return problem_line, say("yaml_indentation")
    return problem_line, say("yaml_other")


def _tab_line(lines: list[str], problem_line: int | None) -> int | None:
    """The nearest line at or above the parser's that has a tab in its indentation."""
    for number in range(min(problem_line or len(lines), len(lines)), 0, -1):
        if "\t" in _indentation(lines[number - 1]):
            return number
    return problem_line


def _indentation(line: str) -> str:
    return line[:len(line) - len(line.lstrip())]


def _previous_filled_line(lines: list[str], number: int | None) -> int | None:
    for previous in range((number or 1) - 1, 0, -1):
        if lines[previous - 1].strip() and not lines[previous - 1].lstrip().startswith("#"):
            return previous
    return None


def _quote_closed_on(text: str, problem_line: int | None, loader) -> tuple[int, Message] | None:
    """An unclosed quote runs on to the next quote in the file, which closes it; the parser then stops
    on that line. The slip is the line where this quoted text, spanning lines, began."""
    tokens = []
    try:
        for token in yaml.scan(text, Loader=loader):
            tokens.append(token)
    except yaml.MarkedYAMLError:
        pass
    for token in tokens:
        if (isinstance(token, yaml.ScalarToken) and token.style in ('"', "'")
                and token.start_mark.line != token.end_mark.line and token.end_mark.line + 1 == problem_line):
            return token.start_mark.line + 1, say("yaml_unclosed_quote", quote=token.style)
    return None

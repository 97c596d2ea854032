"""Glossary marks in data texts: `[[term-id|shown words]]` links the shown words to the glossary
entry `term-id` (data/glossary.yml). Marks are explicit because Ukrainian word endings make
automatic matching unreliable; everything else in a text stays plain text, escaped on output."""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from markupsafe import Markup, escape

MARK = re.compile(r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*)\|([^\[\]|]+)\]\]")


class GlossaryMark(NamedTuple):
    term_id: str
    words: str


def marks_in(text: str) -> list[GlossaryMark]:
    return [GlossaryMark(match.group(1), match.group(2)) for match in MARK.finditer(text)]


def without_marks(text: str) -> str:
    """The text as a reader sees it: the shown words only (CSV, JSON, search, print)."""
    return MARK.sub(lambda match: match.group(2), text)


def with_glossary_links(text: str, term_href: Callable[[str], str]) -> Markup:
    """The text as HTML: escaped, each mark a link to `term_href(term_id)`."""
    parts: list[str] = []
    position = 0
    for match in MARK.finditer(text):
        parts.append(escape(text[position:match.start()]))
        parts.append(Markup('<a class="playbook-term" href="{}">{}</a>').format(term_href(match.group(1)),
                                                                           match.group(2)))
        position = match.end()
    parts.append(escape(text[position:]))
    return Markup("").join(parts)

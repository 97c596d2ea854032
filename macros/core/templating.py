"""The site's markup: Jinja2 templates with autoescape, kept in one folder per feature.

`render("checklists/sheet.html", **view)` renders macros/checklists/templates/sheet.html. Python
builds the view (plain data, every string already translated) and the template places it. Every
value is escaped unless it is Markup: a fragment rendered here, or one built with
`Markup.format`, which escapes its arguments. So text from the data never becomes markup.

A page template is Markdown: its headings are Markdown lines (`## {{ title | md_inline }} { #id }`,
the table of contents and search are built from them), its blocks HTML.

White space that holds a line break is the template's layout, not the page's (much as in JSX):
next to a template tag (`{% … %}`, `{{ … }}`), or between two HTML tags, it is dropped; inside
text or inside a tag it is one space; a blank line stays a blank line (Markdown needs one
between blocks). Write a space where the page needs one between two elements on the same line.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, PrefixLoader, StrictUndefined
from jinja2.ext import Extension
from jinja2.lexer import Token
from markupsafe import Markup

from macros.core.markup import md_inline

PACKAGE = Path(__file__).resolve().parent.parent
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def _without_layout(text: str) -> str:
    """`text` is a template's own text between two template tags (or the start and the end)."""
    def replace(match: re.Match) -> str:
        if match.group().count("\n") > 1:
            return "\n\n"
        next_to_template_tag = match.start() == 0 or match.end() == len(text)
        between_tags = not next_to_template_tag and text[match.start() - 1] == ">" and text[match.end()] == "<"
        return "" if next_to_template_tag or between_tags else " "
    return _LINE_BREAK.sub(replace, text)


class _Layout(Extension):
    """Applies the layout rule above to the template's own text (never to the values it shows)."""

    def filter_stream(self, stream):
        for token in stream:
            if token.type == "data":
                token = Token(token.lineno, "data", _without_layout(token.value))
            yield token


def feature_loader(package: Path = PACKAGE) -> PrefixLoader:
    """'<feature>/<name>' is <package>/<feature>/templates/<name>."""
    return PrefixLoader({folder.parent.name: FileSystemLoader(folder)
                         for folder in sorted(package.glob("*/templates")) if folder.is_dir()}, delimiter="/")


@functools.cache
def environment() -> Environment:
    env = Environment(loader=feature_loader(), autoescape=True, undefined=StrictUndefined,
                      extensions=[_Layout])
    env.filters["md_inline"] = lambda text: Markup(md_inline(text))
    # `tojson` in a <script type="application/json">: `<`, `>`, `&` and `'` become \u escapes, so
    # nothing in the data can close the element; the text stays readable (not ASCII-escaped).
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False}
    return env


def render(name: str, **view) -> Markup:
    """The template `name` ('<feature>/<file>.html') filled with the view."""
    return Markup(environment().get_template(name).render(**view))

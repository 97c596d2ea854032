"""Text from the data on a Markdown line. HTML is written by the templates (core/templating.py),
which escape every value; a heading the table of contents and search need stays a Markdown line
(`## {{ title | md_inline }} { #anchor }`), and this escapes the text for it."""
from __future__ import annotations

import html
import re

# Characters Python-Markdown treats as markup that it also accepts backslash-escaped.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>|])")


def md_inline(text) -> str:
    """Text for a Markdown line (headings): HTML-escaped, and Markdown markup neutralised."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))

"""Escaping: everything from the data is text and reaches the page only through these helpers."""
from __future__ import annotations

import html
import re

# Characters Python-Markdown treats as markup that it also accepts backslash-escaped.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>|])")


def esc(text) -> str:
    """Text for an HTML element or attribute."""
    return html.escape(str(text), quote=True)


def md_inline(text) -> str:
    """Text for a Markdown line (headings): HTML-escaped, and Markdown markup neutralised."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def tag(name: str, content: str = "", **attributes) -> str:
    """An element; `content` must already be safe HTML, attribute values are escaped here."""
    attrs = "".join(
        f' {key.rstrip("_").replace("_", "-")}="{esc(value)}"'
        for key, value in attributes.items() if value is not None and value is not False
    )
    return f"<{name}{attrs}>{content}</{name}>"

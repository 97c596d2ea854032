"""The methodology's current version, as the pages show it: the first entry of data/changelog.yml.

Every page's footer names it (overrides/partials/copyright.html), and every printed sheet
carries it in its bottom margin (the `--playbook-release` text that overrides/main.html sets and
assets/stylesheets/print.css prints in an @page margin box, so no sheet's layout changes).
"""
from __future__ import annotations

from markupsafe import Markup

from macros.core.content import Content
from macros.core.i18n import long_date, ui
from macros.core.site_map import index_page_title

# Printed as they are inside a CSS string; every other character is written as a CSS escape, so
# no text from the data can end the string or the <style> element that holds it.
_CSS_SAFE = set(" .,:;()-–—·«»ʼ")


def current_release(content: Content) -> dict:
    """{version, date, changes, notes} of the newest version (the first entry; the validator
    keeps the list newest first)."""
    return content.files["changelog"]["versions"][0]


def release_label(content: Content, lang: str) -> str:
    """'Methodology version 2.0, December 2, 2026' in the page's language."""
    release = current_release(content)
    return ui("release_label", lang, version=release["version"], date=long_date(release["date"], lang))


def css_string(text: str) -> str:
    """`text` as a quoted CSS string that is safe inside a <style> element."""
    return '"' + "".join(char if char.isalnum() or char in _CSS_SAFE else f"\\{ord(char):x} " for char in text) + '"'


def release_view(content: Content, lang: str, changelog_url: str) -> dict:
    """What the footer and the print margin show: the label, a link to the "what changed" page, and
    the label as a CSS string."""
    label = release_label(content, lang)
    return {
        "label": label,
        "changes_url": changelog_url,
        "changes_text": index_page_title("changelog", lang),
        "print_text": Markup(css_string(label)),  # safe in a <style> element: nothing in it is HTML
    }

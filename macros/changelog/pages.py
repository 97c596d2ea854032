"""The "what changed" page: every version of the methodology, newest first, with its changes and
links to the editorial notes it added."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.i18n import long_date, tr, ui
from macros.core.site_map import EDITORIAL_NOTES_PATH, index_page_title, link
from macros.core.templating import render


def version_anchor(version: str) -> str:
    """'2.0' -> 'version-2-0', the version's place on the page."""
    return "version-" + version.replace(".", "-")


def render_changelog(content: Content, lang: str, root: str) -> str:
    reasons = {edit["id"]: tr(edit["reason"], lang)
               for edit in content.files.get("editorial_notes", {}).get("edits", [])}
    versions = content.files["changelog"]["versions"]
    return render(
        "changelog/changelog.html",
        title=index_page_title("changelog", lang),
        intro=ui("changelog_intro", lang),
        notes_heading=ui("changelog_notes", lang),
        versions=[{
            "anchor": version_anchor(entry["version"]),
            "heading": ui("changelog_version", lang, version=entry["version"]),
            "date": long_date(entry["date"], lang),
            "date_iso": entry["date"],
            "current": ui("changelog_current", lang) if index == 0 else None,
            "changes": [tr(change, lang) for change in entry["changes"]],
            "notes": [{"text": reasons[note], "url": link(root, EDITORIAL_NOTES_PATH) + "#" + note}
                      for note in entry.get("notes", [])],
        } for index, entry in enumerate(versions)],
    )

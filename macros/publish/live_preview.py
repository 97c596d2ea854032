"""What the live preview (`make serve`) does when an edit breaks the data: it keeps answering, shows
the problems, and builds again as soon as the data is valid.

MkDocs' live-reload server answers no request while its last rebuild has failed: it waits for a
good one, so a single slip in data/ would leave every page loading forever. The preview checks the
data before each rebuild. When something is wrong it prints the problems (in the language of the
person, as `make validate` does), leaves the last good site in place and answers every page request
with a page that lists them; that page reloads itself once a saved edit makes the data valid and
the site is built again. hooks/live_preview.py wires this to the server; nothing here imports MkDocs.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from macros.core.messages import person_language, say
from macros.core.problems import DataError
from macros.core.templating import render
from macros.site_content import load_content

# Written into the served folder while the data has problems. A hidden file: MkDocs' cleaning of
# the folder before a build leaves it alone, and nothing links to it.
PROBLEMS_PAGE = ".playbook-problems.html"
LIVE_RELOAD_PATH = "/livereload/"


def problems_page(title: str, heading: str, problems: list[str], lang: str) -> str:
    return str(render("publish/problems.html", lang=lang, title=title, heading=heading, problems=problems,
                      note=say("preview_page_note").words(lang)))


def is_page_request(path: str) -> bool:
    """A request for a page (not for a stylesheet, a script or the live-reload poll)."""
    return not path.startswith(LIVE_RELOAD_PATH) and (path.endswith("/") or path.endswith(".html"))


class LivePreview:
    """The preview's state: whether the last rebuild found problems, which the server then shows."""

    def __init__(self, data_dir: Path, site_dir: Path, report_problems: Callable[[str], None],
                 report_fixed: Callable[[str], None]):
        self.data_dir = Path(data_dir)
        self.site_dir = Path(site_dir)
        self.report_problems = report_problems
        self.report_fixed = report_fixed
        self.has_problems = False

    def rebuild(self, build: Callable[[], None]) -> None:
        """Build the site if the data is valid; otherwise show why. Returns normally either way, so the
        server goes on answering (and tells the open pages to reload)."""
        lang = person_language()
        try:
            load_content(self.data_dir)  # what the build would check first; a valid result is kept for it
        except DataError as error:
            self._show("preview_data_title", error.heading(lang), [problem.worded(lang) for problem in error.problems],
                       lang)
            return
        try:
            build()
        except Exception as error:  # a page or the menu stopped the build: the same page, with MkDocs' words
            self._show("preview_build_title", say("preview_build_failed").words(lang), [str(error)], lang)
            return
        if self.has_problems:
            self.report_fixed(say("preview_fixed").words(lang))
        self.has_problems = False

    def _show(self, title_key: str, heading: str, problems: list[str], lang: str) -> None:
        page = problems_page(say(title_key).words(lang), heading, problems, lang)
        self.site_dir.mkdir(parents=True, exist_ok=True)
        (self.site_dir / PROBLEMS_PAGE).write_text(page, encoding="utf-8")
        self.has_problems = True
        self.report_problems("\n".join([heading, *(f"  {problem}" for problem in problems), "",
                               say("preview_waiting").words(lang)]))

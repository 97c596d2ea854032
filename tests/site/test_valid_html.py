"""Every kind of page is valid HTML, as the Nu Html Checker (W3C's validator) reads it.

One checker run (the JVM starts slowly) over one page of each kind in both languages. No message
may come from this project's markup; the few that come from Material's own templates are listed
below with the reason each is accepted. The checker is vnu.jar from npm, pinned by
tests/tools/package-lock.json and installed by `make test` (`npm ci`), run on Debian's Java.
A missing Java or checker fails the test: it never skips.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass

import pytest

from macros.acts.model import FINAL_ACT
from macros.core.i18n import LANGUAGES
from macros.core.site_map import CHANGELOG_PATH, FAQ_PATH, GLOSSARY_PATH, PROJECT_PATH, act_path, checklist_path, \
    site_path, stage_path
from macros.site_content import load_content
from support import REPO

CHECKER = REPO / "tests" / "tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def page_kinds() -> dict[str, str]:
    """One page of each kind: a path inside one language's tree. The stage pages twice: the first
    stage's, and the first with a result the editors wrote (its badge) and an editors' note."""
    content = load_content(REPO / "data")
    first = content.stages[0]["id"]
    edited = next(stage["id"] for stage in content.stages if stage.get("written_by_editors")
                  and any(item.get("notes") for item in stage["checklist"]))
    return {
        "home": "", "stage guide": stage_path(first), "stage checklist": checklist_path(first),
        "stage guide with the editors' result": stage_path(edited),
        "stage checklist with the editors' result": checklist_path(edited),
        "master checklist": "checklists/", "stage act": act_path(first), "final act": act_path(FINAL_ACT),
        "acts index": "acts/", "videos": "videos/", "trainer guide": "trainers/", "saas": "saas/",
        "conclusion": "conclusion/", "editorial notes": "editorial-notes/", "what changed": CHANGELOG_PATH,
        "glossary": GLOSSARY_PATH, "questions clients ask": FAQ_PATH, "project plan and status": PROJECT_PATH,
        "not found": "404.html",
    }


@dataclass(frozen=True)
class Accepted:
    """A message that comes from Material's templates, not from this project."""

    message: str  # the checker's message, exactly
    extract: str  # a regular expression the checker's extract of the markup matches
    reason: str


ACCEPTED = (
    Accepted(
        'Attribute “autocomplete” is only allowed when the input type is “color”, “date”, '
        '“datetime-local”, “email”, “hidden”, “month”, “number”, “password”, “range”, “search”, '
        '“tel”, “text”, “time”, “url”, or “week”.',
        r'<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox" id="__(?:drawer|search)" '
        r'autocomplete="off">',
        "Material's base.html writes autocomplete=\"off\" on the two checkboxes that open the drawer and "
        "the search, so that Firefox does not restore them open on going back. They are outside every "
        "block of base.html: only a copy of the whole base template could change them.",
    ),
    Accepted(
        'Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.',
        r'<label class="md-nav__link" for="__nav_\d+" id="__nav_\d+_label" tabindex="">',
        "Material's partials/nav-item.html gives a section's label (navigation.sections) an empty "
        "tabindex, which browsers ignore. The partial is a set of macros, not blocks: only a copy of "
        "the whole partial could change it.",
    ),
)


def accepted(message: dict) -> Accepted | None:
    return next((rule for rule in ACCEPTED if message.get("message") == rule.message
                 and re.search(rule.extract, message.get("extract", ""))), None)


@pytest.fixture(scope="module")
def checked(built_site) -> tuple[list[str], list[dict]]:
    """The checked files (relative to the site) and every message of one checker run over them."""
    java = shutil.which("java")
    assert java, "Java is missing: `make test` installs Debian's default-jre-headless"
    assert CHECKER.is_file(), f"The Nu Html Checker is missing ({CHECKER}): `make test` installs it (npm ci)"
    files = [site_path(path, lang) for path in page_kinds().values() for lang in LANGUAGES]
    files = [name if name.endswith(".html") else name + "index.html" for name in files]
    missing = [name for name in files if not (built_site / name).is_file()]
    assert not missing, missing
    result = subprocess.run([java, "-jar", str(CHECKER), "--format", "json", "--stdout", "--exit-zero-always",
                             *files], cwd=built_site, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return files, json.loads(result.stdout)["messages"]


def test_every_kind_of_page_in_both_languages_is_checked(checked):
    files, _ = checked
    assert len(files) == len(page_kinds()) * len(LANGUAGES) == len(set(files))
    assert {"index.html", "en/index.html", "404.html", "en/404.html"} <= set(files)


def test_no_message_comes_from_this_projects_markup(checked):
    _, messages = checked
    ours = [f'{m.get("url", "").rsplit("/site/", 1)[-1]}:{m.get("lastLine")}: {m.get("type")}: {m.get("message")}'
            f'\n    {m.get("extract", "").strip()}' for m in messages if not accepted(m)]
    assert not ours, "\n".join(ours)


def test_every_accepted_message_is_still_seen(checked):
    """When a Material upgrade fixes one, its entry goes: the list stays the truth."""
    _, messages = checked
    seen = {accepted(message) for message in messages}
    assert set(ACCEPTED) <= seen, [rule.message for rule in ACCEPTED if rule not in seen]

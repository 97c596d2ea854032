"""Which of the site's feature stylesheets and scripts a page loads.

Material loads `extra_css` and `extra_javascript` on every page. The checklist, act and
video features bring styles and scripts most pages never use, and on a phone every one
of them holds up the first paint or the main thread. So mkdocs.yml lists only what every
page needs, and each feature's files load where its markup is: a page loads a feature
when its HTML carries one of the classes that feature's renderers put on their outer
elements.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from macros.projects.import_dialog import render_import_dialog

_STYLES = "assets/stylesheets/"
_SCRIPTS = "assets/javascripts/"


@dataclass(frozen=True)
class Feature:
    name: str
    marks: frozenset[str]  # classes that only this feature's renderers put on a page
    stylesheets: tuple[str, ...]
    scripts: tuple[str, ...]  # in the order they must run; after Material's bundle
    # Features whose scripts this one's use: their scripts run first. Their stylesheets come only
    # with their own marks, as a stylesheet is needed only where its classes are.
    needs: tuple[str, ...] = ()
    # Markup the feature's scripts need on every page that runs them, whatever the page shows
    # (rendered for the page's language, written at the end of the body by overrides/main.html).
    markup: Callable[[str], str] | None = None


FEATURES = (
    # {placeholders} in the strings the pages hand to the scripts.
    Feature("text", frozenset(), (), (_SCRIPTS + "shared/format.js",)),
    # Named client projects: the store, every feature's check of its own section (so a damaged
    # section is noticed on whichever page opens the project), the import dialog and the project bar.
    Feature("projects", frozenset({"playbook-projects"}), (_STYLES + "project-bar.css",),
            (_SCRIPTS + "projects/store.js", _SCRIPTS + "checklists/section.js", _SCRIPTS + "acts/section.js",
             _SCRIPTS + "engagement/sections.js", _SCRIPTS + "projects/import-dialog.js", _SCRIPTS + "projects/bar.js"),
            needs=("text",), markup=render_import_dialog),
    Feature("checklists", frozenset({"playbook-checklist--interactive", "playbook-progress"}),
            (_STYLES + "checklists.css",), (_SCRIPTS + "checklists/checklists.js",), needs=("projects",)),
    Feature("acts", frozenset({"playbook-act"}), (_STYLES + "acts.css",),
            (_SCRIPTS + "acts/money.js", _SCRIPTS + "acts/amount-in-words.js", _SCRIPTS + "acts/document.js",
             _SCRIPTS + "acts/form.js"), needs=("projects",)),
    # The project page: plan, status, the printed report, the share link and the CSV with deadlines.
    Feature("engagement", frozenset({"playbook-engagement"}), (_STYLES + "engagement.css",),
            (_SCRIPTS + "acts/money.js", _SCRIPTS + "engagement/status.js", _SCRIPTS + "engagement/share.js",
             _SCRIPTS + "engagement/tasks-csv.js", _SCRIPTS + "engagement/page.js"), needs=("projects",)),
    # The editors' guidance under each item (opened by a link to the item) and the role filter.
    Feature("guidance", frozenset({"playbook-guidance"}), (_STYLES + "guidance.css",),
            (_SCRIPTS + "stages/items.js",)),
    Feature("role filter", frozenset({"playbook-role-filter"}), (_STYLES + "guidance.css",),
            (_SCRIPTS + "stages/role-filter.js",), needs=("text",)),
    Feature("videos", frozenset({"playbook-videos", "playbook-video", "playbook-player"}),
            (_STYLES + "videos.css",), (_SCRIPTS + "videos/player.js",)),
    Feature("video filters", frozenset({"playbook-video-filters"}), (), (_SCRIPTS + "videos/filters.js",),
            needs=("text",)),
)
_BY_NAME = {feature.name: feature for feature in FEATURES}

_CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def page_classes(html: str) -> set[str]:
    return {name for value in _CLASS_ATTRIBUTE.findall(html) for name in value.split()}


def page_features(html: str) -> list[Feature]:
    """The features a page shows, in the order of FEATURES."""
    classes = page_classes(html)
    return [feature for feature in FEATURES if feature.marks & classes]


def _with_needs(feature: Feature) -> list[Feature]:
    return [needed for name in feature.needs for needed in _with_needs(_BY_NAME[name])] + [feature]


def page_assets(html: str) -> dict[str, list[str]]:
    """The feature stylesheets and scripts (site paths, each once, in load order) a page's HTML needs."""
    features = page_features(html)
    return {
        "stylesheets": list(dict.fromkeys(path for feature in features for path in feature.stylesheets)),
        "scripts": list(dict.fromkeys(path for feature in features for needed in _with_needs(feature)
                                      for path in needed.scripts)),
    }


def page_markup(html: str, lang: str) -> list[str]:
    """The markup the scripts of a page's features need (each feature's once), in load order."""
    needed = dict.fromkeys(needed for feature in page_features(html) for needed in _with_needs(feature))
    return [feature.markup(lang) for feature in needed if feature.markup]

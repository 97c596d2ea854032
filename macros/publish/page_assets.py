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

_STYLES = "assets/stylesheets/"
_SCRIPTS = "assets/javascripts/"
# Named client projects: the checklist ticks and act values are kept per project.
_PROJECTS = (_SCRIPTS + "projects.js", _SCRIPTS + "project-bar.js")


@dataclass(frozen=True)
class Feature:
    name: str
    marks: frozenset[str]  # classes that only this feature's renderers put on a page
    stylesheets: tuple[str, ...]
    scripts: tuple[str, ...]  # in the order they must run; after Material's bundle


FEATURES = (
    Feature("checklists", frozenset({"playbook-checklist--interactive", "playbook-progress", "playbook-projects"}),
            (_STYLES + "checklists.css",), _PROJECTS + (_SCRIPTS + "checklists.js",)),
    Feature("acts", frozenset({"playbook-act"}),
            (_STYLES + "acts.css",), _PROJECTS + (_SCRIPTS + "amount-in-words.js", _SCRIPTS + "acts.js")),
    Feature("videos", frozenset({"playbook-videos", "playbook-video", "playbook-player"}),
            (_STYLES + "videos.css",), (_SCRIPTS + "video-player.js",)),
    Feature("video filters", frozenset({"playbook-video-filters"}), (), (_SCRIPTS + "video-filters.js",)),
)

_CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')


def page_classes(html: str) -> set[str]:
    return {name for value in _CLASS_ATTRIBUTE.findall(html) for name in value.split()}


def page_features(html: str) -> list[Feature]:
    classes = page_classes(html)
    return [feature for feature in FEATURES if feature.marks & classes]


def page_assets(html: str) -> dict[str, list[str]]:
    """The feature stylesheets and scripts (site paths, each once, in load order) a page's HTML needs."""
    features = page_features(html)
    return {
        "stylesheets": list(dict.fromkeys(path for feature in features for path in feature.stylesheets)),
        "scripts": list(dict.fromkeys(path for feature in features for path in feature.scripts)),
    }

"""Where every page lives, in both languages; the one place that knows the URL scheme.

Ukrainian (the default language) is at the site root, English under en/. A page is
named by its path inside one language's tree, e.g. "stages/initiation/".
"""
from __future__ import annotations

import posixpath

from macros.core.i18n import DEFAULT_LANGUAGE, ui

# What the editors changed in and added to the source (the editorial-notes page lists it).
EDITORIAL_NOTES_PATH = "editorial-notes/"
CHANGELOG_PATH = "changelog/"  # the "what changed" page: the methodology's versions
FAQ_PATH = "faq/"  # questions clients ask (data/faq.yml); each answer at faq/#<id>
GLOSSARY_PATH = "glossary/"  # the glossary (data/glossary.yml); each term at glossary/#<id>
# The current project's plan and status; a shared snapshot opens there (#share=…).
PROJECT_PATH = "project/"
VIDEOS_PATH = "videos/"  # the video index: one entry per video, its id as the anchor

# Index pages linked from the home page and listed in methodology.json, in menu order: key and
# path. Their titles and one-line summaries are interface strings (data/ui.yml, index_<key>_title
# and index_<key>_summary, with the key's hyphens as underscores).
INDEX_PAGES = [
    {"key": "project", "path": PROJECT_PATH},
    {"key": "checklists", "path": "checklists/"},
    {"key": "videos", "path": "videos/"},
    {"key": "acts", "path": "acts/"},
    {"key": "final-act", "path": "acts/final/"},
    {"key": "faq", "path": FAQ_PATH},
    {"key": "glossary", "path": GLOSSARY_PATH},
    {"key": "trainer-guide", "path": "trainers/"},
    {"key": "saas", "path": "saas/"},
    {"key": "conclusion", "path": "conclusion/"},
    {"key": "editorial-notes", "path": EDITORIAL_NOTES_PATH},
    {"key": "changelog", "path": CHANGELOG_PATH},
]


def index_page_title(key: str, lang: str) -> str:
    return ui(f"index_{key.replace('-', '_')}_title", lang)


def index_page_summary(key: str, lang: str) -> str:
    return ui(f"index_{key.replace('-', '_')}_summary", lang)


def stage_path(stage_id: str) -> str:
    return f"stages/{stage_id}/"


def checklist_path(stage_id: str) -> str:
    return f"checklists/{stage_id}/"


CHECKLISTS_PATH = "checklists/"
# The Odoo Project task import file, one per language (checklists/odoo_export.py writes it).
ODOO_TASKS_PATH = "checklists/odoo-tasks.csv"


def act_path(act_id: str) -> str:
    """The act of completed works for a stage, or for the whole project ("final")."""
    return f"acts/{act_id}/"


# The pages each stage has, by kind: kind -> function(stage id) -> path. Features that
# add a page per stage (checklist, videos, act) register it here; the export lists them.
STAGE_PAGE_KINDS = {
    "guide": stage_path,
    "checklist": checklist_path,
    "act": act_path,
}


def site_path(path: str, lang: str) -> str:
    """Path from the site root: 'stages/x/' -> 'stages/x/' (uk) or 'en/stages/x/' (en)."""
    return path if lang == DEFAULT_LANGUAGE else f"{lang}/{path}"


def language_path(url: str, lang: str) -> str:
    """A page's path inside its language tree: 'en/stages/x/' -> 'stages/x/'."""
    url = "" if url in (".", "./") else url
    prefix = site_path("", lang)
    return url[len(prefix):] if prefix and url.startswith(prefix) else url


def absolute_url(site_url: str, path: str, lang: str) -> str:
    return site_url.rstrip("/") + "/" + site_path(path, lang)


def relative_root(page_path: str) -> str:
    """From a page (path inside its language tree) back to that language's root: 'stages/x/' -> '../../'."""
    depth = page_path.strip("/").count("/") + 1 if page_path.strip("/") else 0
    return "../" * depth


def link(root: str, path: str) -> str:
    """A relative link from a page (given its root) to another page of the same language."""
    return posixpath.join(root, path) if root else path

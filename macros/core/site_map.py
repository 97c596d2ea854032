"""Where every page lives, in both languages; the one place that knows the URL scheme.

Ukrainian (the default language) is at the site root, English under en/. A page is
named by its path inside one language's tree, e.g. "stages/initiation/".
"""
from __future__ import annotations

import posixpath

from macros.core.i18n import DEFAULT_LANGUAGE

# Index pages linked from the home page and listed in methodology.json, in menu order.
# Each: (key, path, title per language, one-line description per language).
INDEX_PAGES = [
    {
        "key": "checklists",
        "path": "checklists/",
        "title": {"uk": "Чек-листи впровадження", "en": "Implementation checklists"},
        "summary": {"uk": "Позначайте виконане для кожного клієнта, друкуйте й переносьте в Odoo.",
                    "en": "Tick off the work for each client, print it and take it into Odoo."},
    },
    {
        "key": "videos",
        "path": "videos/",
        "title": {"uk": "Навчальні відео", "en": "Training videos"},
        "summary": {"uk": "Записи навчань та інструкції за етапами, ролями й мовою.",
                    "en": "Training recordings and how-tos by stage, role and language."},
    },
    {
        "key": "acts",
        "path": "acts/",
        "title": {"uk": "Акти виконаних робіт", "en": "Acceptance certificates"},
        "summary": {"uk": "Шаблони актів за етапами й фінального акта: заповнити й надрукувати.",
                    "en": "Certificate templates for each stage and the final one: fill in and print."},
    },
    {
        "key": "final-act",
        "path": "acts/final/",
        "title": {"uk": "Фінальний акт", "en": "Final acceptance certificate"},
        "summary": {"uk": "Акт за договором у цілому, який сторони підписують на етапі 8.",
                    "en": "The certificate for the contract as a whole, signed at stage 8."},
    },
    {
        "key": "trainer-guide",
        "path": "trainers/",
        "title": {"uk": "Як додати відео", "en": "How to add a video"},
        "summary": {"uk": "Інструкція для тренерів: один запис у файлі, перевірка, перегляд.",
                    "en": "For trainers: one entry in a file, a check, a preview."},
    },
    {
        "key": "saas",
        "path": "saas/",
        "title": {"uk": "Особливості SaaS", "en": "SaaS specifics"},
        "summary": {"uk": "Що змінюється, коли Odoo працює в хмарі.",
                    "en": "What changes when Odoo runs in the cloud."},
    },
    {
        "key": "conclusion",
        "path": "conclusion/",
        "title": {"uk": "Висновок", "en": "Conclusion"},
        "summary": {"uk": "Кому підходить Odoo Cloud і як ми працюємо.",
                    "en": "Who Odoo Cloud suits and how we work."},
    },
    {
        "key": "editorial-notes",
        "path": "editorial-notes/",
        "title": {"uk": "Редакційні примітки", "en": "Editorial notes"},
        "summary": {"uk": "Усі виправлення, внесені в текст джерела.",
                    "en": "Every correction made to the source text."},
    },
]


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

"""Every stage's guide, checklist and act page, and their menu entries, from the data
(macros/publish/stage_pages.py makes them; this only hands them to MkDocs).

How, with mkdocs-static-i18n 1.3.1 in the build: in its on_files it replaces every page by a new
File read from docs_dir, so a page must be a File of docs_dir when it runs (a File.generated one
loses its content and breaks the build; a page added after it is not one of its languages).
So on_files adds each stage page as a File of docs_dir, and on_nav, after the i18n plugin made its
copies and before MkDocs reads any page, gives those copies their Markdown. No file is written
and docs_dir stays docs/, so `mkdocs serve` watches it as usual (and data/, see mkdocs.yml `watch`).

on_config spells out the menu and gives the other languages its labels (nav_translations). The
i18n plugin runs it again, on the same config, for each language it builds: menu() is idempotent.
"""
from __future__ import annotations

import os
from pathlib import PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from macros.core.problems import DataError
from macros.publish.build_config import build_content, data_dir
from macros.publish.stage_pages import MenuError, docs_conflicts, menu, menu_translations, missing_data, stage_pages


def _content(config):
    try:
        return build_content(config)
    except DataError as error:
        raise PluginError(str(error)) from None


def on_config(config):
    content = _content(config)
    problems = missing_data(content)
    if problems:
        raise PluginError("\n".join(map(str, problems)))
    try:
        config.nav = menu(config.nav or [], content)
    except MenuError as error:
        raise PluginError(str(error)) from None
    i18n = config.plugins.get("i18n")
    for language in i18n.config.languages if i18n else []:
        if language.locale != i18n.default_language:
            language.nav_translations = {**(language.nav_translations or {}),
                                         **menu_translations(content, language.locale)}
    return config


def _docs_order(file: File):
    """Where MkDocs lists a file of docs_dir (os.walk: a folder's files, index first, then its
    sub-folders by name), so stage pages sit in the sitemap and the search index as files would."""
    *folders, name = PurePosixPath(file.src_uri).parts
    return (*((1, folder) for folder in folders), (0, (os.path.splitext(name)[0] not in ("index", "README"), name)))


def on_files(files, config):
    content = _content(config)
    docs_dir = config.docs_dir
    conflicts = docs_conflicts(content, data_dir(config), [file.src_uri for file in files if file.src_dir == docs_dir])
    if conflicts:
        raise PluginError(str(DataError(conflicts)))
    for page in stage_pages(content):
        files.append(File(page.path, docs_dir, config.site_dir, config.use_directory_urls))
    ordered = sorted(enumerate(files), key=lambda pair: (0, _docs_order(pair[1])) if pair[1].src_dir == docs_dir
                     else (1, pair[0]))
    return Files([file for _, file in ordered])


def on_nav(nav, config, files):
    markdown = {page.path: page.markdown for page in stage_pages(_content(config))}
    for file in files.documentation_pages():
        if file.src_uri in markdown:
            file.content_string = markdown[file.src_uri]
    return nav

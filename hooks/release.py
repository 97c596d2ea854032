"""The methodology's current version on every page: the footer's line and the print margin's text
(macros/changelog/release.py builds them; overrides/partials/copyright.html and overrides/main.html
place them)."""
from __future__ import annotations

from mkdocs.exceptions import PluginError

from macros.changelog.release import release_view
from macros.core.site_map import CHANGELOG_PATH, language_path, link, relative_root
from macros.publish.build_config import build_content, build_language
from macros.publish.page_meta import home_link


def on_config(config):
    if "changelog" not in build_content(config).files:
        raise PluginError("data/changelog.yml is missing: every page and every printed sheet shows the "
                          "methodology's current version, the first entry of that file")
    return config


def on_page_context(context, page, config, nav):
    lang = build_language(config)
    root = relative_root(language_path(page.url, lang))
    context["release"] = release_view(build_content(config), lang, link(root, CHANGELOG_PATH))
    return context


def on_template_context(context, template_name, config):
    """The 404 pages are served at any address: their link starts from the site's root."""
    if template_name == "404.html":
        lang = build_language(config)
        context["release"] = release_view(build_content(config), lang,
                                          home_link(config["site_url"] or "", lang) + CHANGELOG_PATH)
    return context

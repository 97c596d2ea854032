"""Page quality: description, link-preview tags, absolute language alternates, the 404 pages
and the search scope of every page. The logic is in macros/page_meta.py; this only wires it.
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urljoin

from markupsafe import escape
from mkdocs.plugins import event_priority

from macros.publish.build_config import build_content as _content, build_language as _language
from macros.core.i18n import DEFAULT_LANGUAGE
from macros.publish.page_meta import home_link, not_found_texts, other_language_404s, page_description, search_scope, \
    social_meta
from macros.core.site_map import language_path

_saved_404: dict[str, bytes] = {}


def on_page_context(context, page, config, nav):
    lang = _language(config)
    path = language_path(page.url, lang)
    description = page.meta.get("description") or page_description(_content(config), lang, path) \
        or config["site_description"]
    # Material prints page.meta.description unescaped (autoescape is off): escape it once here.
    page.meta["description"] = escape(description)
    # page.title is HTML (escaped text): make it plain text, to be escaped once below
    title = config["site_name"] if page.is_homepage else html.unescape(re.sub(r"<[^>]+>", "", page.title or ""))
    context["page_social"] = [(attribute, name, escape(value)) for attribute, name, value in social_meta(
        lang, path, title, description, config["site_name"], config["site_url"] or "")]
    context["search_scope"] = search_scope(lang)
    return context


def on_template_context(context, template_name, config):
    if template_name != "404.html":
        return context
    lang = _language(config)
    site_url = config["site_url"] or ""
    _content(config)  # validated, with its data/ui.yml installed (cached: the pages loaded it already)
    context["not_found"] = {**not_found_texts(lang), "link": home_link(site_url, lang),
                            "elsewhere": other_language_404s(site_url, lang)}
    context["search_scope"] = search_scope(lang)
    # The language switcher of a 404 page leads to each language's home page. (mkdocs-static-i18n
    # keeps per-page alternates both as config.extra.alternate and config.extra["alternate"].)
    extra = config["extra"]
    for alternates in (getattr(extra, "alternate", None), extra.get("alternate")):
        for alternate in alternates or []:
            alternate["link"] = home_link(site_url, alternate["lang"])
    return context


_ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang="[^"]+">)')


def on_post_page(output, page, config):
    """Language alternates (hreflang) as absolute URLs, as search engines want them."""
    base = page.canonical_url
    if not base:
        return output
    return _ALTERNATE.sub(lambda m: m.group(1) + urljoin(base, m.group(2)) + m.group(3), output)


# mkdocs-static-i18n builds each language into the same folder, one after the other
# (the others inside the default language's on_post_build), and every build writes
# its 404.html at the root. Keep the default language's there and move each other
# language's to <lang>/404.html.
@event_priority(50)  # before mkdocs-static-i18n's on_post_build (-100) starts the other builds
def on_post_build(config):
    lang = _language(config)
    site_dir = Path(config["site_dir"])
    page = site_dir / "404.html"
    if not page.is_file():
        return
    if lang == DEFAULT_LANGUAGE:
        _saved_404[str(site_dir)] = page.read_bytes()
        return
    target = site_dir / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.replace(target)
    if str(site_dir) in _saved_404:
        page.write_bytes(_saved_404[str(site_dir)])

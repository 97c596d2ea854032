"""What a page says about itself to search engines, link previews and the search box.

Plain functions of (content, language, page path): the description comes from the
data (a stage page: the stage's goal; an index page: its summary; the home page:
the overall goal), so every page kind registered in site_map gets one without
further work. hooks/page_meta.py hands the results to the templates.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from macros.core.content import Content
from macros.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr, ui
from macros.core.site_map import INDEX_PAGES, STAGE_PAGE_KINDS, absolute_url, index_page_summary, site_path

# Open Graph wants a territory with the language.
OG_LOCALES = {"uk": "uk_UA", "en": "en_US"}

def not_found_texts(lang: str) -> dict[str, str]:
    """The 404 page's title, sentence and link text (data/ui.yml, not_found_*)."""
    return {part: ui(f"not_found_{part}", lang) for part in ("title", "text", "home")}


def page_description(content: Content, lang: str, path: str) -> str | None:
    """One or two sentences about the page, from the data; None for a page the data does not know."""
    if path == "":
        return tr(content.methodology["methodology"]["goal"], lang)
    for stage in content.stages:
        if any(path_of(stage["id"]) == path for path_of in STAGE_PAGE_KINDS.values()):
            return tr(stage["goal"], lang)
    for page in INDEX_PAGES:
        if page["path"] == path:
            return index_page_summary(page["key"], lang)
    return None


def social_meta(lang: str, path: str, title: str, description: str, site_name: str,
                site_url: str) -> list[tuple[str, str, str]]:
    """(attribute, name, content) of the Open Graph and Twitter card tags of a page."""
    tags = [
        ("property", "og:type", "website"),
        ("property", "og:site_name", site_name),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:locale", OG_LOCALES[lang]),
    ]
    tags += [("property", "og:locale:alternate", OG_LOCALES[other]) for other in LANGUAGES if other != lang]
    if site_url:
        tags.append(("property", "og:url", absolute_url(site_url, path, lang)))
    tags += [
        ("name", "twitter:card", "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    return tags


def search_scope(lang: str) -> dict:
    """Which search index entries belong to the language: their location starts with `own`
    and with none of `others` (Ukrainian owns the root, so it excludes 'en/')."""
    own = site_path("", lang)
    others = sorted({site_path("", other) for other in LANGUAGES if other != lang} - {""})
    return {"language": lang, "own": own, "others": others}


def home_link(site_url: str, lang: str) -> str:
    """Root-relative link to a language's home page, for pages served at any address (404)."""
    base = urlsplit(site_url).path if site_url else "/"
    return base.rstrip("/") + "/" + site_path("", lang)


def other_language_404s(site_url: str, lang: str) -> list[dict[str, str]]:
    """For the default language's 404 page, the one GitHub Pages serves for every missing address:
    each other language's folder and its own 404 page, to go on to when the address is in that
    folder (the page's script does). [] for the other languages' 404 pages."""
    if lang != DEFAULT_LANGUAGE:
        return []
    return [{"folder": home_link(site_url, other), "page": home_link(site_url, other) + "404.html"}
            for other in LANGUAGES if other != DEFAULT_LANGUAGE]


def is_default(lang: str) -> bool:
    return lang == DEFAULT_LANGUAGE

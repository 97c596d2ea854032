"""What every page tells search engines and link previews; absolute alternates and sitemap; 404 pages."""
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from support import REPO, page_html
from macros.site_content import load_content
from macros.core.i18n import LANGUAGES
from macros.publish.page_meta import OG_LOCALES, page_description
from macros.core.site_map import INDEX_PAGES, STAGE_PAGE_KINDS, site_path

CONTENT = load_content(REPO / "data")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
PUBLISHED = "https://playbook.example.org/odoo/"  # a site_url with a path: nothing may assume "/"


def _pages(site) -> list[tuple[str, str]]:
    """(language, path inside that language) of every page the sitemap lists."""
    sitemap = ElementTree.parse(site / "sitemap.xml").getroot()
    root = urlsplit(sitemap.find(f"{SITEMAP}url/{SITEMAP}loc").text).path
    pages = []
    for link in sitemap.iter(f"{XHTML}link"):
        path = urlsplit(link.get("href")).path[len(root):]
        lang = link.get("hreflang")
        pages.append((lang, path[len(site_path("", lang)):]))
    return sorted(set(pages))


def _meta(html, attribute: str, name: str) -> str | None:
    element = html.find("meta", attrs={attribute: name})
    return element["content"] if element else None


@pytest.fixture(scope="module")
def published_site(tmp_path_factory):
    """The site built for publishing at an address with a path."""
    from support import copy_project
    import os

    project = copy_project(tmp_path_factory.mktemp("published") / "project")
    os.environ["SITE_URL"] = PUBLISHED
    try:
        result = project.build()
    finally:
        del os.environ["SITE_URL"]
    assert result.returncode == 0, result.stderr
    return project.site_dir


def test_every_page_describes_itself_from_the_data(built_site):
    pages = _pages(built_site)
    assert len(pages) >= 2 * (1 + len(INDEX_PAGES) + len(CONTENT.stages) * len(STAGE_PAGE_KINDS))
    for lang, path in pages:
        html = page_html(built_site, site_path(path, lang))
        description = _meta(html, "name", "description")
        expected = page_description(CONTENT, lang, path)
        assert expected, f"the data has no description for {lang}:{path}"
        assert description == expected, f"{lang}:{path}"
        assert _meta(html, "property", "og:description") == description
        assert _meta(html, "name", "twitter:description") == description


def test_stage_pages_are_described_by_their_goal(built_site):
    for lang in LANGUAGES:
        for stage in CONTENT.stages:
            for path_of in STAGE_PAGE_KINDS.values():
                html = page_html(built_site, site_path(path_of(stage["id"]), lang))
                assert _meta(html, "name", "description") == stage["goal"][lang]


def test_every_page_has_social_preview_tags(built_site):
    for lang, path in _pages(built_site):
        html = page_html(built_site, site_path(path, lang))
        title = " ".join(html.find("h1").get_text(" ").split())
        assert _meta(html, "property", "og:type") == "website"
        assert _meta(html, "property", "og:locale") == OG_LOCALES[lang]
        assert _meta(html, "name", "twitter:card") == "summary"
        og_title = _meta(html, "property", "og:title")
        assert og_title and (og_title == title or path == ""), f"{lang}:{path}: {og_title!r} vs {title!r}"
        assert _meta(html, "name", "twitter:title") == og_title


def test_alternates_sitemap_and_preview_urls_are_absolute(published_site):
    pages = _pages(published_site)
    for lang, path in pages:
        html = page_html(published_site, site_path(path, lang))
        alternates = {link["hreflang"]: link["href"] for link in html.select('link[rel="alternate"][hreflang]')}
        assert alternates == {other: PUBLISHED + site_path(path, other) for other in LANGUAGES}
        assert _meta(html, "property", "og:url") == PUBLISHED + site_path(path, lang)
        assert html.find("link", rel="canonical")["href"] == PUBLISHED + site_path(path, lang)
    sitemap = (published_site / "sitemap.xml").read_text(encoding="utf-8")
    addresses = re.findall(r'<loc>([^<]+)</loc>|href="([^"]+)"', sitemap)
    assert len(addresses) >= len(pages)
    assert all((loc or href).startswith(PUBLISHED) for loc, href in addresses)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_404_page_in_each_language_leads_home(published_site, lang):
    html = BeautifulSoup((published_site / site_path("404.html", lang)).read_text(encoding="utf-8"), "html.parser")
    assert html.html["lang"] == lang
    home = urlsplit(PUBLISHED).path + site_path("", lang)
    assert html.find("h1").get_text(strip=True)
    assert html.select_one(f'article a[href="{home}"]'), f"no link to {home}"
    # its language switcher leads to each language's home page, not to some other page
    switch = {a["hreflang"]: a["href"] for a in html.select("a.md-select__link")}
    assert switch == {other: urlsplit(PUBLISHED).path + site_path("", other) for other in LANGUAGES}


def test_metadata_from_the_data_is_escaped_once(project_copy):
    payload = '<script>alert("x")</script> <b>bold</b> & "quotes" «ok»'
    data_file = project_copy.data_dir / "methodology.yml"
    text = data_file.read_text(encoding="utf-8")
    for original in ("Project initiation (Odoo Cloud)", "Formally launch the project, confirm the key agreements,"):
        assert text.count(original) == 1
        text = text.replace(original, payload.replace('"', '\\"').join(['"', '"']) if original.startswith("Project")
                            else payload.replace('"', "'") + " —")
    data_file.write_text(text, encoding="utf-8")
    result = project_copy.build()
    assert result.returncode == 0, result.stderr
    html = BeautifulSoup((project_copy.site_dir / "en/stages/initiation/index.html").read_text(encoding="utf-8"),
                         "html.parser")
    assert not html.find("script", string=re.compile("alert"))
    assert payload in html.title.get_text()
    description = _meta(html, "name", "description")
    assert description.startswith(payload.replace('"', "'") + " —")
    assert _meta(html, "property", "og:description") == description
    assert payload in _meta(html, "property", "og:title")

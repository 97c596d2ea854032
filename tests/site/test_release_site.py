"""The methodology's version on the built site: in the footer of every page of both languages (404
pages too) and in the print margin's text, and the "what changed" page in both languages with its
editorial notes linked. And the root 404 page, the only one GitHub Pages serves, knows where the
English 404 page is, at the site's root or under a sub-path."""
from __future__ import annotations

import json
import os
import posixpath
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

from macros.changelog.pages import version_anchor
from macros.changelog.release import css_string, release_label
from macros.core.i18n import LANGUAGES, long_date, tr, ui
from macros.core.site_map import CHANGELOG_PATH, EDITORIAL_NOTES_PATH, index_page_title, site_path
from macros.site_content import load_content
from support import REPO, copy_project, page_html

CONTENT = load_content(REPO / "data")
VERSIONS = CONTENT.files["changelog"]["versions"]
NOTES = {edit["id"]: edit for edit in CONTENT.files["editorial_notes"]["edits"]}
SUB_PATH_URL = "https://example.org/playbook/"


def _text(element) -> str:
    return " ".join(element.get_text(" ", strip=True).split())


def _pages(site: Path) -> list[tuple[str, str]]:
    """(language, page path from the site root) of every HTML page the build wrote."""
    return sorted(("en" if path.relative_to(site).parts[0] == "en" else "uk", path.relative_to(site).as_posix())
                  for path in site.rglob("*.html"))


def _target(page: str, href: str) -> str:
    """Where a link on `page` (a file's path from the site root) leads, as a path from the root."""
    if href.startswith("/"):
        return href.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href)) + ("/" if href.endswith("/") else "")


def test_every_page_shows_the_current_version_in_its_footer_and_its_print_margin(built_site):
    pages = _pages(built_site)
    kinds = {path.split("/")[1 if lang == "en" else 0] for lang, path in pages}
    assert {"stages", "checklists", "acts", "videos", "changelog", "404.html", "index.html"} <= kinds
    assert {lang for lang, _ in pages} == set(LANGUAGES)
    for lang, path in pages:
        html = BeautifulSoup((built_site / path).read_text(encoding="utf-8"), "html.parser")
        footer = html.select_one("footer .md-copyright .playbook-release")
        assert footer, f"{path}: no version in the footer"
        label = release_label(CONTENT, lang)
        assert _text(footer) == f"{label} · {index_page_title('changelog', lang)}", path
        assert _target(path, footer.a["href"]) == site_path(CHANGELOG_PATH, lang), path
        styles = [style.string for style in html.select('head style[media="print"]')]
        assert f":root {{ --playbook-release: {css_string(label)}; }}" in styles, path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_what_changed_page_lists_every_version_with_its_changes_and_notes(built_site, lang):
    html = page_html(built_site, site_path(CHANGELOG_PATH, lang))
    article = html.select_one("article")
    assert _text(article.h1) == index_page_title("changelog", lang)
    headings = article.select("h2")
    assert [heading["id"] for heading in headings] == [version_anchor(v["version"]) for v in VERSIONS]
    assert [_text(heading) for heading in headings] == [
        ui("changelog_version", lang, version=v["version"]) for v in VERSIONS]
    badges = article.select(".playbook-badge--current")
    assert [_text(badge) for badge in badges] == [ui("changelog_current", lang)]
    dates = [time["datetime"] for time in article.select(".playbook-release__date time")]
    assert dates == [v["date"] for v in VERSIONS]
    assert _text(article.select(".playbook-release__date time")[0]) == long_date(VERSIONS[0]["date"], lang)
    changes = [_text(item) for item in article.select(".playbook-release__changes li")]
    assert changes == [" ".join(tr(change, lang).split()) for v in VERSIONS for change in v["changes"]]
    links = article.select(".playbook-release__notes a")
    listed = [note for v in VERSIONS for note in v.get("notes", [])]
    assert listed and len(links) == len(listed)
    notes_page = page_html(built_site, site_path(EDITORIAL_NOTES_PATH, lang))
    page = site_path(CHANGELOG_PATH, lang) + "index.html"
    for link, note in zip(links, listed):
        address, _, anchor = _target(page, link["href"]).partition("#")
        assert (address, anchor) == (site_path(EDITORIAL_NOTES_PATH, lang), note)
        assert notes_page.find(id=note), f"the editorial notes page has no row #{note}"
        assert _text(link) == " ".join(tr(NOTES[note]["reason"], lang).split())
    menu = [_text(a) for a in html.select("nav.md-nav--primary a.md-nav__link")]
    assert ui("nav_changelog", lang) in menu


def _redirects(site: Path, page: str) -> list[dict] | None:
    """The list the root 404 page's script goes by, or None when the page has no such script."""
    html = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    script = html.find("script", string=lambda text: text and "location.replace" in text)
    if script is None:
        return None
    return json.loads(script.string.rsplit("})(", 1)[1].rsplit(");", 1)[0])


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("sub-path") / "project")
    os.environ["SITE_URL"] = SUB_PATH_URL
    try:
        result = project.build()
    finally:
        del os.environ["SITE_URL"]
    assert result.returncode == 0, result.stderr
    return project.site_dir


def test_the_root_404_page_knows_the_english_404_page(built_site, sub_path_site):
    assert _redirects(built_site, "404.html") == [{"folder": "/en/", "page": "/en/404.html"}]
    base = urlsplit(SUB_PATH_URL).path
    assert _redirects(sub_path_site, "404.html") == [{"folder": f"{base}en/", "page": f"{base}en/404.html"}]
    assert _redirects(built_site, "en/404.html") is None  # the English page stays where it is
    footer = BeautifulSoup((sub_path_site / "en" / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert footer.select_one(".playbook-release a")["href"] == f"{base}en/{CHANGELOG_PATH}"


def test_markup_in_the_version_texts_stays_text(project_copy):
    payload = '</style><script>alert("x")</script> <b>bold</b> & "quotes"'
    ui_file = project_copy.data_dir / "ui.yml"
    ui_text = ui_file.read_text(encoding="utf-8")
    label = "      en: Methodology version {version}, {date}\n"
    assert ui_text.count(label) == 1
    ui_file.write_text(ui_text.replace(label, "      en: '%s {version}, {date}'\n" % payload), encoding="utf-8")
    changelog = project_copy.data_dir / "changelog.yml"
    change = "        en: The site works offline once it has been opened.\n"
    assert changelog.read_text(encoding="utf-8").count(change) == 1
    changelog.write_text(changelog.read_text(encoding="utf-8").replace(change, "        en: '%s'\n" % payload),
                         encoding="utf-8")
    result = project_copy.build()
    assert result.returncode == 0, result.stderr
    for page in ("en/index.html", "en/changelog/index.html", "en/404.html"):
        html = BeautifulSoup((project_copy.site_dir / page).read_text(encoding="utf-8"), "html.parser")
        assert not html.find("script", string=lambda text: text and "alert" in text), page
        assert not html.find("b"), page
        assert _text(html.select_one(".playbook-release")).startswith(f"{payload} 2.0,"), page
        [style] = [style.string for style in html.select('head style[media="print"]')]
        assert style.startswith(":root { --playbook-release: \"") and "<" not in style and '"x"' not in style, page
    article = BeautifulSoup((project_copy.site_dir / "en/changelog/index.html").read_text(encoding="utf-8"),
                            "html.parser").select_one("article")
    assert payload in [_text(item) for item in article.select(".playbook-release__changes li")]

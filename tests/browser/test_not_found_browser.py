"""The 404 page of each language, in the browser: it speaks the language and leads home; served as
GitHub Pages serves it (the root 404.html for every missing address), a missing English address
ends on the English 404 page."""
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from macros.core.i18n import LANGUAGES, ui
from macros.core.site_map import site_path
from support import QuietHandler, copy_project, serve_directory


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_404_page_works_in_the_browser(page, site_url, lang):
    page.goto(site_url + site_path("404.html", lang))
    assert page.locator("html").get_attribute("lang") == lang
    page.locator("article a").last.click()
    page.wait_for_load_state()
    assert page.url == site_url + site_path("", lang)


class PagesLikeHandler(QuietHandler):
    """Serves the site as GitHub Pages does: under its base path, and a missing address gets the
    site's root 404.html with the status 404 (never the English one)."""

    base = "/"

    def translate_path(self, path):
        path = urlsplit(path).path
        inside = path.startswith(self.base)
        return super().translate_path("/" + path[len(self.base):] if inside else "/outside-the-site/")

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("sub-path") / "project")
    os.environ["SITE_URL"] = "http://127.0.0.1/playbook/"  # only the path matters to the 404 pages
    try:
        result = project.build()
    finally:
        del os.environ["SITE_URL"]
    assert result.returncode == 0, result.stderr
    return project.site_dir


def _serve_like_github_pages(site, base):
    handler = type("Handler", (PagesLikeHandler,), {"base": base})
    root, server = serve_directory(site, handler)
    return root.rstrip("/") + base, server


@pytest.mark.parametrize("where", ["root", "sub-path"])
def test_a_missing_english_address_shows_the_english_404_page_on_github_pages(page, built_site, sub_path_site,
                                                                               where):
    site, base = (built_site, "/") if where == "root" else (sub_path_site, "/playbook/")
    address, server = _serve_like_github_pages(site, base)
    try:
        page.goto(address + "en/stages/no-such-stage/")
        page.wait_for_url(address + "en/404.html")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator("article h1").inner_text() == ui("not_found_title", "en")
        page.goto(address + "stages/no-such-stage/")  # a missing Ukrainian address stays where it is
        page.wait_for_load_state()
        assert page.url == address + "stages/no-such-stage/"
        assert page.locator("html").get_attribute("lang") == "uk"
        assert page.locator("article h1").inner_text() == ui("not_found_title", "uk")
        page.locator("article a").last.click()
        page.wait_for_load_state()
        assert page.url == address
    finally:
        server.shutdown()
    # The browser reports the status of each missing address it was sent to (two), and nothing else.
    missing = "Failed to load resource: the server responded with a status of 404 (Not Found)"
    assert page.watch.console_errors == [missing, missing]
    page.watch.console_errors.clear()

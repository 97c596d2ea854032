"""The tests' fixtures: the real site built once, throwaway copies of the project, a real browser.

Tests live in three folders: unit/ (data, checks and renderers, no site build), site/ (the built
site) and browser/ (Debian's Chromium through Playwright; every test there is marked `browser`).
`make test-fast` runs the first two. Shared helpers are in tests/support/.
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

import pytest

from support import CHROMIUM, CHROMIUM_ARGS, REPO, PageWatch, ProjectCopy, copy_project, run_mkdocs_build, \
    serve_directory

BROWSER_TESTS = Path(__file__).resolve().parent / "browser"

# The validator speaks the language of the person running it (macros/core/messages.py), Ukrainian
# by default. The tests read its English, in this process and in every command they start (which
# inherit the environment); a test of the Ukrainian words asks for them by name.
os.environ["PLAYBOOK_LANG"] = "en"


def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def project_copy(tmp_path) -> ProjectCopy:
    return copy_project(tmp_path / "project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test run with --strict."""
    site_dir = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(REPO / "mkdocs.yml", site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """Base URL of the real site, served from localhost."""
    base_url, server = serve_directory(built_site)
    yield base_url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright. A missing browser fails the tests; it never skips them."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: run `make browser` (or set CHROMIUM)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (empty storage). Fails the test on console errors or third-party requests."""
    context = browser.new_context(locale="uk-UA")
    tab = context.new_page()
    watch = PageWatch([], [])

    def is_local(url):
        return url.startswith(("data:", "blob:")) or urlparse(url).hostname in ("127.0.0.1", "localhost")

    def route(route):
        host = urlparse(route.request.url).hostname
        if is_local(route.request.url):
            route.continue_()
        elif host in watch.stubbed_hosts:
            watch.stubbed_requests.append(route.request.url)
            route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>stub</title>")
        else:
            watch.external_requests.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    # The page's requests, whether the network or the site's service worker answers them (a request
    # the worker answers never reaches the route above); the worker's own downloads apart.
    tab.on("request", lambda request: is_local(request.url) and watch.requests.append(request.url))
    context.on("request", lambda request: request.service_worker and watch.worker_requests.append(request.url))
    tab.on("console", lambda message: message.type == "error" and watch.console_errors.append(message.text))
    tab.on("pageerror", lambda error: watch.console_errors.append(str(error)))
    tab.watch = watch
    yield tab
    context.close()
    assert not watch.external_requests, f"requests to third parties: {watch.external_requests}"
    assert not watch.console_errors, f"console errors: {watch.console_errors}"

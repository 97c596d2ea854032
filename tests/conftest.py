"""Shared fixtures: the real site built once, throwaway copies of the project, a real browser."""
from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides", "hooks")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@dataclass
class ProjectCopy:
    """A copy of the project in a temporary folder, to build with changed data."""

    root: Path

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    def build(self) -> subprocess.CompletedProcess:
        return run_mkdocs_build(self.root / "mkdocs.yml", self.site_dir)


def run_mkdocs_build(config: Path, site_dir: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, timeout=600,
    )


def copy_project(target: Path) -> ProjectCopy:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / part)
    return ProjectCopy(target)


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


@functools.lru_cache(maxsize=None)
def _parse(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_html(site_dir: Path, url_path: str) -> BeautifulSoup:
    """Parsed HTML of the page at a site path such as 'en/stages/initiation/'."""
    return _parse(site_dir / url_path / "index.html")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the browser moved on before the response was sent: not a test failure


def serve_directory(directory: Path, handler_class=QuietHandler):
    """Serve a folder on 127.0.0.1 at a free port; returns (base_url, server). The folder is read
    at each request, so it may be filled after the server starts."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


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
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        yield browser
        browser.close()


@dataclass
class PageWatch:
    """What a page did besides rendering: console errors, requests that left localhost, and
    every request to the site itself (URLs, in order)."""

    console_errors: list
    external_requests: list
    requests: list = field(default_factory=list)
    # Hosts a test expects the page to contact after a user action (a video player after a click):
    # their requests are recorded here and answered with an empty page from here, never sent.
    stubbed_hosts: set = field(default_factory=set)
    stubbed_requests: list = field(default_factory=list)


@pytest.fixture
def page(browser):
    """A fresh browser tab (empty storage). Fails the test on console errors or third-party requests."""
    context = browser.new_context(locale="uk-UA")
    tab = context.new_page()
    watch = PageWatch([], [])

    def route(route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            watch.requests.append(route.request.url)
            route.continue_()
        elif host in watch.stubbed_hosts:
            watch.stubbed_requests.append(route.request.url)
            route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>stub</title>")
        else:
            watch.external_requests.append(route.request.url)
            route.abort()

    context.route("**/*", route)
    tab.on("console", lambda message: message.type == "error" and watch.console_errors.append(message.text))
    tab.on("pageerror", lambda error: watch.console_errors.append(str(error)))
    tab.watch = watch
    yield tab
    context.close()
    assert not watch.external_requests, f"requests to third parties: {watch.external_requests}"
    assert not watch.console_errors, f"console errors: {watch.console_errors}"

"""Helpers shared by the tests and the benchmarks: a throwaway copy of the project, a build, a
local server, parsed pages. The tests' fixtures (tests/conftest.py) are built from these;
benchmarks import them as tests.support (run them as modules: python -m benchmarks.<name>)."""
from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parent.parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "data", "macros", "overrides", "hooks")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


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

    def build(self, **env: str) -> subprocess.CompletedProcess:
        return run_mkdocs_build(self.root / "mkdocs.yml", self.site_dir, **env)


def run_mkdocs_build(config: Path, site_dir: Path, **extra_env: str) -> subprocess.CompletedProcess:
    """`mkdocs build --strict`, run from the config's folder: `python -m` puts that folder first on
    the import path, so a copy of the project builds with the copy's own macros package. `extra_env`
    sets variables for the build, e.g. PLAYBOOK_LANG="uk" for the validator's Ukrainian."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra_env}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site_dir)],
        capture_output=True, text=True, env=env, timeout=600, cwd=Path(config).parent,
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


def stop_serving(server) -> None:
    """Stop a server from serve_directory and close its socket: connections are then refused at
    once (a server only shut down would leave them waiting), as when the network is gone."""
    server.shutdown()
    server.server_close()


class SubPathHandler(QuietHandler):
    """Serves the folder under a base path (`/playbook/`), as a site built for a sub-path is
    published; nothing outside it exists."""

    base = "/"

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        inside = path.startswith(self.base)
        return super().translate_path("/" + path[len(self.base):] if inside else "/outside-the-site/")


def serve_under(directory: Path, base: str):
    """Serve a folder at `base` (e.g. "/playbook/"); returns (the site's address, server)."""
    handler = type("Handler", (SubPathHandler,), {"base": base})
    root, server = serve_directory(directory, handler)
    return root.rstrip("/") + base, server


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (for a server started in another process)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PageWatch:
    """What a page did besides rendering: console errors, requests that left localhost, and
    every request of the page to the site itself (URLs, in order)."""

    console_errors: list
    external_requests: list
    requests: list = field(default_factory=list)
    # What the site's service worker downloads itself (the whole site, once the page has loaded)
    worker_requests: list = field(default_factory=list)
    # Hosts a test expects the page to contact after a user action (a video player after a click):
    # their requests are recorded here and answered with an empty page from here, never sent.
    stubbed_hosts: set = field(default_factory=set)
    stubbed_requests: list = field(default_factory=list)

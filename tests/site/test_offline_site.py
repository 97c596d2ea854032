"""The built site's offline parts (hooks/offline.py, macros/publish/offline.py): one worker at the
root, written after both languages with a manifest that matches the files on disk; every page
registers it by a relative address; `mkdocs serve` neither writes nor registers it."""
from __future__ import annotations

from urllib.parse import urljoin

from bs4 import BeautifulSoup

from macros.core.i18n import ui
from macros.publish.offline import WORKER_FILE, manifest_in_worker, offline_manifest
from support import free_port
from support.mkdocs_serve import Server

SITE_ROOT = "https://example.org/playbook/"  # any address will do: the links are relative
STARTUP_TIMEOUT = 300


def registrations(html: str) -> list:
    return BeautifulSoup(html, "html.parser").select("script[data-worker]")


def test_one_worker_at_the_root_carries_the_manifest_of_the_finished_site(built_site):
    workers = sorted(path.relative_to(built_site).as_posix() for path in built_site.rglob(WORKER_FILE))
    assert workers == [WORKER_FILE]
    manifest = manifest_in_worker((built_site / WORKER_FILE).read_text(encoding="utf-8"))
    # written last: both languages' pages, the final search index (mkdocs-static-i18n rewrites it
    # after the English build) and every other file are as the manifest's version says
    assert manifest == offline_manifest(built_site)
    assert {"./", "en/", "en/stages/initiation/", "search/search_index.json"} <= set(manifest["urls"])


def test_every_page_registers_the_root_worker_by_a_relative_address(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 50
    for path in pages:
        name = path.relative_to(built_site).as_posix()
        html = path.read_text(encoding="utf-8")
        scripts = registrations(html)
        assert len(scripts) == 1, name
        worker = scripts[0]["data-worker"]
        if path.name == "404.html":  # served at any address: linked from the site's root
            assert worker == "/" + WORKER_FILE, name
            continue
        assert not worker.startswith(("/", "http")), f"{name}: {worker}"
        page_address = urljoin(SITE_ROOT, name)
        assert urljoin(page_address, worker) == SITE_ROOT + WORKER_FILE, name
        lang = "en" if name.startswith("en/") else "uk"
        notice = BeautifulSoup(html, "html.parser").select_one(".playbook-update")
        assert notice["role"] == "status" and notice["data-text"] == ui("offline_update_text", lang), name
        assert notice["data-reload"] == ui("offline_update_reload", lang), name


def test_mkdocs_serve_neither_writes_nor_registers_the_worker(project_copy):
    server = Server(project_copy.root, free_port())
    try:
        home = server.wait_for("", "md-footer", STARTUP_TIMEOUT)
        assert "livereload(" in home  # this is the live preview's page
        assert not registrations(home) and "offline/register.js" not in home
        assert 'class="playbook-update"' not in home
        assert "offline/register.js" not in server.get("en/stages/initiation/")[1]
        status, _ = server.get(WORKER_FILE)
        assert status == 404
    finally:
        server.stop()

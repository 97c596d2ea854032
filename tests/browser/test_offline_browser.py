"""Reading offline, in Chromium: a reader opens the site once; the service worker downloads it when
the page has loaded; then the HTTP server stops (Playwright's offline mode would not stop the
worker's own requests) and every page the build wrote opens in both languages, search answers, a
tick survives a reload and an act prints — all served by the worker. The same at a sub-path, and
a rebuild is offered as a new version (macros/publish/offline.py, hooks/offline.py,
docs/assets/javascripts/offline/register.js)."""
from __future__ import annotations

import io
import os
import re
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from macros.core.i18n import LANGUAGES, ui
from macros.publish.offline import WORKER_FILE, manifest_in_worker
from support import copy_project, serve_directory, serve_under, stop_serving

READY_TIMEOUT = 60_000  # the whole site (about 8 MB) from a local server, on a shared machine
CONTROLLED = "navigator.serviceWorker.controller !== null"


def manifest_of(site_dir):
    return manifest_in_worker((site_dir / WORKER_FILE).read_text(encoding="utf-8"))


def page_addresses(site_dir) -> list[str]:
    """Every page of the built site (its address from the root), from the worker's own manifest."""
    return [url for url in manifest_of(site_dir)["urls"] if url.endswith("/")]


def open_once_then_stop_the_server(page, address, server):
    """The reader's first visit: the page loads, the worker installs and takes over; then the network goes."""
    try:
        page.goto(address, wait_until="load")
        page.wait_for_function(CONTROLLED, timeout=READY_TIMEOUT)
    finally:
        stop_serving(server)


def failed_requests(page) -> list[str]:
    """Requests of the page that found no answer (ones cut short because the test moved on to the
    next page, net::ERR_ABORTED, are not counted: Material starts its search worker on every page)."""
    failed = []
    page.on("requestfailed", lambda request: request.failure != "net::ERR_ABORTED"
            and failed.append(f"{request.url}: {request.failure}"))
    return failed


def open_offline(page, url, status=200):
    response = page.goto(url, wait_until="load")
    assert response is not None, url
    assert response.status == status, f"{url}: {response.status}"
    assert response.from_service_worker, f"{url} did not come from the service worker"
    return response


def language_of(path: str) -> str:
    return "en" if path.startswith("en/") else "uk"


def search(page, query) -> list[str]:
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    box.press("End")  # Material reads the box on key events; typed Cyrillic arrives as text input
    page.locator(".md-search-result__meta").filter(has_text=re.compile(r"\d")).wait_for()
    return [link.get_attribute("href") or "" for link in page.locator("a.md-search-result__link").all()]


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("offline-sub-path") / "project")
    os.environ["SITE_URL"] = "http://127.0.0.1/playbook/"  # only the path matters here
    try:
        result = project.build()
    finally:
        del os.environ["SITE_URL"]
    assert result.returncode == 0, result.stderr
    return project.site_dir


def test_every_page_opens_offline_in_both_languages(page, built_site):
    address, server = serve_directory(built_site)
    failed = failed_requests(page)
    open_once_then_stop_the_server(page, address, server)
    pages = page_addresses(built_site)
    kinds = {path.split("/")[1 if path.startswith("en/") else 0] for path in pages}
    # every kind of page the site has, in both languages: whatever else the build adds is walked too
    assert {"stages", "checklists", "acts", "videos", "trainers", "changelog"} <= kinds
    assert {"acts/final/", "en/acts/final/", "./", "en/"} <= set(pages)
    for path in pages:
        open_offline(page, address + path)
        assert page.locator("html").get_attribute("lang") == language_of(path), path
        assert page.locator(".md-footer, footer").count(), path  # the page rendered whole, with its theme
    for lang in LANGUAGES:  # an unknown address: its language's 404 page, from the cache
        path = ("en/" if lang == "en" else "") + "stages/no-such-stage/"
        open_offline(page, address + path, status=404)
        assert page.locator("article h1").inner_text() == ui("not_found_title", lang)
        assert page.locator("html").get_attribute("lang") == lang
    # Chromium logs each 404 page it is given as a console error: these two, and nothing else
    missing = "Failed to load resource: the server responded with a status of 404 (Not Found)"
    assert page.watch.console_errors == [missing] * len(LANGUAGES)
    page.watch.console_errors.clear()
    open_offline(page, address + "videos/?stage=initiation")  # the video filters live in the query
    assert page.locator(".playbook-video-filters").count() == 1
    assert not failed, f"requests that failed offline: {failed}"
    # after the walk the cache holds exactly the manifest: nothing was added on the way (no query
    # strings, no other addresses), and nothing from outside the site
    cached = page.evaluate("""async () => {
        const names = await caches.keys();
        const keys = await (await caches.open(names[0])).keys();
        return {names, urls: keys.map(request => request.url)};
    }""")
    assert len(cached["names"]) == 1
    assert sorted(cached["urls"]) == sorted(urljoin(address, url) for url in manifest_of(built_site)["urls"])


def test_search_a_tick_and_a_printed_act_work_offline(page, built_site):
    address, server = serve_directory(built_site)
    open_once_then_stop_the_server(page, address, server)

    open_offline(page, address + "stages/initiation/")
    found = search(page, "інтеграцій")
    assert any("integrations-migration" in href for href in found), found
    open_offline(page, address + "en/stages/initiation/")
    found = search(page, "configuring")
    assert any("en/stages/configuration/" in page.evaluate("h => new URL(h, location.href).href", href)
               for href in found), found

    open_offline(page, address + "checklists/initiation/")
    item = page.get_by_role("checkbox", name="Підписаний договір на реалізацію проєкту", exact=True)
    item.check()
    response = page.reload(wait_until="load")
    assert response.from_service_worker
    assert page.get_by_role("checkbox", name="Підписаний договір на реалізацію проєкту", exact=True).is_checked()

    open_offline(page, address + "acts/initiation/")
    page.fill('[name="number"]', "17")
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in reader.pages)
    assert "АКТ № 17" in text


def test_a_site_under_a_sub_path_opens_offline(page, sub_path_site):
    address, server = serve_under(sub_path_site, "/playbook/")
    assert address.endswith("/playbook/")
    failed = failed_requests(page)
    open_once_then_stop_the_server(page, address, server)
    scope = page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)")
    assert scope == address
    pages = page_addresses(sub_path_site)
    # one page of each kind and language (the first the manifest lists)
    sample = {}
    for path in pages:
        sample.setdefault(tuple(path.split("/")[:2 if path.startswith("en/") else 1]), path)
    assert len(sample) >= 10
    for path in sample.values():
        open_offline(page, address + path)
        assert page.locator("html").get_attribute("lang") == language_of(path), path
    open_offline(page, address + "en/no-such-page/", status=404)
    assert page.locator("article h1").inner_text() == ui("not_found_title", "en")
    assert page.watch.console_errors == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
    page.watch.console_errors.clear()
    found = search(page, "configuring")
    assert found
    assert not failed, f"requests that failed offline: {failed}"


def test_a_rebuild_is_offered_as_a_new_version_and_taken_on_reload(page, project_copy):
    assert project_copy.build().returncode == 0
    address, server = serve_directory(project_copy.site_dir)
    try:
        page.goto(address + "conclusion/", wait_until="load")
        page.wait_for_function(CONTROLLED, timeout=READY_TIMEOUT)
        notice = page.locator(".playbook-update")
        assert notice.inner_text() == ""  # the first worker takes over quietly
        old_version = manifest_of(project_copy.site_dir)["version"]

        added = "A paragraph the next version adds."
        conclusion = project_copy.root / "docs" / "conclusion.md"
        conclusion.write_text(conclusion.read_text(encoding="utf-8") + f"\n\n{added}\n", encoding="utf-8")
        result = project_copy.build()  # into the folder being served
        assert result.returncode == 0, result.stderr
        assert manifest_of(project_copy.site_dir)["version"] != old_version

        response = page.goto(address + "conclusion/", wait_until="load")  # the browser checks sw.js
        assert response.from_service_worker
        assert added not in page.content()  # the page still comes whole from the version in use
        button = notice.get_by_role("button", name=ui("offline_update_reload", "uk"))
        button.wait_for(timeout=READY_TIMEOUT)
        assert notice.get_attribute("role") == "status"
        assert ui("offline_update_text", "uk") in notice.inner_text()
        assert not Axe().run(page).response["violations"]  # the notice shown: contrast, name, role
        with page.expect_navigation():
            button.click()
        page.wait_for_load_state("load")
        assert page.get_by_text(added).is_visible()
        names = page.evaluate("caches.keys()")
        assert len(names) == 1 and names[0].endswith(manifest_of(project_copy.site_dir)["version"]), names
        response = page.reload(wait_until="load")
        assert response.from_service_worker and added in page.content()
        assert page.locator(".playbook-update").inner_text() == ""
    finally:
        stop_serving(server)

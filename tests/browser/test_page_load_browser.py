"""In a real browser, what a page costs as it loads: nothing moves once shown, the search
index (both languages) and the sitemaps Material looks up are not downloaded by the page unless
search is used, and the service worker downloads the site for reading offline only after the page
has loaded (so the search index comes once more, into the worker's cache: page.watch.worker_requests)."""
import pytest

pytestmark = pytest.mark.browser

LAYOUT_SHIFT = """() => new Promise(done => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(total), 500);
})"""


def requested(page, suffix: str) -> list[str]:
    return [url for url in page.watch.requests if url.split("?")[0].endswith(suffix)]


@pytest.mark.parametrize("path", ["", "stages/integrations-migration/", "en/", "en/stages/go-live/", "checklists/",
                                  "en/checklists/testing-launch-prep/", "acts/initiation/", "en/acts/final/",
                                  "videos/", "en/trainers/"])
def test_nothing_moves_while_the_page_loads(page, site_url, path):
    """The controls the scripts set up (project bar, progress, act form, video filters) are in
    place from the first paint: a layout shift score under 0.01 (Lighthouse calls 0.1 good)."""
    page.set_viewport_size({"width": 412, "height": 823})
    page.goto(site_url + path, wait_until="load")
    assert page.evaluate(LAYOUT_SHIFT) < 0.01


def test_progress_shows_from_the_first_paint_where_scripts_run(page, site_url):
    page.goto(site_url, wait_until="commit")
    box = page.locator(".playbook-home-progress")
    box.wait_for(state="attached")
    assert box.evaluate("element => getComputedStyle(element).display") != "none"


def test_search_index_loads_only_when_search_is_wanted(page, site_url):
    page.goto(site_url + "stages/initiation/", wait_until="load")
    page.wait_for_timeout(500)
    assert not requested(page, "search_index.json")
    assert not requested(page, "sitemap.xml")
    with page.expect_response(lambda response: response.url.endswith("search/search_index.json")):
        page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially("інтеграцій", delay=20)
    page.locator(".md-search-result__meta").filter(has_text="інтеграц").or_(
        page.locator("a.md-search-result__link")).first.wait_for()
    links = page.locator("a.md-search-result__link").all()
    assert any("integrations-migration" in (link.get_attribute("href") or "") for link in links)
    assert len(requested(page, "search_index.json")) == 1


def test_a_search_result_link_brings_the_index_for_its_highlight(page, site_url):
    page.goto(site_url + "stages/configuration/?h=ліцензії", wait_until="load")
    page.wait_for_function("document.querySelector('mark[data-md-highlight]') !== null")
    assert requested(page, "search_index.json")


def test_the_offline_worker_downloads_the_site_only_after_the_page_has_loaded(page, site_url):
    events = []
    page.on("load", lambda: events.append("load"))
    page.context.on("request", lambda request: request.service_worker and events.append(request.url))
    page.goto(site_url + "stages/initiation/", wait_until="load")
    page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=60_000)
    downloads = [event for event in events if event != "load"]
    assert events[0] == "load", f"the worker downloaded {events[:events.index('load')]} before the page loaded"
    assert site_url + "search/search_index.json" in downloads  # search works offline
    assert site_url + "en/stages/initiation/" in downloads
    assert page.watch.worker_requests == downloads

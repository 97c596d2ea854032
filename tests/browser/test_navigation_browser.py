"""In a real browser: the language switcher keeps the page, its anchor and its filters (issue 13), anchors
land, nothing leaves localhost."""
import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["", "stages/integrations-migration/", "saas/"])
def test_switching_language_keeps_the_page(page, site_url, path):
    page.goto(site_url + path)
    assert page.locator("html").get_attribute("lang") == "uk"
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="en"]').click()
    page.wait_for_load_state()
    assert page.url == site_url + "en/" + path
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator(".md-header__option .md-select").hover()
    page.locator('a.md-select__link[hreflang="uk"]').click()
    page.wait_for_load_state()
    assert page.url == site_url + path


def test_link_to_a_checklist_item_scrolls_to_it(page, site_url):
    page.set_viewport_size({"width": 1000, "height": 600})
    page.goto(site_url + "en/stages/post-launch/#final-acts-signed")
    item = page.locator("#final-acts-signed")
    assert item.is_visible()
    box = item.bounding_box()
    assert 0 <= box["y"] < 600, f"the item is off screen at y={box['y']}"
    assert "Final acceptance certificates" in item.inner_text()


def test_timeline_leads_to_each_stage(page, site_url):
    page.goto(site_url)
    page.locator("ol.playbook-timeline a").nth(5).click()
    page.wait_for_load_state()
    assert page.url == site_url + "stages/additional-training/"
    assert page.locator("h1").inner_text() == "Етап 6. Додаткове навчання"


def switcher(page, lang):
    return page.locator(f'a.md-select__link[hreflang="{lang}"]')


def test_the_language_switch_keeps_the_anchor(page, site_url):
    page.goto(site_url + "en/checklists/go-live/#hypercare-two-weeks")
    assert switcher(page, "uk").get_attribute("href").endswith("checklists/go-live/#hypercare-two-weeks")
    page.evaluate("location.hash = 'check-hypercare-two-weeks'")
    page.wait_for_function("document.querySelector('a.md-select__link[hreflang=uk]').href.endsWith('#check-hypercare-two-weeks')")
    page.evaluate("history.replaceState(null, '', location.pathname + '#hypercare-two-weeks')")
    href = switcher(page, "uk").get_attribute("href")
    assert href.endswith("checklists/go-live/#hypercare-two-weeks") and "/en/" not in href
    page.goto(site_url + "en/checklists/go-live/#hypercare-two-weeks")
    page.locator("header .md-select").hover()
    switcher(page, "uk").click()
    page.wait_for_url(site_url + "checklists/go-live/#hypercare-two-weeks")
    assert page.evaluate("document.documentElement.lang") == "uk"


def test_the_language_switch_keeps_the_video_filters(page, site_url):
    page.goto(site_url + "videos/")
    stage = page.eval_on_selector("article.playbook-video[data-language=en]", "e => e.dataset.stage")
    page.select_option("select[name=stage]", stage)
    page.select_option("select[name=language]", "en")
    assert page.evaluate("location.search") == f"?stage={stage}&language=en"
    switcher(page, "en").dispatch_event("click")
    page.wait_for_url(f"{site_url}en/videos/?stage={stage}&language=en")
    assert page.locator("select[name=stage]").input_value() == stage
    assert page.locator("select[name=language]").input_value() == "en"
    shown = page.eval_on_selector_all("article.playbook-video", "els => els.filter(e => e.offsetParent !== null)"
                                      ".map(e => [e.dataset.stage, e.dataset.language])")
    assert shown and {tuple(pair) for pair in shown} == {(stage, "en")}
    page.locator("button.playbook-video-filters__reset").click()
    page.wait_for_function("location.search === ''")
    assert switcher(page, "uk").get_attribute("href").endswith("videos/")

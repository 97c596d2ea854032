"""In a real browser: the language switcher keeps the page, anchors land, nothing leaves localhost."""
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

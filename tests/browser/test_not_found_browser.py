"""The 404 page of each language, in the browser: it speaks the language and leads home."""
import pytest

from macros.core.i18n import LANGUAGES
from macros.core.site_map import site_path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_404_page_works_in_the_browser(page, site_url, lang):
    page.goto(site_url + site_path("404.html", lang))
    assert page.locator("html").get_attribute("lang") == lang
    page.locator("article a").last.click()
    page.wait_for_load_state()
    assert page.url == site_url + site_path("", lang)

"""axe-core finds no violation on any kind of page, in either language (Chromium, Playwright).

The pages come from the site map's registries, so a page kind that another feature
registers (STAGE_PAGE_KINDS, INDEX_PAGES) is checked as soon as it exists: the home
page, every index page, every per-stage kind (for the first stage) and the 404 page;
then the search results and, on a phone, the open menu.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe

from macros.site_content import load_content
from macros.core.i18n import LANGUAGES
from macros.core.site_map import INDEX_PAGES, STAGE_PAGE_KINDS, site_path

pytestmark = pytest.mark.browser

from support import REPO
AXE = Axe()
MOBILE = {"width": 390, "height": 844}


def _page_kinds() -> list[tuple[str, str]]:
    first_stage = load_content(REPO / "data").stages[0]
    kinds = [("home", "")]
    kinds += [(page["key"], page["path"]) for page in INDEX_PAGES]
    kinds += [(kind, path_of(first_stage["id"])) for kind, path_of in STAGE_PAGE_KINDS.items()]
    kinds.append(("404", "404.html"))
    return kinds


PAGES = [pytest.param(site_path(path, lang), id=f"{lang}-{kind}") for lang in LANGUAGES for kind, path in _page_kinds()]


def _violations(page) -> list[str]:
    results = AXE.run(page)
    return [f"{violation['id']} ({violation['impact']}): {violation['help']} — "
            + ", ".join(str(node["target"]) for node in violation["nodes"][:5])
            for violation in results.response["violations"]]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, site_url, path):
    page.goto(site_url + path)
    assert not _violations(page)


# Stage pages with an editors' note and a result the editors wrote (its badge), in both languages;
# the first stage's pages above have notes but the source's own result.
EDITED = ["stages/configuration/", "checklists/integrations-migration/", "en/stages/integrations-migration/",
          "en/checklists/configuration/"]


@pytest.mark.parametrize("path", EDITED)
def test_no_axe_violations_with_the_editors_notes_and_badges(page, site_url, path):
    page.goto(site_url + path)
    assert page.locator(".playbook-note").count() and page.locator(".playbook-badge--editors").count() > 1
    assert not _violations(page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_in_search_results_and_the_phone_menu(page, site_url, lang):
    page.goto(site_url + site_path("", lang))
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("odoo")
    box.press("End")
    page.locator("a.md-search-result__link").first.wait_for()
    assert not _violations(page), "with search results open"
    page.set_viewport_size(MOBILE)
    page.goto(site_url + site_path("stages/initiation/", lang))
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-sidebar--primary").wait_for()
    assert not _violations(page), "on a phone, with the menu open"

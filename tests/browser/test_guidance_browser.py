"""The editors' guidance and the role filter in Chromium: a link to an item opens its guidance; the
filter hides other items without a reload, together with an item's anchor, in the URL's query and
kept over a reload; it leaves the ticks and the progress alone and the printed sheet whole; without
JavaScript every item shows; axe finds nothing with a filter applied."""
import io

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from support import REPO
from macros.core.i18n import ui
from macros.site_content import load_content

pytestmark = pytest.mark.browser

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
ROLES = {role["id"]: role for role in CONTENT.files["roles"]["roles"]}


def roles_of(item) -> list[str]:
    return item["guidance"]["who"]


def split_stage():
    """A stage, a role some but not all of its items name, and one of its items that role is not in."""
    for stage in STAGES:
        items = stage["checklist"]
        for role in ROLES:
            mine = [item for item in items if role in roles_of(item)]
            if 0 < len(mine) < len(items):
                other = next(item for item in items if role not in roles_of(item))
                return stage, role, mine, other
    raise AssertionError("no stage whose items the role filter would split")


STAGE, ROLE, MINE, OTHER = split_stage()


def wait_for_script(page):
    page.wait_for_function("(document.querySelector('.playbook-projects__select') || {}).value")


def shown_ids(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('ul.playbook-checklist > li')]
        .filter(li => li.offsetParent !== null).map(li => li.id)""")


def test_a_link_to_an_item_opens_its_guidance_on_the_stage_guide(page, site_url):
    first, second = STAGES[0]["checklist"][0]["id"], STAGES[0]["checklist"][1]["id"]
    page.goto(f"{site_url}en/stages/{STAGES[0]['id']}/#{second}")
    assert page.locator(f"#{second} > details.playbook-guidance").evaluate("d => d.open")
    assert not page.locator(f"#{first} > details.playbook-guidance").evaluate("d => d.open")
    assert page.locator(f"#{second} .playbook-guidance__done-when").is_visible()
    page.evaluate(f"location.hash = '#{first}'")
    page.wait_for_function(f"document.querySelector('#{first} > details').open")
    # everything else stays collapsed until asked for
    assert page.locator("details.playbook-guidance[open]").count() == 2


@pytest.mark.parametrize("kind", ["stages", "checklists"])
def test_the_role_filter_works_together_with_an_item_anchor(page, site_url, kind):
    page.set_viewport_size({"width": 1000, "height": 700})
    page.goto(f"{site_url}en/{kind}/{STAGE['id']}/?role={ROLE}#{OTHER['id']}")
    assert page.locator("select.playbook-role-filter__select").input_value() == f"role:{ROLE}"
    # the role's items, and the item the link names although it is not the role's
    expected = [item["id"] for item in STAGE["checklist"] if item in MINE or item is OTHER]
    assert shown_ids(page) == expected
    target = page.locator(f"#{OTHER['id']}")
    box = target.bounding_box()
    assert 0 <= box["y"] < 700, f"the linked item is off screen at y={box['y']}"
    assert target.locator("details.playbook-guidance").evaluate("d => d.open")
    status = page.locator(".playbook-role-filter__status").inner_text()
    assert status == ui("role_filter_status", "en", shown=len(expected), total=len(STAGE["checklist"]))


def test_the_choice_is_in_the_url_and_survives_a_reload(page, site_url):
    page.goto(f"{site_url}checklists/{STAGE['id']}/#{MINE[0]['id']}")
    wait_for_script(page)
    assert shown_ids(page) == [item["id"] for item in STAGE["checklist"]]
    select = page.locator("select.playbook-role-filter__select")
    party = ROLES[ROLE]["party"]
    select.select_option(f"party:{party}")
    assert page.url.endswith(f"/checklists/{STAGE['id']}/?party={party}#{MINE[0]['id']}")
    parties = {item["id"]: {ROLES[role]["party"] for role in roles_of(item)} for item in STAGE["checklist"]}
    assert shown_ids(page) == [item for item, of in parties.items() if party in of]
    select.select_option(f"role:{ROLE}")
    assert page.url.endswith(f"/checklists/{STAGE['id']}/?role={ROLE}#{MINE[0]['id']}")
    page.reload()
    wait_for_script(page)
    assert select.input_value() == f"role:{ROLE}"
    assert shown_ids(page) == [item["id"] for item in MINE]
    select.select_option("")
    assert page.url.endswith(f"/checklists/{STAGE['id']}/#{MINE[0]['id']}")
    assert shown_ids(page) == [item["id"] for item in STAGE["checklist"]]
    assert page.locator(".playbook-role-filter__status").inner_text() == ""


def test_an_unknown_role_in_the_url_shows_every_item(page, site_url):
    page.goto(f"{site_url}en/stages/{STAGE['id']}/?role=no-such-role")
    assert page.locator("select.playbook-role-filter__select").input_value() == ""
    assert shown_ids(page) == [item["id"] for item in STAGE["checklist"]]


def test_filtering_leaves_ticks_progress_and_the_printed_sheet_whole(page, site_url):
    required = [item for item in STAGE["checklist"] if not item.get("optional")]
    ticked = next(item for item in required if item not in MINE)
    page.goto(f"{site_url}en/checklists/{STAGE['id']}/")
    wait_for_script(page)
    page.locator(f"#check-{ticked['id']}").check()
    before = page.locator(".playbook-progress__text").inner_text()
    page.locator("select.playbook-role-filter__select").select_option(f"role:{ROLE}")
    assert not page.locator(f"#{ticked['id']}").is_visible()
    assert page.locator(".playbook-progress__text").inner_text() == before
    assert before == ui("checklist_progress", "en", done=1, total=len(required))
    # a click on an item's guidance opens it and ticks nothing
    shown = MINE[0]["id"]
    page.locator(f"#{shown} summary").click()
    assert page.locator(f"#{shown} > details").evaluate("d => d.open")
    assert not page.locator(f"#check-{shown}").is_checked()
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    assert len(pdf.pages) == 1
    text = " ".join(pdf.pages[0].extract_text().split())
    for item in STAGE["checklist"]:  # the sheet is the stage's: every item, each with its owner
        assert " ".join(item["text"]["en"].split()) in text, item["id"]
        assert ROLES[roles_of(item)[0]]["name"]["en"] in text
    assert ui("guidance_done_when", "en") not in text  # the guidance stays on screen
    assert ui("role_filter_label", "en") not in text


def test_the_master_checklist_filters_every_stage_and_says_where_none_is_left(page, site_url):
    role = next(role for role in ROLES if any(role in roles_of(item) for stage in STAGES for item in stage["checklist"])
                and any(all(role not in roles_of(item) for item in stage["checklist"]) for stage in STAGES))
    page.goto(f"{site_url}en/checklists/?role={role}")
    wait_for_script(page)
    assert shown_ids(page) == [item["id"] for stage in STAGES for item in stage["checklist"] if role in roles_of(item)]
    notes = page.locator(".playbook-role-filter__none")
    empty = [all(role not in roles_of(item) for item in stage["checklist"]) for stage in STAGES]
    assert [notes.nth(n).is_visible() for n in range(len(STAGES))] == empty
    assert notes.first.evaluate("n => n.previousElementSibling.matches('ul.playbook-checklist')")


def test_without_javascript_every_item_shows_and_the_guidance_opens(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        tab = context.new_page()
        for kind in ("stages", "checklists"):
            tab.goto(f"{site_url}en/{kind}/{STAGE['id']}/?role={ROLE}#{OTHER['id']}")
            items = tab.locator("ul.playbook-checklist > li")
            assert items.count() == len(STAGE["checklist"])
            for n in range(items.count()):
                assert items.nth(n).is_visible()
            assert not tab.locator(".playbook-role-filter").is_visible()
            details = tab.locator(f"#{MINE[0]['id']} > details.playbook-guidance")
            assert not details.locator(".playbook-guidance__how").is_visible()
            details.locator("summary").click()
            assert details.locator(".playbook-guidance__how").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("path", [f"stages/{STAGE['id']}/?party=client", f"en/checklists/{STAGE['id']}/?role={ROLE}"])
def test_axe_finds_nothing_with_a_filter_applied_and_the_guidance_open(page, site_url, path):
    page.goto(site_url + path + "#" + MINE[0]["id"])
    page.wait_for_function("document.querySelector('.playbook-role-filter__status').textContent !== ''")
    page.locator("details.playbook-guidance").first.evaluate("d => d.open = true")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

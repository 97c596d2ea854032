"""Act pages on a phone and in the bilingual form, in a real browser: nothing scrolls sideways but
the act in its own box, every field keeps a visible label once filled, and a number that cannot be
read is flagged next to its field while the total says it is incomplete."""
import pytest

from support import REPO
from macros.core.i18n import ui
from macros.site_content import load_content

pytestmark = pytest.mark.browser

CONTENT = load_content(REPO / "data")
ACTS = CONTENT.files["acts"]
STAGE_IDS = [stage["id"] for stage in CONTENT.stages]
VERSIONS = ("uk", "en", "bilingual")
LONG = "Товариство з обмеженою відповідальністю «Довга-предовга назва компанії для перевірки ширини»"


def overflow(page):
    """How far the page scrolls sideways (0: not at all)."""
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def seed_filled(page, act_id):
    """A filled act with ten rows and long values, stored as the form stores it."""
    rows = [{"uk": f"Налаштування модуля номер {n} відповідно до затвердженого прототипу",
             "en": f"Configuration of module no. {n} to match the approved prototype",
             "unit": "hour", "qty": "12,5", "price": "1234567,89"} for n in range(1, 11)]
    values = {"number": "2026/11/28-001", "contractor_name": LONG, "contractor_name_en": LONG, "client_name": LONG,
              "rows": rows, "vat_mode": "added", "acceptance": "end" if act_id == "final" else ""}
    page.evaluate("([id, values]) => PlaybookProjects.updateSection('acts', acts => { acts[id] = values; return acts; })",
                  [act_id, values])
    page.reload()


ACT_PAGES = [("", act_id) for act_id in STAGE_IDS + ["final"]] + [("en/", "initiation"), ("en/", "final")]


@pytest.mark.parametrize("prefix, act_id", ACT_PAGES, ids=[prefix + act_id for prefix, act_id in ACT_PAGES])
def test_no_act_page_scrolls_sideways_on_a_phone(page, site_url, prefix, act_id):
    page.goto(f"{site_url}{prefix}acts/{act_id}/")
    modes = ["stages", "end"] if act_id == "final" else [None]
    for filled in (False, True):
        if filled:
            seed_filled(page, act_id)
        for width in (360, 390):
            page.set_viewport_size({"width": width, "height": 800})
            for mode in modes:
                if mode:
                    page.check(f'input[name="acceptance"][value="{mode}"]')
                for version in VERSIONS:
                    page.check(f'input[name="version"][value="{version}"]')
                    assert overflow(page) <= 0, f"{prefix}acts/{act_id} ({version}, {mode}, filled={filled}) at {width} px"
                    # the act itself is wider than a phone: it scrolls inside its own box
                    box = page.evaluate("(() => { const a = document.querySelector('.playbook-act');"
                                        " return [a.scrollWidth, a.clientWidth, getComputedStyle(a).overflowX]; })()")
                    assert box[2] == "auto" and box[1] <= width and box[0] > box[1]


def test_the_bilingual_form_stays_within_the_article_on_a_desktop(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    for act_id in ("testing-launch-prep", "final"):
        page.goto(f"{site_url}acts/{act_id}/")
        seed_filled(page, act_id)
        for mode in (["stages", "end"] if act_id == "final" else [None]):
            if mode:
                page.check(f'input[name="acceptance"][value="{mode}"]')
            page.check('input[name="version"][value="bilingual"]')
            outside = page.evaluate("""() => {
                const article = document.querySelector('.md-content__inner').getBoundingClientRect();
                return [...document.querySelectorAll('.playbook-act-form fieldset, .playbook-act-form input,'
                                                      + ' .playbook-act-form select, .playbook-act-form button')]
                  .filter(node => node.checkVisibility())
                  .filter(node => node.getBoundingClientRect().right > article.right + 0.5
                                  || node.scrollWidth > node.clientWidth + 1 && node.tagName === 'FIELDSET')
                  .map(node => node.tagName + (node.id ? '#' + node.id : '.' + node.className));
            }""")
            assert not outside, f"{act_id} ({mode}): {outside}"
            assert overflow(page) <= 0


LABELS = """() => [...document.querySelectorAll('.playbook-act-form input, .playbook-act-form select,'
                                              + ' .playbook-act-form textarea')]
    .filter(control => control.checkVisibility())
    .map(control => {
      const labels = [...control.labels].filter(label => label.checkVisibility()
        && label.getBoundingClientRect().width > 0 && label.textContent.trim());
      return [control.id || control.name || control.outerHTML.slice(0, 80), labels.length,
              control.getAttribute('placeholder') || ''];
    })"""


@pytest.mark.parametrize("path, mode", [("acts/go-live/", None), ("en/acts/final/", "stages"), ("acts/final/", "end")])
def test_every_field_keeps_a_visible_label_once_filled(page, site_url, path, mode):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + path)
    if mode:
        page.check(f'input[name="acceptance"][value="{mode}"]')
    page.check('input[name="version"][value="bilingual"]')  # every input of both languages shows
    fields = page.locator(".playbook-act-form input:visible, .playbook-act-form textarea:visible")
    for index in range(fields.count()):
        field = fields.nth(index)
        kind = field.get_attribute("type") or "text"
        if field.is_disabled():
            continue
        if kind == "date":
            field.fill("2026-11-28")
        elif kind not in ("radio", "checkbox"):
            field.fill("7")
    found = page.evaluate(LABELS)
    assert len(found) > 20
    unlabelled = [name for name, labels, _ in found if not labels]
    assert not unlabelled, f"no visible label: {unlabelled}"
    assert not [name for name, _, placeholder in found if placeholder], "a placeholder is not a label"
    # the row editor's own controls included
    names = [name for name, *_ in found]
    assert ("act-row-0-unit" in names and "act-row-0-price" in names) if mode != "stages" \
        else "act-stage-initiation-amount" in names


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_a_price_that_is_not_a_number_is_flagged_and_the_total_is_incomplete(page, site_url, lang):
    page.goto(site_url + ("en/" if lang == "en" else "") + "acts/development/")
    page.fill('input[data-row="0"][data-key="qty"]', "2")
    page.fill('input[data-row="0"][data-key="price"]', "1000")
    page.fill('input[data-row="1"][data-key="qty"]', "1")
    page.fill('input[data-row="1"][data-key="price"]', "12o0")
    price = page.locator('input[data-row="1"][data-key="price"]')
    assert price.get_attribute("aria-invalid") == "true"
    # the message is next to the field: in its group, right under it, and tied to it
    error = page.locator("#" + price.get_attribute("aria-describedby"))
    assert error.is_visible() and error.inner_text() == ui("act_page_bad_number", lang, value="12o0")
    assert error.evaluate("(node, input) => node.parentNode === input.parentNode", price.element_handle())
    field_box, error_box = price.bounding_box(), error.bounding_box()
    assert 0 <= error_box["y"] - (field_box["y"] + field_box["height"]) < 20
    # the total says it is incomplete, in the form and in the act; no partial sum is printed as the total
    total = page.locator(".playbook-act-form__total")
    assert total.inner_text() == ui("act_page_total_incomplete", lang, rows="2")
    sheet = page.locator("article.playbook-act__sheet:not([hidden])")
    cells = [cell.inner_text() for cell in sheet.locator(".playbook-act__totals td").all()]
    incomplete = ACTS["document"]["total_incomplete"][lang]
    assert cells and all(cell == incomplete for cell in cells)
    for name in ("total_figure", "total_words"):
        assert sheet.locator(f'[data-field="{name}"]').inner_text() == ""
    assert "2 000" not in " ".join(cells) and "2,000" not in " ".join(cells)
    # a row with a price but no quantity is not counted either, and says so
    page.fill('input[data-row="1"][data-key="price"]', "1200")
    assert total.inner_text() == ui("act_page_total", lang, total="3\u00a0200,00 грн" if lang == "uk" else "UAH 3,200.00")
    assert page.locator(".playbook-act-form__error").count() == 0 and price.get_attribute("aria-invalid") is None
    page.fill('input[data-row="2"][data-key="price"]', "50")
    assert total.inner_text() == ui("act_page_total_incomplete", lang, rows="3")
    page.fill('input[data-row="2"][data-key="qty"]', "2")
    assert ("3\u00a0300,00" if lang == "uk" else "3,300.00") in sheet.locator(".playbook-act__totals").inner_text()

"""The final act's two ways of acceptance, and stage acts saved with the old checklist rows, in a
real browser: what the act lists and totals, what is stored, what prints (PDF, pypdf)."""
import io
import json

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from support import REPO
from macros.core.i18n import ui
from macros.site_content import load_content

pytestmark = pytest.mark.browser

CONTENT = load_content(REPO / "data")
ACTS = CONTENT.files["acts"]
STAGES = CONTENT.stages
OLD_ROWS = json.loads((REPO / "macros" / "acts" / "checklist_rows.json").read_text(encoding="utf-8"))["rows"]
PHONE = {"width": 390, "height": 844}
PARTIES = {"number": "F-1", "date": "2027-01-29", "city": "Київ", "city_en": "Kyiv", "contract_number": "5/2026",
           "contract_date": "2026-09-01", "contractor_name": "Виконавець-Тест", "contractor_name_en": "Test Contractor",
           "client_name": "Замовник-Тест", "client_name_en": "Test Client", "contractor_signatory": "Т. Т. Тестовий",
           "client_signatory": "П. П. Пробна"}


def seed(page, acts):
    """Store acts the way the form does (through the projects API), then reload."""
    page.evaluate("(acts) => PlaybookProjects.updateSection('acts', section => Object.assign(section, acts))", acts)
    page.reload()


def stored(page, act_id):
    return page.evaluate("(id) => PlaybookProjects.section('acts')[id]", act_id)


def shown(page):
    return page.locator("article.playbook-act__sheet:not([hidden])")


def text(locator):
    return " ".join(locator.inner_text().split())


def pdf_of(page):
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    page.emulate_media(media="screen")
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def stage_act(number, date, price, currency="UAH"):
    return {"number": number, "date": date, "currency": currency, "vat_mode": "none",
            "rows": [{"uk": "Послуга", "en": "Service", "unit": "service", "qty": "1", "price": price}]}


# --- the final act accepted stage by stage ----------------------------------------------------------

def test_the_final_act_lists_the_stage_acts_of_the_project_and_has_no_total(page, site_url):
    page.goto(site_url + "acts/final/")
    seed(page, {"initiation": stage_act("1", "2026-10-02", "1000"),
                "configuration": stage_act("2", "2026-11-05", "2500,5"),
                "development": stage_act("3", "2026-12-01", "700", currency="USD")})
    assert page.is_checked('input[name="acceptance"][value="stages"]')
    sheet = shown(page)
    assert sheet.get_attribute("data-acceptance") == "stages"
    rows = sheet.locator("tbody.playbook-act__stage-act-rows tr")
    required = [s for s in STAGES if not s.get("optional")]
    assert rows.count() == len(required)
    assert text(rows.nth(0)) == "1 Акт № 1 від «2» жовтня 2026 р. за етапом 1 «Ініціація проєкту (Odoo Cloud)» 1 000,00"
    assert text(rows.nth(1)).endswith("«5» листопада 2026 р. за етапом 2 «Налаштування та конфігурація» 2 500,50")
    # a stage act in another currency: its amount is left to the user, who is told why
    assert text(rows.nth(2).locator(".playbook-act__c-amount")) == ""
    hint = page.locator('.playbook-act-form__stage-act:has([data-stage="development"]) .playbook-act-form__hint')
    assert "USD" in hint.inner_text()
    # no total of its own, anywhere
    assert sheet.locator(".playbook-act__totals, .playbook-act__total, [data-field='total_words']").count() == 0
    assert "гривень" not in text(sheet)
    assert " ".join(ACTS["final"]["stage_acts"]["reference"]["uk"].split()) in text(sheet)
    # editable: what is typed here wins, and only this act keeps it
    page.fill('[data-stage="initiation"][data-key="number"]', "1-А")
    page.fill('[data-stage="development"][data-key="amount"]', "28 000")
    assert text(rows.nth(0)).startswith("1 Акт № 1-А від «2» жовтня 2026 р.")
    assert text(rows.nth(2).locator(".playbook-act__c-amount")) == "28 000,00"
    assert stored(page, "final")["stage_acts"]["initiation"] == {"number": "1-А"}
    assert stored(page, "initiation")["number"] == "1"
    # a stage left out; the optional stage comes in when ticked
    page.uncheck('[data-stage="post-launch"][data-key="include"]')
    page.check('[data-stage="additional-training"][data-key="include"]')
    numbers = [text(row.locator(".playbook-act__c-name")) for row in rows.all()]
    assert len(numbers) == len(required) and any("«Додаткове навчання»" in n for n in numbers)
    assert not any("«Підтримка та розвиток після запуску»" in n for n in numbers)
    page.reload()
    assert not page.is_checked('[data-stage="post-launch"][data-key="include"]')
    assert page.input_value('[data-stage="development"][data-key="amount"]') == "28 000"


def test_a_bad_amount_of_a_stage_act_is_flagged_next_to_it(page, site_url):
    page.goto(site_url + "acts/final/")
    field = page.locator('[data-stage="go-live"][data-key="amount"]')
    field.fill("10к")
    assert field.get_attribute("aria-invalid") == "true"
    error = page.locator("#" + field.get_attribute("aria-describedby"))
    assert "10к" in error.inner_text() and error.is_visible()


@pytest.mark.parametrize("version, prefix, max_pages", [("uk", "", 1), ("en", "en/", 1), ("bilingual", "", 2)])
@pytest.mark.parametrize("acceptance", ["stages", "end"])
def test_both_ways_of_acceptance_print_within_their_page_limit(page, site_url, acceptance, version, prefix, max_pages):
    page.goto(site_url + prefix + "acts/final/")
    acts = {stage["id"]: stage_act(str(stage["number"]), "2026-10-02", "1000")
            for stage in STAGES if not stage.get("optional")}
    final = dict(PARTIES, version=version, currency="UAH", vat_mode="none", acceptance=acceptance)
    if acceptance == "end":
        final["rows"] = [{"uk": row["uk"], "en": row["en"], "unit": "service", "qty": "1", "price": "1000"}
                         for row in json.loads(page.locator(".playbook-act-config").text_content())["rows"]]
    seed(page, dict(acts, final=final))
    pages = pdf_of(page)
    assert len(pages) <= max_pages, f"{acceptance}/{version}: {len(pages)} pages"
    printed = " ".join(pages)
    langs = ("uk", "en") if version == "bilingual" else (version,)
    required = len([s for s in STAGES if not s.get("optional")])
    words = {"uk": "Сім тисяч гривень 00 копійок", "en": "Seven thousand hryvnias and 00 kopiykas"}
    assert required == 7, "the amounts in words below are for seven stages"
    for lang in langs:
        assert ACTS["document"]["final_line"][lang] in printed
        assert ACTS["document"]["seal"][lang] in printed
        reference = " ".join(ACTS["final"]["stage_acts"]["reference"][lang].split())
        if acceptance == "stages":
            assert reference in printed and words[lang] not in printed
            assert ACTS["final"]["stage_acts"]["columns"]["document"][lang] in printed
        else:
            assert reference not in printed and words[lang] in printed
    if acceptance == "stages":
        assert ("Акт № 7 від" if "uk" in langs else "Acceptance certificate No. 7 dated") in printed
    else:
        assert ("Послуги з впровадження Odoo за етапом 8" if "uk" in langs else
                "Odoo implementation services for stage 8") in printed
    if version == "bilingual":
        assert "Ukrainian text prevails" in printed


def test_prices_saved_in_a_final_act_are_kept_aside_not_deleted(page, site_url):
    """An act saved before there was a choice printed its works and total: it opens that way, and
    accepting stage by stage puts its prices aside with a notice instead of deleting them."""
    page.goto(site_url + "acts/final/")
    rows = [{"uk": f"Робота {n}", "en": f"Work {n}", "unit": "service", "qty": "1", "price": "1000"} for n in (1, 2)]
    seed(page, {"final": {"number": "9", "rows": rows}})
    assert page.is_checked('input[name="acceptance"][value="end"]')
    assert "2 000,00" in text(shown(page).locator(".playbook-act__totals"))
    notice = page.locator('[data-notice="prices-aside"]')
    assert notice.is_hidden()
    page.check('input[name="acceptance"][value="stages"]')
    assert notice.is_visible()
    assert notice.inner_text().strip() == ui("act_page_prices_aside", "uk", n=2).strip()
    assert shown(page).locator(".playbook-act__totals").count() == 0
    assert stored(page, "final")["rows"] == rows and stored(page, "final")["acceptance"] == "stages"
    page.reload()
    assert notice.is_visible() and stored(page, "final")["rows"] == rows
    page.check('input[name="acceptance"][value="end"]')
    assert notice.is_hidden()
    assert "2 000,00" in text(shown(page).locator(".playbook-act__totals"))


def test_a_damaged_list_of_stage_acts_is_refused(page, site_url):
    page.goto(site_url + "acts/final/")
    for damaged, where in [("not a group", "final.stage_acts"), ({"Bad Id": {}}, "final.stage_acts.Bad Id"),
                           ({"initiation": {"number": 5}}, "final.stage_acts.initiation.number")]:
        bad = {"format": "odoo-playbook-project", "version": 1,
               "project": {"id": "p-x", "name": "X", "acts": {"final": {"stage_acts": damaged}}}}
        detail = page.evaluate("(bad) => { try { PlaybookProjects.validateExport(bad); return 'valid'; }"
                               " catch (e) { return e.message; } }", bad)
        assert where in detail, detail
    good = {"format": "odoo-playbook-project", "version": 1,
            "project": {"id": "p-x", "name": "X", "acts": {"final": {"stage_acts": {"initiation": {"number": "1"}}}}}}
    assert page.evaluate("(good) => { PlaybookProjects.validateExport(good); return 'valid'; }", good) == "valid"


# --- stage acts saved with the old checklist rows ----------------------------------------------------

def old_rows(stage_id, priced=True):
    rows = [dict(row, unit="", qty="", price="") for row in OLD_ROWS[stage_id]]
    if priced:
        rows[0].update(unit="service", qty="1", price="5000")
    return rows


def test_an_act_with_the_old_checklist_rows_keeps_them_until_the_user_chooses(page, site_url):
    page.goto(site_url + "acts/initiation/")
    own = {"uk": "Моя власна послуга", "en": "My own service", "unit": "", "qty": "", "price": ""}
    rows = old_rows("initiation") + [own]
    seed(page, {"initiation": {"number": "4", "rows": rows}})
    notice = page.locator('[data-notice="former-rows"]')
    assert notice.is_visible()
    message = notice.inner_text()
    assert ui("act_page_former_rows", "uk", n=len(OLD_ROWS["initiation"]),
              example=OLD_ROWS["initiation"][0]["uk"]).split()[:6] == message.split()[:6]
    assert OLD_ROWS["initiation"][0]["uk"] in message and ui("act_page_former_rows_prices", "uk") in message
    # nothing changes by itself: not on load, not on a reload, not while other fields are edited
    page.fill('[name="city"]', "Львів")
    page.reload()
    assert stored(page, "initiation")["rows"] == rows
    assert OLD_ROWS["initiation"][0]["uk"] in text(shown(page))
    # one click: the stage's services, then the rows the user wrote
    page.click('[data-action="replace-former-rows"]')
    services = CONTENT.stage("initiation")["services"]
    expected = [{"uk": s["uk"], "en": s["en"], "unit": "", "qty": "", "price": ""} for s in services] + [own]
    assert stored(page, "initiation")["rows"] == expected
    names = [text(cell) for cell in shown(page).locator("tbody.playbook-act__rows .playbook-act__c-name").all()]
    assert names == [s["uk"] for s in services] + [own["uk"]]
    assert page.inner_text(".playbook-act-form__status") == ui("act_page_former_rows_replaced", "uk")
    # and it can be taken back on this visit
    page.click('[data-action="undo-replace"]')
    assert stored(page, "initiation")["rows"] == rows
    assert notice.locator('[data-action="replace-former-rows"]').is_visible()


def test_the_english_rows_of_an_old_act_are_recognised_too(page, site_url):
    page.goto(site_url + "en/acts/go-live/")
    rows = [{"uk": "", "en": row["en"], "unit": "", "qty": "", "price": ""} for row in OLD_ROWS["go-live"][:2]]
    seed(page, {"go-live": {"version": "en", "rows": rows}})
    notice = page.locator('[data-notice="former-rows"]')
    assert notice.is_visible() and OLD_ROWS["go-live"][0]["en"] in notice.inner_text()
    assert ui("act_page_former_rows_prices", "en") not in notice.inner_text()


def test_an_act_that_lists_services_gets_no_notice(page, site_url):
    page.goto(site_url + "acts/development/")
    page.fill('input[data-row="0"][data-key="price"]', "100")
    page.fill('input[data-row="0"][data-key="qty"]', "1")
    page.reload()
    assert page.locator('[data-notice="former-rows"]').is_hidden()
    assert stored(page, "development")["rows"][0]["uk"] == CONTENT.stage("development")["services"][0]["uk"]


# --- accessibility of the new states ------------------------------------------------------------------

def violations(page):
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {v['help']} — " + ", ".join(str(n["target"]) for n in v["nodes"][:5])
            for v in results.response["violations"]]


@pytest.mark.parametrize("path", ["acts/final/", "en/acts/final/"])
def test_no_axe_violations_in_the_final_act_accepted_stage_by_stage_on_a_phone(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    # the final act takes the first stage act's currency (USD); the second one is in UAH
    seed(page, {"initiation": stage_act("1", "2026-10-02", "1000", currency="USD"),
                "configuration": stage_act("2", "2026-11-02", "1000"),
                "final": {"rows": old_rows("initiation"), "acceptance": "stages", "version": "bilingual"}})
    page.fill('[data-stage="go-live"][data-key="amount"]', "abc")
    assert page.locator('[data-notice="prices-aside"]').is_visible()
    assert page.locator(".playbook-act-form__hint").count() == 1
    assert not violations(page)


@pytest.mark.parametrize("path", ["acts/initiation/", "en/acts/initiation/"])
def test_no_axe_violations_with_the_old_rows_notice_and_a_bad_price(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    seed(page, {"initiation": {"rows": old_rows("initiation"), "version": "bilingual"}})
    page.fill('input[data-row="1"][data-key="price"]', "12o0")
    assert page.locator('[data-notice="former-rows"]').is_visible()
    assert page.locator(".playbook-act-form__error").is_visible()
    assert not violations(page)
    page.click('[data-action="replace-former-rows"]')
    assert page.locator('[data-action="undo-replace"]').is_visible()
    assert not violations(page)

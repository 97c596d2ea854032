"""The project page (project/): the plan, the status derived from ticks and acts, the printed
one-page status report, the share link and the Odoo CSV with deadlines, in real Chromium.

"Today" is fixed with Playwright's clock, so "overdue" does not depend on the day the tests run."""
import csv
import hashlib
import io
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from macros.site_content import load_content
from support import REPO

pytestmark = pytest.mark.browser

KEY = "odoo-playbook.v1"
AXE = Axe()
CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
TODAY = "2026-12-02T10:00:00"
PREFIX = {"uk": "", "en": "en/"}


def required(stage_id):
    stage = CONTENT.stage(stage_id)
    return [item["id"] for item in stage["checklist"] if not item.get("optional")]


def optional(stage_id):
    return [item["id"] for item in CONTENT.stage(stage_id)["checklist"] if item.get("optional")]


def engagement_project(**sections):
    """A project in progress: stage 1 done (ticks on two days, its act filled in), stage 2 begun and
    overdue, stage 6 left out of the contract, stage 3 planned in the future."""
    first, second = STAGES[0]["id"], STAGES[1]["id"]
    ticks = {item: True for item in required(first)}
    ticks[required(second)[0]] = True
    times = {item: "2026-10-05T09:00:00.000Z" for item in required(first)}
    times[required(first)[-1]] = "2026-10-20T09:00:00.000Z"
    times[required(second)[0]] = "2026-11-03T09:00:00.000Z"
    project = {
        "name": "ТОВ «Приклад» <b>",
        "created": "2026-10-01T08:00:00Z", "updated": "2026-11-03T09:00:00Z",
        "checklist": ticks, "ticked_at": times,
        "plan": {"stages": {
            first: {"start": "2026-10-01", "end": "2026-10-31"},
            second: {"start": "2026-11-01", "end": "2026-11-30"},
            STAGES[2]["id"]: {"start": "2026-12-01", "end": "2027-01-31"},
            "additional-training": {"excluded": True}}},
        "acts": {first: {"number": "7/1", "date": "2026-10-21", "currency": "UAH", "vat_mode": "none",
                         "rows": [{"uk": "Послуга", "en": "Service", "unit": "service", "qty": "1", "price": "12500"}],
                         "client_name": "ТОВ «Приклад»"}},
        "parties": {"contract_number": "K-15", "contract_date": "2026-09-30", "client_name": "ТОВ «Приклад»"},
    }
    project.update(sections)
    return project


def seed(page, site_url, project, path="project/", project_id="p-client"):
    page.goto(site_url + path)
    value = {"version": 1, "current": project_id, "projects": {project_id: project}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(value)])
    page.reload()
    if path.endswith("project/"):
        wait_ready(page)


def wait_ready(page):
    page.wait_for_function("document.querySelector('.playbook-report__table tr[data-status]')")


def stored_project(page, project_id=None):
    value = json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))
    return value["projects"][project_id or value["current"]]


def row(page, stage_id):
    return page.locator(f'.playbook-report__table tr[data-stage="{stage_id}"]')


def cell(page, stage_id, name):
    return " ".join(row(page, stage_id).locator(f'[data-cell="{name}"]').inner_text().split())


def violations(page):
    return [f"{v['id']}: {v['help']} — {[node['target'] for node in v['nodes'][:3]]}"
            for v in AXE.run(page).response["violations"]]


@pytest.fixture
def fixed_today(page):
    page.clock.set_fixed_time(TODAY)
    return page


# --- the plan -------------------------------------------------------------------------------------

def test_plan_dates_are_kept_across_a_reload_and_the_language_switch(page, site_url):
    page.goto(site_url + "project/")
    wait_ready(page)
    page.fill("#plan-initiation-start", "2026-10-01")
    page.fill("#plan-initiation-end", "2026-10-31")
    page.locator("#plan-initiation-end").dispatch_event("change")
    page.locator("#plan-additional-training-excluded").check()
    assert stored_project(page)["plan"] == {"stages": {"initiation": {"start": "2026-10-01", "end": "2026-10-31"},
                                                       "additional-training": {"excluded": True}}}
    page.reload()
    wait_ready(page)
    assert page.input_value("#plan-initiation-start") == "2026-10-01"
    assert page.input_value("#plan-initiation-end") == "2026-10-31"
    page.goto(site_url + "en/project/")
    wait_ready(page)
    assert page.input_value("#plan-initiation-end") == "2026-10-31"
    assert page.locator("#plan-additional-training-excluded").is_checked()
    assert cell(page, "initiation", "plan") == "Oct 1, 2026 – Oct 31, 2026"
    assert cell(page, "additional-training", "status") == "Not in this contract"
    # only the optional stage can be left out of the contract
    assert page.locator('input[data-key="excluded"]').count() == sum(1 for s in STAGES if s.get("optional"))


def test_an_end_before_the_start_is_flagged_next_to_its_field(page, site_url):
    page.goto(site_url + "en/project/")
    wait_ready(page)
    page.fill("#plan-go-live-start", "2026-12-10")
    page.fill("#plan-go-live-end", "2026-12-01")
    page.locator("#plan-go-live-end").dispatch_event("change")
    problem = page.locator("#plan-go-live-problem")
    assert problem.is_visible() and problem.inner_text() == "The end is before the start."
    assert page.get_attribute("#plan-go-live-end", "aria-describedby") == "plan-go-live-problem"


# --- the derived status ---------------------------------------------------------------------------

def test_status_is_derived_from_the_ticks_the_plan_and_the_acts(fixed_today, site_url):
    page = fixed_today
    seed(page, site_url, engagement_project(), "en/project/")
    first, second, third = STAGES[0]["id"], STAGES[1]["id"], STAGES[2]["id"]
    assert row(page, first).get_attribute("data-status") == "done"
    assert cell(page, first, "status") == "Done"
    n = len(required(first))
    assert cell(page, first, "progress") == f"{n} of {n} optional: 0 of {len(optional(first))}"
    assert cell(page, first, "ticks") == "Oct 5, 2026 – Oct 20, 2026"
    assert cell(page, first, "certificate") == "No. 7/1 dated Oct 21, 2026, UAH 12,500.00"
    assert row(page, second).get_attribute("data-status") == "in_progress"
    assert cell(page, second, "progress") == f"1 of {len(required(second))}"
    assert cell(page, second, "ticks") == "Nov 3, 2026"
    assert cell(page, second, "certificate") == "none"
    assert row(page, third).get_attribute("data-status") == "not_started"
    assert cell(page, third, "ticks") == "no ticks yet"
    assert row(page, "additional-training").get_attribute("data-status") == "skipped"
    # the current stage is the first that is neither done nor skipped; its open items, with owners
    assert row(page, second).get_attribute("class").split().count("is-current") == 1
    heading = page.locator(".playbook-report__open-stage").inner_text()
    assert STAGES[1]["title"]["en"] in heading
    items = page.locator(".playbook-report__open-items > li")
    open_items = [item for item in CONTENT.stage(second)["checklist"] if not item.get("optional")][1:]
    assert items.first.inner_text().startswith(open_items[0]["text"]["en"].split("[[")[0][:20])
    owned = (open_items[0].get("guidance") or {}).get("who")
    assert ("owner:" in items.first.inner_text()) == bool(owned)
    assert items.count() == min(len(open_items), 5) + (1 if len(open_items) > 5 else 0)
    # the project's name is text, never markup
    assert page.locator('[data-report="project"]').inner_text() == "ТОВ «Приклад» <b>"


def test_unticking_the_last_item_makes_a_done_stage_in_progress_again(page, site_url):
    first = STAGES[0]["id"]
    seed(page, site_url, engagement_project(), "checklists/" + first + "/")
    page.locator("#check-" + required(first)[0]).uncheck()
    assert required(first)[0] not in stored_project(page)["ticked_at"]
    page.goto(site_url + "project/")
    wait_ready(page)
    assert row(page, first).get_attribute("data-status") == "in_progress"


def test_a_tick_records_its_time_beside_the_tick(fixed_today, site_url):
    page = fixed_today
    page.goto(site_url + "checklists/configuration/")
    item = required("configuration")[0]
    page.locator("#check-" + item).check()
    project = stored_project(page)
    assert project["checklist"] == {item: True}
    assert project["ticked_at"][item].startswith("2026-12-02T")
    page.goto(site_url + "en/project/")
    wait_ready(page)
    assert cell(page, "configuration", "ticks") == "Dec 2, 2026"
    assert cell(page, "configuration", "status") == "In progress"


def test_ticks_saved_before_tick_times_existed_say_so(page, site_url):
    project = engagement_project()
    del project["ticked_at"]
    seed(page, site_url, project, "en/project/")
    assert cell(page, STAGES[0]["id"], "ticks") == "tick dates not recorded"


def test_overdue_stages_are_highlighted(fixed_today, site_url):
    page = fixed_today
    seed(page, site_url, engagement_project(), "en/project/")
    second = STAGES[1]["id"]
    assert "is-overdue" in row(page, second).get_attribute("class")
    assert cell(page, second, "status") == "In progress overdue"
    assert row(page, second).locator(".playbook-report__overdue").is_visible()
    # done on time, planned in the future, or never planned: not overdue
    for stage_id in (STAGES[0]["id"], STAGES[2]["id"], STAGES[3]["id"]):
        assert "is-overdue" not in (row(page, stage_id).get_attribute("class") or "")
    assert "is-overdue" in page.locator(f'.playbook-timeline__row[data-stage="{second}"]').get_attribute("class")
    # the next day after the plan's end of a future stage, it is overdue too
    page.clock.set_fixed_time("2027-02-01T10:00:00")
    page.reload()
    wait_ready(page)
    assert "is-overdue" in row(page, STAGES[2]["id"]).get_attribute("class")


def test_the_timeline_draws_planned_and_actual_bars_on_one_scale(fixed_today, site_url):
    page = fixed_today
    seed(page, site_url, engagement_project(), "en/project/")
    first = page.locator(f'.playbook-timeline__row[data-stage="{STAGES[0]["id"]}"]')
    planned, actual = first.locator(".playbook-timeline__bar--planned"), first.locator(".playbook-timeline__bar--actual")
    assert planned.is_visible() and actual.is_visible()
    # planned Oct 1–31, actual Oct 5–20: the actual bar lies inside the planned one
    p, a = planned.bounding_box(), actual.bounding_box()
    assert p["x"] <= a["x"] and a["x"] + a["width"] <= p["x"] + p["width"] + 1
    assert "Planned: Oct 1, 2026 – Oct 31, 2026. Actual: Oct 5, 2026 – Oct 20, 2026." in first.inner_text()
    never = page.locator(f'.playbook-timeline__row[data-stage="{STAGES[4]["id"]}"]')
    assert not never.locator(".playbook-timeline__bar--planned").is_visible()
    # readable on a phone: the rows stay within the screen
    page.set_viewport_size({"width": 375, "height": 800})
    box = first.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375  # the table scrolls in its own box


def test_an_empty_project_shows_what_to_do(page, site_url):
    page.goto(site_url + "en/project/")
    wait_ready(page)
    assert page.locator(".playbook-timeline__empty").inner_text().startswith("The timeline appears once")
    assert cell(page, STAGES[0]["id"], "status") == "Not started"
    assert cell(page, STAGES[0]["id"], "plan") == "not planned"


# --- the contract and the parties, shared with the act form ---------------------------------------

def test_the_parties_are_entered_once_for_the_project_page_and_every_act(page, site_url):
    page.goto(site_url + "en/project/")
    wait_ready(page)
    page.fill("#parties-client_name_en", "Example LLC")
    page.fill("#parties-contract_number", "K-15")
    page.goto(site_url + "en/acts/configuration/")
    page.wait_for_selector(".playbook-act.is-live")
    assert page.input_value('.playbook-act-form [name="client_name_en"]') == "Example LLC"
    assert page.input_value('.playbook-act-form [name="contract_number"]') == "K-15"
    page.fill('.playbook-act-form [name="contract_number"]', "K-16")
    project = stored_project(page)
    assert project["parties"]["contract_number"] == "K-16"
    assert "contract_number" not in project.get("acts", {}).get("configuration", {})
    page.goto(site_url + "en/project/")
    wait_ready(page)
    assert page.input_value("#parties-contract_number") == "K-16"
    assert "K-16" in page.locator(".playbook-report__header").inner_text()


def test_acts_saved_before_the_shared_parties_keep_their_values_and_lend_them(page, site_url):
    acts = {"initiation": {"number": "1", "client_name": "Old LLC", "contract_number": "A-1"},
            "configuration": {"number": "2", "client_name": "Renamed LLC"}}
    project = {"name": "Old", "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z", "acts": acts}
    seed(page, site_url, project, "project/")
    # read from the acts, in stage order, without writing anything
    assert stored_project(page, "p-client") == project
    assert page.input_value("#parties-client_name") == "Old LLC"
    assert page.input_value("#parties-contract_number") == "A-1"
    # the first change writes the shared section, the values read from the acts included; the acts stay
    page.fill("#parties-contractor_name", "Consultant LLC")
    stored = stored_project(page)
    assert stored["parties"] == {"client_name": "Old LLC", "contract_number": "A-1", "contractor_name": "Consultant LLC"}
    assert stored["acts"] == acts
    # an act that holds its own value keeps showing it; an act without one shows the shared value
    page.goto(site_url + "acts/configuration/")
    page.wait_for_selector(".playbook-act.is-live")
    assert page.input_value('.playbook-act-form [name="client_name"]') == "Renamed LLC"
    assert page.input_value('.playbook-act-form [name="contract_number"]') == "A-1"
    page.goto(site_url + "acts/go-live/")
    page.wait_for_selector(".playbook-act.is-live")
    assert page.input_value('.playbook-act-form [name="client_name"]') == "Old LLC"
    assert page.input_value('.playbook-act-form [name="contractor_name"]') == "Consultant LLC"


# --- printing -------------------------------------------------------------------------------------

def pdf(page):
    page.emulate_media(media="print")
    return PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True))).pages


def flat(text):
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_status_report_prints_on_one_a4_page(fixed_today, site_url, lang):
    page = fixed_today
    seed(page, site_url, engagement_project(), PREFIX[lang] + "project/")
    pages = pdf(page)
    assert len(pages) == 1
    text = flat(pages[0].extract_text())
    words = {"uk": ("Звіт про стан проєкту", "Примітки", "Версія методології", "Наступні відкриті пункти"),
             "en": ("Project status report", "Remarks", "Methodology version", "Next open items")}[lang]
    for word in words:
        assert word in text
    assert "ТОВ «Приклад» <b>" in text and "K-15" in text
    for stage in STAGES:
        assert flat(stage["title"][lang])[:25] in text
    assert "7/1" in text  # the certificate issued
    # the screen's forms stay off paper
    assert ("Поділитися" if lang == "uk" else "Share a link") not in text


def test_the_report_repeats_the_table_header_when_more_stages_run_over(fixed_today, site_url):
    page = fixed_today
    seed(page, site_url, engagement_project(), "en/project/")
    # sixty stage rows: copies of the rendered rows (the print stylesheet is what is under test)
    page.evaluate("""() => {
        const body = document.querySelector('.playbook-report__table tbody');
        const rows = Array.from(body.rows);
        for (let i = 0; i < 6; i++) rows.forEach(row => body.appendChild(row.cloneNode(true)));
    }""")
    texts = [flat(sheet.extract_text()) for sheet in pdf(page)]
    assert len(texts) >= 2
    with_rows = [text for text in texts if STAGES[0]["title"]["en"][:20] in text or STAGES[7]["title"]["en"][:20] in text]
    assert len(with_rows) >= 2
    for text in with_rows:
        assert "First and last tick" in text and "Certificate" in text


# --- the share link -------------------------------------------------------------------------------

def make_link(page, parties=False, amounts=False):
    page.locator('[data-action="open-share"]').click()
    dialog = page.locator(".playbook-share__dialog")
    assert dialog.is_visible()
    dialog.locator("#playbook-share-parties").set_checked(parties)
    dialog.locator("#playbook-share-amounts").set_checked(amounts)
    dialog.locator('[data-action="make-link"]').click()
    page.wait_for_function("document.querySelector('.playbook-share__status').textContent")
    return dialog


def decoded(page, link):
    return page.evaluate("(data) => PlaybookShare.decode(data)", link.split("#share=", 1)[1])


def test_a_share_link_shows_the_same_status_elsewhere_and_saves_the_same_ticks(browser, fixed_today, site_url):
    page = fixed_today
    seed(page, site_url, engagement_project(), "en/project/")
    dialog = make_link(page)
    link = dialog.locator(".playbook-share__link").input_value()
    assert link.startswith(site_url + "en/project/#share=") and len(link) <= 2000
    cells = {stage["id"]: [cell(page, stage["id"], name) for name in ("plan", "status", "progress", "ticks")]
             for stage in STAGES}
    ticks = stored_project(page)["checklist"]

    other = browser.new_context(locale="en-GB")
    try:
        client = other.new_page()
        errors = []
        client.on("pageerror", lambda error: errors.append(str(error)))
        client.clock.set_fixed_time(TODAY)
        client.goto(link)
        client.wait_for_selector(".playbook-engagement__shared:not([hidden])")
        client.wait_for_function("document.documentElement.classList.contains('playbook-shared-snapshot')")
        banner = client.locator(".playbook-engagement__shared-text").inner_text()
        assert "shared snapshot" in banner and "ТОВ «Приклад» <b>" in banner
        for stage_id, expected in cells.items():
            assert [cell(client, stage_id, name) for name in ("plan", "status", "progress", "ticks")] == expected
        # read-only, and nothing saved yet
        assert client.locator("#plan-initiation-start").is_disabled()
        assert client.locator(".playbook-projects").is_hidden()
        assert "ТОВ" not in (client.evaluate(f"localStorage.getItem('{KEY}')") or "")
        client.locator('[data-action="save-shared"]').click()
        client.locator(".playbook-import__keep").click()
        client.wait_for_function("!document.documentElement.classList.contains('playbook-shared-snapshot')")
        saved = stored_project(client)
        assert saved["name"] == "ТОВ «Приклад» <b>" and saved["checklist"] == ticks
        assert saved["plan"] == engagement_project()["plan"]
        assert "#share=" not in client.url
        assert cell(client, STAGES[0]["id"], "status") == "Done"
        assert not errors
    finally:
        other.close()


def test_cancel_in_the_save_dialog_changes_nothing(browser, site_url):
    context = browser.new_context()
    try:
        page = context.new_page()
        seed(page, site_url, engagement_project(), "en/project/")
        link = make_link(page).locator(".playbook-share__link").input_value()
        before = page.evaluate(f"localStorage.getItem('{KEY}')")
        page.goto(site_url + "en/")
        page.goto(link)
        page.wait_for_function("document.documentElement.classList.contains('playbook-shared-snapshot')")
        page.locator('[data-action="save-shared"]').click()
        page.locator(".playbook-import__cancel").click()
        assert page.evaluate(f"localStorage.getItem('{KEY}')") == before
        assert page.locator(".playbook-engagement__shared-text").is_visible()
    finally:
        context.close()


def test_the_snapshot_holds_parties_and_amounts_only_when_asked(page, site_url):
    seed(page, site_url, engagement_project(), "en/project/")
    privacy = page.locator(".playbook-share__privacy")
    dialog = make_link(page)
    assert "Anyone who has the link can read" in privacy.inner_text()
    project = decoded(page, dialog.locator(".playbook-share__link").input_value())["project"]
    assert "parties" not in project
    assert project["acts"] == {STAGES[0]["id"]: {"number": "7/1", "date": "2026-10-21"}}
    assert "K-15" not in json.dumps(project)
    page.locator('[data-action="close-share"]').click()
    dialog = make_link(page, parties=True, amounts=True)
    project = decoded(page, dialog.locator(".playbook-share__link").input_value())["project"]
    assert project["parties"]["contract_number"] == "K-15"
    assert project["acts"][STAGES[0]["id"]]["rows"] == [{"qty": "1", "price": "12500"}]


def test_a_damaged_link_says_so_and_shows_the_own_project(page, site_url):
    page.goto(site_url + "en/project/#share=AAAA-not-a-snapshot")
    page.wait_for_function("document.querySelector('.playbook-engagement__shared-status').textContent")
    assert "damaged or cut short" in page.locator(".playbook-engagement__shared-status").inner_text()
    assert page.locator(".playbook-projects").is_visible()


def random_ids(n):
    return {"x" + hashlib.sha1(str(i).encode()).hexdigest()[:16]: True for i in range(n)}


def test_a_snapshot_too_long_for_a_link_offers_the_file_on_both_sides_of_the_limit(page, site_url):
    """Ticks of unknown items (incompressible ids) make the snapshot grow; the last count that fits
    makes a link of at most 2000 characters, one more makes none and offers the file instead."""
    seed(page, site_url, engagement_project(), "en/project/")
    fits = page.evaluate("""async (ids) => {
        const base = location.href.split('#')[0];
        const snap = PlaybookEngagement.snapshotOf({});
        let n = 0;
        for (; n < ids.length; n++) {
            snap.project.checklist[ids[n]] = true;
            const link = PlaybookShare.link(base, await PlaybookShare.encode(snap));
            if (link.length > 2000) break;
        }
        return n;
    }""", list(random_ids(200)))
    assert 0 < fits < 200
    for count, too_long in ((fits, False), (fits + 1, True)):
        project = engagement_project()
        project["checklist"] = {**project["checklist"], **dict(list(random_ids(count + 1).items())[:count])}
        seed(page, site_url, project, "en/project/")
        dialog = make_link(page)
        status = dialog.locator(".playbook-share__status").inner_text()
        if too_long:
            assert status.startswith("The snapshot does not fit in a link")
            assert dialog.locator(".playbook-share__result").is_hidden()
            with page.expect_download() as download:
                dialog.locator('[data-action="export-snapshot"]').click()
            saved = json.loads(open(download.value.path(), encoding="utf-8").read())
            assert saved["format"] == "odoo-playbook-project" and len(saved["project"]["checklist"]) == len(project["checklist"])
        else:
            assert status.startswith("The link is ready")
            assert len(dialog.locator(".playbook-share__link").input_value()) <= 2000
            assert dialog.locator(".playbook-share__fallback").is_hidden()


def test_without_compression_the_file_is_offered(browser, site_url):
    context = browser.new_context()
    context.add_init_script("delete window.CompressionStream; delete window.DecompressionStream;")
    try:
        page = context.new_page()
        seed(page, site_url, engagement_project(), "en/project/")
        dialog = make_link(page)
        assert dialog.locator(".playbook-share__status").inner_text().startswith("This browser cannot compress")
        assert dialog.locator('[data-action="export-snapshot"]').is_visible()
    finally:
        context.close()


# --- the Odoo CSV with deadlines ------------------------------------------------------------------

def test_the_odoo_csv_takes_each_stage_end_as_its_tasks_deadline(page, site_url, built_site):
    seed(page, site_url, engagement_project(), "en/project/")
    with page.expect_download() as download:
        page.locator('[data-action="download-csv"]').click()
    text = open(download.value.path(), encoding="utf-8", newline="").read()
    rows = list(csv.reader(io.StringIO(text)))
    built = list(csv.reader(io.StringIO((built_site / "en/checklists/odoo-tasks.csv").read_text(encoding="utf-8"))))
    assert rows[0] == built[0] + ["Deadline"]
    assert [r[:-1] for r in rows[1:]] == built[1:]  # the build's rows, unchanged
    deadline = {r[0]: r[-1] for r in rows[1:]}
    plan = engagement_project()["plan"]["stages"]
    for stage in STAGES:
        end = plan.get(stage["id"], {}).get("end", "")
        for item in stage["checklist"]:
            assert deadline["odoo_playbook_task_" + item["id"].replace("-", "_")] == end
    assert re.search(r"\d+ of \d+ tasks have a deadline", page.locator(".playbook-share__csv-status").inner_text())


# --- accessibility --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["uk", "en"])
def test_axe_finds_nothing_in_each_state(fixed_today, site_url, lang):
    page = fixed_today
    url = site_url + PREFIX[lang] + "project/"
    page.goto(url)
    wait_ready(page)
    assert not violations(page), "empty"
    in_progress = engagement_project(plan={})
    seed(page, site_url, in_progress, PREFIX[lang] + "project/")
    assert not violations(page), "in progress"
    seed(page, site_url, engagement_project(), PREFIX[lang] + "project/")
    assert page.locator(".playbook-report__overdue").count()
    assert not violations(page), "overdue"
    dialog = make_link(page)
    assert not violations(page), "share dialog"
    link = dialog.locator(".playbook-share__link").input_value()
    page.goto(site_url + PREFIX[lang])
    page.goto(link)
    page.wait_for_function("document.documentElement.classList.contains('playbook-shared-snapshot')")
    assert not violations(page), "opened from a link"

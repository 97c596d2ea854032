"""Nothing lost (issue 13): the three-choice import dialog (projects/import-dialog.js), the persistence
request, the last file save and its reminder, a store that cannot be written, an older store and the
default project's name per language. Real Chromium. (The language switch that keeps the anchor and the
filters: test_navigation_browser.py.)"""
import datetime
import json
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

KEY = "odoo-playbook.v1"
AXE = Axe()


def api(page, script, *args):
    return page.evaluate(f"(args) => {{ const P = window.PlaybookProjects; {script} }}", list(args))


def whole_storage(page):
    return page.evaluate("Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)]))")


def stored(page):
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))


def wait_for_script(page):
    page.wait_for_function("(document.querySelector('.playbook-projects__select') || {}).value")


def violations(page):
    return [f"{v['id']}: {v['help']} — {[n['target'] for n in v['nodes'][:5]]}"
            for v in AXE.run(page).response["violations"]]


def offer(page, exported):
    """Opens the dialog; the choice's outcome lands in window.__outcome."""
    page.evaluate("exported => { window.__outcome = undefined; PlaybookImport.offer(exported)"
                  ".then(o => { window.__outcome = o; }, e => { window.__outcome = 'error ' + e.code; }); }", exported)
    page.locator("dialog.playbook-import").wait_for(state="visible")


def outcome(page):
    page.wait_for_function("window.__outcome !== undefined")
    return page.evaluate("window.__outcome")


@pytest.fixture
def two_projects(page, site_url):
    """A checklist page with the exported copy of a ticked project, and a second project current."""
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    page.locator("#check-contract-signed").check()
    exported = api(page, "return P.exportProject();")
    api(page, "P.create('Client B');")
    return exported


@pytest.mark.parametrize("how", ["button", "escape"])
def test_cancel_changes_nothing(page, two_projects, how):
    exported = dict(two_projects, project=dict(two_projects["project"], name="Changed elsewhere",
                                               checklist={"subscription-confirmed": True}))
    before = whole_storage(page)
    offer(page, exported)
    dialog = page.locator("dialog.playbook-import")
    assert page.evaluate("document.querySelector('dialog.playbook-import').matches(':modal')")
    assert page.evaluate("document.activeElement.className").endswith("playbook-import__keep")
    assert dialog.locator(".playbook-import__replace").is_visible()
    assert "My project" in dialog.inner_text() and "Changed elsewhere" in dialog.inner_text()
    if how == "button":
        dialog.locator(".playbook-import__cancel").click()
    else:
        page.keyboard.press("Escape")
    assert outcome(page) == "cancelled"
    assert not dialog.is_visible()
    assert whole_storage(page) == before


def test_keep_both_imports_a_separate_project(page, two_projects):
    offer(page, two_projects)
    page.locator(".playbook-import__keep").click()
    assert outcome(page) == "kept"
    projects = stored(page)["projects"]
    assert len(projects) == 3
    current = stored(page)["current"]
    assert current != two_projects["project"]["id"]
    assert projects[current]["checklist"] == {"contract-signed": True}
    assert projects[two_projects["project"]["id"]]["checklist"] == {"contract-signed": True}


def test_replace_overwrites_the_copy_with_the_same_id(page, two_projects):
    project_id = two_projects["project"]["id"]
    exported = dict(two_projects, project=dict(two_projects["project"], name="Renamed at the client",
                                               checklist={"subscription-confirmed": True}))
    offer(page, exported)
    page.locator(".playbook-import__replace").click()
    assert outcome(page) == "replaced"
    value = stored(page)
    assert len(value["projects"]) == 2 and value["current"] == project_id
    assert value["projects"][project_id]["name"] == "Renamed at the client"
    assert value["projects"][project_id]["checklist"] == {"subscription-confirmed": True}


def test_replace_is_offered_only_for_a_project_this_browser_holds(page, two_projects):
    stranger = dict(two_projects, project=dict(two_projects["project"], id="p-elsewhere", name="Elsewhere"))
    offer(page, stranger)
    dialog = page.locator("dialog.playbook-import")
    assert not dialog.locator(".playbook-import__replace").is_visible()
    assert dialog.locator(".playbook-import__keep").inner_text() == "Save in this browser"
    assert not violations(page)
    dialog.locator(".playbook-import__keep").click()
    assert outcome(page) == "kept"
    assert stored(page)["current"] == "p-elsewhere"


def test_a_damaged_file_is_refused_before_any_dialog(page, two_projects):
    before = whole_storage(page)
    page.evaluate("() => { window.__outcome = undefined; PlaybookImport.offer({format: 'x'})"
                  ".then(o => { window.__outcome = o; }, e => { window.__outcome = 'error ' + e.code; }); }")
    assert outcome(page) == "error import-foreign"
    assert not page.locator("dialog.playbook-import").is_visible()
    assert whole_storage(page) == before


@pytest.mark.parametrize("path", ["checklists/initiation/", "en/acts/initiation/"])
def test_the_bar_imports_a_file_through_the_dialog_and_axe_finds_nothing(page, site_url, tmp_path, path):
    page.goto(site_url + path)
    wait_for_script(page)
    exported = api(page, "return P.exportProject();")
    exported["project"]["name"] = "З файлу"
    file = tmp_path / "project.json"
    file.write_text(json.dumps(exported), encoding="utf-8")
    opener = page.locator('.playbook-projects [data-action="import"]')
    with page.expect_file_chooser() as chooser:
        opener.click()
    chooser.value.set_files(str(file))
    dialog = page.locator("dialog.playbook-import")
    dialog.wait_for(state="visible")
    assert not violations(page)
    dialog.locator(".playbook-import__replace").click()
    page.locator(".playbook-projects__status").filter(has_text="project.json").wait_for()
    assert page.locator(".playbook-projects__name").inner_text() == "З файлу"
    assert page.evaluate("document.activeElement.getAttribute('data-action')") == "import"


# --- a store written by older code -------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# store-v1-main.json: what the code on main (store version 1, before issue 13) wrote after a rename,
# three ticks on two checklist pages and two acts filled in (made by driving that build in Chromium).
# store-v1-main.js: that code's store.js, frozen, to stand for an older tab or a cached page.
MAIN_STORE = json.loads((FIXTURES / "store-v1-main.json").read_text(encoding="utf-8"))
MAIN_STORE_SCRIPT = (FIXTURES / "store-v1-main.js").read_text(encoding="utf-8")


def seed(page, value):
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(value)])


@pytest.mark.parametrize("path", ["checklists/initiation/", "en/acts/initiation/", ""])
def test_a_store_written_by_the_previous_code_loads_with_nothing_lost(page, site_url, path):
    page.goto(site_url + path)
    seed(page, MAIN_STORE)
    page.reload()
    project_id = MAIN_STORE["current"]
    assert api(page, "return P.problem();") is None
    assert api(page, "return P.current().name;") == "ТОВ «Приклад»"
    assert api(page, "return P.section('checklist');") == MAIN_STORE["projects"][project_id]["checklist"]
    assert api(page, "return P.section('acts');") == MAIN_STORE["projects"][project_id]["acts"]
    assert stored(page) == MAIN_STORE, "loading alone writes nothing"
    # a change keeps every old value and adds only the store's own section
    api(page, "P.updateSection('checklist', s => { s['nda-signed'] = true; });")
    after = stored(page)["projects"][project_id]
    before = MAIN_STORE["projects"][project_id]
    assert after["checklist"] == dict(before["checklist"], **{"nda-signed": True})
    assert after["acts"] == before["acts"] and after["name"] == before["name"] and after["created"] == before["created"]
    assert set(after) == set(before) | {"meta"}


def test_the_previous_code_reads_a_store_with_the_new_sections(page, site_url):
    """An older open tab (store.js of main, version 1) accepts what this code writes — the store's
    own section and the sections other features add (plan, parties) — and keeps them untouched."""
    page.goto(site_url + "checklists/initiation/")
    wait_for_script(page)
    page.locator("#check-contract-signed").check()
    api(page, "P.rename(P.current().id, 'Acme');")
    api(page, "P.exportProject(null, {toFile: true});")
    for section, value in (("plan", {"stages": {"initiation": {"start": "2026-12-01"}}}), ("parties", {"client": "Acme"})):
        api(page, "P.updateSection(args[0], () => args[1]);", section, value)
    written = stored(page)
    project = written["projects"][written["current"]]
    assert {"meta", "plan", "parties", "checklist"} <= set(project)
    page.evaluate("delete window.PlaybookProjects")
    page.add_script_tag(content=MAIN_STORE_SCRIPT)
    assert api(page, "return P.problem();") is None
    assert api(page, "return P.section('plan');") == {"stages": {"initiation": {"start": "2026-12-01"}}}
    api(page, "P.updateSection('checklist', s => { s['nda-signed'] = true; });")
    kept = stored(page)["projects"][written["current"]]
    assert kept["meta"] == project["meta"] and kept["parties"] == {"client": "Acme"}
    assert kept["checklist"] == {"contract-signed": True, "nda-signed": True}


# --- the browser refuses to store ---------------------------------------------------------------

REFUSE_WRITES = """
const realSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (window.__storageFull && this === window.localStorage) {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  }
  return realSetItem.call(this, key, value);
};
"""


def test_a_refused_write_is_reported_at_once_and_nothing_typed_is_lost(page, site_url):
    page.context.add_init_script(REFUSE_WRITES)
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    page.locator("#check-contract-signed").check()
    saved = stored(page)
    page.evaluate("window.__storageFull = true")
    page.locator("#check-subscription-confirmed").check()
    problem = page.locator(".playbook-projects__problem")
    assert problem.is_visible() and problem.get_attribute("role") == "alert"
    assert "did not save your last change" in problem.inner_text()
    assert problem.locator('[data-action="save-file"]').is_visible()
    assert problem.locator('[data-action="reset-storage"]').is_hidden()
    assert stored(page) == saved
    assert not violations(page)
    # the values stay in memory, and every change is kept there while writes fail
    page.locator("#check-nda-signed").check()
    ticks = {"contract-signed": True, "subscription-confirmed": True, "nda-signed": True}
    assert api(page, "return P.section('checklist');") == ticks
    with page.expect_download() as download:
        problem.locator('[data-action="save-file"]').click()
    assert json.loads(download.value.path().read_text(encoding="utf-8"))["project"]["checklist"] == ticks
    # storage comes back: the next change stores everything, the alert goes
    page.evaluate("window.__storageFull = false")
    page.locator("#check-user-accounts-connected").check()
    assert stored(page)["projects"][stored(page)["current"]]["checklist"] == dict(ticks, **{"user-accounts-connected": True})
    assert problem.is_hidden()
    assert "saving again" in page.locator(".playbook-projects__status").inner_text()


def test_storage_refused_from_the_first_visit_is_said_at_once(page, site_url):
    page.context.add_init_script("window.__storageFull = true;" + REFUSE_WRITES)
    page.goto(site_url + "checklists/initiation/")
    problem = page.locator(".playbook-projects__problem")
    problem.wait_for(state="visible")
    assert "не зберіг" in problem.inner_text()
    page.locator("#check-contract-signed").check()
    assert page.locator("#check-contract-signed").is_checked()
    assert api(page, "return P.section('checklist');") == {"contract-signed": True}


# --- persistent storage -------------------------------------------------------------------------

def stub_persist(granted):
    return f"""
window.__persistCalls = 0;
Object.defineProperty(Navigator.prototype, "storage", {{ configurable: true, get() {{ return {{
  persisted: () => Promise.resolve(false),
  persist: () => {{ window.__persistCalls += 1; return Promise.resolve({str(granted).lower()}); }},
}}; }} }});
"""


@pytest.mark.parametrize("granted, words", [(True, "keeps this data until someone deletes it"),
                                             (False, "did not grant persistent storage")])
def test_the_first_change_asks_for_persistent_storage_once(page, site_url, granted, words):
    page.context.add_init_script(stub_persist(granted))
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    assert page.evaluate("window.__persistCalls") == 0, "a visit alone asks for nothing"
    line = page.locator(".playbook-projects__persistence")
    assert line.is_hidden()
    page.locator("#check-contract-signed").check()
    page.locator("#check-subscription-confirmed").check()
    page.wait_for_function("window.__persistCalls > 0")
    assert page.evaluate("window.__persistCalls") == 1
    page.locator(".playbook-projects__details summary").click()
    line.filter(has_text=words).wait_for()
    assert page.locator(".playbook-projects__problem").is_hidden(), "an outcome, never an alarm"


def test_a_browser_without_the_storage_api_says_so_quietly(page, site_url):
    page.context.add_init_script('Object.defineProperty(Navigator.prototype, "storage", '
                                 '{ configurable: true, get() { return undefined; } });')
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    page.locator("#check-contract-signed").check()
    page.locator(".playbook-projects__details summary").click()
    assert "cannot be asked to keep the data" in page.locator(".playbook-projects__persistence").inner_text()


# --- last saved to a file, and the reminder ----------------------------------------------------

def days_ago(days):
    moment = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=days)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def project_store(**meta):
    project = {"name": "Acme", "created": days_ago(30), "updated": days_ago(1), "checklist": {"contract-signed": True}}
    if meta:
        project["meta"] = meta
    return {"version": 1, "current": "p-acme", "projects": {"p-acme": project}}


@pytest.mark.parametrize("meta", [{"unsaved_since": days_ago(10)}, {}], ids=["new-store", "store-before-meta"])
def test_changes_older_than_a_week_bring_one_reminder_per_session(page, site_url, meta):
    page.goto(site_url + "en/checklists/initiation/")
    seed(page, project_store(**meta))
    page.reload()
    reminder = page.locator(".playbook-projects__reminder")
    reminder.wait_for(state="visible")
    assert "Acme" in reminder.inner_text() and "exist only in this browser" in reminder.inner_text()
    assert not violations(page)
    page.goto(site_url + "checklists/initiation/")
    wait_for_script(page)
    assert reminder.is_hidden(), "once per session"
    page.evaluate("sessionStorage.clear()")
    page.reload()
    reminder.wait_for(state="visible")
    with page.expect_download():
        reminder.locator('[data-action="save-file"]').click()
    assert reminder.is_hidden()
    meta_now = stored(page)["projects"]["p-acme"]["meta"]
    assert "unsaved_since" not in meta_now and meta_now["file_saved"]
    page.locator(".playbook-projects__details summary").click()
    assert page.locator(".playbook-projects__file-state").inner_text().startswith("Востаннє збережено у файл: ")
    page.evaluate("sessionStorage.clear()")
    page.reload()
    wait_for_script(page)
    assert reminder.is_hidden(), "nothing unsaved once the file holds it"


def test_recent_changes_or_a_recent_file_bring_no_reminder(page, site_url):
    page.goto(site_url + "en/checklists/initiation/")
    for meta in ({"unsaved_since": days_ago(2)}, {"file_saved": days_ago(20)}):
        seed(page, project_store(**meta))
        page.evaluate("sessionStorage.clear()")
        page.reload()
        wait_for_script(page)
        assert page.locator(".playbook-projects__reminder").is_hidden(), meta
    page.locator(".playbook-projects__details summary").click()
    assert page.locator(".playbook-projects__file-state").inner_text().startswith("Last saved to a file: ")
    # a change starts the unsaved period; the export ends it, in the store and in the file
    page.locator("#check-subscription-confirmed").check()
    assert stored(page)["projects"]["p-acme"]["meta"]["unsaved_since"]
    with page.expect_download() as download:
        page.locator('.playbook-projects__actions [data-action="export"]').click()
    exported = json.loads(download.value.path().read_text(encoding="utf-8"))
    assert exported["project"]["meta"]["file_saved"] == exported["exported"]
    assert "unsaved_since" not in exported["project"]["meta"]


# --- the default project's name per language ----------------------------------------------------

def test_the_default_project_is_named_in_the_page_language_until_renamed(page, site_url):
    page.goto(site_url + "checklists/initiation/")
    wait_for_script(page)
    name = page.locator(".playbook-projects__name")
    assert name.inner_text() == "Мій проєкт"
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    assert name.inner_text() == "My project"
    assert page.locator(".playbook-projects__select option:checked").inner_text() == "My project"
    page.goto(site_url + "en/")
    assert page.locator("[data-playbook-project-name]").first.inner_text() == "My project"
    page.goto(site_url + "en/checklists/initiation/")
    page.once("dialog", lambda dialog: dialog.accept("Acme"))
    page.locator('.playbook-projects [data-action="rename"]').click()
    assert name.inner_text() == "Acme"
    page.goto(site_url + "checklists/initiation/")
    wait_for_script(page)
    assert name.inner_text() == "Acme"


def test_a_rename_by_older_code_is_respected(page, site_url):
    page.goto(site_url + "en/checklists/initiation/")
    wait_for_script(page)
    value = stored(page)
    project = value["projects"][value["current"]]
    assert project["meta"]["default_name"] == "My project"
    project["name"] = "Renamed in an old tab"  # older code renames without knowing meta
    seed(page, value)
    page.reload()
    wait_for_script(page)
    assert page.locator(".playbook-projects__name").inner_text() == "Renamed in an old tab"

"""Nothing lost (issue 13): the three-choice import dialog (projects/import-dialog.js), the persistence
request, the last file save and its reminder, a store that cannot be written, an older store, the
default project's name per language and the language switch that keeps the place. Real Chromium."""
import json

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

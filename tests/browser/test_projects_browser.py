"""window.PlaybookProjects (docs/assets/javascripts/projects/store.js), the storage contract shared by
the checklists and the acts, exercised in a real browser."""
import json

import pytest

pytestmark = pytest.mark.browser

KEY = "odoo-playbook.v1"


def api(page, script, *args):
    return page.evaluate(f"(args) => {{ const P = window.PlaybookProjects; {script} }}", list(args))


def stored(page):
    return json.loads(page.evaluate(f"localStorage.getItem('{KEY}')"))


def test_sections_of_other_features_are_kept_untouched(page, site_url):
    page.goto(site_url + "checklists/initiation/")
    seeded = {"version": 1, "current": "p-client", "projects": {"p-client": {
        "name": "ТОВ «Приклад»", "created": "2026-11-28T10:00:00Z", "updated": "2026-11-28T10:00:00Z",
        "acts": {"initiation": {"number": "12", "city": "Київ"}}, "future-feature": {"x": [1, 2]}}}}
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(seeded)])
    page.reload()
    page.locator("#check-contract-signed").check()
    project = stored(page)["projects"]["p-client"]
    assert project["checklist"] == {"contract-signed": True}
    assert project["acts"] == seeded["projects"]["p-client"]["acts"]
    assert project["future-feature"] == {"x": [1, 2]}
    assert api(page, "return P.section('acts');") == {"initiation": {"number": "12", "city": "Київ"}}
    exported = api(page, "return P.exportProject();")
    assert exported["format"] == "odoo-playbook-project" and exported["version"] == 1
    assert exported["project"]["id"] == "p-client" and exported["project"]["acts"]["initiation"]["city"] == "Київ"
    # importing the same project without replacing makes a copy; with replace it overwrites
    copy_id = api(page, "return P.importProject(args[0]);", exported)
    assert copy_id != "p-client" and api(page, "return P.current().id;") == copy_id
    assert len(api(page, "return P.list();")) == 2
    exported["project"]["name"] = "Оновлений"
    assert api(page, "return P.importProject(args[0], {replace: true});", exported) == "p-client"
    assert stored(page)["projects"]["p-client"]["name"] == "Оновлений"


def test_api_rules(page, site_url):
    page.goto(site_url + "en/checklists/")
    first = api(page, "return P.current();")
    assert first["name"] == "My project"  # created without asking, named from the page's strings
    assert api(page, "try { P.remove(P.current().id); } catch (e) { return e.code; }") == "last-project"
    assert api(page, "try { P.create('   '); } catch (e) { return e.code; }") == "name-empty"
    second = api(page, "return P.create('Client B');")
    assert api(page, "return P.current().id;") == second
    calls = api(page, """
        const seen = [];
        const stop = P.subscribe(state => seen.push(state.current));
        P.switchTo(args[0]);
        stop();
        P.switchTo(args[1]);
        return seen;""", first["id"], second)
    assert calls == [first["id"]]
    api(page, "P.updateSection('checklist', s => { s['contract-signed'] = true; });")
    assert api(page, "return P.section('checklist');") == {"contract-signed": True}
    api(page, "P.remove(P.current().id);")  # removing the current project switches to another
    assert api(page, "return P.current().id;") == first["id"]
    assert api(page, "return P.section('checklist');") == {}
    for bad, code in [({"format": "odoo-playbook-project", "version": 2, "project": {"id": "a", "name": "A"}},
                       "import-version"),
                      ({"format": "odoo-playbook-project", "version": 1, "project": {"id": "a"}}, "import-invalid"),
                      ([], "import-not-object")]:
        before = stored(page)
        assert api(page, "try { P.importProject(args[0]); } catch (e) { return e.code; }", bad) == code
        assert stored(page) == before
    assert api(page, "return P.problem();") is None


def test_a_change_in_another_tab_shows_at_once(page, site_url):
    page.goto(site_url + "checklists/initiation/")
    page.locator("#check-contract-signed").wait_for()
    other = page.context.new_page()
    other.goto(site_url + "en/checklists/initiation/")
    other.locator(".playbook-projects").wait_for(state="visible")
    page.locator("#check-subscription-confirmed").check()
    other.wait_for_function("document.getElementById('check-subscription-confirmed').checked")
    assert other.locator(".playbook-progress__text").inner_text() == "1 of 4 done"
    other.locator("#check-contract-signed").check()
    page.wait_for_function("document.getElementById('check-contract-signed').checked")
    assert set(stored(page)["projects"][stored(page)["current"]]["checklist"]) == \
        {"contract-signed", "subscription-confirmed"}


@pytest.mark.parametrize("path", ["", "checklists/initiation/", "en/acts/initiation/"])
def test_every_page_that_uses_projects_checks_every_section(page, site_url, path):
    """Each feature's check of its section (checklists/section.js, acts/section.js) runs wherever
    projects are used, not only on that feature's pages: the home page's progress, a checklist and
    an act all refuse an import with a damaged section and report a damaged stored one."""
    page.goto(site_url + path)
    for section, damaged in [("acts", {"initiation": {"rows": "not a list"}}), ("checklist", {"contract-signed": "yes"})]:
        bad = {"format": "odoo-playbook-project", "version": 1, "project": {"id": "p-x", "name": "X", section: damaged}}
        refused = api(page, "try { P.importProject(args[0]); return 'imported'; }"
                            " catch (e) { return e.code + ' ' + e.details.detail; }", bad)
        assert refused == f"import-invalid project.{section}"
        seeded = {"version": 1, "current": "p-a", "projects": {"p-a": {"name": "A", section: damaged}}}
        page.evaluate("([key, value]) => localStorage.setItem(key, value)", [KEY, json.dumps(seeded)])
        page.reload()
        assert api(page, "return P.problemCode();") == "storage-corrupted"
        assert f"projects.p-a.{section} is invalid" in api(page, "return P.problem();")
        assert stored(page) == seeded, "a damaged stored value is never overwritten"
        page.evaluate(f"localStorage.removeItem('{KEY}')")
        page.reload()

"""The editors' guidance on every item, where each reader needs it: under the item on its stage guide
and its checklist (collapsed, deep-linkable by the item's id), the owner on the printed sheet, the
role filter above the items, the Odoo CSV and methodology.json."""
import csv
import io
import json

from bs4 import BeautifulSoup

import pytest

from support import REPO, page_html
from macros.core.glossary_marks import marks_in, without_marks
from macros.core.i18n import ui
from macros.core.odoo_docs import documentation_url
from macros.checklists.odoo_export import external_id
from macros.site_content import load_content

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
ROLES = {role["id"]: role for role in CONTENT.files["roles"]["roles"]}
PREFIX = {"uk": "", "en": "en/"}
PAGES = {"guide": "stages/{}/", "checklist": "checklists/{}/"}


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def items_with_pages():
    for stage in STAGES:
        for item in stage["checklist"]:
            yield stage, item


@pytest.mark.parametrize("lang", ["uk", "en"])
@pytest.mark.parametrize("kind", ["guide", "checklist"])
def test_every_item_shows_who_how_and_done_when_under_it(built_site, lang, kind):
    for stage in STAGES:
        page = page_html(built_site, PREFIX[lang] + PAGES[kind].format(stage["id"]))
        for item in stage["checklist"]:
            guidance = item["guidance"]
            li = page.select_one(f"li#{item['id']}")
            details = li.select_one(":scope > details.playbook-guidance")
            assert details is not None, f"{kind} {stage['id']}: {item['id']} has no guidance"
            assert not details.has_attr("open"), "the guidance is collapsed until asked for"
            assert ui("guidance_summary", lang) in text_of(details.summary)
            owner = ROLES[guidance["who"][0]]["name"][lang]
            assert owner in text_of(details.summary)
            who = text_of(details.select_one(".playbook-guidance__who"))
            for role in guidance["who"]:
                assert f"{ROLES[role]['name'][lang]} ({ui('party_' + ROLES[role]['party'], lang)})" in who
            for field in ("how", "done_when"):
                shown = details.select_one(f".playbook-guidance__{field.replace('_', '-')}")
                assert " ".join(shown.get_text().split()) == " ".join(without_marks(guidance[field][lang]).split())
                terms = [link["href"].rsplit("#", 1)[1] for link in shown.select("a.playbook-term")]
                assert terms == [mark.term_id for mark in marks_in(guidance[field][lang])]
            badge = details.select_one("a.playbook-badge--editors")
            assert badge.get_text() == ui("editors_addition", lang)
            assert badge["href"].endswith("editorial-notes/#additions")
            links = [link["href"] for link in details.select(".playbook-guidance__links a")]
            expected = [documentation_url(CONTENT, doc["path"]) for doc in guidance.get("docs", [])]
            expected += [f"../../videos/#{video}" for video in guidance.get("videos", [])]
            assert links == expected
            assert li["data-roles"].split() == guidance["who"]
            assert set(li["data-parties"].split()) == {ROLES[role]["party"] for role in guidance["who"]}


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_a_glossary_mark_links_the_glossary_entry(built_site, lang):
    marked = [(stage, item) for stage, item in items_with_pages()
              if marks_in(item["guidance"]["how"][lang] + item["guidance"]["done_when"][lang])]
    if not marked:
        pytest.skip("no item's guidance marks a glossary term")
    stage, item = marked[0]
    page = page_html(built_site, PREFIX[lang] + PAGES["guide"].format(stage["id"]))
    link = page.select_one(f"li#{item['id']} a.playbook-term")
    assert link["href"].startswith("../../glossary/#")


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_checklist_prints_the_owner_next_to_each_item(built_site, lang):
    for stage in STAGES:
        page = page_html(built_site, PREFIX[lang] + PAGES["checklist"].format(stage["id"]))
        for item in stage["checklist"]:
            owner = page.select_one(f"li#{item['id']} > .playbook-checklist__owner")
            assert owner.get_text() == ROLES[item["guidance"]["who"][0]]["name"][lang]


@pytest.mark.parametrize("path", ["stages/initiation/", "en/checklists/go-live/", "checklists/"])
def test_the_role_filter_offers_the_roles_by_party(built_site, path):
    lang = "en" if path.startswith("en/") else "uk"
    page = page_html(built_site, path)
    [control] = page.select(".playbook-role-filter")
    assert "playbook-scripted" in control["class"]  # left out without JavaScript
    select = control.select_one("select")
    assert control.select_one("label")["for"] == select["id"]
    assert [option["value"] for option in select.find_all("option", recursive=False)] == [""]
    named = [role for stage in STAGES for item in stage["checklist"] for role in item["guidance"]["who"]]
    groups = select.select("optgroup")
    assert [group["label"] for group in groups] == [ui("role_filter_group_client", lang),
                                                     ui("role_filter_group_contractor", lang)]
    for group, party in zip(groups, ("client", "contractor")):
        values = [option["value"] for option in group.select("option")]
        assert values == [f"party:{party}"] + [f"role:{role}" for role in ROLES
                                               if ROLES[role]["party"] == party and role in named]
    assert len(page.select(".playbook-role-filter__none[hidden]")) == len(page.select("ul.playbook-checklist"))


def read_csv(built_site, lang):
    raw = (built_site / PREFIX[lang] / "checklists" / "odoo-tasks.csv").read_bytes()
    return {row["External ID"]: row for row in csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))}


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_odoo_csv_carries_the_guidance_and_the_roles_as_tags(built_site, lang):
    rows = read_csv(built_site, lang)
    for stage, item in items_with_pages():
        row = rows[external_id(item["id"])]
        guidance = item["guidance"]
        names = [ROLES[role]["name"][lang] for role in guidance["who"]]
        assert row["Tags"].split(",")[-len(names):] == names
        # the description is an HTML field in Odoo: read as Odoo shows it
        paragraphs = [" ".join(p.get_text().split()) for p in BeautifulSoup(row["Description"], "html.parser").select("p")]
        for field, key in (("who", "guidance_who"), ("how", "guidance_how"), ("done_when", "guidance_done_when")):
            text = ", ".join(names) if field == "who" else " ".join(without_marks(guidance[field][lang]).split())
            assert f"{ui(key, lang)}: {text}" in paragraphs, (item["id"], field)
        assert "[[" not in row["Description"]


def test_methodology_json_carries_each_items_guidance_as_plain_text(built_site):
    export = json.loads((built_site / "methodology.json").read_text(encoding="utf-8"))
    schema = json.loads((REPO / "docs" / "methodology.schema.json").read_text(encoding="utf-8"))
    assert "guidance" in schema["properties"]["stages"]["items"]["properties"]["checklist"]["items"]["required"]
    for stage, exported_stage in zip(STAGES, export["stages"]):
        for item, exported in zip(stage["checklist"], exported_stage["checklist"]):
            guidance = exported["guidance"]
            assert [role["id"] for role in guidance["who"]] == item["guidance"]["who"]
            for role in guidance["who"]:
                assert role["name"] == ROLES[role["id"]]["name"] and role["party"] == ROLES[role["id"]]["party"]
            for field in ("how", "done_when"):
                assert guidance[field] == {lang: without_marks(item["guidance"][field][lang]) for lang in ("uk", "en")}
                assert "[[" not in json.dumps(guidance[field], ensure_ascii=False)
            assert [doc["url"] for doc in guidance["docs"]] == [
                documentation_url(CONTENT, doc["path"]) for doc in item["guidance"].get("docs", [])]
            assert [video["id"] for video in guidance["videos"]] == item["guidance"].get("videos", [])
            for video in guidance["videos"]:
                assert video["url"]["en"].endswith(f"/en/videos/#{video['id']}")


PAYLOAD = '<script>alert("x")</script> <b>bold</b> *stars* & "quotes" {{ "pwn" ~ "ed" }}'


def test_guidance_texts_are_text_on_the_pages_and_in_the_exports(project_copy):
    import yaml

    data_file = project_copy.data_dir / "methodology.yml"
    data = yaml.safe_load(data_file.read_text(encoding="utf-8"))
    item = data["stages"][0]["checklist"][0]
    term = CONTENT.files["glossary"]["glossary"][0]["id"]
    for lang in ("uk", "en"):
        item["guidance"]["how"][lang] = f"{PAYLOAD} [[{term}|{lang} term]]"
    data_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = project_copy.build()
    assert result.returncode == 0, result.stderr
    for lang in ("uk", "en"):
        for kind in ("guide", "checklist"):
            path = project_copy.site_dir / PREFIX[lang] / PAGES[kind].format(data["stages"][0]["id"]) / "index.html"
            html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            how = html.select_one(f"li#{item['id']} .playbook-guidance__how")
            assert not how.find("script") and not how.find("b")
            assert how.get_text().strip() == f"{PAYLOAD} {lang} term"
            assert how.select_one("a.playbook-term")["href"] == f"../../glossary/#{term}"
            assert "pwned" not in html.decode()
        rows = read_csv(project_copy.site_dir, lang)
        description = rows[external_id(item["id"])]["Description"]
        parsed = BeautifulSoup(description, "html.parser")  # an HTML field in Odoo
        assert f"{PAYLOAD} {lang} term" in parsed.get_text() and not parsed.find("script") and not parsed.find("b")
        assert "[[" not in description
    export = json.loads((project_copy.site_dir / "methodology.json").read_text(encoding="utf-8"))
    assert export["stages"][0]["checklist"][0]["guidance"]["how"]["en"] == f"{PAYLOAD} en term"

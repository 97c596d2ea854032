"""The project page's renderer (macros/engagement/pages.py) without a build: the owner of an item
is the first role of its guidance when it has one, and nothing when it has none; the parties'
fields are the act form's contract and party fields."""
import copy

from macros.core.content import Content
from macros.engagement.pages import project_config, render_project_page
from macros.site_content import load_content
from support import REPO

CONTENT = load_content(REPO / "data")


def with_guidance(who):
    files = copy.deepcopy(CONTENT.files)
    item = files["methodology"]["stages"][0]["checklist"][0]
    item["guidance"] = {"who": who, "how": {"uk": "Як.", "en": "How."}, "done_when": {"uk": "Коли.", "en": "When."}}
    for stage in files["methodology"]["stages"]:
        for other in stage["checklist"]:
            if other is not item:
                other.pop("guidance", None)
    return Content(files)


def test_the_owner_is_the_first_role_of_the_guidance():
    roles = CONTENT.files["roles"]["roles"]
    content = with_guidance([roles[1]["id"], roles[0]["id"]])
    for lang in ("uk", "en"):
        items = [item for stage in project_config(content, lang, "../")["stages"] for item in stage["items"]]
        assert items[0]["owner"] == roles[1]["name"][lang]
        assert all(item["owner"] == "" for item in items[1:])


def test_the_parties_fields_are_the_act_forms_contract_and_party_fields():
    fields = project_config(CONTENT, "en", "../")["partyFields"]
    assert fields[:2] == ["contract_number", "contract_date"]
    groups = {group["id"]: group for group in CONTENT.files["acts"]["field_groups"]}
    for party in ("contractor", "client"):
        for field in groups[party]["fields"]:
            assert field["id"] in fields and (field["id"] + "_en" in fields) == bool(field.get("per_language"))
    assert "number" not in fields and "city" not in fields and "result" not in fields


def test_the_page_links_each_stage_from_the_root_given():
    html = render_project_page(CONTENT, "en", "../")
    for stage in CONTENT.stages:
        assert f'href="../checklists/{stage["id"]}/"' in html
        assert f'id="plan-{stage["id"]}-start"' in html

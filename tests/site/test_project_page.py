"""The project page (project/, en/project/) in the built site: a row and a plan entry per stage,
the parties' fields, the config its scripts read (every stage and item, the owners, the CSV's
columns, every string), its place in the menu and on the home page, and its assets."""
import json

import pytest
from bs4 import BeautifulSoup

from macros.checklists.odoo_export import COLUMNS, DEADLINE_COLUMN, external_id
from macros.core.i18n import ui, ui_keys
from macros.site_content import load_content
from support import REPO

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
PREFIX = {"uk": "", "en": "en/"}
ROLES = {role["id"]: role for role in CONTENT.files["roles"]["roles"]}


def soup(built_site, path):
    return BeautifulSoup((built_site / path).read_text(encoding="utf-8"), "html.parser")


def config(html):
    return json.loads(html.select_one("script.playbook-engagement-config").string)


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_page_has_a_row_and_a_plan_entry_per_stage(built_site, lang):
    html = soup(built_site, PREFIX[lang] + "project/index.html")
    assert html.select_one("h1").get_text(strip=True) == ui("engagement_title", lang)
    rows = html.select(".playbook-report__table tbody tr")
    assert [row["data-stage"] for row in rows] == [stage["id"] for stage in STAGES]
    assert [th.get_text(" ", strip=True) for th in html.select(".playbook-report__table thead th")] == [
        ui(f"engagement_col_{name}", lang) for name in ("stage", "plan", "status", "progress", "ticks", "certificate")]
    for stage in STAGES:
        group = html.select_one(f'.playbook-plan__stage[data-stage="{stage["id"]}"]')
        for key in ("start", "end"):
            field = group.select_one(f'input[data-key="{key}"]')
            assert field["type"] == "date" and group.select_one(f'label[for="{field["id"]}"]')
        # only an optional stage can be left out of the contract
        assert bool(group.select_one('input[data-key="excluded"]')) == bool(stage.get("optional"))
    for name in ("contract_number", "contract_date", "client_name", "client_name_en", "contractor_name",
                 "contractor_name_en"):
        field = html.select_one(f'.playbook-parties input[name="{name}"]')
        assert field and html.select_one(f'label[for="{field["id"]}"]').get_text(strip=True)


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_config_carries_every_item_its_owner_and_every_string(built_site, lang):
    data = config(soup(built_site, PREFIX[lang] + "project/index.html"))
    assert [stage["id"] for stage in data["stages"]] == [stage["id"] for stage in STAGES]
    for shown, stage in zip(data["stages"], STAGES):
        assert shown["optional"] == bool(stage.get("optional"))
        assert [item["id"] for item in shown["items"]] == [item["id"] for item in stage["checklist"]]
        for item, source in zip(shown["items"], stage["checklist"]):
            assert item["task"] == external_id(source["id"])
            assert item["optional"] == bool(source.get("optional"))
            who = (source.get("guidance") or {}).get("who")
            assert item["owner"] == (ROLES[who[0]]["name"][lang] if who else "")
    assert set(data["ui"]) == {key[len("engagement_"):] for key in ui_keys("engagement_")}
    assert data["csv"]["idColumn"] == COLUMNS[0] and data["csv"]["deadlineColumn"] == DEADLINE_COLUMN == "Deadline"
    assert (built_site / PREFIX[lang] / "project" / data["csv"]["url"]).resolve() == \
        (built_site / PREFIX[lang] / "checklists/odoo-tasks.csv").resolve()
    assert data["shareLimit"] == 2000
    assert {"contract_number", "client_name", "client_name_en", "contractor_signatory_en"} <= set(data["partyFields"])


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_menu_and_the_home_page_link_the_page(built_site, lang):
    home = soup(built_site, PREFIX[lang] + "index.html")
    assert any(link["href"].rstrip("/").endswith("project") for link in home.select(".md-nav a[href]"))
    assert ui("index_project_title", lang) in home.select_one("article").get_text(" ")


def test_the_page_loads_its_own_assets_and_other_pages_only_the_section_checks(built_site):
    page = (built_site / "project/index.html").read_text(encoding="utf-8")
    for asset in ("assets/stylesheets/engagement.css", "assets/javascripts/engagement/page.js",
                  "assets/javascripts/engagement/share.js", "assets/javascripts/acts/money.js"):
        assert asset in page
    checklist = (built_site / "checklists/initiation/index.html").read_text(encoding="utf-8")
    assert "engagement/sections.js" in checklist  # a damaged plan is reported wherever a project opens
    assert "engagement/page.js" not in checklist and "engagement.css" not in checklist

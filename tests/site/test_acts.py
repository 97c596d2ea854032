"""Acts of completed works in the built site: every requisite in every language version, the blank
template, the page that cites the law, the export, and the data checks of data/acts.yml."""
import json
import shutil

import pytest

from support import REPO, page_html
from macros.acts.model import PLACEHOLDER
from macros.site_content import load_content, validate
from macros.core.i18n import ui
from macros.core.problems import DataError

CONTENT = load_content(REPO / "data")
ACTS = CONTENT.files["acts"]
STAGES = CONTENT.stages
ACT_IDS = [stage["id"] for stage in STAGES] + ["final"]
PREFIX = {"uk": "", "en": "en/"}
VERSIONS = {"uk": ("uk",), "en": ("en",), "bilingual": ("uk", "en")}


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def fixed_words(template: str) -> list[str]:
    """The parts of a sentence around its {fields}: what the act prints whatever is filled in."""
    return [" ".join(part.split()).strip(" ,.:") for part in PLACEHOLDER.split(template)[::2]
            if part.strip(" ,.:()")]


def texts(*keys):
    """data/acts.yml texts by dotted key, e.g. 'document.subheading'."""
    found = []
    for key in keys:
        node = ACTS
        for step in key.split("."):
            node = node[step]
        found.append(node)
    return found


# Where each requisite is printed: the data texts whose fixed words it must show, and the value
# slots (form fields or computed values) it must hold, once per language of the version.
REQUISITE_CONTENT = {
    "document-name": (texts("document.subheading"), []),
    "number": (texts("document.heading"), ["number"]),
    "date": ([], ["date"]),
    "place": (texts("document.place"), ["city"]),
    "parties": ([], ["contractor_name", "client_name"]),
    "representation": (texts("document.parties"),
                       ["contractor_representative", "contractor_basis", "client_representative", "client_basis"]),
    "contract": (texts("document.works_intro"), ["contract_number", "contract_date"]),
    "works": (texts("table.number", "table.name", "table.unit", "table.quantity", "table.price", "table.amount"), []),
    "positions": (texts("document.position"), ["contractor_position", "client_position"]),
    "signatures": (texts("document.signature", "document.full_name", "document.e_signed"),
                   ["contractor_signatory", "client_signatory"]),
    "total": ([line["label"] for line in ACTS["totals"]["blank"]], []),
    "total-in-words": (texts("document.total"), ["total_figure", "total_words", "vat_clause"]),
    "no-claims": (texts("document.no_claims"), []),
    "seal": (texts("document.seal", "document.e_signed"), []),
}


def test_every_requisite_of_the_data_has_a_place_in_the_act():
    assert {r["id"] for r in ACTS["requisites"]} == set(REQUISITE_CONTENT)
    law = [r["id"] for r in ACTS["requisites"] if r.get("law")]
    assert law == ["document-name", "date", "parties", "works", "positions", "signatures"]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
@pytest.mark.parametrize("act_id", ACT_IDS)
def test_each_language_version_carries_every_requisite(built_site, act_id, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/{act_id}")
    for version, langs in VERSIONS.items():
        sheet = html.select_one(f'article.playbook-act__sheet[data-version="{version}"]')
        assert sheet is not None, f"no {version} version on {act_id}"
        assert sheet["lang"] == langs[0]
        for requisite in ACTS["requisites"]:
            parts = sheet.select(f'[data-requisite~="{requisite["id"]}"]')
            assert parts, f"{act_id}/{version}: nothing carries «{requisite['id']}»"
            shown = " ".join(text_of(part) for part in parts)
            data_texts, slots = REQUISITE_CONTENT[requisite["id"]]
            for lang in langs:
                for data_text in data_texts:
                    for words in fixed_words(data_text[lang]):
                        assert words in shown, f"{act_id}/{version}/{requisite['id']}: «{words}» missing"
                for slot in slots:
                    in_lang = [s for s in (x for part in parts for x in part.select(f'[data-field="{slot}"]'))
                               if (s.find_parent(attrs={"lang": True}) or sheet)["lang"] == lang]
                    assert in_lang, f"{act_id}/{version}/{requisite['id']}: no {lang} slot for «{slot}»"


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_the_page_language_picks_the_version_shown_without_javascript(built_site, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/initiation")
    shown = [s["data-version"] for s in html.select("article.playbook-act__sheet") if not s.has_attr("hidden")]
    assert shown == [site_lang]
    # the form needs the script: left out without it (tests/test_checklists_browser.py)
    assert "playbook-scripted" in html.select_one("form.playbook-act-form")["class"]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
@pytest.mark.parametrize("act_id", ["initiation", "testing-launch-prep", "final"])
def test_blank_template_prefills_the_works_and_leaves_lines_for_the_rest(built_site, act_id, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/{act_id}")
    sheet = html.select_one(f'article[data-version="{site_lang}"]')
    if act_id == "final":
        expected = [f"{'Етап' if site_lang == 'uk' else 'Stage'} {s['number']}. {s['title'][site_lang]}"
                    for s in STAGES if not s.get("optional")]
        result = ACTS["final"]["result"][site_lang]
    else:
        stage = CONTENT.stage(act_id)
        expected = [item["text"][site_lang] for item in stage["checklist"] if not item.get("optional")]
        result = stage["result"][site_lang]
    rows = sheet.select("tbody.playbook-act__rows tr")
    assert [text_of(row.select_one(".playbook-act__c-name")) for row in rows] == expected
    assert [text_of(row.select_one(".playbook-act__c-num")) for row in rows] == [str(n) for n in range(1, len(rows) + 1)]
    for row in rows:
        assert all(not text_of(row.select_one(f".playbook-act__c-{c}")) for c in ("unit", "qty", "price", "amount"))
    assert text_of(sheet.select_one('[data-field="result"]')) == result
    blanks = {"date": ACTS["document"]["blank_date"][site_lang], "contract_date": ACTS["document"]["blank_date"][site_lang],
              "vat_clause": ACTS["document"]["vat_blank"][site_lang]}
    for slot in sheet.select("[data-field]"):
        name = slot["data-field"]
        if name in ("stage_number", "stage_title", "result", "currency_head"):
            continue
        assert text_of(slot) == blanks.get(name, ""), f"{name} is not blank"
        if name not in blanks:
            assert "playbook-act__value--line" in slot["class"], f"{name} prints no line to write on"


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_the_bilingual_version_puts_the_languages_side_by_side(built_site, site_lang):
    sheet = page_html(built_site, f"{PREFIX[site_lang]}acts/go-live").select_one('article[data-version="bilingual"]')
    for block in ("parties", "intro", "total", "no-claims"):
        pair = sheet.select_one(f".playbook-act__{block}")
        assert [col["lang"] for col in pair.select(":scope > .playbook-act__col")] == ["uk", "en"]
    first = sheet.select_one("tbody.playbook-act__rows tr .playbook-act__c-name")
    item = CONTENT.stage("go-live")["checklist"][0]["text"]
    assert [text_of(span) for span in first.select("span[lang]")] == [item["uk"], item["en"]]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_the_acts_page_cites_the_law_and_links_every_act(built_site, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts")
    body = text_of(html.select_one("article.md-content__inner"))
    assert "996-XIV" in body
    assert ("Стаття 9 Закону України «Про бухгалтерський облік та фінансову звітність в Україні»" in body
            if site_lang == "uk" else
            "Article 9 of the Law of Ukraine “On Accounting and Financial Reporting in Ukraine”" in body)
    law_items = [text_of(li) for li in html.select("ul.playbook-requisites--law li")]
    assert law_items == [r["text"][site_lang] for r in ACTS["requisites"] if r.get("law")]
    links = [a["href"] for a in html.select("ul.playbook-acts-list a")]
    assert links == [f"../acts/{act_id}/" for act_id in ACT_IDS]
    for href in links:
        assert (built_site / PREFIX[site_lang] / "acts" / href.split("/")[-2] / "index.html").is_file()


def test_export_lists_each_stage_act(built_site):
    export = json.loads((built_site / "methodology.json").read_text(encoding="utf-8"))
    for stage in export["stages"]:
        assert stage["pages"]["act"]["uk"]["path"] == f"acts/{stage['id']}/"
        assert stage["pages"]["act"]["en"]["path"] == f"en/acts/{stage['id']}/"
    assert export["index_pages"]["acts"]["en"]["path"] == "en/acts/"


def test_page_config_carries_the_strings_of_the_page_language(built_site):
    for lang in ("uk", "en"):
        html = page_html(built_site, f"{PREFIX[lang]}acts/final")
        config = json.loads(html.select_one("script.playbook-act-config").string)
        assert config["act"] == "final" and config["defaultVersion"] == lang
        assert config["ui"]["print"] == ui("act_page_print", lang)
        assert config["rows"] == [{"uk": f"Етап {s['number']}. {s['title']['uk']}",
                                   "en": f"Stage {s['number']}. {s['title']['en']}"}
                                  for s in STAGES if not s.get("optional")]


# --- data/acts.yml mistakes are caught before anything is built --------------------------------

def _data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def test_an_unknown_field_in_a_sentence_is_named_with_its_line(tmp_path):
    data = _data_copy(tmp_path)
    acts = data / "acts.yml"
    text = acts.read_text(encoding="utf-8")
    assert "в особі {contractor_representative}" in text
    acts.write_text(text.replace("в особі {contractor_representative}", "в особі {contractor_represntative}"),
                    encoding="utf-8")
    line = next(n for n, l in enumerate(acts.read_text(encoding="utf-8").splitlines(), 1) if "represntative" in l)
    with pytest.raises(DataError) as raised:
        validate(data)
    [problem] = raised.value.problems
    assert problem.path == "document.parties.uk"
    assert "«{contractor_represntative}» is not a field" in problem.message
    assert str(problem).startswith("data/acts.yml:")
    assert problem.line <= line


def test_a_stage_cannot_take_the_final_acts_id(tmp_path):
    data = _data_copy(tmp_path)
    methodology = data / "methodology.yml"
    methodology.write_text(methodology.read_text(encoding="utf-8").replace("- id: post-launch", "- id: final"),
                           encoding="utf-8")
    with pytest.raises(DataError, match=r"stages\[7\]\.id: «final» is taken by the final act"):
        validate(data)


def test_an_unknown_requisite_is_refused(tmp_path):
    data = _data_copy(tmp_path)
    acts = data / "acts.yml"
    acts.write_text(acts.read_text(encoding="utf-8").replace("- id: no-claims", "- id: no-claim"), encoding="utf-8")
    with pytest.raises(DataError, match=r"requisites\[12\]\.id: the act template has no part for «no-claim»"):
        validate(data)


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_each_stage_guide_links_to_its_act(built_site, lang):
    for stage in STAGES:
        link = page_html(built_site, f"{PREFIX[lang]}stages/{stage['id']}").select_one("p.playbook-act-open a")
        assert link["href"] == f"../../acts/{stage['id']}/"
        assert (built_site / PREFIX[lang] / "acts" / stage["id"] / "index.html").is_file()

"""Acts of completed works in the built site: every requisite in every language version (and, for the
final act, in both ways of acceptance), the blank template, the page that cites the law, the
export, and the data checks of data/acts.yml and of the stages' services."""
import json
import re
import shutil

import pytest

from support import REPO, page_html
from macros.acts.model import PLACEHOLDER
from macros.site_content import load_content, validate
from macros.core.house_style import bilingual_texts
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
# A final act accepted stage by stage says what it confirms in its own words, lists the stage acts
# instead of the works, and has no total of its own.
STAGES_MODE_CONTENT = {
    **REQUISITE_CONTENT,
    "contract": (texts("final.stage_acts.intro"), ["contract_number", "contract_date"]),
    "works": (texts("final.stage_acts.columns.number", "final.stage_acts.columns.document",
                    "final.stage_acts.columns.amount"), []),
    "no-claims": (texts("final.stage_acts.no_claims"), []),
}
NO_TOTAL = ("total", "total-in-words")


def documents(html):
    """Every document of an act page: (version, way of acceptance or None, its article)."""
    return [(sheet["data-version"], sheet.get("data-acceptance"), sheet)
            for sheet in html.select("article.playbook-act__sheet")]


def test_every_requisite_of_the_data_has_a_place_in_the_act():
    assert {r["id"] for r in ACTS["requisites"]} == set(REQUISITE_CONTENT)
    law = [r["id"] for r in ACTS["requisites"] if r.get("law")]
    assert law == ["document-name", "date", "parties", "works", "positions", "signatures"]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
@pytest.mark.parametrize("act_id", ACT_IDS)
def test_each_language_version_carries_every_requisite(built_site, act_id, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/{act_id}")
    modes = ["stages", "end"] if act_id == "final" else [None]
    assert sorted((v, m or "") for v, m, _ in documents(html)) == sorted((v, m or "") for v in VERSIONS for m in modes)
    for version, acceptance, sheet in documents(html):
        langs = VERSIONS[version]
        assert sheet["lang"] == langs[0]
        content = STAGES_MODE_CONTENT if acceptance == "stages" else REQUISITE_CONTENT
        for requisite in ACTS["requisites"]:
            parts = sheet.select(f'[data-requisite~="{requisite["id"]}"]')
            if acceptance == "stages" and requisite["id"] in NO_TOTAL:
                assert not parts, f"{act_id}/{version}: a final act accepted stage by stage has a total"
                continue
            assert parts, f"{act_id}/{version}/{acceptance}: nothing carries «{requisite['id']}»"
            shown = " ".join(text_of(part) for part in parts)
            data_texts, slots = content[requisite["id"]]
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
    # the final act, until a way of acceptance is chosen: stage by stage
    final = page_html(built_site, f"{PREFIX[site_lang]}acts/final")
    assert [(v, m) for v, m, sheet in documents(final) if not sheet.has_attr("hidden")] == [(site_lang, "stages")]


def final_work_row(stage, lang):
    return (ACTS["final"]["work_row"][lang].replace("{stage_number}", str(stage["number"]))
            .replace("{stage_title}", stage["title"][lang]))


@pytest.mark.parametrize("site_lang", ["uk", "en"])
@pytest.mark.parametrize("act_id", ["initiation", "testing-launch-prep", "final"])
def test_blank_template_prefills_the_works_and_leaves_lines_for_the_rest(built_site, act_id, site_lang):
    """A stage act lists the stage's services; the final act accepted once at the end, a row per
    required stage (the final act accepted stage by stage: tests below)."""
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/{act_id}")
    if act_id == "final":
        sheet = html.select_one(f'article[data-version="{site_lang}"][data-acceptance="end"]')
        expected = [final_work_row(s, site_lang) for s in STAGES if not s.get("optional")]
        result = ACTS["final"]["result"][site_lang]
    else:
        sheet = html.select_one(f'article[data-version="{site_lang}"]')
        stage = CONTENT.stage(act_id)
        expected = [service[site_lang] for service in stage["services"]]
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
    service = CONTENT.stage("go-live")["services"][0]
    assert [text_of(span) for span in first.select("span[lang]")] == [service["uk"], service["en"]]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
@pytest.mark.parametrize("act_id", ["go-live", "final"])
def test_only_the_bilingual_act_says_which_language_prevails(built_site, act_id, site_lang):
    clause = ACTS["document"]["language_clause"]
    for version, _, sheet in documents(page_html(built_site, f"{PREFIX[site_lang]}acts/{act_id}")):
        parts = sheet.select(".playbook-act__language")
        if version != "bilingual":
            assert not parts
            continue
        [pair] = parts
        assert [text_of(col) for col in pair.select(":scope > .playbook-act__col")] == \
            [" ".join(clause["uk"].split()), " ".join(clause["en"].split())]
        assert "Ukrainian text prevails" in clause["en"] and "українською мовою" in clause["uk"]


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_the_final_act_accepted_stage_by_stage_lists_the_stage_acts_without_a_total(built_site, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts/final")
    for version, acceptance, sheet in documents(html):
        if acceptance != "stages":
            assert sheet.select(".playbook-act__totals") and sheet.select('[data-field="total_figure"]')
            continue
        assert not sheet.select(".playbook-act__totals, .playbook-act__total, tbody.playbook-act__rows")
        assert not sheet.select('[data-field="total_figure"], [data-field="total_words"], [data-field="vat_clause"]')
        rows = sheet.select("tbody.playbook-act__stage-act-rows tr")
        required = [s for s in STAGES if not s.get("optional")]
        assert len(rows) == len(required)
        for row, stage in zip(rows, required):
            for lang in VERSIONS[version]:
                name = text_of(row.select_one(f".playbook-act__name-{lang}"))
                assert stage["title"][lang] in name and str(stage["number"]) in name
            assert not text_of(row.select_one(".playbook-act__c-amount"))
            # the stage act's own number and date: lines to write on
            assert len(row.select(".playbook-act__value--line")) == 2 * len(VERSIONS[version])
        reference = " ".join(ACTS["final"]["stage_acts"]["reference"][site_lang].split())
        if version == site_lang:
            assert reference in text_of(sheet)


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_stage_act_pages_say_they_are_for_stage_by_stage_acceptance(built_site, site_lang):
    for stage in STAGES:
        html = page_html(built_site, f"{PREFIX[site_lang]}acts/{stage['id']}")
        scope = html.select_one("p.playbook-act-scope")
        assert " ".join(ui("act_page_stage_scope", site_lang).split()) in text_of(scope)
        assert scope.select_one("a")["href"] == "../../acts/final/"
    assert page_html(built_site, f"{PREFIX[site_lang]}acts/final").select_one("p.playbook-act-scope") is None
    # an editors' addition says so where it is used
    note = page_html(built_site, f"{PREFIX[site_lang]}acts/initiation").select_one(".playbook-act-form__note")
    assert text_of(note) == " ".join(ui("act_page_services_note", site_lang).split())


@pytest.mark.parametrize("site_lang", ["uk", "en"])
def test_the_acts_page_cites_the_law_and_links_every_act(built_site, site_lang):
    html = page_html(built_site, f"{PREFIX[site_lang]}acts")
    body = text_of(html.select_one("article.md-content__inner"))
    assert "996-XIV" in body
    assert ("Стаття 9 Закону України «Про бухгалтерський облік та фінансову звітність в Україні»" in body
            if site_lang == "uk" else
            "Article 9 of the Law of Ukraine “On Accounting and Financial Reporting in Ukraine”" in body)
    laws = {"uk": ["Закону України «Про електронні документи та електронний документообіг» від 22.05.2003 № 851-IV",
                   "Оригіналом електронного документа вважається електронний примірник документа з обовʼязковими "
                   "реквізитами, у тому числі з електронним підписом автора",
                   "Закон України «Про електронну ідентифікацію та електронні довірчі послуги» від 05.10.2017 № 2155-VIII"],
            "en": ["Article 7 of the Law of Ukraine “On Electronic Documents and Electronic Document Management” "
                   "No. 851-IV of 22 May 2003",
                   "Law of Ukraine “On Electronic Identification and Electronic Trust Services” No. 2155-VIII"]}
    for words in laws[site_lang]:
        assert words in body
    # what needs an accountant's answer is said plainly, and which act suits which client
    for paragraph in ACTS["guide"]["language"] + ACTS["guide"]["acceptance"]:
        assert " ".join(paragraph[site_lang].split()) in body
    assert ("валютного законодавства" if site_lang == "uk" else "currency law") in body
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
        assert config["rows"] == [{lang: final_work_row(s, lang) for lang in ("uk", "en")}
                                  for s in STAGES if not s.get("optional")]
    assert [stage["id"] for stage in config["stageActs"]] == [s["id"] for s in STAGES]
    assert config["acceptanceModes"] == ["stages", "end"] and config["formerRows"] == []


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


# --- names ------------------------------------------------------------------------------------------

OLD_NAMES = re.compile(r"\b(?:(?:stage|final|closing|bilingual|english-only|signed)\s+certificates?"
                       r"|certificates?\s+(?:of|for\s+stage)|full\s+name)\b", re.IGNORECASE)


def test_english_calls_the_document_an_acceptance_certificate_everywhere():
    """One name: «ACCEPTANCE CERTIFICATE No. …», “Stage N acceptance certificate”, “Final acceptance
    certificate”; a qualified name is always “… acceptance certificate”; “surname and initials”."""
    found = [f"{name}.yml: {'.'.join(map(str, path))}: {text}"
             for name in ("acts", "ui") for path, lang, text in bilingual_texts(CONTENT.files[name])
             if lang == "en" and OLD_NAMES.search(text)]
    assert not found, "\n".join(found)
    assert ACTS["document"]["heading"]["en"] == "ACCEPTANCE CERTIFICATE No. {number}"
    assert ACTS["document"]["subheading"]["en"] == "for work performed (services rendered)"
    assert ACTS["document"]["full_name"]["en"] == "surname and initials"
    assert ui("act_page_stage_act_title", "en", stage_number=3, stage_title="X") == "Stage 3 acceptance certificate: X"
    assert ui("act_page_final_act_title", "en") == ui("index_final_act_title", "en") == "Final acceptance certificate"
    # the final act is signed when the work is done, whatever the number of stages
    for lang in ("uk", "en"):
        for text in (ui("index_final_act_summary", lang), ACTS["guide"]["intro"][lang], ACTS["guide"]["final_summary"][lang]):
            assert not re.search(r"\d", text), text

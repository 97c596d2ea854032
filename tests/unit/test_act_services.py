"""The services a stage's act lists (`services` on each stage in data/methodology.yml): every stage
has them, the act starts from them alone, and the validator refuses a checklist item's text or a
word for the contract, a payment, a signature or the act itself, naming file, path and line."""
import re
import shutil

import pytest

from macros.acts.checks import _word_pattern
from macros.acts.pages import default_rows
from macros.core.problems import DataError
from macros.site_content import load_content, validate
from support import REPO

CONTENT = load_content(REPO / "data")
STAGES = CONTENT.stages
NOT_SERVICES = CONTENT.files["acts"]["not_services"]
CHECKLIST_TEXTS = {lang: {" ".join(item["text"][lang].split()).casefold() for stage in STAGES
                          for item in stage["checklist"]} for lang in ("uk", "en")}


def data_copy(tmp_path):
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def line_of(path, text):
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


@pytest.mark.parametrize("stage", STAGES, ids=[stage["id"] for stage in STAGES])
def test_every_stage_act_starts_from_the_stages_services_only(stage):
    rows = default_rows(CONTENT, stage["id"])
    assert rows and rows == stage["services"]
    for row in rows:
        for lang in ("uk", "en"):
            assert " ".join(row[lang].split()).casefold() not in CHECKLIST_TEXTS[lang], row[lang]
            words = re.findall(r"[\w\u02bc'-]+", row[lang].casefold())
            for banned in NOT_SERVICES[lang]:
                stem = banned.rstrip("*")
                hit = [w for w in words if (w.startswith(stem) if banned.endswith("*") else w == stem)]
                assert not hit, f"{stage['id']}: «{row[lang]}» has «{hit[0]}» ({banned})"


@pytest.mark.parametrize("index", range(len(STAGES)), ids=[stage["id"] for stage in STAGES])
def test_a_service_that_is_a_checklist_item_is_refused(tmp_path, index):
    data = data_copy(tmp_path)
    methodology = data / "methodology.yml"
    stage = STAGES[index]
    service, item = stage["services"][0]["en"], next(i for i in stage["checklist"] if not i.get("optional"))
    text = methodology.read_text(encoding="utf-8")
    written = f'"{service}"' if f'en: "{service}"' in text else service
    assert text.count(f"en: {written}\n") == 1
    methodology.write_text(text.replace(f"en: {written}\n", f'en: "{item["text"]["en"]}"\n'), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data)
    [problem] = raised.value.problems
    assert problem.path == f"stages[{index}].services[0].en"
    assert f"is the text of the checklist item «{item['id']}» (line {line_of(methodology, '- id: ' + item['id'])})" \
        in problem.message
    assert problem.line == line_of(methodology, f'en: "{item["text"]["en"]}"')
    assert str(problem).startswith(f"data/methodology.yml:{problem.line}: stages[{index}].services[0].en: ")


def test_a_new_stage_without_services_is_told_what_to_add(tmp_path):
    data = data_copy(tmp_path)
    methodology = data / "methodology.yml"
    text = methodology.read_text(encoding="utf-8")
    new_stage = ("  - id: extra-stage\n    number: 9\n    title: {uk: Додатковий етап, en: Extra stage}\n"
                 "    goal: {uk: Мета, en: Goal}\n    checklist:\n      - id: extra-item\n"
                 "        text: {uk: Пункт, en: Item}\n"
                 "        guidance: {who: [consultant], how: {uk: Як, en: How}, done_when: {uk: Готово, en: Done}}\n"
                 "    result: {uk: Результат, en: Result}\n\n")
    methodology.write_text(text.replace("\nsaas:\n", "\n" + new_stage + "saas:\n"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data)
    [problem] = raised.value.problems
    assert problem.path == "stages[8].services"
    assert problem.line == line_of(methodology, "- id: extra-stage")
    assert problem.message.startswith("is missing: every stage lists the services its acceptance certificate "
                                      "starts from; add `services:` after `result:`")


@pytest.mark.parametrize("lang, service, word", [
    ("uk", "Підписання акта приймання етапу", "Підписання"),
    ("uk", "Контроль оплати за договором", "оплати"),
    ("en", "Payment of the first invoice", "Payment"),
    ("en", "Acceptance certificate drawn up", "certificate"),
])
def test_a_service_that_names_the_contract_a_payment_or_a_signature_is_refused(tmp_path, lang, service, word):
    data = data_copy(tmp_path)
    methodology = data / "methodology.yml"
    first = STAGES[0]["services"][0][lang]
    text = methodology.read_text(encoding="utf-8")
    assert text.count(f"{lang}: {first}\n") == 1
    methodology.write_text(text.replace(f"{lang}: {first}\n", f"{lang}: {service}\n"), encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data)
    [problem] = raised.value.problems
    assert problem.path == f"stages[0].services[0].{lang}"
    assert problem.line == line_of(methodology, service)
    assert problem.message.startswith(f"«{word}» (data/acts.yml not_services: ")
    assert "never a service" in problem.message


@pytest.mark.parametrize("word, text, found", [
    ("акт", "Активація бази даних", False),
    ("акта", "Підписання акта", True),
    ("підпис", "Консультування щодо підписки", False),
    ("підписан*", "Підписання акта", True),
    ("оплат*", "Оплата послуг", True),
    ("sign", "Design of the forms", False),
    ("sign*", "Signing of the contract", True),
    ("pay", "Payroll setup", False),
])
def test_a_word_matches_a_whole_word_or_with_a_star_its_beginning(word, text, found):
    assert bool(_word_pattern(word).search(text)) is found

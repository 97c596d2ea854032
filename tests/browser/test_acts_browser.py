"""Acts in a real browser: the amount in words, the form kept per project, printing to A4 PDF."""
import io

import pytest
from pypdf import PdfReader

from support import REPO
from macros.changelog.release import release_label
from macros.site_content import load_content

pytestmark = pytest.mark.browser

CONTENT = load_content(REPO / "data")
ACTS = CONTENT.files["acts"]

# The amount in words, written out by hand: (amount, currency, Ukrainian, English).
AMOUNTS = [
    ("0", "UAH", "Нуль гривень 00 копійок", "Zero hryvnias and 00 kopiykas"),
    ("1", "UAH", "Одна гривня 00 копійок", "One hryvnia and 00 kopiykas"),
    ("2", "UAH", "Дві гривні 00 копійок", "Two hryvnias and 00 kopiykas"),
    ("5", "UAH", "Пʼять гривень 00 копійок", "Five hryvnias and 00 kopiykas"),
    ("11", "UAH", "Одинадцять гривень 00 копійок", "Eleven hryvnias and 00 kopiykas"),
    ("12", "UAH", "Дванадцять гривень 00 копійок", "Twelve hryvnias and 00 kopiykas"),
    ("14", "UAH", "Чотирнадцять гривень 00 копійок", "Fourteen hryvnias and 00 kopiykas"),
    ("21", "UAH", "Двадцять одна гривня 00 копійок", "Twenty-one hryvnias and 00 kopiykas"),
    ("22", "UAH", "Двадцять дві гривні 00 копійок", "Twenty-two hryvnias and 00 kopiykas"),
    ("101", "UAH", "Сто одна гривня 00 копійок", "One hundred one hryvnias and 00 kopiykas"),
    ("111", "UAH", "Сто одинадцять гривень 00 копійок", "One hundred eleven hryvnias and 00 kopiykas"),
    ("1000", "UAH", "Одна тисяча гривень 00 копійок", "One thousand hryvnias and 00 kopiykas"),
    ("1001", "UAH", "Одна тисяча одна гривня 00 копійок", "One thousand one hryvnias and 00 kopiykas"),
    ("2000", "UAH", "Дві тисячі гривень 00 копійок", "Two thousand hryvnias and 00 kopiykas"),
    ("4000", "UAH", "Чотири тисячі гривень 00 копійок", "Four thousand hryvnias and 00 kopiykas"),
    ("5000", "UAH", "Пʼять тисяч гривень 00 копійок", "Five thousand hryvnias and 00 kopiykas"),
    ("11000", "UAH", "Одинадцять тисяч гривень 00 копійок", "Eleven thousand hryvnias and 00 kopiykas"),
    ("21000", "UAH", "Двадцять одна тисяча гривень 00 копійок", "Twenty-one thousand hryvnias and 00 kopiykas"),
    ("22000", "UAH", "Двадцять дві тисячі гривень 00 копійок", "Twenty-two thousand hryvnias and 00 kopiykas"),
    ("1000000", "UAH", "Один мільйон гривень 00 копійок", "One million hryvnias and 00 kopiykas"),
    ("2000000", "UAH", "Два мільйони гривень 00 копійок", "Two million hryvnias and 00 kopiykas"),
    ("5000000", "UAH", "Пʼять мільйонів гривень 00 копійок", "Five million hryvnias and 00 kopiykas"),
    ("12345.67", "UAH", "Дванадцять тисяч триста сорок пʼять гривень 67 копійок",
     "Twelve thousand three hundred forty-five hryvnias and 67 kopiykas"),
    ("1234567.89", "UAH", "Один мільйон двісті тридцять чотири тисячі пʼятсот шістдесят сім гривень 89 копійок",
     "One million two hundred thirty-four thousand five hundred sixty-seven hryvnias and 89 kopiykas"),
    ("0.01", "UAH", "Нуль гривень 01 копійка", "Zero hryvnias and 01 kopiyka"),
    ("0.02", "UAH", "Нуль гривень 02 копійки", "Zero hryvnias and 02 kopiykas"),
    ("0.05", "UAH", "Нуль гривень 05 копійок", "Zero hryvnias and 05 kopiykas"),
    ("0.11", "UAH", "Нуль гривень 11 копійок", "Zero hryvnias and 11 kopiykas"),
    ("0.21", "UAH", "Нуль гривень 21 копійка", "Zero hryvnias and 21 kopiykas"),
    ("1", "USD", "Один долар США 00 центів", "One US dollar and 00 cents"),
    ("2", "USD", "Два долари США 00 центів", "Two US dollars and 00 cents"),
    ("5", "USD", "Пʼять доларів США 00 центів", "Five US dollars and 00 cents"),
    ("21.01", "USD", "Двадцять один долар США 01 цент", "Twenty-one US dollars and 01 cent"),
    ("1000.03", "USD", "Одна тисяча доларів США 03 центи", "One thousand US dollars and 03 cents"),
    ("1", "EUR", "Одне євро 00 центів", "One euro and 00 cents"),
    ("2", "EUR", "Два євро 00 центів", "Two euros and 00 cents"),
    ("21", "EUR", "Двадцять одне євро 00 центів", "Twenty-one euros and 00 cents"),
    ("5000.50", "EUR", "Пʼять тисяч євро 50 центів", "Five thousand euros and 50 cents"),
    ("12345.67", "EUR", "Дванадцять тисяч триста сорок пʼять євро 67 центів",
     "Twelve thousand three hundred forty-five euros and 67 cents"),
]


def spelled(page, lang):
    return page.evaluate(
        "([cases, lang]) => cases.map(([amount, currency]) => PlaybookAmountWords.spell(amount, currency, lang))",
        [[[amount, currency] for amount, currency, *_ in AMOUNTS], lang])


@pytest.mark.parametrize("lang, column", [("uk", 2), ("en", 3)])
def test_amount_in_words(page, site_url, lang, column):
    page.goto(site_url + "acts/initiation/")
    got = spelled(page, lang)
    wrong = [(case[0], case[1], want, have) for case, want, have in
             zip(AMOUNTS, [case[column] for case in AMOUNTS], got) if want != have]
    assert not wrong, "\n".join(f"{a} {c}: expected «{w}», got «{h}»" for a, c, w, h in wrong)


def test_amount_in_words_refuses_what_is_not_an_amount(page, site_url):
    page.goto(site_url + "acts/initiation/")
    for bad in ("-1", "1.234", "abc", ""):
        assert page.evaluate("(bad) => { try { PlaybookAmountWords.spell(bad, 'UAH', 'uk'); return 'spelled'; }"
                             " catch (e) { return 'refused'; } }", bad) == "refused"


# --- filling in ---------------------------------------------------------------------------------

FILLED = {
    "number": "17",
    "date": "2026-11-28",
    "city": "Київ",
    "city_en": "Kyiv",
    "contract_number": "5/2026",
    "contract_date": "2026-09-01",
    "contractor_name": "Виконавець-Тест",
    "contractor_name_en": "Test Contractor",
    "contractor_representative": "директора Тестового Т. Т.",
    "contractor_basis": "Статуту",
    "contractor_position": "Директор",
    "contractor_signatory": "Т. Т. Тестовий",
    "client_name": "Замовник-Тест",
    "client_name_en": "Test Client",
    "client_representative": "директорки Пробної П. П.",
    "client_basis": "Статуту",
    "client_position": "Директорка",
    "client_signatory": "П. П. Пробна",
}
# Two rows: 2 × 5 000,00 + 1,5 × 1 563,78 = 12 345,67; prices include VAT 20 %: VAT 2 057,61.
ROWS = [("service", "2", "5000"), ("hour", "1,5", "1563,78")]


def act_text(page, version=None):
    selector = f'article[data-version="{version}"]' if version else "article.playbook-act__sheet:not([hidden])"
    return " ".join(page.locator(selector).inner_text().split())


def seed_act(page, act_id, version, row_count, detail=""):
    """Store a filled act the way the form does (through the projects API), then reload: quicker
    than typing when the test is about printing."""
    rows = [{"uk": f"Налаштування модуля номер {n} відповідно до прототипу{detail}",
             "en": f"Module no. {n} configured to the prototype", "unit": "service", "qty": "1", "price": "1000"}
            for n in range(1, row_count + 1)]
    values = dict(FILLED, version=version, currency="UAH", vat_mode="included", rows=rows)
    page.evaluate("([id, values]) => PlaybookProjects.updateSection('acts', acts => { acts[id] = values; return acts; })",
                  [act_id, values])
    page.reload()


def fill_act(page, values=FILLED, rows=ROWS, version="uk", row_count=0):
    """Fill the form; with row_count, add rows up to that many (1 000,00 each) instead of ROWS."""
    page.set_default_timeout(5000)
    page.check('input[name="version"][value="bilingual"]')  # shows the inputs of both languages
    for name, value in values.items():
        page.fill(f'[name="{name}"]', value)
    if row_count:
        add_rows_up_to(page, row_count)
        rows = []
    for index, (unit, qty, price) in enumerate(rows):
        page.select_option(f'select[data-row="{index}"]', unit)
        page.fill(f'input[data-row="{index}"][data-key="qty"]', qty)
        page.fill(f'input[data-row="{index}"][data-key="price"]', price)
    page.select_option('[name="currency"]', "UAH")
    page.select_option('[name="vat_mode"]', "included")
    page.check(f'input[name="version"][value="{version}"]')


def pdf_of(page):
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    page.emulate_media(media="screen")
    return [" ".join(p.extract_text().split()) for p in reader.pages]


def test_filled_values_survive_a_reload_and_the_language_switch(page, site_url):
    page.goto(site_url + "acts/initiation/")
    fill_act(page)
    expected_uk = ("АКТ № 17", "м. Київ", "«28» листопада 2026 р.", "Виконавець-Тест (далі — Виконавець)",
                   "в особі директора Тестового Т. Т., що діє на підставі Статуту",
                   "Договору № 5/2026 від «1» вересня 2026 р.",
                   "12 345,67 грн (Дванадцять тисяч триста сорок пʼять гривень 67 копійок), у тому числі ПДВ 2 057,61 грн")
    text = act_text(page)
    for words in expected_uk:
        assert words in text
    page.reload()
    assert page.input_value('[name="contractor_name"]') == "Виконавець-Тест"
    assert page.input_value('input[data-row="1"][data-key="price"]') == "1563,78"
    assert page.input_value('[name="vat_mode"]') == "included"
    text = act_text(page)
    for words in expected_uk:
        assert words in text
    rows = page.locator('article[data-version="uk"] tbody.playbook-act__rows tr')
    assert " ".join(rows.nth(1).inner_text().split()) == (
        f"2 {CONTENT.stage('initiation')['services'][1]['uk']} год 1,5 1 563,78 2 345,67")
    # The English page shows the same act of the same project; the chosen version goes with it.
    page.goto(site_url + "en/acts/initiation/")
    assert page.input_value('[name="number"]') == "17"
    page.check('input[name="version"][value="en"]')
    text = act_text(page, "en")
    for words in ("ACCEPTANCE CERTIFICATE No. 17", "for work performed (services rendered)", "Kyiv", "28 November 2026", "Test Contractor (the “Contractor”)",
                  "Contract No. 5/2026 dated 1 September 2026",
                  "UAH 12,345.67 (Twelve thousand three hundred forty-five hryvnias and 67 kopiykas), "
                  "including VAT of UAH 2,057.61"):
        assert words in text


def test_dates_are_written_as_the_act_writes_them(page, site_url):
    """Month names come from the browser (Intl), in the genitive; the Ukrainian day is quoted as on
    the blank; plain spaces only (some ICU versions put a narrow no-break space before «р.»); a day
    that does not exist prints the blank line."""
    page.goto(site_url + "acts/final/")
    page.evaluate("PlaybookProjects.updateSection('acts', acts => { acts.final = "
                  "{date: '2024-02-29', contract_date: '2026-02-30', version: 'bilingual'}; return acts; })")
    page.reload()
    sheet = page.locator('article[data-version="bilingual"]:not([hidden])')
    dates = [slot.text_content() for slot in sheet.locator('[data-field="date"]').all()]
    assert dates == ["«29» лютого 2024 р.", "29 February 2024"]
    blanks = [slot.text_content() for slot in sheet.locator('[data-field="contract_date"]').all()]
    assert blanks == [ACTS["document"]["blank_date"]["uk"], ACTS["document"]["blank_date"]["en"]]


def test_each_project_keeps_its_own_act(page, site_url):
    page.goto(site_url + "acts/final/")
    page.fill('[name="number"]', "A-1")
    first = page.evaluate("PlaybookProjects.current().id")
    page.evaluate("PlaybookProjects.create('Другий клієнт')")
    assert page.input_value('[name="number"]') == ""
    page.fill('[name="number"]', "B-2")
    page.reload()
    assert page.input_value('[name="number"]') == "B-2"
    page.evaluate("(id) => PlaybookProjects.switchTo(id)", first)
    assert page.input_value('[name="number"]') == "A-1"
    assert "АКТ № A-1" in act_text(page)
    stored = page.evaluate("JSON.parse(localStorage.getItem('odoo-playbook.v1'))")
    numbers = sorted(project["acts"]["final"]["number"] for project in stored["projects"].values())
    assert numbers == ["A-1", "B-2"]


def test_clearing_the_act_brings_back_the_blank_template(page, site_url):
    page.goto(site_url + "acts/development/")
    fill_act(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click('[data-action="clear"]')
    assert page.input_value('[name="number"]') == ""
    assert page.evaluate("PlaybookProjects.section('acts')") == {}
    assert "Виконавець-Тест" not in act_text(page)


def test_signing_with_qualified_e_signatures_replaces_the_lines_and_the_seal(page, site_url):
    page.goto(site_url + "acts/configuration/")
    page.fill('[name="contractor_signatory"]', "Т. Т. Тестовий")
    page.select_option('[name="signing"]', "electronic")
    text = act_text(page)
    doc = ACTS["document"]
    assert text.count(doc["e_signed"]["uk"]) == 2
    assert " ".join(doc["copies_electronic"]["uk"].split()) in text
    assert doc["seal"]["uk"] not in text and " ".join(doc["copies"]["uk"].split()) not in text
    assert "Т. Т. Тестовий" in text
    page.reload()
    assert page.input_value('[name="signing"]') == "electronic"
    assert doc["seal"]["uk"] not in " ".join(pdf_of(page))


def test_a_number_that_is_not_a_number_is_flagged_and_left_out(page, site_url):
    page.goto(site_url + "acts/development/")
    page.fill('input[data-row="0"][data-key="qty"]', "2")
    page.fill('input[data-row="0"][data-key="price"]', "12o0")
    assert page.get_attribute('input[data-row="0"][data-key="price"]', "aria-invalid") == "true"
    assert "12o0" in page.inner_text(".playbook-act-form__status")
    assert page.locator('article[data-version="uk"] tbody tr').first.locator(".playbook-act__c-amount").inner_text() == ""


def test_a_total_too_large_to_spell_leaves_a_line_for_the_words(page, site_url):
    # 999 999 999 999 × 999 999 999 999 is past what the words can say (below a quadrillion): the
    # figures are still printed, the words are left to write by hand, and nothing fails
    # (the page fixture fails the test on any script error)
    page.goto(site_url + "acts/final/")
    page.check('input[name="acceptance"][value="end"]')
    page.fill('input[data-row="0"][data-key="qty"]', "999999999999")
    page.fill('input[data-row="0"][data-key="price"]', "999999999999")
    page.fill('[name="number"]', "8")
    sheet = page.locator('article[data-version="uk"]:not([hidden])')
    assert sheet.locator('[data-field="number"]').first.inner_text() == "8"
    assert sheet.locator(".playbook-act__rows .playbook-act__c-amount").first.inner_text() == \
        "999\u00a0999\u00a0999\u00a0998\u00a0000\u00a0000\u00a0000\u00a0001,00"
    words = sheet.locator('[data-field="total_words"]').first
    assert words.inner_text() == "" and "is-filled" not in (words.get_attribute("class") or "")


# --- printing -------------------------------------------------------------------------------------

def requisite_words(lang):
    doc, table = ACTS["document"], ACTS["table"]
    return [doc["subheading"][lang], doc[ "contractor"][lang], doc["client"][lang], table["name"][lang],
            table["amount"][lang], doc["seal"][lang], doc["signature"][lang], doc["position"][lang],
            " ".join(doc["no_claims"][lang].split())]


def add_rows_up_to(page, count):
    while page.locator(".playbook-act-form__row").count() < count:
        page.click('[data-action="add-row"]')
    for index in range(count):
        name = page.locator(f'input[data-row="{index}"][data-key="uk"]')
        if not name.input_value():
            name.fill(f"Налаштування модуля номер {index + 1} відповідно до прототипу")
            page.fill(f'input[data-row="{index}"][data-key="en"]', f"Module no. {index + 1} configured to the prototype")
        page.fill(f'input[data-row="{index}"][data-key="qty"]', "1")
        page.fill(f'input[data-row="{index}"][data-key="price"]', "1000")


def test_the_blank_print_is_a_clean_template_on_one_page(page, site_url):
    page.goto(site_url + "acts/testing-launch-prep/")
    pages = pdf_of(page)
    assert len(pages) == 1
    text = pages[0]
    for words in requisite_words("uk"):
        assert words in text
    assert text.count(ACTS["document"]["blank_date"]["uk"]) == 2
    assert ACTS["document"]["vat_blank"]["uk"] in text
    assert release_label(CONTENT, "uk") in text  # the version of the methodology it came from
    for chrome in ("Друкувати акт", "Поточний проєкт", "Номер акта", "Що має містити акт"):
        assert chrome not in text, f"site chrome in the print: {chrome}"
    page.emulate_media(media="print")
    lines = page.evaluate("""() => [...document.querySelectorAll(
        'article[data-version="uk"] .playbook-act__value--line')].filter(node => !node.closest('[hidden]')).map(node => {
          const box = node.getBoundingClientRect(), style = getComputedStyle(node);
          return [node.dataset.field || 'cell', box.width, style.borderBottomStyle];
        })""")
    assert {name for name, *_ in lines} >= {"number", "city", "contractor_name", "client_basis",
                                             "contract_number", "total_words", "client_signatory"}
    assert all(width >= 30 and border == "solid" for _, width, border in lines), lines


@pytest.mark.parametrize("version, site_prefix, max_pages", [("uk", "", 1), ("en", "en/", 1), ("bilingual", "", 2)])
def test_a_stage_act_with_ten_rows_fits_its_page_limit(page, site_url, version, site_prefix, max_pages):
    page.goto(site_url + site_prefix + "acts/testing-launch-prep/")
    if version == "uk":  # once through the form itself
        fill_act(page, version=version, row_count=10)
    else:
        seed_act(page, "testing-launch-prep", version, 10)
    assert page.locator(f'article[data-version="{version}"] tbody.playbook-act__rows tr').count() == 10
    pages = pdf_of(page)
    assert len(pages) <= max_pages, f"{version}: {len(pages)} pages"
    text = " ".join(pages)
    page_lang = "en" if site_prefix else "uk"
    assert all(release_label(CONTENT, page_lang) in sheet for sheet in pages), "a sheet without the version"
    langs = ("uk", "en") if version == "bilingual" else (version,)
    words = {"uk": "Десять тисяч гривень 00 копійок", "en": "Ten thousand hryvnias and 00 kopiykas"}
    for lang in langs:
        for requisite in requisite_words(lang):
            assert requisite in text, f"{version}: «{requisite}» missing from the PDF"
        assert words[lang] in text
    for value in ("17", "Виконавець-Тест" if "uk" in langs else "Test Contractor", "5/2026"):
        assert value in text
    assert "Налаштування модуля номер 10" in text if "uk" in langs else "Module no. 10" in text
    # The total, the total in words and the signatures are on one page.
    closing = [p for p in pages if ACTS["document"]["seal"][langs[0]] in p]
    assert len(closing) == 1
    assert ACTS["totals"]["included"][2]["label"][langs[0]] in closing[0]
    assert words[langs[0]] in closing[0]


def test_a_long_table_repeats_its_header_and_keeps_the_signatures_with_the_total(page, site_url):
    page.goto(site_url + "acts/final/")
    seed_act(page, "final", "uk", 30, detail=": права доступу, звіти, автоматичні дії та шаблони документів")
    pages = pdf_of(page)
    assert len(pages) >= 2
    header = f"{ACTS['table']['name']['uk']} {ACTS['table']['unit']['uk']}"
    with_rows = [text for text in pages if "Налаштування модуля номер" in text]
    assert len(with_rows) >= 2, "the table should break across pages for this test"
    assert all(header in text for text in with_rows), "the table header is not repeated"
    last = pages[-1]
    for words in (ACTS["totals"]["included"][0]["label"]["uk"], "Тридцять тисяч гривень 00 копійок",
                  ACTS["document"]["seal"]["uk"], "Т. Т. Тестовий", "П. П. Пробна"):
        assert words in last
    assert "Тридцять тисяч гривень" not in " ".join(pages[:-1])
    assert all(release_label(CONTENT, "uk") in text for text in pages), "a sheet without the version"


def test_the_signatures_never_part_from_the_total(page, site_url):
    """Grow the table two rows at a time, so that the end of the act crosses the page boundary."""
    page.goto(site_url + "acts/final/")
    seed_act(page, "final", "uk", 12)
    total_label = ACTS["totals"]["included"][2]["label"]["uk"]
    page_counts = set()
    for count in range(12, 30, 2):
        rows = [{"uk": f"Робота {n}", "en": f"Work {n}", "unit": "service", "qty": "1", "price": "1000"}
                for n in range(1, count + 1)]
        page.evaluate("(rows) => PlaybookProjects.updateSection('acts', acts => { acts.final.rows = rows; return acts; })",
                      rows)
        pages = pdf_of(page)
        page_counts.add(len(pages))
        [closing] = [text for text in pages if ACTS["document"]["seal"]["uk"] in text]
        assert total_label in closing and "гривень 00 копійок" in closing, f"{count} rows: the total is apart"
    assert page_counts == {1, 2}, "the rows never pushed the act onto a second page"


def test_markup_typed_into_a_field_prints_as_text(page, site_url):
    page.goto(site_url + "acts/go-live/")
    attack = "<img src=x onerror=window.__pwned=1>"
    page.fill('[name="contractor_name"]', attack)
    page.fill('input[data-row="0"][data-key="uk"]', "<b>bold</b>")
    page.reload()
    assert page.locator(".playbook-act img, .playbook-act b").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert attack in act_text(page)
    text = " ".join(pdf_of(page))
    assert attack in text
    assert "<b>bold</b>" in text


@pytest.mark.parametrize("path, version", [("acts/initiation/", "uk"), ("en/acts/final/", "bilingual")])
def test_act_page_has_no_accessibility_violations(page, site_url, path, version):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(site_url + path)
    page.check(f'input[name="version"][value="{version}"]')
    page.fill('[name="number"]', "3")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

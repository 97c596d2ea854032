"""Ukrainian search: word forms match, English is not hurt, results stay in the page's language."""
import json
import re

import pytest

from search_probe import load_queries, recall

# The share of benchmarks/search_queries.yml that must come up among the first results.
RECALL_THRESHOLD = {"uk": 0.9, "en": 0.85}


def _indexed_words(site) -> dict[str, set]:
    words: dict[str, set] = {}
    for doc in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]).lower()
        words.setdefault(doc["location"].split("#")[0], set()).update(re.findall(r"[\wʼ']+", text))
    return words


def test_the_fixed_queries_are_about_this_site(built_site):
    """Each pair names a page that exists and uses the word in the form the pair says."""
    from search_probe import language_root

    queries, words = load_queries(), _indexed_words(built_site)
    assert len(queries["uk"]) >= 40
    stale = [f"{lang}: «{pair['query']}» → {pair['page']}: the page does not say «{pair['form']}»"
             for lang, pairs in queries.items() for pair in pairs
             if pair["form"].lower() not in words.get(language_root(lang) + pair["page"], set())]
    assert not stale, "benchmarks/search_queries.yml is out of date:\n" + "\n".join(stale)
    different = [pair for pair in queries["uk"] if pair["query"].lower() != pair["form"].lower()]
    assert different == queries["uk"], "every Ukrainian query uses another form than its page"


def test_the_search_index_asks_for_the_ukrainian_stemmer(built_site):
    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["uk", "en"]
    assert config["pipeline"] == ["trimmer", "stopWordFilter", "stemmer"]
    assert (built_site / "assets/javascripts/lunr/min/lunr.uk.min.js").is_file()


@pytest.mark.browser
def test_recall_meets_the_threshold_beats_material_defaults_and_stays_in_language(page, site_url):
    after = recall(page, site_url)
    before = recall(page, site_url, before=True)
    for lang, threshold in RECALL_THRESHOLD.items():
        misses = [pair["query"] for pair, found in zip(after[lang]["pairs"], after[lang]["found"]) if not found]
        assert after[lang]["recall"] >= threshold, f"{lang} recall {after[lang]['recall']:.2f}; missed {misses}"
        assert after[lang]["recall"] >= before[lang]["recall"], f"{lang} search got worse"
        assert after[lang]["top"] >= before[lang]["top"], f"{lang}: the right page ranks lower than before"
    assert after["uk"]["recall"] > before["uk"]["recall"]
    # and every result is in the language of the page the search was made on
    for lang, report in after.items():
        for pair, answer in zip(report["pairs"], report["answers"]):
            foreign = [path for path in answer if path.startswith("en/") != (lang == "en")]
            assert not foreign, f"{lang}: «{pair['query']}» found pages in the other language: {foreign}"


def _search_box(page, query):
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=20)
    box.press("End")  # Material reads the box on key events; typed Cyrillic arrives as text input
    page.locator(".md-search-result__meta").filter(has_text=re.compile(r"\d")).wait_for()
    return [link.get_attribute("href") for link in page.locator("a.md-search-result__link").all()]


@pytest.mark.browser
@pytest.mark.parametrize("lang,query,expected", [
    ("uk", "інтеграцій", "stages/integrations-migration/"),
    ("uk", "ліцензій", "stages/configuration/"),
    ("uk", "налаштувати", "stages/configuration/"),
    ("uk", "обслуговуванню", "stages/additional-training/"),
    ("en", "configuring", "stages/configuration/"),
])
def test_typing_into_the_search_box_finds_other_word_forms(page, site_url, lang, query, expected):
    from search_probe import language_root

    root = site_url + language_root(lang)
    page.goto(root)
    pages = [page.evaluate("href => { const url = new URL(href, location.href); return url.origin + url.pathname }",
                           href) for href in _search_box(page, query)]
    assert root + expected in pages, f"«{query}» did not find {expected}: {pages}"
    in_other_language = [href for href in pages if href.startswith(site_url + "en/") != (lang == "en")]
    assert not in_other_language, in_other_language

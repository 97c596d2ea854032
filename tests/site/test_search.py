"""Ukrainian search: word forms match, English is not hurt, results stay in the page's language."""
import json
import re


from support.search_probe import language_root, load_queries


def _indexed_words(site) -> dict[str, set]:
    words: dict[str, set] = {}
    for doc in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"]).lower()
        words.setdefault(doc["location"].split("#")[0], set()).update(re.findall(r"[\wʼ']+", text))
    return words


def test_the_fixed_queries_are_about_this_site(built_site):
    """Each pair names a page that exists and uses the word in the form the pair says."""


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



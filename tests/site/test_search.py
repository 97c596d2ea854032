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




# --- what the index holds: what readers search for, not page furniture ------------------------------

def _index_texts(site) -> dict[str, str]:
    """Each page's indexed text (its sections' titles and texts, tags stripped), by page."""
    texts: dict[str, str] = {}
    for doc in json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]:
        text = re.sub(r"<[^>]+>", " ", doc["title"] + " " + doc["text"])
        page = doc["location"].split("#")[0]
        texts[page] = texts.get(page, "") + " " + " ".join(text.split())
    return texts


def _furniture(lang: str) -> dict[str, str]:
    from macros.core.i18n import ui
    return {
        "the project bar": ui("project_current", lang) + ":",
        "the project bar's buttons": ui("project_export", lang),
        "the printed sheet's header": ui("checklist_project", lang) + ":",
        "the signature lines": ui("checklist_signature", lang),
        "the checklist's buttons": ui("checklist_reset_stage", lang),
        "a progress bar": ui("checklist_progress_stage", lang),
        "a blank act": "(далі — Виконавець)",
    }


def test_page_furniture_is_kept_out_of_the_search_index(built_site):
    texts = _index_texts(built_site)
    checked = [page for page in texts if page.startswith(("checklists/", "acts/", "en/checklists/", "en/acts/"))]
    assert len(checked) >= 4 * 8
    for lang in ("uk", "en"):
        prefix = "en/" if lang == "en" else ""
        for page, text in texts.items():
            if not page.startswith(prefix) or not (page == prefix or page in checked):
                continue  # the pages with the furniture: checklists, acts and the home page's progress
            found = [what for what, words in _furniture(lang).items() if words in text]
            assert not found, f"{page} is indexed with {found}"


def test_project_no_longer_matches_every_page(built_site):
    """«проєкт» / "project" matched every checklist and act page through «Поточний проєкт: Мій проєкт»
    (26 pages a language); now a page matches where its own text speaks of the project."""
    texts = _index_texts(built_site)
    for lang, word in (("uk", r"\bпроєкт"), ("en", r"\bproject")):
        prefix = "en/" if lang == "en" else ""
        with_the_bar = [page for page in texts if page.startswith(prefix) and
                        re.match(r"(checklists|acts)/[a-z-]+/$", page[len(prefix):])]
        matching = [page for page in with_the_bar if re.search(word, texts[page], re.IGNORECASE)]
        assert len(with_the_bar) >= 2 * 8 and len(matching) <= len(with_the_bar) / 4, (lang, matching)


def test_the_guide_glossary_and_questions_weigh_more_in_search_than_checklists_and_acts(built_site):
    boosts = {}
    for doc in json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]:
        boosts.setdefault(doc["location"].split("#")[0], set()).add(doc.get("boost", 1))
    for prefix in ("", "en/"):
        guide, checklist, act = (boosts[f"{prefix}{kind}/initiation/"] for kind in ("stages", "checklists", "acts"))
        glossary, faq = boosts[f"{prefix}glossary/"], boosts[f"{prefix}faq/"]
        assert len(guide | checklist | act | glossary | faq) == 3  # one weight per page, three weights in all
        assert min(glossary) == min(faq) > min(guide) > max(checklist) == max(act)


def test_every_client_question_names_a_page_and_anchor_the_site_has(built_site):
    """benchmarks/client_questions.yml: at least 30 a language, each answered by a page (and an
    element with that id on it) of the built site, in the question's language."""
    from support import page_html
    from support.search_probe import answer_location, load_client_questions
    questions = load_client_questions()
    for lang, pairs in questions.items():
        assert len(pairs) >= 30, lang
        for pair in pairs:
            path, anchor = answer_location(pair["page"], lang)
            html = page_html(built_site, path.rstrip("/"))
            assert html.html["lang"] == lang, pair
            assert anchor is None or html.find(id=anchor), f"{lang}: «{pair['query']}» → {pair['page']}: no such anchor"

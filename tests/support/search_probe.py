"""Ask the site's real search worker (Material's, in Chromium) a list of queries.

Shared by tests/test_search.py and benchmarks/search_recall.py. A page of the built
site is opened, its search index fetched and handed to a new search worker exactly
as Material's page script does it (through the page's Worker#postMessage, so the
language filter of search-language.js applies); the worker answers each query with
Material's result groups, one per page, best first.

"before" replays the site as it was before Ukrainian search: Material's defaults for
a Ukrainian site (language "en", no stemmer, no trimmer, separator "[\\s\\-]+") and no
language filter (search-language.js is blocked).
"""
from __future__ import annotations

from pathlib import Path

import yaml

QUERIES_FILE = Path(__file__).resolve().parents[2] / "benchmarks" / "search_queries.yml"
CLIENT_QUESTIONS_FILE = Path(__file__).resolve().parents[2] / "benchmarks" / "client_questions.yml"
TOP = 5  # a query finds its page when the page is among the first TOP distinct pages
CLIENT_TOP = 3  # a client's question is answered when its answer is among the first CLIENT_TOP pages

BEFORE_CONFIG = {"lang": ["en"], "pipeline": ["stopWordFilter"], "separator": r"[\s\-]+"}

_ASK = """
async ({queries, config}) => {
  const site = JSON.parse(document.getElementById("__config").textContent);
  const root = new URL(site.base + "/", location.href);
  const index = await (await fetch(new URL("search/search_index.json", root))).json();
  Object.assign(index.config, config || {});
  const worker = new Worker(new URL(site.search, location.href));
  const answers = [];
  let resolve;
  worker.onmessage = event => resolve(event.data);
  const reply = message => new Promise(done => { resolve = done; worker.postMessage(message); });
  await reply({type: 0, data: {config: index.config, docs: index.docs, options: {suggest: false}}});
  for (const query of queries) {
    const result = await reply({type: 2, data: query});
    answers.push(result.data.items.map(group => group[0].location));
  }
  worker.terminate();
  return {answers, locations: index.docs.map(doc => doc.location)};
}
"""


def load_queries() -> dict[str, list[dict]]:
    return yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))


def language_root(lang: str) -> str:
    from macros.core.site_map import site_path
    return site_path("", lang)


def ask_sections(page, base_url: str, lang: str, queries: list[str], before: bool = False) -> dict:
    """For each query, the first (best) result of each page, as Material shows it under the page's
    title, best page first ('en/glossary/#hypercare'); and every location the index holds."""
    if before:
        page.route("**/search-language.js", lambda route: route.fulfill(body="", content_type="text/javascript"))
    page.goto(base_url + language_root(lang))
    return page.evaluate(_ASK, {"queries": queries, "config": BEFORE_CONFIG if before else None})


def ask(page, base_url: str, lang: str, queries: list[str], before: bool = False) -> list[list[str]]:
    """Result pages (site paths such as 'en/saas/'), best first, for each query."""
    answers = ask_sections(page, base_url, lang, queries, before)["answers"]
    return [[location.split("#")[0] for location in results] for results in answers]


def top_pages(results: list[str]) -> list[str]:
    """The first TOP distinct pages: Material's result list groups a page's sections under it."""
    return list(dict.fromkeys(results))[:TOP]


def recall(page, base_url: str, before: bool = False) -> dict[str, dict]:
    """Per language: the pairs, what each query found, the share of pairs whose page is found
    at all (recall: the word forms matched) and the share whose page is among the first TOP (top)."""
    report = {}
    for lang, pairs in load_queries().items():
        answers = ask(page, base_url, lang, [pair["query"] for pair in pairs], before)
        root = language_root(lang)
        found = [root + pair["page"] in results for pair, results in zip(pairs, answers)]
        top = [root + pair["page"] in top_pages(results) for pair, results in zip(pairs, answers)]
        report[lang] = {"pairs": pairs, "answers": answers, "found": found,
                        "recall": sum(found) / len(found), "top": sum(top) / len(top)}
    return report


def typing_recall(page, base_url: str, before: bool = False) -> dict[str, float]:
    """Per language: the share of the queries' prefixes (from four letters on, as a reader
    types them) that already find the page."""
    shares = {}
    for lang, pairs in load_queries().items():
        prefixes = [(pair["query"][:length], pair["page"]) for pair in pairs
                    for length in range(4, len(pair["query"]) + 1) if pair["query"][length - 1] != " "]
        answers = ask(page, base_url, lang, [prefix for prefix, _ in prefixes], before)
        root = language_root(lang)
        found = [root + expected in results for (_, expected), results in zip(prefixes, answers)]
        shares[lang] = sum(found) / len(found)
    return shares


def load_client_questions() -> dict[str, list[dict]]:
    return yaml.safe_load(CLIENT_QUESTIONS_FILE.read_text(encoding="utf-8"))["questions"]


def answer_location(target: str, lang: str) -> tuple[str, str | None]:
    """'glossary#go-live' -> ('glossary/', 'go-live') (with the language's root); 'stages/x/' -> ('stages/x/', None)."""
    path, _, anchor = target.partition("#")
    path = path if path.endswith("/") else path + "/"
    return language_root(lang) + path, anchor or None


def answered(target: str, lang: str, results: list[str], locations: set[str]) -> bool:
    """Whether a reader sees the answer among the first CLIENT_TOP pages: its page is there, and when
    the answer is a section of the index (a glossary term, a question), that section is the page's
    best result, the one shown first under the page's title. An anchor that is no section of its
    own (an item of a stage guide) is answered by its page."""
    page_path, anchor = answer_location(target, lang)
    section = f"{page_path}#{anchor}" if anchor else None
    for location in results[:CLIENT_TOP]:
        if location.split("#")[0] == page_path:
            return section not in locations or location == section
    return False


def client_top(page, base_url: str, before: bool = False) -> dict[str, dict]:
    """Per language: the questions, what each found (each page's best result) and the share answered
    among the first CLIENT_TOP pages (`top`)."""
    report = {}
    for lang, pairs in load_client_questions().items():
        reply = ask_sections(page, base_url, lang, [pair["query"] for pair in pairs], before)
        locations = set(reply["locations"])
        found = [answered(pair["page"], lang, results, locations) for pair, results in zip(pairs, reply["answers"])]
        report[lang] = {"pairs": pairs, "answers": reply["answers"], "found": found, "top": sum(found) / len(found)}
    return report

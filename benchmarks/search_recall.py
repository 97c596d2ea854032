"""Search recall, before and after Ukrainian search: the share of the fixed queries in
benchmarks/search_queries.yml whose page comes up among the first results.

    .venv/bin/python -m benchmarks.search_recall           # builds the site into a temp folder
    .venv/bin/python -m benchmarks.search_recall --site site

Both figures come from Material's real search worker in Chromium (tests/support/search_probe.py):
"before" with Material's defaults for this site (no stemmer, both languages mixed),
"after" with the site as built; "while typing" asks every prefix of each query, from
four letters on, as search-as-you-type does. tests/test_search.py holds the "after" figure to a threshold.

Client questions (benchmarks/client_questions.yml): the share whose answer a reader sees among the
first 3 pages of results (the glossary term or the question itself where the answer is one, shown
first under its page), with Material's defaults and with the site as built.
tests/browser/test_search_browser.py holds the site's figure at 0.8 or more per language.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

from tests.support import CHROMIUM, run_mkdocs_build, serve_directory
from tests.support.search_probe import CLIENT_TOP, TOP, client_top, recall, typing_recall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--misses", action="store_true", help="list the queries that were not found")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            result = run_mkdocs_build(REPO / "mkdocs.yml", site)
            if result.returncode:
                print(result.stderr, file=sys.stderr)
                return 1
        base_url, server = serve_directory(site)
        from playwright.sync_api import sync_playwright
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
                reports, typing, clients = {}, {}, {}
                for label, before in (("before", True), ("after", False)):
                    context = browser.new_context()
                    reports[label] = recall(context.new_page(), base_url, before=before)
                    context.close()
                    context = browser.new_context()
                    typing[label] = typing_recall(context.new_page(), base_url, before=before)
                    context.close()
                    context = browser.new_context()
                    clients[label] = client_top(context.new_page(), base_url, before=before)
                    context.close()
                browser.close()
        finally:
            server.shutdown()

    print("Recall: the share of queries whose page is among the results; top: among the first")
    print(f"{TOP} pages; while typing: recall for every prefix of the query from four letters on.")
    print("| language | queries | recall before | recall after | top before | top after "
          "| while typing, before | while typing, after |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for lang, after in reports["after"].items():
        before = reports["before"][lang]
        print(f"| {lang} | {len(after['pairs'])} | {before['recall']:.2f} | {after['recall']:.2f} "
              f"| {before['top']:.2f} | {after['top']:.2f} "
              f"| {typing['before'][lang]:.2f} | {typing['after'][lang]:.2f} |")
    print()
    print(f"Client questions: the share whose answer is among the first {CLIENT_TOP} pages of results.")
    print("| language | questions | top 3, Material's defaults | top 3, the site |")
    print("| --- | ---: | ---: | ---: |")
    for lang, after in clients["after"].items():
        print(f"| {lang} | {len(after['pairs'])} | {clients['before'][lang]['top']:.2f} | {after['top']:.2f} |")
    if args.misses:
        for lang, data in clients["after"].items():
            for pair, answer, found in zip(data["pairs"], data["answers"], data["found"]):
                if not found:
                    print(f"  client {lang}: «{pair['query']}» → {pair['page']} missed; got {answer[:CLIENT_TOP]}")
        for label, report in reports.items():
            for lang, data in report.items():
                for pair, answer, found in zip(data["pairs"], data["answers"], data["found"]):
                    if not found:
                        print(f"  {label} {lang}: «{pair['query']}» → {pair['page']} missed; got {answer[:TOP]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

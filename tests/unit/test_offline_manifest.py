"""The offline manifest (macros/publish/offline.py): every file a page may ask for, nothing the pages
never ask for, pages by the address they are linked by, and a version that follows the contents."""
from __future__ import annotations

import json

import pytest

from macros.publish.offline import WORKER_FILE, address, lunr_files_in_use, manifest_in_worker, offline_files, \
    offline_manifest, worker_script, write_worker

LUNR = "assets/javascripts/lunr/"
USED = [
    "index.html", "404.html", "stages/initiation/index.html", "en/index.html", "en/404.html",
    "en/stages/initiation/index.html", "glossary/index.html", "en/faq/index.html",
    "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/workers/search.a7633da7.min.js",
    "assets/stylesheets/main.57a0d79d.min.css", "assets/stylesheets/playbook.css",
    "assets/javascripts/offline/register.js", "assets/images/favicon.png",
    "search/search_index.json", "methodology.json", "methodology.schema.json", "checklists/odoo-tasks.csv",
    "en/checklists/odoo-tasks.csv",
    LUNR + "min/lunr.stemmer.support.min.js", LUNR + "min/lunr.multi.min.js", LUNR + "min/lunr.uk.min.js",
]
UNUSED = [
    "assets/javascripts/bundle.a5f9d56c.min.js.map", "assets/stylesheets/main.57a0d79d.min.css.map",
    LUNR + "min/lunr.de.min.js", LUNR + "min/lunr.ru.min.js", LUNR + "min/lunr.ja.min.js", LUNR + "tinyseg.js",
    LUNR + "wordcut.js", "sitemap.xml", "sitemap.xml.gz", WORKER_FILE,
]


def make_site(root, languages=("uk", "en")):
    for name in USED + UNUSED:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"contents of {name}", encoding="utf-8")
    (root / "search/search_index.json").write_text(json.dumps({"config": {"lang": list(languages)}, "docs": []}))
    return root


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site")


def test_every_file_a_page_uses_is_listed_and_nothing_else(site):
    files = offline_files(site)
    assert sorted(USED) == files


def test_pages_are_listed_by_their_address_and_the_404_pages_by_language_folder(site):
    manifest = offline_manifest(site)
    for url in ("./", "en/", "stages/initiation/", "en/stages/initiation/", "glossary/", "en/faq/", "404.html",
                "en/404.html", "search/search_index.json"):
        assert url in manifest["urls"]
    assert not [url for url in manifest["urls"] if url.endswith("index.html")]
    assert manifest["notFound"] == [{"folder": "en/", "page": "en/404.html"}, {"folder": "", "page": "404.html"}]


@pytest.mark.parametrize("file,expected", [("index.html", "./"), ("en/index.html", "en/"),
                                           ("acts/final/index.html", "acts/final/"), ("404.html", "404.html"),
                                           ("en/checklists/odoo-tasks.csv", "en/checklists/odoo-tasks.csv")])
def test_address(file, expected):
    assert address(file) == expected


@pytest.mark.parametrize("languages,expected", [
    (["en"], {"min/lunr.stemmer.support.min.js"}),
    (["uk", "en"], {"min/lunr.stemmer.support.min.js", "min/lunr.uk.min.js", "min/lunr.multi.min.js"}),
    (["ja"], {"min/lunr.stemmer.support.min.js", "min/lunr.ja.min.js", "tinyseg.js"}),
    (["th", "hi"], {"min/lunr.stemmer.support.min.js", "min/lunr.th.min.js", "min/lunr.hi.min.js", "wordcut.js",
                    "min/lunr.multi.min.js"}),
])
def test_the_lunr_files_are_those_materials_search_worker_loads(languages, expected):
    assert lunr_files_in_use(languages) == {LUNR + name for name in expected}


def test_a_site_searched_in_german_keeps_german(tmp_path):
    site = make_site(tmp_path / "site", languages=("de",))
    files = offline_files(site)
    assert LUNR + "min/lunr.de.min.js" in files
    assert LUNR + "min/lunr.uk.min.js" not in files and LUNR + "min/lunr.multi.min.js" not in files


def test_the_version_follows_the_contents(site):
    version = offline_manifest(site)["version"]
    assert offline_manifest(site)["version"] == version
    (site / "sitemap.xml").write_text("changed")  # not cached: no new version
    (site / "assets/javascripts/bundle.a5f9d56c.min.js.map").write_text("changed")
    assert offline_manifest(site)["version"] == version
    (site / "en/stages/initiation/index.html").write_text("changed")
    assert offline_manifest(site)["version"] != version


def test_a_renamed_file_is_a_new_version(site):
    version = offline_manifest(site)["version"]
    (site / "methodology.json").rename(site / "methodology-2.json")
    assert offline_manifest(site)["version"] != version


def test_the_worker_carries_its_manifest_and_leaves_itself_out(site):
    manifest = write_worker(site)
    script = (site / WORKER_FILE).read_text(encoding="utf-8")
    assert manifest_in_worker(script) == manifest == offline_manifest(site)
    assert WORKER_FILE not in manifest["urls"]
    assert script == worker_script(manifest)
    assert 'addEventListener("fetch"' in script

"""Links to the official Odoo documentation: one version, declared once in data/odoo.yml, builds every
address (macros/core/odoo_docs.py); the data writes paths, and the validator refuses an address with a
version written in it, naming file, path and line."""
import re

import pytest
from bs4 import BeautifulSoup

from macros.checklists.pages import render_master_checklist, render_stage_checklist
from macros.core.odoo_docs import doc_url, documentation_paths, online_releases
from macros.core.problems import DataError
from macros.pages.about import render_odoo_notes, render_saas
from macros.publish.export import build_export
from macros.site_content import validate
from macros.stages.guide import render_stage_guide
from macros.videos.pages import render_video_index
from support import REPO
from support.data_edits import data_copy, edit, line_of

DOCS = "https://www.odoo.com/documentation/"


def test_an_address_is_built_from_the_version_and_the_path():
    assert doc_url("19.0", "applications/general/users") == \
        "https://www.odoo.com/documentation/19.0/applications/general/users.html"
    assert online_releases("19.0") == "saas-19.x"


def _odoo_links(html: str) -> list[str]:
    return [a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a", href=True) if DOCS in a["href"]]


def test_the_version_key_builds_every_odoo_link(tmp_path):
    """Another version in data/odoo.yml moves every documentation link on every page that has one,
    and the export: nothing else names a version."""
    data_dir = data_copy(tmp_path)
    edit(data_dir, "odoo.yml", 'version: "19.0"', 'version: "20.0"')
    content = validate(data_dir)
    paths = {path for name in ("videos", "methodology") for _, path in documentation_paths(content.files[name])}
    assert len(paths) >= 15  # the video entries and the notes' pages
    links = []
    for lang in ("uk", "en"):
        for stage in content.stages:
            links += _odoo_links(render_stage_guide(content, stage["id"], lang, "../../"))
            links += _odoo_links(render_stage_checklist(content, stage["id"], lang, "../../"))
        links += _odoo_links(render_master_checklist(content, lang, "../"))
        links += _odoo_links(render_saas(content, lang, "../"))
        links += _odoo_links(render_odoo_notes(content, lang, "../"))
        index = render_video_index(content, lang, "../")
        links += _odoo_links(index)
        assert "20.0" in BeautifulSoup(index, "html.parser").select_one(".playbook-videos__odoo-version").get_text()
        assert "saas-20.x" in index
    assert links and all(link.startswith(DOCS + "20.0/") and link.endswith(".html") for link in links), links
    assert {link[len(DOCS + "20.0/"):-len(".html")] for link in links} == paths
    export = str(build_export(content, "https://example.com/"))
    assert DOCS + "20.0/" in export and DOCS + "19.0/" not in export


# (name, file, old, new, expected path, fragment on the reported line, words of the message)
CASES = [
    ("address-in-an-item", "methodology.yml",
     "          en: Odoo Cloud (Enterprise SaaS) subscription ordered or confirmed",
     "          en: Odoo Cloud subscription ordered (https://www.odoo.com/documentation/19.0/administration.html)",
     "stages[0].checklist[2].text.en", "documentation/19.0/administration",
     "links the Odoo documentation of one version («odoo.com/documentation/19.0»); write the page's path"),
    ("intermediate-release-in-an-interface-string", "ui.yml",
     "      en: Recorded training sessions, video how-tos",
     "      en: See https://www.odoo.com/documentation/saas-18.2/applications.html. Recorded training sessions, "
     "video how-tos", "strings.videos.videos_intro.en", "documentation/saas-18.2/",
     "links the Odoo documentation of one version («odoo.com/documentation/saas-18.2»)"),
    ("a-url-for-a-documentation-page", "videos.yml", "    doc: administration/odoo_accounts\n",
     "    url: https://www.odoo.com/documentation/master/administration/odoo_accounts.html\n",
     "videos[0].url", "documentation/master/", "links the Odoo documentation of one version"),
    ("an-address-as-a-note's-page", "methodology.yml",
     "              - {path: applications/studio, title: Studio}",
     "              - {path: 'https://www.odoo.com/documentation/19.0/applications/studio.html', title: Studio}",
     "stages[0].checklist[2].notes[1].docs[0].path", "applications/studio.html', title: Studio",
     "is an address; write only the page's path"),
    ("a-path-in-capitals", "methodology.yml",
     "            - {path: administration/upgrade, title: Upgrade}",
     "            - {path: Administration/Upgrade, title: Upgrade}",
     "saas.points[1].notes[0].docs[0].path", "Administration/Upgrade", "is not a documentation path"),
    ("a-version-that-is-not-major", "odoo.yml", 'version: "19.0"', 'version: "saas-19.1"',
     "version", 'version: "saas-19.1"', "«saas-19.1» is not a major version"),
    ("an-unquoted-version", "odoo.yml", 'version: "19.0"', "version: 19.0",
     "version", "version: 19.0", "must be text, but is a number"),
]


@pytest.mark.parametrize("name, file, old, new, path, fragment, words", CASES, ids=[case[0] for case in CASES])
def test_a_documentation_link_mistake_is_named_with_file_path_and_line(tmp_path, name, file, old, new, path,
                                                                        fragment, words):
    data_dir = data_copy(tmp_path)
    text = edit(data_dir, file, old, new)
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    line = line_of(text, fragment)
    matching = [p for p in raised.value.problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected data/{file}:{line}: {path}: …{words}…; got:\n{raised.value}"
    assert len(raised.value.problems) == 1, f"one mistake, one message; got:\n{raised.value}"


def test_links_to_the_documentation_need_the_version_file(tmp_path):
    data_dir = data_copy(tmp_path)
    (data_dir / "odoo.yml").unlink()
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    missing = "links the Odoo documentation, but data/odoo.yml, which says for which Odoo version, is missing"
    found = {(p.file, p.path, p.line) for p in raised.value.problems if p.message == missing}
    methodology = (data_dir / "methodology.yml").read_text(encoding="utf-8")
    videos = (data_dir / "videos.yml").read_text(encoding="utf-8")
    assert ("data/videos.yml", "videos[0].doc", line_of(videos, "doc: administration/odoo_accounts")) in found
    assert ("data/methodology.yml", "saas.points[1].notes[0].docs[0].path",
            line_of(methodology, "{path: administration/upgrade, title: Upgrade}")) in found
    assert len(found) == len(raised.value.problems)


def test_the_data_names_the_version_once():
    """No data file but data/odoo.yml writes an Odoo version next to the documentation."""
    for path in sorted((REPO / "data").glob("*.yml")):
        if path.name != "odoo.yml":
            assert not re.search(r"odoo\.com/documentation/\d", path.read_text(encoding="utf-8")), path.name

"""The template layer's contract: every value is escaped for its slot (text, attribute, URL, JSON
config, Markdown heading) unless it was built as markup; boolean attributes are bare and void
elements void; the template's own line breaks are layout, the values' are theirs."""
from __future__ import annotations

import copy
import json
import re

import markdown
import pytest
from bs4 import BeautifulSoup
from markupsafe import Markup

from macros.acts.model import FINAL_ACT
from macros.acts.pages import render_act, render_acts_index
from macros.checklists.odoo_export import task_rows
from macros.checklists.pages import render_master_checklist, render_stage_checklist
from macros.core.templating import environment, render
from macros.pages.about import (render_conclusion, render_editorial_notes, render_editors_additions,
                                render_odoo_notes, render_saas)
from macros.pages.home import render_home
from macros.projects.project_bar import render_project_bar
from macros.site_content import validate
from macros.stages.guide import render_stage_guide
from macros.videos.pages import render_video_index, render_video_reference
from support import REPO

# Closes the element and the attribute it is in, opens a script, a comment that would keep a
# JSON <script> open, template syntax that must stay text, quotes of both kinds, Markdown.
HOSTILE = ('</p>"\'><script>alert("x")</script><b>bold</b> {{ "pwn" ~ "ed" }} {% if true %}if{% endif %} '
           '*stars* [link](https://example.com) & <!--<script>')
EVALUATED = ("pwned", ">if<")  # what the template syntax in HOSTILE would print if it were run
MARKDOWN = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "toc"])


def to_html(page: str) -> BeautifulSoup:
    """A renderer's output as the site shows it: its Markdown (headings) converted, its HTML as is."""
    return BeautifulSoup(MARKDOWN.reset().convert(str(page)), "html.parser")


def assert_text_only(page: str, where: str) -> None:
    html = to_html(page)
    scripts = html.find_all("script")
    assert all(script.get("type") == "application/json" for script in scripts), where
    for script in scripts:
        json.loads(script.string)  # the whole text is still the JSON: nothing closed the element early
    assert not html.find("b") and not html.find("img"), where
    assert not any(text in str(page) for text in EVALUATED), where


# The environment, on its own -------------------------------------------------------------------

def from_string(source: str, **view) -> str:
    return environment().from_string(source).render(**view)


def test_a_value_is_text_in_an_element_and_in_an_attribute():
    html = BeautifulSoup(from_string('<p title="{{ v }}" data-x=\'{{ v }}\'>{{ v }}</p>', v=HOSTILE), "html.parser")
    paragraph = html.find("p")
    assert paragraph.get_text() == HOSTILE
    assert paragraph["title"] == HOSTILE and paragraph["data-x"] == HOSTILE
    assert not html.find("script") and len(html.find_all(True)) == 1


def test_a_url_from_the_data_stays_one_attribute():
    url = 'https://example.com/?a="><script>alert(1)</script>&b=\'x\''
    html = BeautifulSoup(from_string('<a href="{{ url }}" class="c">x</a>', url=url), "html.parser")
    assert html.find("a")["href"] == url and html.find("a")["class"] == ["c"]
    assert not html.find("script")


def test_template_syntax_in_a_value_is_never_run():
    assert from_string("{{ v }}", v='{{ "pwn" ~ "ed" }}') == "{{ &#34;pwn&#34; ~ &#34;ed&#34; }}"


def test_json_in_a_script_cannot_end_the_element():
    data = {"text": HOSTILE, "nested": ["</script>", "<!--", "</SCRIPT >"], "word": "проєкт"}
    out = from_string('<script type="application/json" class="config">{{ data | tojson }}</script>', data=data)
    assert out.count("</") == 1 and "<!--" not in out  # only the element's own end tag
    script = BeautifulSoup(out, "html.parser").find("script")
    assert json.loads(script.string) == data
    assert "проєкт" in out  # kept readable, not \u-escaped


def test_markup_is_placed_as_is_and_only_markup():
    fragment = Markup("<em>{}</em>").format(HOSTILE)  # Markup.format escapes its arguments
    out = from_string("<p>{{ fragment }}</p><p>{{ text }}</p>", fragment=fragment, text="<em>x</em>")
    html = BeautifulSoup(out, "html.parser")
    assert html.find("em").get_text() == HOSTILE and len(html.find_all("em")) == 1
    assert html.find_all("p")[1].get_text() == "<em>x</em>"


def test_a_markdown_heading_shows_its_text():
    page = from_string("# {{ title | md_inline }} { #anchor }\n\n<p>{{ title }}</p>", title=HOSTILE)
    html = to_html(page)
    assert html.find("h1").get_text() == HOSTILE and html.find("h1")["id"] == "anchor"
    assert html.find("p").get_text() == HOSTILE
    assert_text_only(page, "heading")


def test_line_breaks_in_a_template_are_layout():
    source = ('{% for x in xs %}\n<li\n    class="a">\n  <span>{{ x }}</span>\n  <span>b</span> <span>c</span>\n'
              '</li>\n{% endfor %}\n\n## Next { #next }\n\n<p>one\n   two</p>')
    out = from_string(source, xs=["line\nbreak"])
    assert out == ('<li class="a"><span>line\nbreak</span><span>b</span> <span>c</span></li>'
                   '\n\n## Next { #next }\n\n<p>one two</p>')


def test_a_template_name_is_its_feature_folder():
    assert render("core/parts.html") == ""  # macros only
    with pytest.raises(Exception, match="nowhere/page.html"):
        render("nowhere/page.html")


# Every renderer, with hostile data in every slot ---------------------------------------------------

@pytest.fixture(scope="module")
def hostile_content():
    """The real content with HOSTILE in the texts every renderer shows, in both languages."""
    content = validate(REPO / "data")
    content = type(content)(copy.deepcopy(content.files))
    both = {"uk": HOSTILE, "en": HOSTILE}
    for stage in content.stages:
        stage["title"], stage["goal"], stage["result"] = dict(both), dict(both), dict(both)
        for item in stage["checklist"]:
            item["text"] = dict(both)
            for note in item.get("notes", []):
                note["text"] = dict(both)
                for doc in note.get("docs", []):
                    doc["title"] = HOSTILE
        stage["services"] = [dict(both)]
    for video in content.files["videos"]["videos"]:
        video["title"], video["description"] = dict(both), dict(both)
        video.pop("doc", None)  # a page of the Odoo documentation: its address is built, not written
        video["url"] = 'https://example.com/?a="><script>alert(1)</script>'
    meta = content.methodology["methodology"]
    meta["title"], meta["goal"] = dict(both), dict(both)
    for point in content.methodology["saas"]["points"]:
        point["text"] = dict(both)
        for note in point.get("notes", []):
            note["text"] = dict(both)
    content.methodology["conclusion"]["paragraphs"] = [dict(both)]
    for edit in content.files["editorial_notes"]["edits"]:
        edit["before"], edit["after"], edit["reason"] = HOSTILE, HOSTILE, dict(both)
    acts = content.files["acts"]
    for requisite in acts["requisites"]:
        requisite["text"] = dict(both)
    acts["final"]["result"] = dict(both)
    return content


def pages(content, lang: str) -> dict[str, str]:
    first = content.stages[0]["id"]
    return {
        "home": render_home(content, lang, "./"),
        "stage guide": render_stage_guide(content, first, lang, "../../"),
        "stage checklist": render_stage_checklist(content, first, lang, "../../"),
        "master checklist": render_master_checklist(content, lang, "../"),
        "stage act": render_act(content, first, lang, "../../"),
        "final act": render_act(content, FINAL_ACT, lang, "../../"),
        "acts index": render_acts_index(content, lang, "../"),
        "videos": render_video_index(content, lang, "../"),
        "trainers": render_video_reference(content, lang),
        "saas": render_saas(content, lang, "../"),
        "conclusion": render_conclusion(content, lang),
        "editorial notes": render_editorial_notes(content, lang, "../"),
        "odoo notes": render_odoo_notes(content, lang, "../"),
        "editors' additions": render_editors_additions(content, lang, "../"),
    }


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_hostile_data_is_text_on_every_page(hostile_content, lang):
    for name, page in pages(hostile_content, lang).items():
        assert_text_only(page, name)
        assert HOSTILE in to_html(page).get_text(), name


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_hostile_data_keeps_to_its_slot(hostile_content, lang):
    first = hostile_content.stages[0]
    checklist = to_html(render_stage_checklist(hostile_content, first["id"], lang, "../../"))
    anchor = checklist.select_one(f'#{first["checklist"][0]["id"]} .playbook-checklist__anchor')
    assert HOSTILE in anchor["aria-label"] and anchor.get_text() == "#"
    assert HOSTILE in checklist.select_one(".playbook-reset-stage")["data-confirm"]
    assert HOSTILE in checklist.select_one(".playbook-progress__bar")["aria-label"]

    videos = to_html(render_video_index(hostile_content, lang, "../"))
    links = videos.select(".playbook-video__title a")
    assert links and all(link["href"] == 'https://example.com/?a="><script>alert(1)</script>' for link in links)

    act = to_html(render_act(hostile_content, first["id"], lang, "../../"))
    config = json.loads(act.select_one("script.playbook-act-config").string)
    assert config["rows"][0] == {"uk": HOSTILE, "en": HOSTILE} and config["defaults"]["result"] == HOSTILE

    for row in task_rows(hostile_content, lang, "https://example.com/"):
        description = BeautifulSoup(row["Description"], "html.parser")
        assert not description.find("script") and HOSTILE in description.get_text()


def test_the_project_bar_strings_stay_one_attribute(monkeypatch):
    strings = {"reset_checklist": HOSTILE, "reset_checklist_confirm": HOSTILE, "reset_checklist_done": HOSTILE}
    monkeypatch.setattr("macros.projects.project_bar.project_strings", lambda lang: strings)
    bar = BeautifulSoup(render_project_bar("uk", "checklist"), "html.parser").find("section")
    assert json.loads(bar["data-strings"]) == strings
    assert bar.select_one('[data-action="reset"]').get_text() == HOSTILE
    assert not bar.find("script") and not bar.find("b")


# Boolean attributes and void elements --------------------------------------------------------------

BOOLEAN_ATTRIBUTES = ("hidden", "novalidate", "download", "disabled", "checked", "selected", "required")
VOID_ELEMENTS = ("input", "br", "img", "meta", "link", "hr", "source", "wbr", "col", "area", "base", "embed", "track")


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_boolean_attributes_are_bare_and_void_elements_void(lang):
    content = validate(REPO / "data")
    for name, page in pages(content, lang).items():
        assert not re.search(rf'\s(?:{"|".join(BOOLEAN_ATTRIBUTES)})=', page), name
        assert not re.search(r'="(?:True|False|None)"', page), name
        assert not re.search(rf'</(?:{"|".join(VOID_ELEMENTS)})\s*>', page), name
        assert not re.search(r"<[a-z][^>]*/>", page), name  # no XML-style self-closing tags either
    act = to_html(render_act(content, content.stages[0]["id"], lang, "../../"))
    assert act.select_one("form.playbook-act-form").has_attr("novalidate")
    sheets = act.select("article.playbook-act__sheet")
    assert [sheet.has_attr("hidden") for sheet in sheets] == [version != lang for version in ("uk", "en", "bilingual")]
    assert len(act.select('input[type="radio"][name="version"]')) == 3
    bar = act.select_one("section.playbook-projects")
    assert bar.select_one(".playbook-projects__problem").has_attr("hidden")
    assert bar.select_one('input[type="file"]').has_attr("hidden")
    master = to_html(render_master_checklist(content, lang, "../"))
    assert master.select_one("a.playbook-odoo-download").has_attr("download")
    videos = to_html(render_video_index(content, lang, "../"))
    assert videos.select_one(".playbook-video-filters__status").has_attr("hidden")

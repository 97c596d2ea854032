"""The built site: every video on each of its stages' pages and in the index, in both languages."""
import json
import re

import pytest

from support import REPO, page_html
from macros.site_content import load_content, validate
from macros.core.i18n import ui
from macros.core.stage_parts import stage_heading
from macros.videos.pages import group_summary
from macros.videos.catalog import roles, videos, videos_of_stage
from support.video_fixtures import EMPTIED_STAGE, build_video_site

CONTENT = load_content(REPO / "data")
PREFIX = {"uk": "", "en": "en/"}
LANGS = ["uk", "en"]


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory):
    """The real data plus the trainer guide's example and a second recording, one stage left empty."""
    return build_video_site(tmp_path_factory)


def check_site(site, content):
    """Every video on each of its stages' pages and in the index, in both languages, with its facts."""
    for lang in LANGS:
        index = page_html(site, f"{PREFIX[lang]}videos")
        for stage in content.stages:
            expected = [video["id"] for video in videos_of_stage(content, stage["id"])]
            section = page_html(site, f"{PREFIX[lang]}stages/{stage['id']}").select_one("div.playbook-videos")
            assert [a["data-video"] for a in section.select("article.playbook-video")] == expected, stage["id"]
            group = index.select_one(f'div.playbook-video-group[data-stage="{stage["id"]}"]')
            assert [a["data-video"] for a in group.select("article.playbook-video")] == expected, stage["id"]
            heading = index.find(id=f"stage-{stage['id']}")
            assert heading.name == "h2" and text_of(heading) == stage_heading(stage, lang)
            for element in section.select("article") + group.select("article"):
                video = next(v for v in videos(content) if v["id"] == element["data-video"])
                assert text_of(element.select_one(".playbook-video__title")) == video["title"][lang]
                assert text_of(element.select_one(".playbook-video__description")) == video["description"][lang]
                facts = text_of(element.select_one("dl.playbook-video__facts"))
                names = {role["id"]: role["name"][lang] for role in roles(content)}
                assert ", ".join(names[role] for role in video["audience"]) in facts
                assert ui(f"language_{video['language']}", lang) in facts
                assert ui(f"kind_{video['kind']}", lang) in text_of(element.select_one(".playbook-video__badges"))


def test_real_site_lists_every_video_on_its_stages_and_in_the_index(built_site):
    check_site(built_site, CONTENT)


def test_fixture_site_lists_every_video_too(fixture_project):
    check_site(fixture_project.site_dir, validate(fixture_project.data_dir))


@pytest.mark.parametrize("lang", LANGS)
def test_odoo_official_entries_are_labelled_and_link_out(built_site, lang):
    index = page_html(built_site, f"{PREFIX[lang]}videos")
    official = [video for video in videos(CONTENT) if video["source"] == "odoo"]
    for video in official:
        entry = index.find(id=video["id"])
        assert ui("source_odoo", lang) in text_of(entry.select_one(".playbook-video__badges"))
        assert entry.select_one("a.playbook-video__open")["href"] == \
            f"https://www.odoo.com/documentation/{CONTENT.files['odoo']['version']}/{video['doc']}.html"
        assert not entry.select(".playbook-player, iframe, time")


@pytest.mark.parametrize("lang", LANGS)
def test_index_groups_have_counts_and_total_durations(fixture_project, lang):
    content = validate(fixture_project.data_dir)
    index = page_html(fixture_project.site_dir, f"{PREFIX[lang]}videos")
    summaries = {}
    for stage in content.stages:
        group = index.select_one(f'div.playbook-video-group[data-stage="{stage["id"]}"]')
        entries = videos_of_stage(content, stage["id"])
        summary = group.select_one(".playbook-videos__summary")
        if entries:
            summaries[stage["id"]] = text_of(summary)
            assert text_of(summary) == group_summary(entries, lang)
        else:
            assert summary is None
    # Stage 5 has the guide's 1:12:40 recording and four articles; stage 7 a 2:30 demo and two articles.
    expected = {"uk": ("5 матеріалів: 1 відео (1 година 13 хвилин), 4 статті", "3 матеріали: 1 відео (3 хвилини), 2 статті"),
                "en": ("5 resources: 1 video (1 hour 13 minutes), 4 articles", "3 resources: 1 video (3 minutes), 2 articles")}
    assert (summaries["testing-launch-prep"], summaries["go-live"]) == expected[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_every_video_has_one_stable_anchor(fixture_project, lang):
    content = validate(fixture_project.data_dir)
    index = page_html(fixture_project.site_dir, f"{PREFIX[lang]}videos")
    ids = [element["id"] for element in index.select("[id]")]
    assert len(ids) == len(set(ids)), "anchors on the index page must be unique"
    for video in videos(content):
        first = index.find(id=video["id"])
        assert first.name == "article" and first["data-stage"] == video["stages"][0]
        for stage_id in video["stages"][1:]:
            assert index.find(id=f"{video['id']}--{stage_id}")["data-stage"] == stage_id


@pytest.mark.parametrize("lang", LANGS)
def test_a_stage_without_videos_says_so_and_shows_how_to_add_one(fixture_project, lang):
    for path in (f"{PREFIX[lang]}stages/{EMPTIED_STAGE}", f"{PREFIX[lang]}videos"):
        html = page_html(fixture_project.site_dir, path)
        group = html.select_one(f'div.playbook-videos[data-stage="{EMPTIED_STAGE}"]')
        note = group.select_one("p.playbook-videos__none")
        assert ui("no_videos", lang, link="").split(".")[0] in text_of(note)
        assert note.select_one("a")["href"].endswith("trainers/")
        assert not group.select("article")


@pytest.mark.parametrize("lang", LANGS)
def test_players_are_facades_until_clicked(fixture_project, lang):
    """Nothing third-party in the HTML: no iframe, no remote image or script, just a link with the embed address."""
    for path in (f"{PREFIX[lang]}videos", f"{PREFIX[lang]}stages/testing-launch-prep"):
        html = page_html(fixture_project.site_dir, path)
        assert not html.select("iframe, video, embed, object")
        loaded = [element for element in html.select("img[src], script[src], link[href], source[src]")
                  if not set(element.get("rel") or []) & {"canonical", "alternate"}]  # links, not requests
        remote = [element for element in loaded if re.match(r"(https?:)?//", element.get("src") or element.get("href"))]
        assert not remote, remote
        player = html.select_one('article[data-video="pilot-group-sales-training"] .playbook-player')
        assert player["data-embed"] == "https://www.youtube-nocookie.com/embed/XXXXXXXXXXX?autoplay=1&rel=0"
        assert player.select_one("a.playbook-player__facade")["href"] == "https://www.youtube.com/watch?v=XXXXXXXXXXX"
        other = html.select_one('article[data-video="fixture-warehouse-demo"]')
        if other:  # not on YouTube: a plain link, no player
            assert other.select_one("a.playbook-video__open")["href"] == "https://example.com/warehouse-demo.mp4"
            assert not other.select(".playbook-player")


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_the_index_is_the_full_list(built_site, lang):
    index = page_html(built_site, f"{PREFIX[lang]}videos")
    assert "playbook-scripted" in index.select_one("form.playbook-video-filters")["class"]
    assert not [element for element in index.select(".playbook-video, .playbook-video-group, h2")
                if element.has_attr("hidden")]
    strings = json.loads(index.select_one("script#playbook-video-strings").string)
    assert strings["lang"] == lang


def test_index_pages_are_on_the_home_page_and_in_the_export(built_site):
    for lang in LANGS:
        links = [a["href"] for a in page_html(built_site, PREFIX[lang]).select("ul.playbook-cards a")]
        assert "videos/" in links and "trainers/" in links
    export = json.loads((built_site / "methodology.json").read_text(encoding="utf-8"))
    assert export["index_pages"]["videos"]["en"]["path"] == "en/videos/"
    assert export["index_pages"]["trainer-guide"]["uk"]["path"] == "trainers/"


@pytest.mark.parametrize("lang", LANGS)
def test_trainer_guide_lists_the_ids_a_trainer_may_use(built_site, lang):
    guide = page_html(built_site, f"{PREFIX[lang]}trainers")
    assert guide.html["lang"] == lang
    tables = guide.select("table.playbook-video-ids")
    assert [[text_of(td) for td in row.select("td")] for row in tables[0].select("tbody tr")] == [
        [stage["id"], stage_heading(stage, lang)] for stage in CONTENT.stages]
    assert [text_of(row.select_one("td")) for row in tables[1].select("tbody tr")] == [
        role["id"] for role in roles(CONTENT)]
    assert "make validate" in text_of(guide) and "make serve" in text_of(guide)


def test_contributing_points_trainers_to_the_guide():
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "docs/trainers.md" in text and "make validate" in text and "make serve" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_audience_filter_offers_only_roles_that_videos_name(built_site, lang):
    """data/roles.yml lists every role of the methodology; the filter offers those with a video, in its order."""
    index = page_html(built_site, f"{PREFIX[lang]}videos")
    options = [(option["value"], text_of(option)) for option in index.select("select[name=audience] option")]
    used = {role for video in videos(CONTENT) for role in video["audience"]}
    expected = [(role["id"], role["name"][lang]) for role in roles(CONTENT) if role["id"] in used]
    assert options[1:] == expected and options[0][0] == ""
    assert len(expected) < len(roles(CONTENT)), "some role in data/roles.yml has no video (the filter leaves it out)"

"""In a real browser: the index's filters, deep links to one video, and players that load only on click."""
import pytest

from support import serve_directory
from macros.site_content import validate
from macros.videos.pages import group_summary
from macros.videos.catalog import videos, videos_of_stage
from support.video_fixtures import EMPTIED_STAGE, build_video_site

pytestmark = pytest.mark.browser

EXAMPLE = "pilot-group-sales-training"  # the trainer guide's example: a YouTube recording, in Ukrainian
EMBED = "https://www.youtube-nocookie.com/embed/XXXXXXXXXXX?autoplay=1&rel=0"


@pytest.fixture(scope="module")
def video_site(tmp_path_factory):
    """The fixture site (real data + a YouTube recording + a non-YouTube one, one stage empty), on localhost."""
    project = build_video_site(tmp_path_factory)
    base_url, server = serve_directory(project.site_dir)
    yield base_url, validate(project.data_dir)
    server.shutdown()


def visible_entries(page) -> list[tuple[str, str]]:
    """(group stage, video id) of every entry a reader can see."""
    return [tuple(pair) for pair in page.eval_on_selector_all(
        "article.playbook-video", "els => els.filter(e => e.offsetParent !== null)"
        ".map(e => [e.dataset.stage, e.dataset.video])")]


def expected_entries(content, stage="", audience="", language="") -> list[tuple[str, str]]:
    return [(s["id"], video["id"]) for s in content.stages if not stage or s["id"] == stage
            for video in videos_of_stage(content, s["id"])
            if (not audience or audience in video["audience"]) and (not language or video["language"] == language)]


def summary_of(page, stage_id: str) -> str:
    return page.locator(f'div.playbook-video-group[data-stage="{stage_id}"] .playbook-videos__summary').inner_text()


def test_filters_narrow_the_list(page, video_site):
    base_url, content = video_site
    page.goto(base_url + "videos/")
    everything = expected_entries(content)
    assert visible_entries(page) == everything
    assert page.locator(".playbook-video-filters__status").is_hidden()

    page.select_option("select[name=stage]", "testing-launch-prep")
    assert visible_entries(page) == expected_entries(content, stage="testing-launch-prep")
    assert page.locator("h2#stage-testing-launch-prep").is_visible()
    assert page.locator("h2#stage-initiation").is_hidden()
    total = len(videos(content))
    shown = len(expected_entries(content, stage="testing-launch-prep"))
    assert page.locator(".playbook-video-filters__status").inner_text() == f"Показано {shown} з {total}"

    page.select_option("select[name=audience]", "end-users")
    narrowed = expected_entries(content, stage="testing-launch-prep", audience="end-users")
    assert visible_entries(page) == narrowed and 0 < len(narrowed) < shown

    page.select_option("select[name=stage]", "")
    page.select_option("select[name=audience]", "")
    page.select_option("select[name=language]", "uk")
    assert visible_entries(page) == expected_entries(content, language="uk") == [("testing-launch-prep", EXAMPLE)]
    assert page.locator("h2#stage-initiation").is_hidden()

    page.locator("button.playbook-video-filters__reset").click()
    page.wait_for_function("document.querySelector('.playbook-video-filters__status').hidden")
    assert visible_entries(page) == everything


@pytest.mark.parametrize("lang, prefix", [("uk", ""), ("en", "en/")])
def test_group_summaries_follow_the_filters_in_the_page_language(page, video_site, lang, prefix):
    base_url, content = video_site
    page.goto(base_url + prefix + "videos/")
    page.select_option("select[name=audience]", "coordinator")
    for stage in content.stages:
        shown = [v for v in videos_of_stage(content, stage["id"]) if "coordinator" in v["audience"]]
        if shown:
            assert summary_of(page, stage["id"]) == group_summary(shown, lang), stage["id"]
    # Stage 7 then holds the 2:30 demo alone; with everyone, its two articles as well.
    assert summary_of(page, "go-live") == {"uk": "1 відео (3 хвилини)", "en": "1 video (3 minutes)"}[lang]
    page.select_option("select[name=audience]", "")
    assert summary_of(page, "go-live") == group_summary(videos_of_stage(content, "go-live"), lang)


def test_nothing_matching_says_so(page, video_site):
    base_url, content = video_site
    page.goto(base_url + "videos/")
    page.select_option("select[name=language]", "uk")
    page.select_option("select[name=audience]", "client-admin")
    assert visible_entries(page) == []
    assert page.locator(".playbook-video-filters__empty").is_visible()
    assert page.locator(".playbook-video-filters__status").inner_text().startswith("Показано 0 з ")


def test_a_stage_without_videos_keeps_its_note_when_chosen(page, video_site):
    base_url, content = video_site
    page.goto(base_url + "en/videos/")
    page.select_option("select[name=stage]", EMPTIED_STAGE)
    note = page.locator(f'div.playbook-video-group[data-stage="{EMPTIED_STAGE}"] .playbook-videos__none')
    assert note.is_visible() and "no videos for this stage yet" in note.inner_text()
    assert page.locator(".playbook-video-filters__empty").is_hidden()


def in_viewport(page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    return box is not None and 0 <= box["y"] < page.viewport_size["height"]


def test_a_deep_link_lands_on_the_entry(page, video_site):
    base_url, _ = video_site
    page.set_viewport_size({"width": 1000, "height": 700})
    page.goto(base_url + "en/videos/#odoo-upgrade")
    assert in_viewport(page, "#odoo-upgrade")
    assert "Upgrading to a new Odoo version" in page.locator("#odoo-upgrade").inner_text()
    assert page.evaluate("document.querySelector(':target').id") == "odoo-upgrade"


def test_a_deep_link_to_a_filtered_out_entry_clears_the_filters(page, video_site):
    base_url, _ = video_site
    page.set_viewport_size({"width": 1000, "height": 700})
    page.goto(base_url + "videos/")
    page.select_option("select[name=stage]", "initiation")
    assert page.locator("#odoo-upgrade").is_hidden()
    page.evaluate("location.hash = 'odoo-upgrade'")
    page.wait_for_function("document.querySelector('#odoo-upgrade').offsetParent !== null")
    assert page.locator("select[name=stage]").input_value() == ""
    assert in_viewport(page, "#odoo-upgrade")


@pytest.mark.parametrize("path", ["videos/", "stages/testing-launch-prep/"])
def test_player_loads_only_after_a_click(page, video_site, path):
    base_url, _ = video_site
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert page.watch.external_requests == [] and page.watch.stubbed_requests == []
    assert page.locator("iframe").count() == 0

    # From here the page may contact the player's host, and only it: the fixture answers locally.
    page.watch.stubbed_hosts.add("www.youtube-nocookie.com")
    player = page.locator(f'article[data-video="{EXAMPLE}"] .playbook-player')
    with page.expect_request(EMBED):
        player.locator("a.playbook-player__facade").click()
    frame = player.locator("iframe")
    assert frame.get_attribute("src") == EMBED
    assert frame.get_attribute("title") == "Відео: Навчання пілотної групи — продажі"
    assert page.watch.stubbed_requests == [EMBED]
    assert page.watch.external_requests == []
    assert page.url.split("#")[0] == base_url + path, "a click plays the video here instead of leaving the page"


@pytest.mark.parametrize("path", ["videos/", "en/stages/testing-launch-prep/"])
def test_video_sections_pass_axe(page, video_site, path):
    """The site's own content (filters shown, facades, badges) has no accessibility violations."""
    from axe_playwright_python.sync_playwright import Axe
    base_url, _ = video_site
    page.goto(base_url + path)
    violations = Axe().run(page, context={"include": [[".md-content"]]}).response["violations"]
    assert not violations, [(v["id"], [node["target"] for node in v["nodes"]]) for v in violations]


def test_without_javascript_the_index_is_the_full_list(browser, video_site):
    base_url, content = video_site
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "videos/")
        assert page.locator("form.playbook-video-filters").is_hidden()
        entries = page.locator("article.playbook-video")
        assert entries.count() == len(expected_entries(content))
        assert all(entries.nth(i).is_visible() for i in range(entries.count()))
        # The facade is a plain link to the video on its own site.
        facade = page.locator(f'article[data-video="{EXAMPLE}"] a.playbook-player__facade')
        assert facade.get_attribute("href") == "https://www.youtube.com/watch?v=XXXXXXXXXXX"
    finally:
        context.close()


def test_every_role_the_filter_offers_shows_a_video(page, video_site):
    base_url, content = video_site
    page.goto(base_url + "en/videos/")
    offered = [value for value in page.eval_on_selector_all("select[name=audience] option", "os => os.map(o => o.value)")
               if value]
    assert offered
    for role in offered:
        page.select_option("select[name=audience]", role)
        assert visible_entries(page) == expected_entries(content, audience=role) != [], role

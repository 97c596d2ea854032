"""The real video index in data/ is valid, its references resolve, and the trainer guide's example works."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from support import REPO
from macros.site_content import load_content, validate
from macros.core.house_style import house_style
from macros.core.loader import _YamlLoader, load_data_files
from macros.core.messages import say

from macros.videos.pages import duration_words, group_summary
from macros.videos.catalog import duration_seconds, embed_url, parse_duration, roles, video_url, videos, youtube_id
from support.video_fixtures import guide_blocks, guide_example, guide_role_example

CONTENT = load_content(REPO / "data")
VIDEOS = videos(CONTENT)
STAGE_IDS = [stage["id"] for stage in CONTENT.stages]
ROLE_IDS = [role["id"] for role in roles(CONTENT)]


def test_roles_start_with_the_ones_the_methodology_names_and_cover_both_parties():
    assert ROLE_IDS[:4] == ["client-admin", "coordinator", "pilot-group", "end-users"]
    parties = {role["id"]: role["party"] for role in roles(CONTENT)}
    assert {"coordinator", "client-admin", "key-users"} <= {id for id, party in parties.items() if party == "client"}
    assert {"project-manager", "consultant", "developer", "trainer"} <= {
        id for id, party in parties.items() if party == "contractor"}
    for role in roles(CONTENT):
        for field in ("name", "description"):
            assert role[field]["uk"].strip() and role[field]["en"].strip()


def test_the_index_is_not_empty_and_every_stage_has_something():
    assert len(VIDEOS) >= 10
    assert {stage for video in VIDEOS for stage in video["stages"]} == set(STAGE_IDS)


@pytest.mark.parametrize("video", VIDEOS, ids=[video["id"] for video in VIDEOS])
def test_every_entry_resolves_and_is_complete(video):
    assert video["stages"] and set(video["stages"]) <= set(STAGE_IDS)
    assert video["audience"] and set(video["audience"]) <= set(ROLE_IDS)
    for field in ("title", "description"):
        assert video[field]["uk"].strip() and video[field]["en"].strip()
    assert urlsplit(video_url(CONTENT, video)).scheme == "https"
    if video["format"] == "video":
        assert duration_seconds(video) > 0 and video["recorded"]
    else:
        assert "duration" not in video and "recorded" not in video


def test_ids_are_unique():
    ids = [video["id"] for video in VIDEOS]
    assert len(ids) == len(set(ids))


def test_odoo_official_entries_are_documentation_pages_without_invented_durations():
    """Every «Odoo official» entry is a page of the Odoo documentation, named by its path and linked
    for the version of data/odoo.yml (19.0), modelled as an article."""
    official = [video for video in VIDEOS if video["source"] == "odoo"]
    assert official and CONTENT.files["odoo"]["version"] == "19.0"
    for video in official:
        assert "url" not in video and re.fullmatch(r"[a-z0-9_]+(/[a-z0-9_]+)*", video["doc"]), video["id"]
        assert video_url(CONTENT, video) == f"https://www.odoo.com/documentation/19.0/{video['doc']}.html"
        assert video["format"] == "article" and video["language"] == "en"


IDS_BLOCK = re.compile(r"^# BEGIN IDS .*?\n(.*?)^# END IDS$", re.S | re.M)


def ids_comment(content) -> str:
    """The comment in data/videos.yml that lists the stage and role ids a trainer may write, with
    their names: readable in the file itself, not only on the built page (video_reference())."""
    stages = [(stage["id"], f"{stage['number']}. {stage['title']['uk']} | {stage['title']['en']}")
              for stage in content.stages]
    roles_ = [(role["id"], f"{role['name']['uk']} | {role['name']['en']}") for role in roles(content)]
    width = max(len(key) for key, _ in stages + roles_) + 2
    lines = ["# Stage ids, for `stages`:"] + [f"#   {key:<{width}}{name}" for key, name in stages]
    lines += ["# Role ids, for `audience`:"] + [f"#   {key:<{width}}{name}" for key, name in roles_]
    return "\n".join(lines) + "\n"


def test_videos_yml_lists_the_stage_and_role_ids_of_the_data():
    text = (REPO / "data" / "videos.yml").read_text(encoding="utf-8")
    written = IDS_BLOCK.search(text)
    assert written, "data/videos.yml lacks its «# BEGIN IDS» … «# END IDS» comment"
    assert written.group(1) == ids_comment(CONTENT), (
        "data/videos.yml: the ids between «# BEGIN IDS» and «# END IDS» differ from data/methodology.yml and "
        "data/roles.yml; write these lines there:\n" + ids_comment(CONTENT))


def test_the_ids_comment_follows_a_change_of_the_data(tmp_path):
    """Guards the guard: a role renamed in the data changes the comment the test expects."""
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    roles_file = data_dir / "roles.yml"
    roles_file.write_text(roles_file.read_text(encoding="utf-8").replace("en: End users", "en: Every user"),
                          encoding="utf-8")
    changed = ids_comment(validate(data_dir))
    assert "#   end-users               Кінцеві користувачі | Every user\n" in changed
    assert changed != ids_comment(CONTENT)


def test_the_guide_shows_the_same_example_in_both_languages():
    assert guide_example("uk") == guide_example("en")


def test_the_guide_example_is_itself_a_valid_entry(tmp_path):
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    videos_file = data_dir / "videos.yml"
    videos_file.write_text(videos_file.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + guide_example("uk"),
                           encoding="utf-8")
    added = videos(validate(data_dir))[-1]
    assert added["id"] == "pilot-group-sales-training"
    assert duration_seconds(added) == 1 * 3600 + 12 * 60 + 40
    assert embed_url(added["url"]).startswith("https://www.youtube-nocookie.com/embed/")


def guide_with_example(tmp_path, *replacements) -> Path:
    """A copy of data/ with the guide's example entry at the end of videos.yml, edited."""
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    example = guide_example("uk")
    for old, new in replacements:
        assert example.count(old) == 1, old
        example = example.replace(old, new)
    videos_file = data_dir / "videos.yml"
    videos_file.write_text(videos_file.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + example, encoding="utf-8")
    return data_dir


def without_place(line: str) -> str:
    """A problem line without its line number and entry index, which move as videos.yml grows:
    'data/videos.yml:274: videos[13].url: …' -> 'data/videos.yml:N: videos[N].url: …'."""
    return re.sub(r"^(\s*data/videos\.yml):\d+: (videos)\[\d+\]", r"\1:N: \2[N]", re.sub(r"\.yml:\d+: ", ".yml:N: ", line))


def validate_output(data_dir: Path, lang: str) -> list[str]:
    """The lines `make validate` prints, as make runs it (MAKELEVEL set), in `lang`."""
    env = {**os.environ, "PLAYBOOK_LANG": lang, "MAKELEVEL": "1"}
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(data_dir)], capture_output=True, text=True,
                            cwd=REPO, env=env)
    return (result.stdout + result.stderr).splitlines()


@pytest.mark.parametrize("lang", ["uk", "en"])
def test_the_guide_quotes_a_failed_and_a_passed_check_word_for_word(tmp_path, lang):
    """The guide shows what `make validate` prints, in the guide's language: a passed check, a failed
    one (with make's own last line), and a slip in the YAML."""
    passed, failed, slip = guide_blocks(lang, "text")

    real = validate_output(REPO / "data", lang)
    shown = passed.rstrip("\n")
    numbers = [int(number) for number in re.findall(r"— (\d+) \w+, (\d+) ", shown)[0]]
    assert shown == say("validate_ok", folder="data", stages=numbers[0],
                        items=numbers[1]).words(lang)
    assert real[0].split(" — ")[0] == shown.split(" — ")[0]

    data_dir = guide_with_example(
        tmp_path, ("url: https://www.youtube.com/watch?v=XXXXXXXXXXX", "url: http://youtu.be/abc"),
        ("audience: [pilot-group, end-users]", "audience: [pilot-group, managers]"))
    *quoted, makes_own = failed.rstrip("\n").splitlines()
    assert [without_place(line) for line in quoted] == [without_place(line) for line in validate_output(data_dir, lang)]
    recipe = (REPO / "Makefile").read_text(encoding="utf-8").splitlines().index("\t@$(PYTHON) -m macros.validate") + 1
    assert makes_own == f"make: *** [Makefile:{recipe}: validate] Error 1", "the Makefile moved: update the guide"

    shutil.rmtree(data_dir)
    data_dir = guide_with_example(tmp_path, ("uk: Навчання пілотної групи — продажі",
                                             'uk: "Навчання пілотної групи — продажі'))
    [problem] = [line for line in validate_output(data_dir, lang) if line.startswith("  data/")]
    detail = {"uk": " (повідомлення парсера: ", "en": " (the parser says: "}[lang]
    shown = slip.rstrip("\n")
    assert shown.endswith(detail + "…)")
    assert without_place(shown.split(detail)[0]) == without_place(problem.strip().split(detail)[0])


def test_make_validate_fails_with_what_to_do_next_before_makes_own_line(project_copy):
    """The real `make validate` on a mistake: the exit code stays non-zero (CI relies on it), the
    validator's last lines explain make's own «Error 1» line and say what to do next."""
    for part in ("Makefile", "requirements.txt", "requirements-test.txt", "pyproject.toml"):
        shutil.copy2(REPO / part, project_copy.root / part)  # with their times: the .venv is up to date
    videos_file = project_copy.data_dir / "videos.yml"
    videos_file.write_text(videos_file.read_text(encoding="utf-8").replace("    source: odoo", "    source: odo", 1),
                           encoding="utf-8")
    env = {name: value for name, value in os.environ.items() if name not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
    result = subprocess.run(["make", "validate", f"VENV={REPO / '.venv'}"], cwd=project_copy.root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    *_, note, next_step, makes_own = result.stderr.splitlines()
    assert note == say("validate_make_note").words("en") and next_step == say("validate_next").words("en")
    recipe = (REPO / "Makefile").read_text(encoding="utf-8").splitlines().index("\t@$(PYTHON) -m macros.validate") + 1
    assert makes_own == f"make: *** [Makefile:{recipe}: validate] Error 1", result.stderr
    assert "videos[0].source: «odo» is not allowed here" in result.stderr


def test_the_guides_role_example_is_itself_a_valid_role(tmp_path):
    assert guide_role_example("uk") == guide_role_example("en")
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    roles_file = data_dir / "roles.yml"
    roles_file.write_text(roles_file.read_text(encoding="utf-8").rstrip("\n") + "\n" + guide_role_example("uk"),
                          encoding="utf-8")
    added = roles(validate(data_dir))[-1]
    assert added["id"] == "warehouse-staff" and added["name"]["en"] == "Warehouse staff"


@pytest.mark.parametrize("text, seconds", [("0:45", 45), ("9:05", 545), ("12:30", 750), ("59:59", 3599),
                                           ("1:05:00", 3900), ("10:00:01", 36001)])
def test_durations_read_the_same_quoted_or_not(text, seconds):
    assert parse_duration(text) == seconds
    unquoted = yaml.load(f"duration: {text}", Loader=_YamlLoader)["duration"]
    assert duration_seconds({"duration": unquoted}) == seconds  # YAML 1.1 reads 12:30 as 750


@pytest.mark.parametrize("text", ["12", "12.30", "75:00", "1:5:00", "12:3", "1:60:00", "12 min", ""])
def test_malformed_durations_are_not_read(text):
    assert parse_duration(text) is None


@pytest.mark.parametrize("url, video_id", [
    ("https://www.youtube.com/watch?v=abcDEF12_-x", "abcDEF12_-x"),
    ("https://youtu.be/abcDEF12_-x?t=30", "abcDEF12_-x"),
    ("https://www.youtube.com/embed/abcDEF12_-x", "abcDEF12_-x"),
    ("https://www.youtube.com/playlist?list=PL123", None),
    ("https://www.youtube.com/watch?v=short", None),
    ("https://vimeo.com/123456", None),
])
def test_youtube_links(url, video_id):
    assert youtube_id(url) == video_id


@pytest.mark.parametrize("seconds, uk, en", [
    (20, "1 хвилина", "1 minute"),
    (45, "1 хвилина", "1 minute"),
    (150, "3 хвилини", "3 minutes"),
    (120, "2 хвилини", "2 minutes"),
    (21 * 60, "21 хвилина", "21 minutes"),
    (25 * 60, "25 хвилин", "25 minutes"),
    (3600, "1 година", "1 hour"),
    (3900, "1 година 5 хвилин", "1 hour 5 minutes"),
    (2 * 3600 + 22 * 60, "2 години 22 хвилини", "2 hours 22 minutes"),
    (5 * 3600 + 11 * 60, "5 годин 11 хвилин", "5 hours 11 minutes"),
])
def test_total_durations_use_plural_forms(seconds, uk, en):
    assert duration_words(seconds, "uk") == uk
    assert duration_words(seconds, "en") == en


def test_group_summaries_count_videos_and_articles():
    clip = {"format": "video", "duration": "10:00"}
    article = {"format": "article"}
    assert group_summary([article] * 2, "uk") == "2 статті"
    assert group_summary([article] * 5, "uk") == "5 статей"
    assert group_summary([clip] * 3, "uk") == "3 відео (30 хвилин)"
    assert group_summary([clip, article], "uk") == "2 матеріали: 1 відео (10 хвилин), 1 стаття"
    assert group_summary([clip] * 2 + [article] * 3, "en") == "5 resources: 2 videos (20 minutes), 3 articles"
    assert group_summary([], "en") == ""


def test_texts_follow_the_house_style():
    """No «проект», typewriter apostrophe, double space or «..» in Ukrainian, no Cyrillic in English:
    the validator's house style (macros/core/house_style.py; its cases: test_content_rules.py)."""
    files = load_data_files(REPO / "data")
    problems = [str(problem) for problem in house_style(files) if problem.file in ("data/videos.yml", "data/roles.yml")]
    assert problems == []


def test_everything_from_the_data_is_escaped(tmp_path):
    from macros.videos.pages import render_stage_videos, render_video_index
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    hostile = guide_example("uk").replace("uk: Навчання пілотної групи — продажі",
                                          "uk: '<img src=x onerror=alert(1)> **жирний** {{ x }}'")
    hostile = hostile.replace("url: https://www.youtube.com/watch?v=XXXXXXXXXXX",
                              "url: 'https://example.com/?a=\"><script>alert(1)</script>'")
    videos_file = data_dir / "videos.yml"
    videos_file.write_text(videos_file.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + hostile, encoding="utf-8")
    content = validate(data_dir)
    for html in (render_video_index(content, "uk", "../"), render_stage_videos(content, "testing-launch-prep", "uk", "../../")):
        assert "<img" not in html and "<script>alert" not in html
        assert "&lt;img src=x onerror=alert(1)&gt; **жирний** {{ x }}" in html
        # markupsafe writes a quote as &#34; (the old helper wrote &quot;): the same character
        assert 'href="https://example.com/?a=&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html

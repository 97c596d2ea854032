"""Bad video data: each mistake is named by file, path and line, and the build stops without a site."""
import shutil
from pathlib import Path

import pytest

from support import REPO
from support.video_fixtures import write_videos
from macros.site_content import validate
from macros.core.problems import DataError

VIDEOS = """\
videos:
  - id: first-video
    title: {uk: Перше відео, en: First video}
    description: {uk: Опис, en: Description}
    url: https://www.youtube.com/watch?v=abcDEF12_-x
    source: own
    format: video
    kind: training-session
    stages: [initiation, go-live]
    audience: [client-admin]
    language: uk
    duration: "12:30"
    recorded: 2025-09-01
  - id: odoo-page
    title: {uk: Сторінка, en: Page}
    description: {uk: Опис сторінки, en: Page description}
    doc: applications/general/users
    source: odoo
    format: article
    kind: how-to
    stages: [configuration]
    audience: [coordinator, end-users]
    language: en
"""


def replaced(old: str, new: str) -> str:
    assert VIDEOS.count(old) == 1, old
    return VIDEOS.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    lines = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    assert len(lines) == 1, f"{fragment!r} must occur on exactly one line"
    return lines[0]


# (name, videos.yml, expected path, the text on the error's line, words of the message)
CASES = [
    ("unknown-stage", replaced("stages: [initiation, go-live]", "stages: [initiation, golive]"),
     "videos[0].stages[1]", "stages: [initiation, golive]", "there is no stage «golive»"),
    ("unknown-role", replaced("audience: [coordinator, end-users]", "audience: [coordinator, managers]"),
     "videos[1].audience[1]", "audience: [coordinator, managers]", "there is no role «managers» in data/roles.yml"),
    ("stage-twice", replaced("stages: [initiation, go-live]", "stages: [go-live, go-live]"),
     "videos[0].stages[1]", "stages: [go-live, go-live]", "is listed twice"),
    ("duplicate-id", replaced("  - id: odoo-page", "  - id: 'first-video'"),
     "videos[1].id", "'first-video'", "the video id «first-video» is already used at line 2"),
    ("reserved-id", replaced("  - id: odoo-page", "  - id: stage-initiation"),
     "videos[1].id", "stage-initiation", "is the address of a part of the video index page"),
    ("http-url", replaced("url: https://www.youtube.com/", "url: http://www.youtube.com/"),
     "videos[0].url", "url: http://www.youtube.com/", "must start with https://"),
    ("javascript-url", replaced("url: https://www.youtube.com/watch?v=abcDEF12_-x", "url: javascript:alert(1)"),
     "videos[0].url", "javascript:alert(1)", "«javascript:» links are not allowed"),
    ("data-url", replaced("url: https://www.youtube.com/watch?v=abcDEF12_-x", "url: 'data:text/html,<b>x</b>'"),
     "videos[0].url", "url: 'data:", "«data:» links are not allowed"),
    ("url-with-space", replaced("url: https://www.youtube.com/watch?v=abcDEF12_-x", "url: https://www.you tube.com/x"),
     "videos[0].url", "you tube", "contains a space"),
    ("youtube-playlist", replaced("url: https://www.youtube.com/watch?v=abcDEF12_-x",
                                  "url: https://www.youtube.com/playlist?list=PL123"),
     "videos[0].url", "playlist?list", "a YouTube link must point at one video"),
    ("malformed-duration", replaced('duration: "12:30"', "duration: 12.5 min"),
     "videos[0].duration", "duration: 12.5", "«12.5 min» is not a duration"),
    ("duration-as-number", replaced('duration: "12:30"', "duration: 750"),
     "videos[0].duration", "duration: 750", "«750» is not a duration"),
    ("zero-duration", replaced('duration: "12:30"', 'duration: "0:00"'),
     "videos[0].duration", 'duration: "0:00"', "is zero"),
    ("missing-duration", replaced('    duration: "12:30"\n', ""),
     "videos[0].duration", "  - id: first-video", "is missing: a video needs its length"),
    ("article-with-duration", replaced("    language: en\n", "    language: en\n    duration: \"3:00\"\n"),
     "videos[1].duration", 'duration: "3:00"', "an article has no «duration»"),
    ("malformed-date", replaced("recorded: 2025-09-01", "recorded: 2025-13-01"),
     "videos[0].recorded", "recorded: 2025-13-01", "is not a date"),
    ("date-in-words", replaced("recorded: 2025-09-01", "recorded: 1 September 2025"),
     "videos[0].recorded", "recorded: 1 September", "is not a date"),
    ("future-date", replaced("recorded: 2025-09-01", "recorded: 2999-01-01"),
     "videos[0].recorded", "recorded: 2999-01-01", "is in the future"),
    ("unknown-kind", replaced("kind: how-to", "kind: webinar"),
     "videos[1].kind", "kind: webinar", "«webinar» is not allowed here"),
    ("missing-translation", replaced("title: {uk: Сторінка, en: Page}", "title: {uk: Сторінка}"),
     "videos[1].title.en", "title: {uk: Сторінка}", "is missing"),
    ("unknown-field", replaced("    language: en\n", "    languag: en\n"),
     "videos[1].languag", "languag: en", "did you mean «language»"),
    # A page of the Odoo documentation is a path; the version is data/odoo.yml's alone.
    ("versioned-odoo-url", replaced("    doc: applications/general/users\n",
                                    "    url: https://www.odoo.com/documentation/19.0/applications/general/users.html\n"),
     "videos[1].url", "documentation/19.0/", "links the Odoo documentation of one version («odoo.com/documentation/19.0»)"),
    ("doc-as-address", replaced("doc: applications/general/users",
                                "doc: https://www.odoo.com/documentation/19.0/applications/general/users.html"),
     "videos[1].doc", "doc: https://", "is an address; write only the page's path"),
    ("doc-with-html", replaced("doc: applications/general/users", "doc: applications/general/users.html"),
     "videos[1].doc", "users.html", "write the path without «.html»"),
    ("doc-and-url", replaced("    doc: applications/general/users\n",
                             "    doc: applications/general/users\n    url: https://example.com/users\n"),
     "videos[1].doc", "doc: applications", "an entry has a url or a doc, not both"),
    ("no-link", replaced("    doc: applications/general/users\n", ""),
     "videos[1]", "  - id: odoo-page", "has no link"),
    ("doc-of-own-source", replaced("    source: odoo\n", "    source: 'own'\n"),
     "videos[1].source", "source: 'own'", "is «own», but a doc is a page of the official Odoo documentation"),
]


def data_with(tmp_path: Path, videos_text: str, roles_text: str | None = None) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    write_videos(data_dir, videos_text)
    if roles_text is not None:
        (data_dir / "roles.yml").write_text(roles_text, encoding="utf-8")
    return data_dir


def test_the_fixture_itself_is_valid(tmp_path):
    content = validate(data_with(tmp_path, VIDEOS))
    assert [video["id"] for video in content.files["videos"]["videos"]] == ["first-video", "odoo-page"]


@pytest.mark.parametrize("name, text, path, where, words", CASES, ids=[case[0] for case in CASES])
def test_error_names_file_entry_field_and_line(tmp_path, name, text, path, where, words):
    with pytest.raises(DataError) as raised:
        validate(data_with(tmp_path, text))
    line = line_of(text, where)
    matching = [p for p in raised.value.problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected {path} at line {line} ({words}); got:\n{raised.value}"
    if name != "unknown-field":  # a misspelt field is also a missing one: two true messages
        assert len(raised.value.problems) == 1, f"one mistake, one message; got:\n{raised.value}"
    assert f"data/videos.yml:{line}: {path}: " in str(raised.value)


def test_duplicate_role_id(tmp_path):
    roles = (REPO / "data" / "roles.yml").read_text(encoding="utf-8") + (
        "  - id: coordinator\n    party: client\n    name: {uk: Ще раз, en: Again}\n"
        "    description: {uk: Ще раз., en: Again.}\n")
    with pytest.raises(DataError) as raised:
        validate(data_with(tmp_path, VIDEOS, roles))
    assert [(p.file, p.path) for p in raised.value.problems] == [("data/roles.yml", "roles[11].id")]
    first = (REPO / "data" / "roles.yml").read_text(encoding="utf-8").splitlines().index("  - id: coordinator") + 1
    assert f"the role id «coordinator» is already used at line {first}" in raised.value.problems[0].message


def test_videos_without_a_roles_file(tmp_path):
    data_dir = data_with(tmp_path, VIDEOS)
    (data_dir / "roles.yml").unlink()
    with pytest.raises(DataError, match=r"data/videos.yml:1: videos: .*data/roles.yml is missing"):
        validate(data_dir)


def test_an_empty_index_is_valid(tmp_path):
    content = validate(data_with(tmp_path, "videos: []\n"))
    assert content.files["videos"]["videos"] == []


def test_build_stops_on_one_mistake_and_leaves_no_site(project_copy):
    text = replaced("url: https://www.youtube.com/watch?v=abcDEF12_-x", "url: javascript:alert(1)")
    write_videos(project_copy.data_dir, text)
    result = project_copy.build()
    assert result.returncode != 0
    assert f"data/videos.yml:{line_of(text, 'javascript:')}: videos[0].url: «javascript:alert(1)» «javascript:» links" \
        in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, "a data mistake must read as a message, not a crash"
    assert not project_copy.site_dir.exists(), "a failed build must not leave a site behind"


# Mistakes the cross-checks find, all in one file: the build names every one of them, then stops.
BUILD_CASES = ("unknown-stage", "unknown-role", "duplicate-id", "http-url", "malformed-duration", "future-date")


def test_build_names_every_mistake_at_once_and_leaves_no_site(project_copy):
    cases = [case for case in CASES if case[0] in BUILD_CASES]
    text = VIDEOS
    for name, mutated, *_ in cases:
        old, new = next((a, b) for a, b in zip(VIDEOS.splitlines(), mutated.splitlines()) if a != b)
        assert text.count(old) == 1, name
        text = text.replace(old, new)
    write_videos(project_copy.data_dir, text)
    result = project_copy.build()
    assert result.returncode != 0
    for name, _, path, where, words in cases:
        line = line_of(text, where)
        assert any(f"data/videos.yml:{line}: {path}: " in row and words in row for row in result.stderr.splitlines()), \
            f"{name}: {path} at line {line}\n{result.stderr}"
    assert f"has {len(cases)} problems" in result.stderr
    assert not project_copy.site_dir.exists(), "a failed build must not leave a site behind"


def test_validate_command_explains_a_video_mistake(project_copy):
    import subprocess
    import sys
    write_videos(project_copy.data_dir, replaced("stages: [initiation, go-live]", "stages: [launch]"))
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(project_copy.data_dir)],
                            capture_output=True, text=True, cwd=project_copy.root)
    assert result.returncode == 1
    assert "videos[0].stages[0]: there is no stage «launch» in data/methodology.yml; use one of: initiation," \
        in result.stderr

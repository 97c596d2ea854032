"""Shared by the video tests: the trainer guide's example entry and a fixture site built with it."""
from __future__ import annotations

import re

from . import REPO, ProjectCopy, copy_project

GUIDES = {"uk": REPO / "docs" / "trainers.md", "en": REPO / "docs" / "trainers.en.md"}

# A second recording for the fixture site: not on YouTube, on two stages, two and a half minutes
# long (half a minute: the page and its script must round the same way).
# Test data only (example.com is reserved for examples); never part of the real index.
EXTRA_VIDEO = """\
  - id: fixture-warehouse-demo
    title:
      uk: Демонстрація складу
      en: Warehouse demo
    description:
      uk: Коротка демонстрація для тесту.
      en: A short demo for the tests.
    url: https://example.com/warehouse-demo.mp4
    source: own
    format: video
    kind: demo
    stages: [go-live, post-launch]
    audience: [end-users, coordinator]
    language: en
    duration: "2:30"
    recorded: 2025-11-03
"""
# Entries left out of the fixture site, so that one stage has no videos at all.
EMPTIED_STAGE = "development"


def guide_blocks(lang: str, kind: str) -> list[str]:
    """The ```<kind> blocks of the trainer guide, in order."""
    return re.findall(rf"^```{kind}\n(.*?)^```", GUIDES[lang].read_text(encoding="utf-8"), re.S | re.M)


def guide_example(lang: str) -> str:
    """The YAML example entry exactly as the trainer guide shows it (its first YAML block)."""
    blocks = guide_blocks(lang, "yaml")
    assert len(blocks) == 2, f"{GUIDES[lang].name} must show two YAML examples: a video, then a role"
    return blocks[0]


def guide_role_example(lang: str) -> str:
    """The YAML example of a new role, as the trainer guide shows it (its second YAML block)."""
    return guide_blocks(lang, "yaml")[1]


def without_stage(videos_text: str, stage_id: str) -> str:
    """videos.yml with the entries that belong only to `stage_id` removed."""
    head, _, body = videos_text.partition("\nvideos:\n")
    entries = re.split(r"(?m)^(?=  - id: )", body)
    kept = [entry for entry in entries if f"stages: [{stage_id}]" not in entry]
    return head + "\nvideos:\n" + "".join(kept)


def fixture_videos_text() -> str:
    text = (REPO / "data" / "videos.yml").read_text(encoding="utf-8")
    return without_stage(text, EMPTIED_STAGE).rstrip("\n") + "\n\n" + guide_example("uk") + "\n" + EXTRA_VIDEO


# An item's guidance names videos (data/methodology.yml, `videos: [id, ...]` on one line).
_GUIDANCE_VIDEOS = re.compile(r"(?m)^( +)videos: \[([^\]\n]*)\]$")


def write_videos(data_dir, videos_text: str) -> None:
    """A fixture's own videos.yml in a copy of the data. The items' guidance keeps only the videos
    the fixture has; a list left empty becomes a comment, so every line keeps its number."""
    ids = set(re.findall(r"(?m)^  - id: (\S+)$", videos_text))
    methodology = data_dir / "methodology.yml"

    def kept(match: re.Match) -> str:
        names = [name.strip() for name in match.group(2).split(",")]
        left = [name for name in names if name in ids]
        return f"{match.group(1)}videos: [{', '.join(left)}]" if left else f"{match.group(1)}# videos: left out"

    text = _GUIDANCE_VIDEOS.sub(kept, methodology.read_text(encoding="utf-8"))
    methodology.write_text(text, encoding="utf-8")
    (data_dir / "videos.yml").write_text(videos_text, encoding="utf-8")


_built: dict[str, ProjectCopy] = {}


def build_video_site(tmp_path_factory) -> ProjectCopy:
    """The real project with fixture_videos_text() as its videos.yml, built once per test run."""
    if "site" not in _built:
        project = copy_project(tmp_path_factory.mktemp("videos") / "project")
        write_videos(project.data_dir, fixture_videos_text())
        result = project.build()
        assert result.returncode == 0, result.stderr
        _built["site"] = project
    return _built["site"]

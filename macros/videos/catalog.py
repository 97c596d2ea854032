"""Training videos and instructions (data/videos.yml, data/roles.yml): reading, durations, players.

Plain functions over the validated content; the checks live in checks.py, the pages in pages.py.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from macros.core.odoo_docs import documentation_url

if TYPE_CHECKING:  # content.py imports the checks, which import this module
    from macros.core.content import Content

LANGUAGE_CODES = ("uk", "en")
# M:SS, MM:SS or H:MM:SS, as YouTube shows it. Unquoted, YAML 1.1 reads 12:30 as 750 (seconds).
DURATION = re.compile(r"^(?:(?P<hours>\d{1,2}):(?P<minutes_h>[0-5]\d)|(?P<minutes>[0-5]?\d)):(?P<seconds>[0-5]\d)$")
YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = ("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com")
EMBED_ORIGIN = "https://www.youtube-nocookie.com"


def videos(content: Content) -> list[dict]:
    return content.files.get("videos", {}).get("videos", [])


def roles(content: Content) -> list[dict]:
    return content.files.get("roles", {}).get("roles", [])


def role_names(content: Content, lang: str) -> dict[str, str]:
    return {role["id"]: role["name"][lang] for role in roles(content)}


def video_url(content: Content, video: dict) -> str:
    """Where an entry leads: its url, or its page of the Odoo documentation for the site's version."""
    return documentation_url(content, video["doc"]) if "doc" in video else video["url"]


def videos_of_stage(content: Content, stage_id: str) -> list[dict]:
    return [video for video in videos(content) if stage_id in video["stages"]]


def parse_duration(text: str) -> int | None:
    """'12:30' -> 750, '1:05:00' -> 3900; None when the text is not a duration."""
    match = DURATION.match(text.strip())
    if not match:
        return None
    hours = int(match["hours"] or 0)
    minutes = int(match["minutes_h"] or match["minutes"] or 0)
    return hours * 3600 + minutes * 60 + int(match["seconds"])


def duration_seconds(video: dict) -> int:
    """Seconds of a video (0 for an article). The checks guarantee the value's form."""
    value = video.get("duration")
    if value is None:
        return 0
    return value if isinstance(value, int) else parse_duration(value) or 0


def clock(seconds: int) -> str:
    """750 -> '12:30', 3900 -> '1:05:00'."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def iso_duration(seconds: int) -> str:
    """750 -> 'PT12M30S', for <time datetime>."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "") + f"{secs}S"


def youtube_id(url: str) -> str | None:
    """The video id of a YouTube link to one video, else None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host not in YOUTUBE_HOSTS:
        return None
    path = parts.path.rstrip("/")
    if host == "youtu.be":
        candidate = path.lstrip("/")
    elif path == "/watch":
        candidate = (parse_qs(parts.query).get("v") or [""])[0]
    else:
        match = re.match(r"^/(?:embed|shorts|live)/([^/]+)$", path)
        candidate = match.group(1) if match else ""
    return candidate if YOUTUBE_ID.match(candidate) else None


def is_youtube(url: str) -> bool:
    return (urlsplit(url).hostname or "").lower() in YOUTUBE_HOSTS


def embed_url(url: str) -> str | None:
    """The privacy-enhanced player for a YouTube link, loaded only after a click."""
    video_id = youtube_id(url)
    return f"{EMBED_ORIGIN}/embed/{video_id}?autoplay=1&rel=0" if video_id else None

"""Cross-checks of data/videos.yml and data/roles.yml, registered in content_checks.CHECKS.

The schema gives every entry its shape; these checks say, in plain words, what a schema
cannot: an unknown stage or role, a repeated id, a link that is not https://, an entry with
both or neither of `url` and `doc` (a page of the Odoo documentation, by path: its form is
checked with every other documentation path by macros/core/odoo_docs.py), a duration that is
not M:SS or H:MM:SS, a field that does not fit the entry's format.
"""
from __future__ import annotations

import datetime
from urllib.parse import urlsplit

import yaml

from macros.core.loader import ParsedFile
from macros.videos.catalog import DURATION, is_youtube, youtube_id

Files = dict[str, ParsedFile]

# Anchors the video index uses for itself: a video id must not take one of them.
INDEX_ANCHORS = ("filters", "videos")
STAGE_ANCHOR_PREFIX = "stage-"
VIDEO_ONLY_FIELDS = ("duration", "recorded")


def _entries(files: Files):
    parsed = files.get("videos")
    if parsed is None:
        return None, []
    return parsed, list(enumerate(parsed.data["videos"]))


def _first_use(parsed: ParsedFile, seen: dict, value, path: tuple, what: str):
    if value in seen:
        return parsed.problem(path, f"the {what} «{value}» is already used at line "
                                    f"{parsed.line_of(seen[value])}; ids must be unique")
    seen[value] = path
    return None


def unique_video_and_role_ids(files: Files):
    parsed, entries = _entries(files)
    stage_ids = {stage["id"] for stage in files["methodology"].data["stages"]}
    seen: dict = {}
    for index, video in entries:
        path = ("videos", index, "id")
        problem = _first_use(parsed, seen, video["id"], path, "video id")
        if problem:
            yield problem
        reserved = video["id"] in INDEX_ANCHORS or (
            video["id"].startswith(STAGE_ANCHOR_PREFIX) and video["id"][len(STAGE_ANCHOR_PREFIX):] in stage_ids)
        if reserved:
            yield parsed.problem(path, f"«{video['id']}» is the address of a part of the video index page; "
                                       "choose another id")
    roles = files.get("roles")
    if roles is not None:
        seen = {}
        for index, role in enumerate(roles.data["roles"]):
            problem = _first_use(roles, seen, role["id"], ("roles", index, "id"), "role id")
            if problem:
                yield problem


def _known(parsed: ParsedFile, path: tuple, values: list, known: list, what: str, where: str):
    listed: set = set()
    for position, value in enumerate(values):
        if value in listed:
            yield parsed.problem(path + (position,), f"«{value}» is listed twice")
        elif value not in known:
            yield parsed.problem(path + (position,), f"there is no {what} «{value}» in {where}; "
                                                     f"use one of: {', '.join(known)}")
        listed.add(value)


def videos_refer_to_known_stages_and_roles(files: Files):
    parsed, entries = _entries(files)
    if not entries:
        return
    stage_ids = [stage["id"] for stage in files["methodology"].data["stages"]]
    roles = files.get("roles")
    role_ids = [role["id"] for role in roles.data["roles"]] if roles else []
    if roles is None:
        yield parsed.problem(("videos",), "the videos name their audience, but data/roles.yml is missing")
    for index, video in entries:
        yield from _known(parsed, ("videos", index, "stages"), video["stages"], stage_ids,
                          "stage", "data/methodology.yml")
        if roles is not None:
            yield from _known(parsed, ("videos", index, "audience"), video["audience"], role_ids,
                              "role", "data/roles.yml")


def safe_https_url(url: str) -> str | None:
    """Why `url` may not be linked, or None when it is a plain https:// address."""
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return "contains a space or a line break; paste the address on one line, without spaces"
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in ("javascript", "data", "vbscript", "file"):
        return f"«{scheme}:» links are not allowed; use the video's web address, starting with https://"
    if not url.startswith("https://"):
        return "must start with https:// (copy the address from the browser's address bar)"
    parts = urlsplit(url)
    if parts.username or parts.password:
        return "must not contain a user name or password"
    host = parts.hostname or ""
    if "." not in host.strip("."):
        return "has no site name after https://"
    return None


def _source_text(parsed: ParsedFile, path: tuple) -> str | None:
    """The value at `path` exactly as written in the file (12:30 stays '12:30', not 750)."""
    node = parsed.root
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((value for key, value in node.value if key.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            return None
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _url_or_doc(parsed: ParsedFile, where: tuple, video: dict):
    """An entry links one thing: a `url`, or a page of the official documentation by its `doc` path."""
    if "url" in video and "doc" in video:
        yield parsed.problem(where + ("doc",), "an entry has a url or a doc, not both; keep doc for a page of "
                                               "the Odoo documentation, url for anything else")
    elif "url" not in video and "doc" not in video:
        yield parsed.problem(where, "has no link: add url: https://… (a video or page), or doc: <path> "
                                    "(a page of the Odoo documentation)")
    elif "doc" in video:
        for field, value in (("source", "odoo"), ("format", "article")):
            if video[field] != value:
                yield parsed.problem(where + (field,), f"is «{video[field]}», but a doc is a page of the official "
                                                       f"Odoo documentation: write {field}: {value}")


def video_links_durations_and_dates(files: Files):
    parsed, entries = _entries(files)
    today = datetime.date.today()
    for index, video in entries:
        where = ("videos", index)
        yield from _url_or_doc(parsed, where, video)
        reason = safe_https_url(video["url"]) if "url" in video else None
        if reason:
            yield parsed.problem(where + ("url",), f"«{video['url']}» {reason}")
        elif "url" in video and is_youtube(video["url"]) and not youtube_id(video["url"]):
            yield parsed.problem(where + ("url",), "a YouTube link must point at one video, like "
                                                   "https://www.youtube.com/watch?v=… or https://youtu.be/…")
        if video["format"] == "article":
            for field in VIDEO_ONLY_FIELDS:
                if field in video:
                    yield parsed.problem(where + (field,), f"an article has no «{field}»; remove this line, "
                                                           "or write format: video if it is a video")
            continue
        if "duration" not in video:
            yield parsed.problem(where + ("duration",), "is missing: a video needs its length, "
                                                        "e.g. duration: \"12:30\"")
        else:
            text = _source_text(parsed, where + ("duration",))
            text = str(video["duration"]) if text is None else text
            match = DURATION.match(text.strip())
            if not match:
                yield parsed.problem(where + ("duration",),
                                     f"«{text}» is not a duration: write minutes and seconds as "
                                     "\"12:30\", or hours, minutes and seconds as \"1:05:00\"")
            elif not any(int(part) for part in match.groups() if part):
                yield parsed.problem(where + ("duration",), "is zero; write the video's real length")
        if "recorded" not in video:
            yield parsed.problem(where + ("recorded",), "is missing: a video needs the day it was recorded, "
                                                        "e.g. recorded: 2025-09-01")
        elif datetime.date.fromisoformat(video["recorded"]) > today:
            yield parsed.problem(where + ("recorded",), f"{video['recorded']} is in the future; "
                                                        "write the day the video was recorded")


VIDEO_CHECKS = [
    unique_video_and_role_ids,
    videos_refer_to_known_stages_and_roles,
    video_links_durations_and_dates,
]

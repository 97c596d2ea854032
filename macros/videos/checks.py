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
from macros.core.messages import Message, say
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
        return parsed.problem(path, "id_already_used", what=say(what), value=value, line=parsed.line_of(seen[value]))
    seen[value] = path
    return None


def unique_video_and_role_ids(files: Files):
    parsed, entries = _entries(files)
    stage_ids = {stage["id"] for stage in files["methodology"].data["stages"]}
    seen: dict = {}
    for index, video in entries:
        path = ("videos", index, "id")
        problem = _first_use(parsed, seen, video["id"], path, "what_video_id")
        if problem:
            yield problem
        reserved = video["id"] in INDEX_ANCHORS or (
            video["id"].startswith(STAGE_ANCHOR_PREFIX) and video["id"][len(STAGE_ANCHOR_PREFIX):] in stage_ids)
        if reserved:
            yield parsed.problem(path, "video_id_reserved", id=video["id"])
    roles = files.get("roles")
    if roles is not None:
        seen = {}
        for index, role in enumerate(roles.data["roles"]):
            problem = _first_use(roles, seen, role["id"], ("roles", index, "id"), "what_role_id")
            if problem:
                yield problem


def _known(parsed: ParsedFile, path: tuple, values: list, known: list, unknown: str, where: str):
    """`unknown` is the message for a value not in `known` (unknown_stage, unknown_role)."""
    listed: set = set()
    for position, value in enumerate(values):
        if value in listed:
            yield parsed.problem(path + (position,), "listed_twice", value=value)
        elif value not in known:
            yield parsed.problem(path + (position,), unknown, value=value, file=where, known=known)
        listed.add(value)


def videos_refer_to_known_stages_and_roles(files: Files):
    parsed, entries = _entries(files)
    if not entries:
        return
    stage_ids = [stage["id"] for stage in files["methodology"].data["stages"]]
    roles = files.get("roles")
    role_ids = [role["id"] for role in roles.data["roles"]] if roles else []
    if roles is None:
        yield parsed.problem(("videos",), "roles_file_missing")
    for index, video in entries:
        yield from _known(parsed, ("videos", index, "stages"), video["stages"], stage_ids,
                          "unknown_stage", "data/methodology.yml")
        if roles is not None:
            yield from _known(parsed, ("videos", index, "audience"), video["audience"], role_ids,
                              "unknown_role", "data/roles.yml")


def safe_https_url(url: str) -> Message | None:
    """Why `url` may not be linked, or None when it is a plain https:// address."""
    if any(ch.isspace() or ord(ch) < 32 for ch in url):
        return say("url_has_space")
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme in ("javascript", "data", "vbscript", "file"):
        return say("url_scheme_refused", scheme=scheme)
    if not url.startswith("https://"):
        return say("url_not_https")
    parts = urlsplit(url)
    if parts.username or parts.password:
        return say("url_with_credentials")
    host = parts.hostname or ""
    if "." not in host.strip("."):
        return say("url_without_site")
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
        yield parsed.problem(where + ("doc",), "video_url_and_doc")
    elif "url" not in video and "doc" not in video:
        yield parsed.problem(where, "video_no_link")
    elif "doc" in video:
        for field, value in (("source", "odoo"), ("format", "article")):
            if video[field] != value:
                yield parsed.problem(where + (field,), "video_doc_field", value=video[field], field=field,
                                     expected=value)


def video_links_durations_and_dates(files: Files):
    parsed, entries = _entries(files)
    today = datetime.date.today()
    for index, video in entries:
        where = ("videos", index)
        yield from _url_or_doc(parsed, where, video)
        reason = safe_https_url(video["url"]) if "url" in video else None
        if reason:
            yield parsed.problem(where + ("url",), "bad_url", url=video["url"], reason=reason)
        elif "url" in video and is_youtube(video["url"]) and not youtube_id(video["url"]):
            yield parsed.problem(where + ("url",), "youtube_not_one_video")
        if video["format"] == "article":
            for field in VIDEO_ONLY_FIELDS:
                if field in video:
                    yield parsed.problem(where + (field,), "article_field", field=field)
            continue
        if "duration" not in video:
            yield parsed.problem(where + ("duration",), "duration_missing")
        else:
            text = _source_text(parsed, where + ("duration",))
            text = str(video["duration"]) if text is None else text
            match = DURATION.match(text.strip())
            if not match:
                yield parsed.problem(where + ("duration",), "duration_malformed", text=text)
            elif not any(int(part) for part in match.groups() if part):
                yield parsed.problem(where + ("duration",), "duration_zero")
        if "recorded" not in video:
            yield parsed.problem(where + ("recorded",), "recorded_missing")
        elif datetime.date.fromisoformat(video["recorded"]) > today:
            yield parsed.problem(where + ("recorded",), "recorded_in_future", date=video["recorded"])


VIDEO_CHECKS = [
    unique_video_and_role_ids,
    videos_refer_to_known_stages_and_roles,
    video_links_durations_and_dates,
]

"""Training videos on the pages: a section on each stage guide, the video index, the trainer guide's tables.

Every entry is the same HTML wherever it appears (templates/entry.html); players are facades that load
youtube-nocookie.com only after a click (assets/javascripts/videos/player.js), and the index's
filters (assets/javascripts/videos/filters.js) only hide entries: without JavaScript the page is
the full list.
"""
from __future__ import annotations

from urllib.parse import urlsplit

from macros.core.content import Content
from macros.core.i18n import count, long_date, noun_forms, tr, ui
from macros.core.odoo_docs import documentation_version, online_releases
from macros.core.site_map import link, stage_path
from macros.core.stage_parts import stage_heading
from macros.core.templating import render
from macros.videos.catalog import (LANGUAGE_CODES, clock, duration_seconds, embed_url, iso_duration,
                           role_names, video_url, videos, videos_of_stage)

INDEX_PATH = "videos/"
GUIDE_PATH = "trainers/"
STRINGS_ID = "playbook-video-strings"


def stage_anchor(stage_id: str) -> str:
    return f"stage-{stage_id}"


# Group summaries ------------------------------------------------------------------------------

def duration_words(seconds: int, lang: str) -> str:
    """3900 -> '1 hour 5 minutes', in the language's plural forms; whole minutes, half up (as JS
    Math.round), at least one."""
    minutes = max(1, (seconds + 30) // 60) if seconds else 0
    hours, minutes = divmod(minutes, 60)
    parts = [count(hours, "hour", lang)] if hours else []
    if minutes or not hours:
        parts.append(count(minutes, "minute", lang))
    return " ".join(parts)


def group_summary(entries: list[dict], lang: str) -> str:
    """'5 resources: 2 videos (35 minutes), 3 articles'; one kind alone: '2 videos (35 minutes)'."""
    clips = [video for video in entries if video["format"] == "video"]
    articles = len(entries) - len(clips)
    parts = []
    if clips:
        seconds = sum(duration_seconds(video) for video in clips)
        parts.append(f"{count(len(clips), 'video', lang)} ({duration_words(seconds, lang)})")
    if articles:
        parts.append(count(articles, "article", lang))
    if clips and articles:
        return f"{count(len(entries), 'resource', lang)}: {', '.join(parts)}"
    return parts[0] if parts else ""


def strings_for_script(lang: str) -> dict:
    """What videos/filters.js needs to word its summaries (no text in the JS)."""
    nouns = {noun: noun_forms(noun, lang) for noun in ("resource", "video", "article", "hour", "minute")}
    return {"lang": lang, "nouns": nouns, "status": ui("filter_status", lang, shown="{shown}", total="{total}")}


# One entry -------------------------------------------------------------------------------------

def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _fact(label: str, value: str, datetime: str | None = None) -> dict:
    """A line of the entry's facts; a duration or a date carries its machine-readable form."""
    return {"label": label, "value": value, "datetime": datetime}


def _player(video: dict, url: str, lang: str) -> dict:
    embed = embed_url(url)
    title = tr(video["title"], lang)
    if embed:
        return {"embed": embed, "frame_title": ui("player_frame", lang, title=title),
                "label": f"{ui('play_video', lang)}: {title}", "play": ui("play_video", lang),
                "note": ui("player_note", lang)}
    key = "watch_video" if video["format"] == "video" else "open_page"
    return {"embed": None, "open": ui(key, lang, host=_host(url))}


def video_entry(content: Content, video: dict, lang: str, anchor: str | None = None,
                group: str | None = None) -> dict:
    """One video or article (videos/entry.html): badges, description, audience, language,
    duration, date, player."""
    names = role_names(content, lang)
    url = video_url(content, video)
    seconds = duration_seconds(video)
    facts = [_fact(ui("audience", lang), ", ".join(names[role] for role in video["audience"])),
             _fact(ui("language", lang), ui(f"language_{video['language']}", lang))]
    if seconds:
        facts.append(_fact(ui("duration", lang), clock(seconds), iso_duration(seconds)))
    if video.get("recorded"):
        facts.append(_fact(ui("recorded", lang), long_date(video["recorded"], lang), video["recorded"]))
    return {
        "id": video["id"], "anchor": anchor, "group": group, "url": url,
        "title": tr(video["title"], lang), "description": tr(video["description"], lang),
        "format": video["format"], "source": video["source"], "language": video["language"],
        "audience": " ".join(video["audience"]), "seconds": seconds,
        "badges": {"source": ui(f"source_{video['source']}", lang), "kind": ui(f"kind_{video['kind']}", lang),
                   "format": ui(f"format_{video['format']}", lang)},
        "facts": facts,
        "player": _player(video, url, lang),
    }


def _sentence_around_link(key: str, lang: str) -> dict:
    """A UI sentence with a {link} in it, as the text before and after the link."""
    before, _, after = ui(key, lang, link="\0").partition("\0")
    return {"before": before, "after": after}


def _links(lang: str, root: str) -> dict:
    return {"guide": {"url": link(root, GUIDE_PATH), "label": ui("trainer_guide", lang)},
            "no_videos": _sentence_around_link("no_videos", lang)}


# The section on a stage guide ------------------------------------------------------------------

def render_stage_videos(content: Content, stage_id: str, lang: str, root: str) -> str:
    entries = videos_of_stage(content, stage_id)
    return render(
        "videos/stage_section.html",
        heading=ui("stage_videos", lang),
        stage_id=stage_id,
        summary=group_summary(entries, lang),
        entries=[video_entry(content, video, lang) for video in entries],
        more={"url": link(root, INDEX_PATH) + f"#{stage_anchor(stage_id)}", "label": ui("all_videos", lang)},
        **_links(lang, root),
    )


# The index page --------------------------------------------------------------------------------

def _select(name: str, label: str, everything: str, options: list[tuple[str, str]]) -> dict:
    return {"name": name, "label": label, "everything": everything, "options": options}


def filters(content: Content, lang: str) -> dict:
    used_languages = {video["language"] for video in videos(content)}
    # data/roles.yml lists every role of the methodology; a role no video names would filter to nothing
    used_roles = {role for video in videos(content) for role in video["audience"]}
    return {
        "label": ui("filters", lang),
        "selects": [
            _select("stage", ui("stage", lang), ui("all_stages", lang),
                    [(stage["id"], stage_heading(stage, lang)) for stage in content.stages]),
            _select("audience", ui("audience", lang), ui("all_roles", lang),
                    [(role, name) for role, name in role_names(content, lang).items() if role in used_roles]),
            _select("language", ui("language", lang), ui("all_languages", lang),
                    [(code, ui(f"language_{code}", lang)) for code in LANGUAGE_CODES if code in used_languages]),
        ],
        "reset": ui("clear_filters", lang),
        "no_matches": ui("no_matches", lang),
    }


def stage_groups(content: Content, lang: str, root: str) -> list[dict]:
    groups, placed = [], set()
    for stage in content.stages:
        entries = videos_of_stage(content, stage["id"])
        items = []
        for video in entries:
            # A video on several stages is listed under each; its first place carries its anchor.
            anchor = video["id"] if video["id"] not in placed else f"{video['id']}--{stage['id']}"
            placed.add(video["id"])
            items.append(video_entry(content, video, lang, anchor=anchor, group=stage["id"]))
        groups.append({"stage_id": stage["id"], "anchor": stage_anchor(stage["id"]),
                       "heading": stage_heading(stage, lang), "guide_url": link(root, stage_path(stage["id"])),
                       "summary": group_summary(entries, lang), "entries": items})
    return groups


def odoo_version_note(content: Content, lang: str) -> str | None:
    """Which Odoo version the documentation pages open for, and that Odoo Online runs the releases
    after it; None when the data links no documentation (then it need not name a version)."""
    if not any("doc" in video for video in videos(content)):
        return None
    version = documentation_version(content)
    return ui("odoo_docs_version", lang, version=version, online=online_releases(version))


def render_video_index(content: Content, lang: str, root: str) -> str:
    return render(
        "videos/index.html",
        title=ui("videos_title", lang),
        intro=ui("videos_intro", lang),
        odoo_version=odoo_version_note(content, lang),
        for_trainers=_sentence_around_link("for_trainers", lang),
        filters=filters(content, lang),
        strings_id=STRINGS_ID,
        strings=strings_for_script(lang),
        stage_page=ui("stage_page", lang),
        groups=stage_groups(content, lang, root),
        **_links(lang, root),
    )


# The trainer guide's reference tables ----------------------------------------------------------

def render_video_reference(content: Content, lang: str) -> str:
    """The ids a trainer may write in `stages` and `audience`, with their names, straight from the data."""
    return render(
        "videos/reference.html",
        stages_title=ui("trainer_stage_ids", lang),
        stages=[(stage["id"], stage_heading(stage, lang)) for stage in content.stages],
        roles_title=ui("trainer_role_ids", lang),
        roles=list(role_names(content, lang).items()),
        name_column=ui("trainer_name_column", lang),
    )

"""Training videos on the pages: a section on each stage guide, the video index, the trainer guide's tables.

Every entry is the same HTML wherever it appears (video_entry); players are facades that load
youtube-nocookie.com only after a click (assets/javascripts/videos/player.js), and the index's
filters (assets/javascripts/videos/filters.js) only hide entries: without JavaScript the page is
the full list.
"""
from __future__ import annotations

import json
from urllib.parse import urlsplit

from macros.core.content import Content
from macros.core.i18n import count, long_date, noun_forms, tr, ui
from macros.core.markup import esc, md_inline, tag
from macros.core.site_map import link, stage_path
from macros.core.stage_parts import stage_heading
from macros.videos.catalog import (LANGUAGE_CODES, clock, duration_seconds, embed_url, iso_duration,
                           role_names, videos, videos_of_stage)

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


def strings_for_script(lang: str) -> str:
    """What videos/filters.js needs to word its summaries, as a JSON <script> (no text in the JS)."""
    nouns = {noun: noun_forms(noun, lang) for noun in ("resource", "video", "article", "hour", "minute")}
    data = {"lang": lang, "nouns": nouns, "status": ui("filter_status", lang, shown="{shown}", total="{total}")}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" id="{STRINGS_ID}">{text}</script>'


# One entry -------------------------------------------------------------------------------------

def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _fact(label: str, value_html: str) -> str:
    return tag("div", tag("dt", esc(label)) + tag("dd", value_html))


def _player(video: dict, lang: str) -> str:
    embed = embed_url(video["url"])
    title = tr(video["title"], lang)
    if embed:
        facade = tag("a", tag("span", "", class_="playbook-player__play", aria_hidden="true")
                     + tag("span", esc(ui("play_video", lang)), class_="playbook-player__label")
                     + tag("span", esc(ui("player_note", lang)), class_="playbook-player__note"),
                     href=video["url"], class_="playbook-player__facade",
                     aria_label=f"{ui('play_video', lang)}: {title}")
        return tag("div", facade, class_="playbook-player", data_embed=embed,
                   data_player_title=ui("player_frame", lang, title=title))
    key = "watch_video" if video["format"] == "video" else "open_page"
    return tag("p", tag("a", esc(ui(key, lang, host=_host(video["url"]))), href=video["url"],
                        class_="playbook-video__open"))


def video_entry(content: Content, video: dict, lang: str, anchor: str | None = None,
                group: str | None = None) -> str:
    """One video or article: badges, description, audience, language, duration, date, player."""
    names = role_names(content, lang)
    seconds = duration_seconds(video)
    badges = [tag("span", esc(ui(f"source_{video['source']}", lang)),
                  class_=f"playbook-badge playbook-badge--source-{video['source']}"),
              tag("span", esc(ui(f"kind_{video['kind']}", lang)), class_="playbook-badge playbook-badge--kind"),
              tag("span", esc(ui(f"format_{video['format']}", lang)),
                  class_=f"playbook-badge playbook-badge--format-{video['format']}")]
    facts = [_fact(ui("audience", lang), esc(", ".join(names[role] for role in video["audience"]))),
             _fact(ui("language", lang), esc(ui(f"language_{video['language']}", lang)))]
    if seconds:
        facts.append(_fact(ui("duration", lang), tag("time", esc(clock(seconds)), datetime=iso_duration(seconds))))
    if video.get("recorded"):
        facts.append(_fact(ui("recorded", lang), tag("time", esc(long_date(video["recorded"], lang)),
                                                     datetime=video["recorded"])))
    body = "\n".join([
        tag("h3", tag("a", esc(tr(video["title"], lang)), href=video["url"]), class_="playbook-video__title"),
        tag("p", " ".join(badges), class_="playbook-video__badges"),
        tag("p", esc(tr(video["description"], lang)), class_="playbook-video__description"),
        tag("dl", "".join(facts), class_="playbook-video__facts"),
        _player(video, lang),
    ])
    return tag("article", body, id=anchor, class_=f"playbook-video playbook-video--{video['format']}",
               data_video=video["id"], data_stage=group, data_audience=" ".join(video["audience"]),
               data_language=video["language"], data_format=video["format"], data_seconds=str(seconds))


def _with_link(key: str, lang: str, anchor: str) -> str:
    """A UI sentence with a link in it: the sentence is escaped, then the link put in its place."""
    return esc(ui(key, lang, link="{link}")).replace("{link}", anchor)


def _guide_link(lang: str, root: str) -> str:
    return tag("a", esc(ui("trainer_guide", lang)), href=link(root, GUIDE_PATH), class_="playbook-videos__guide")


def _no_videos(lang: str, root: str) -> str:
    return tag("p", _with_link("no_videos", lang, _guide_link(lang, root)), class_="playbook-videos__none")


# The section on a stage guide ------------------------------------------------------------------

def render_stage_videos(content: Content, stage_id: str, lang: str, root: str) -> str:
    entries = videos_of_stage(content, stage_id)
    more = tag("p", tag("a", esc(ui("all_videos", lang)), href=link(root, INDEX_PATH) + f"#{stage_anchor(stage_id)}"),
               class_="playbook-videos__more")
    if entries:
        body = "\n".join([tag("p", esc(group_summary(entries, lang)), class_="playbook-videos__summary")]
                         + [video_entry(content, video, lang) for video in entries])
    else:
        body = _no_videos(lang, root)
    return "\n\n".join([
        f"## {md_inline(ui('stage_videos', lang))} {{ #videos }}",
        tag("div", "\n" + body + "\n", class_="playbook-videos", data_stage=stage_id),
        more,
    ])


# The index page --------------------------------------------------------------------------------

def _select(name: str, label: str, everything: str, options: list[tuple[str, str]]) -> str:
    choices = tag("option", esc(everything), value="") + "".join(
        tag("option", esc(text), value=value) for value, text in options)
    return tag("label", tag("span", esc(label), class_="playbook-video-filters__label")
               + tag("select", choices, name_=name), class_="playbook-video-filters__field")


def filters_form(content: Content, lang: str) -> str:
    used_languages = {video["language"] for video in videos(content)}
    fields = [
        _select("stage", ui("stage", lang), ui("all_stages", lang),
                [(stage["id"], stage_heading(stage, lang)) for stage in content.stages]),
        _select("audience", ui("audience", lang), ui("all_roles", lang), list(role_names(content, lang).items())),
        _select("language", ui("language", lang), ui("all_languages", lang),
                [(code, ui(f"language_{code}", lang)) for code in LANGUAGE_CODES if code in used_languages]),
        tag("button", esc(ui("clear_filters", lang)), type="reset", class_="md-button playbook-video-filters__reset"),
    ]
    return "\n".join([
        tag("form", "".join(fields), id="filters", class_="playbook-video-filters playbook-scripted",
            aria_label=ui("filters", lang)),
        tag("p", "", class_="playbook-video-filters__status", role="status", hidden=""),
        tag("p", esc(ui("no_matches", lang)), class_="playbook-video-filters__empty", hidden=""),
        strings_for_script(lang),
    ])


def render_video_index(content: Content, lang: str, root: str) -> str:
    parts = [
        f"# {md_inline(ui('videos_title', lang))} {{ #videos }}",
        tag("p", esc(ui("videos_intro", lang)), class_="playbook-lead"),
        tag("p", _with_link("for_trainers", lang, _guide_link(lang, root)), class_="playbook-videos__trainers"),
        filters_form(content, lang),
    ]
    placed: set[str] = set()
    for stage in content.stages:
        entries = videos_of_stage(content, stage["id"])
        items = []
        for video in entries:
            # A video on several stages is listed under each; its first place carries its anchor.
            anchor = video["id"] if video["id"] not in placed else f"{video['id']}--{stage['id']}"
            placed.add(video["id"])
            items.append(video_entry(content, video, lang, anchor=anchor, group=stage["id"]))
        summary = tag("p", esc(group_summary(entries, lang)), class_="playbook-videos__summary") if entries else ""
        body = "\n".join(filter(None, [summary, *items])) if entries else _no_videos(lang, root)
        guide = tag("p", tag("a", esc(ui("stage_page", lang)), href=link(root, stage_path(stage["id"]))),
                    class_="playbook-videos__stage-link")
        parts += [
            f"## {md_inline(stage_heading(stage, lang))} {{ #{stage_anchor(stage['id'])} }}",
            tag("div", "\n" + guide + "\n" + body + "\n", class_="playbook-videos playbook-video-group",
                data_stage=stage["id"], data_heading=stage_anchor(stage["id"])),
        ]
    return "\n\n".join(parts) + "\n"


# The trainer guide's reference tables ----------------------------------------------------------

def render_video_reference(content: Content, lang: str) -> str:
    """The ids a trainer may write in `stages` and `audience`, with their names, straight from the data."""
    def table(rows: list[tuple[str, str]]) -> str:
        body = "".join(tag("tr", tag("td", tag("code", esc(key))) + tag("td", esc(name))) for key, name in rows)
        head = tag("tr", tag("th", "id", scope="col") + tag("th", esc(ui("trainer_name_column", lang)), scope="col"))
        return tag("table", tag("thead", head) + tag("tbody", body), class_="playbook-video-ids")
    stages = [(stage["id"], stage_heading(stage, lang)) for stage in content.stages]
    return "\n\n".join([
        f"### {md_inline(ui('trainer_stage_ids', lang))} {{ #stage-ids }}",
        table(stages),
        f"### {md_inline(ui('trainer_role_ids', lang))} {{ #role-ids }}",
        table(list(role_names(content, lang).items())),
    ]) + "\n"

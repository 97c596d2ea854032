"""The home page: the overall goal and the stages as a timeline linking to each guide."""
from __future__ import annotations

from macros.checklists.pages import home_progress
from macros.core.content import Content
from macros.core.i18n import count, long_date, tr, ui
from macros.core.markup import esc, md_inline, tag
from macros.core.site_map import INDEX_PAGES, index_page_summary, index_page_title, link, stage_path
from macros.core.stage_parts import optional_badge


def timeline(content: Content, lang: str, root: str) -> str:
    entries = []
    for stage in content.stages:
        number = tag("span", str(stage["number"]), class_="playbook-timeline__number", aria_hidden="true")
        title = tag("span", esc(f"{ui('stage', lang)} {stage['number']}. {tr(stage['title'], lang)}"),
                    class_="playbook-timeline__title")
        details = esc(count(len(stage["checklist"]), "item", lang))
        if stage.get("optional"):
            details = optional_badge(ui("optional_stage", lang)) + " " + details
        body = tag("a", title + " " + tag("span", details, class_="playbook-timeline__details"),
                   href=link(root, stage_path(stage["id"])), class_="playbook-timeline__link")
        goal = tag("p", esc(tr(stage["goal"], lang)), class_="playbook-timeline__goal")
        entries.append(tag("li", number + " " + tag("div", body + " " + goal, class_="playbook-timeline__body"),
                           id=f"timeline-{stage['id']}",
                           class_="playbook-timeline__stage"
                           + (" playbook-timeline__stage--optional" if stage.get("optional") else "")))
    return tag("ol", "\n" + "\n".join(entries) + "\n", class_="playbook-timeline",
               aria_label=ui("timeline_label", lang))


def index_links(lang: str, root: str) -> str:
    cards = [
        tag("li", tag("a", esc(index_page_title(page["key"], lang)), href=link(root, page["path"]))
            + tag("p", esc(index_page_summary(page["key"], lang))),
            class_=f"playbook-cards__card playbook-cards__card--{page['key']}")
        for page in INDEX_PAGES
    ]
    return tag("ul", "\n" + "\n".join(cards) + "\n", class_="playbook-cards")


def render_home(content: Content, lang: str, root: str) -> str:
    meta = content.methodology["methodology"]
    byline = ui("author_line", lang, author=meta["author"], date=long_date(meta["date"], lang))
    return "\n\n".join([
        f"# {md_inline(tr(meta['title'], lang))}",
        tag("p", esc(byline), class_="playbook-byline"),
        f"## {md_inline(ui('overall_goal', lang))} {{ #goal }}",
        tag("p", esc(tr(meta["goal"], lang)), class_="playbook-lead"),
        f"## {md_inline(ui('stages_overview', lang))} {{ #stages }}",
        home_progress(content, lang, root),
        timeline(content, lang, root),
        f"## {md_inline(ui('more', lang))} {{ #more }}",
        index_links(lang, root),
    ]) + "\n"

"""The home page: the overall goal and the stages as a timeline linking to each guide."""
from __future__ import annotations

from macros.checklists.pages import home_progress
from macros.core.content import Content
from macros.core.i18n import count, long_date, tr, ui
from macros.core.site_map import INDEX_PAGES, index_page_summary, index_page_title, link, stage_path
from macros.core.stage_parts import stage_heading
from macros.core.templating import render


def timeline(content: Content, lang: str, root: str) -> list[dict]:
    return [{"id": stage["id"], "number": stage["number"], "title": stage_heading(stage, lang),
             "optional": stage.get("optional", False), "item_count": count(len(stage["checklist"]), "item", lang),
             "url": link(root, stage_path(stage["id"])), "goal": tr(stage["goal"], lang)}
            for stage in content.stages]


def index_cards(lang: str, root: str) -> list[dict]:
    return [{"key": page["key"], "url": link(root, page["path"]), "title": index_page_title(page["key"], lang),
             "summary": index_page_summary(page["key"], lang)} for page in INDEX_PAGES]


def render_home(content: Content, lang: str, root: str) -> str:
    meta = content.methodology["methodology"]
    return render(
        "pages/home.html",
        title=tr(meta["title"], lang),
        byline=ui("author_line", lang, author=meta["author"], date=long_date(meta["date"], lang)),
        goal=tr(meta["goal"], lang),
        progress=home_progress(content, lang, root),
        stages=timeline(content, lang, root),
        cards=index_cards(lang, root),
        labels={key: ui(key, lang) for key in ("overall_goal", "stages_overview", "timeline_label",
                                                 "optional_stage", "more")},
    )

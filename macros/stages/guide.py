"""The stage guide: goal, checklist (with the editors' notes and guidance, and the role filter), result and
the way to the neighbouring stages."""
from __future__ import annotations

from macros.core.content import Content
from macros.core.editorial import editors_result, note_views, source_line
from macros.core.i18n import count, tr, ui
from macros.core.stage_parts import optional_stage, stage_heading
from macros.core.site_map import act_path, checklist_path, link, stage_path
from macros.core.templating import render
from macros.stages.guidance import filter_attributes, guidance_view, role_filter_view
from macros.videos.pages import render_stage_videos


def neighbours(content: Content, stage_id: str, lang: str, root: str) -> list[dict]:
    previous, following = content.neighbours(stage_id)
    return [{"rel": rel, "url": link(root, stage_path(neighbour["id"])), "direction": ui(key, lang),
             "title": stage_heading(neighbour, lang)}
            for neighbour, key, rel in ((previous, "previous_stage", "prev"), (following, "next_stage", "next"))
            if neighbour]


def render_stage_guide(content: Content, stage_id: str, lang: str, root: str) -> str:
    stage = content.stage(stage_id)
    return render(
        "stages/guide.html",
        stage_id=stage_id,
        heading=stage_heading(stage, lang),
        optional=optional_stage(stage, lang),
        position=ui("stage_of", lang, number=stage["number"], total=len(content.stages)),
        item_count=count(len(stage["checklist"]), "item", lang),
        goal=tr(stage["goal"], lang),
        source=source_line(content, lang),
        items=[{"id": item["id"], "text": tr(item["text"], lang), "optional": item.get("optional", False),
                "notes": note_views(content, item.get("notes", []), lang, root),
                "guidance": guidance_view(content, item, lang, root), "filter": filter_attributes(content, item)}
               for item in stage["checklist"]],
        filter_control=role_filter_view(content, lang),
        checklist_url=link(root, checklist_path(stage_id)),
        result=tr(stage["result"], lang),
        result_origin=editors_result(stage, lang, root),
        act_url=link(root, act_path(stage_id)),
        videos=render_stage_videos(content, stage_id, lang, root),
        neighbours=neighbours(content, stage_id, lang, root),
        labels={key: ui(key, lang) for key in ("goal", "checklist", "optional_item", "checklist_open", "result",
                                                 "act_open", "stage_pager")},
    )

"""Checks of what a stage guide (stages/<id>/) shows, in the data (assembled in macros/site_content.py).

Anchors: a stage guide gives an HTML id to the stage (its heading), to each checklist item and to
its own sections. Two parts with the same id and a link lands on the wrong one, so a stage id or an
item id must not be taken by a section, and no item may share its id with a stage.

Guidance: every item carries the editors' guidance (who, how, done when; its shape is the schema's);
the roles it names are in data/roles.yml and the videos in data/videos.yml. Its documentation paths
are checked with every other one (macros/core/odoo_docs.py), its glossary marks with every other text.
"""
from __future__ import annotations

from macros.core.loader import ParsedFile
from macros.stages.guidance import ROLE_FILTER_ID

# The sections of every stage guide (guide.py; "videos" is the videos feature's section on it), and
# every id a guide gives to a part of its own: tests/site/test_site.py checks that a built guide
# carries no other fixed id.
GUIDE_ANCHORS = ("goal", "checklist", "result", "videos")
GUIDE_IDS = (*GUIDE_ANCHORS, ROLE_FILTER_ID)


def _guide_id_problem(parsed: ParsedFile, path: tuple, value: str):
    if value in GUIDE_ANCHORS:
        return parsed.problem(path, "guide_anchor_taken", id=value, anchors=list(GUIDE_ANCHORS))
    if value == ROLE_FILTER_ID:
        return parsed.problem(path, "role_filter_id_taken", id=value)
    return None


def stage_guide_anchors_distinct(files: dict[str, ParsedFile]):
    parsed = files["methodology"]
    stages = parsed.data["stages"]
    stage_paths: dict[str, tuple] = {}
    for s, stage in enumerate(stages):
        path = ("stages", s, "id")
        problem = _guide_id_problem(parsed, path, stage["id"])
        if problem:
            yield problem
        stage_paths.setdefault(stage["id"], path)
    for s, stage in enumerate(stages):
        for i, item in enumerate(stage["checklist"]):
            path = ("stages", s, "checklist", i, "id")
            problem = _guide_id_problem(parsed, path, item["id"])
            if problem:
                yield problem
            elif item["id"] in stage_paths:
                yield parsed.problem(path, "item_id_is_stage_id", id=item["id"],
                                     line=parsed.line_of(stage_paths[item["id"]]))


def _items(parsed: ParsedFile):
    for s, stage in enumerate(parsed.data["stages"]):
        for i, item in enumerate(stage["checklist"]):
            yield ("stages", s, "checklist", i), item


def items_have_guidance(files: dict[str, ParsedFile]):
    parsed = files["methodology"]
    for path, item in _items(parsed):
        if "guidance" not in item:
            yield parsed.problem(path + ("id",), "guidance_missing", id=item["id"])


def _unknown(parsed: ParsedFile, path: tuple, values: list, known: list, message: str, file: str):
    for position, value in enumerate(values):
        if value not in known:
            yield parsed.problem(path + (position,), message, value=value, file=file, known=known)


def guidance_refers_to_known_roles_and_videos(files: dict[str, ParsedFile]):
    parsed = files["methodology"]
    roles, videos = files.get("roles"), files.get("videos")
    role_ids = [role["id"] for role in roles.data["roles"]] if roles else []
    video_ids = [video["id"] for video in videos.data["videos"]] if videos else []
    for path, item in _items(parsed):
        guidance = item.get("guidance")
        if not guidance:
            continue
        where = path + ("guidance",)
        if roles is None:
            yield parsed.problem(where + ("who",), "guidance_roles_file_missing")
        else:
            yield from _unknown(parsed, where + ("who",), guidance["who"], role_ids, "unknown_role", "data/roles.yml")
        yield from _unknown(parsed, where + ("videos",), guidance.get("videos", []), video_ids, "unknown_video",
                            "data/videos.yml")


STAGE_CHECKS = [stage_guide_anchors_distinct, items_have_guidance, guidance_refers_to_known_roles_and_videos]

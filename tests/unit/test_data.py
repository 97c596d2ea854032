"""The real content in data/ is complete, consistent and written in both languages."""

import pytest

from support import REPO
from macros.core.house_style import house_style
from macros.core.loader import load_data_files
from macros.site_content import load_content
from macros.stages.checks import stage_guide_anchors_distinct

CONTENT = load_content(REPO / "data")
FILES = load_data_files(REPO / "data")
STAGES = CONTENT.stages


def texts(value, path=""):
    """Every {uk, en} text in a piece of data, with its path."""
    if isinstance(value, dict) and set(value) == {"uk", "en"}:
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from texts(child, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from texts(child, f"{path}[{index}]")


def test_eight_stages_in_order_and_only_stage_six_optional():
    assert [stage["number"] for stage in STAGES] == list(range(1, 9))
    assert [stage["number"] for stage in STAGES if stage.get("optional")] == [6]


@pytest.mark.parametrize("stage", STAGES, ids=[stage["id"] for stage in STAGES])
def test_every_stage_has_goal_checklist_and_result_in_both_languages(stage):
    assert stage["checklist"]
    for field in ("title", "goal", "result"):
        for lang in ("uk", "en"):
            assert stage[field][lang].strip(), f"{stage['id']}.{field}.{lang} is empty"
    for item in stage["checklist"]:
        assert item["text"]["uk"].strip() and item["text"]["en"].strip(), item["id"]


def test_ids_are_unique_across_stages_and_items():
    stage_ids = [stage["id"] for stage in STAGES]
    item_ids = [item["id"] for stage in STAGES for item in stage["checklist"]]
    assert len(set(stage_ids)) == len(stage_ids) == 8
    assert len(set(item_ids)) == len(item_ids)
    assert not set(stage_ids) & set(item_ids), "a stage and an item would share an HTML anchor"
    assert list(stage_guide_anchors_distinct(FILES)) == [], "the validator's anchor check agrees"


def test_checklist_sizes_follow_the_source():
    assert [len(stage["checklist"]) for stage in STAGES] == [5, 7, 6, 8, 8, 3, 5, 6]
    optional = [item["id"] for stage in STAGES for item in stage["checklist"] if item.get("optional")]
    assert optional == ["nda-signed"]


def test_saas_specifics_follow_the_source():
    # The source lists one ❌ limitation, three ✅ advantages and one ⚙️ emphasis.
    kinds = [point["kind"] for point in CONTENT.methodology["saas"]["points"]]
    assert kinds == ["limitation", "advantage", "advantage", "advantage", "emphasis"]


def test_ukrainian_uses_current_orthography_and_no_stray_typography():
    """No «проект» (проєкт), no typewriter apostrophe, double space or «..», no Cyrillic in English:
    the validator's house style (macros/core/house_style.py; its cases: test_content_rules.py)."""
    problems = [str(problem) for problem in house_style(FILES) if problem.file == "data/methodology.yml"]
    assert problems == []


def test_english_is_not_left_in_ukrainian():
    for path, text in texts(CONTENT.methodology):
        assert text["uk"] != text["en"], f"{path}: the same text in both languages"

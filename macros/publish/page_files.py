"""The page files under docs/ that the data asks for, and whether mkdocs.yml lists them in order.

Every page under docs/ only calls one renderer. A stage added to the data needs its stage guide,
checklist and act page; this names each missing file, with the line it must contain.
"""
from __future__ import annotations

from pathlib import Path

from macros.acts.model import FINAL_ACT
from macros.core.content import Content
from macros.core.site_map import act_path, checklist_path, stage_path

# The data file a folder's pages are rendered from, where it is not data/methodology.yml.
_FOLDER_DATA = {"acts": "acts"}


def _md(path: str) -> str:
    return path.rstrip("/") + ".md"


def required_pages(content: Content) -> dict[str, list[tuple[str, str]]]:
    """Per docs/ folder: (file, the macro call it holds), in menu order."""
    ids = [stage["id"] for stage in content.stages]
    return {
        "stages": [(_md(stage_path(i)), f'stage_guide("{i}")') for i in ids],
        "checklists": [("checklists/index.md", "master_checklist()")]
        + [(_md(checklist_path(i)), f'stage_checklist("{i}")') for i in ids],
        "acts": [("acts/index.md", "acts_index()")]
        + [(_md(act_path(i)), f'act("{i}")') for i in ids + [FINAL_ACT]],
    }


def nav_paths(nav) -> list[str]:
    """Every page file in mkdocs.yml's nav, in order."""
    paths = []
    for entry in nav or []:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        paths.extend(nav_paths(value) if isinstance(value, list) else [value])
    return paths


def page_problems(content: Content, docs_dir: Path, nav) -> list[str]:
    listed = nav_paths(nav)
    problems = []
    for folder, pages in required_pages(content).items():
        data_file = _FOLDER_DATA.get(folder)
        if data_file and data_file not in content.files:
            problems.append(f"data/{data_file}.yml is missing: the pages in docs/{folder}/ are rendered from it")
            continue
        problems += [f"create docs/{path} containing {{{{ {call} }}}}"
                     for path, call in pages if not (docs_dir / path).is_file()]
        expected = [path for path, _ in pages]
        in_nav = [path for path in listed if path.startswith(folder + "/")]
        if listed and in_nav != expected:
            problems.append(f"list the pages of docs/{folder}/ in mkdocs.yml's nav in the order of the data: "
                            + ", ".join(expected))
    return problems

"""The pages every stage has, and their menu entries, made from data/methodology.yml.

A stage's guide, checklist and act are one line of Markdown each, a call of the renderer that
mkdocs-macros runs (macros/main.py). They are not files under docs/: the build makes them from
the stages in the data (hooks/stage_pages.py applies this module), so adding, removing or
reordering a stage is an edit of data/methodology.yml alone. Nothing here imports MkDocs, so
another engine can take the same list of (path, Markdown).

mkdocs.yml's `nav` stays the map of the site; the build fills in two things:
- a line with `{stage}`, such as `stages/{stage}.md`, stands for one entry per stage, in the
  order of the data;
- an entry named by a key of data/ui.yml's `nav` section (`nav_stages:`) gets that key's label.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from macros.core.content import Content
from macros.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from macros.core.loader import parse_yaml_file
from macros.core.messages import Message, say
from macros.core.problems import DataProblem
from macros.core.site_map import STAGE_PAGE_KINDS

STAGE = "{stage}"

# Each kind of stage page (site_map.STAGE_PAGE_KINDS) and the macro that renders it.
RENDERERS = {"guide": "stage_guide", "checklist": "stage_checklist", "act": "act"}
# Data files a kind of page is rendered from, besides data/methodology.yml.
NEEDED_DATA = {"act": "acts"}
# How much each kind of page weighs in search (Material's front matter `search: boost:`, 1 by
# default): a question is answered by the stage's guide, not by its checklist or its act, which
# repeat the guide's words. The glossary and the questions page weigh 6 (their front matter): a
# term or a question is a section of its page, and Material favours a page's own first section
# (up to 2.8 times) over the sections below it.
SEARCH_BOOST = {"guide": 2, "checklist": 0.5, "act": 0.5}


class MenuError(ValueError):
    """mkdocs.yml's nav names something the data does not have; `problems` say what, as Messages."""

    def __init__(self, problems: list[Message]):
        self.problems = problems
        super().__init__(problems)

    def __str__(self) -> str:
        return "mkdocs.yml nav: " + "; ".join(map(str, self.problems))


@dataclass(frozen=True)
class StagePage:
    path: str  # the page's source file, as if it were under docs/: "stages/initiation.md"
    markdown: str
    stage_index: int  # its stage's place in data/methodology.yml (stages[i])


def source_file(page_path: str) -> str:
    """'stages/initiation/' -> 'stages/initiation.md'."""
    return page_path.rstrip("/") + ".md"


def stage_pages(content: Content) -> list[StagePage]:
    """Every stage's guide, checklist and act page: by kind, then in the order of the stages.

    Stage ids are slugs (the schema's id pattern), so they need no quoting in the macro call.
    """
    return [StagePage(source_file(STAGE_PAGE_KINDS[kind](stage["id"])),
                      front_matter(kind) + f'{{{{ {renderer}("{stage["id"]}") }}}}\n', index)
            for kind, renderer in RENDERERS.items() for index, stage in enumerate(content.stages)]


def front_matter(kind: str) -> str:
    """The page's metadata, as a file under docs/ would start: its weight in search."""
    return f"---\nsearch:\n  boost: {SEARCH_BOOST[kind]}\n---\n"


def missing_data(content: Content) -> list[Message]:
    """The data files some kind of stage page needs and the data folder lacks."""
    return [say("stage_pages_need_data", name=name, kind=say(f"page_kind_{kind}"))
            for kind, name in NEEDED_DATA.items() if name not in content.files]


def menu_patterns() -> dict[str, str]:
    """The `{stage}` line of each kind of stage page: 'stages/{stage}.md' -> 'guide'."""
    return {source_file(STAGE_PAGE_KINDS[kind](STAGE)): kind for kind in RENDERERS}


def _labels(content: Content) -> dict[str, dict[str, str]]:
    return content.files["ui"]["strings"].get("nav", {})


def menu(nav: list, content: Content) -> list:
    """mkdocs.yml's nav with each `{stage}` line spelt out per stage and each ui key replaced by its
    label in the default language.

    Idempotent: the i18n plugin runs the config hooks again, on the same config, for every
    language, and labels already put in are taken as they are.
    """
    labels = _labels(content)
    placed = {label[DEFAULT_LANGUAGE] for label in labels.values()}
    patterns = menu_patterns()
    ids = [stage["id"] for stage in content.stages]
    seen: list[str] = []

    def title(name: str) -> str:
        if name in labels:
            return labels[name][DEFAULT_LANGUAGE]
        if name in placed:
            return name
        raise MenuError([say("menu_unknown_label", name=name, labels=list(labels) or say("menu_no_labels"))])

    def expand(entries: list) -> list:
        result = []
        for entry in entries:
            if isinstance(entry, dict):
                result.append({title(name): expand(value) if isinstance(value, list) else value
                               for name, value in entry.items()})
            elif isinstance(entry, str) and STAGE in entry:
                if entry not in patterns:
                    raise MenuError([say("menu_unknown_pattern", entry=entry, patterns=list(patterns))])
                seen.append(entry)
                result.extend(entry.replace(STAGE, stage_id) for stage_id in ids)
            else:
                result.append(entry)
        return result

    expanded = expand(nav)
    listed = _paths(expanded)
    problems = [say("menu_pattern_missing", pattern=pattern, kind=say(f"page_kind_{kind}"))
                for pattern, kind in patterns.items()
                if any(pattern.replace(STAGE, stage_id) not in listed for stage_id in ids)]
    problems += [say("menu_pattern_twice", pattern=pattern) for pattern in patterns if seen.count(pattern) > 1]
    if problems:
        raise MenuError(problems)
    return expanded


def _paths(nav: list) -> list[str]:
    paths = []
    for entry in nav:
        values = entry.values() if isinstance(entry, dict) else [entry]
        for value in values:
            paths.extend(_paths(value) if isinstance(value, list) else [value])
    return paths


def menu_translations(content: Content, lang: str) -> dict[str, str]:
    """The menu labels in `lang`, keyed by the default language's label (the i18n plugin's
    nav_translations)."""
    return {label[DEFAULT_LANGUAGE]: label[lang] for label in _labels(content).values()}


def docs_conflicts(content: Content, data_dir: Path, docs_files: Iterable[str]) -> list[DataProblem]:
    """Files under docs/ at the place of a stage page (or its translation, `stages/x.en.md`)."""
    generated = {page.path: page for page in stage_pages(content)}
    conflicts = []
    for name in sorted(name for name in docs_files if name.endswith(".md")):
        stem, dot, suffix = name[:-len(".md")].rpartition(".")
        page = generated.get(name) or (generated.get(stem + ".md") if dot and suffix in LANGUAGES else None)
        if page:
            conflicts.append((page, name))
    if not conflicts:
        return []
    # Parsed again, only to name the lines: this runs when the build is about to stop anyway.
    methodology = parse_yaml_file(Path(data_dir) / "methodology.yml", f"{Path(data_dir).name}/methodology.yml")
    return [methodology.problem(("stages", page.stage_index, "id"), "docs_file_at_stage_page", name=name,
                                page=page.path[:-len(".md")])
            for page, name in conflicts]

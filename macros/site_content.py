"""This site's content: the data files, checked by the core's rules and by every feature's own.

The one place that assembles the checks, so the core never imports a feature. The build
(macros/main.py, hooks/), `make validate` (macros/validate.py) and the tests load content here.
"""
from __future__ import annotations

from pathlib import Path

from macros.acts.checks import ACT_CHECKS
from macros.changelog.checks import CHANGELOG_CHECKS
from macros.checklists.checks import CHECKLIST_CHECKS
from macros.core import content as core_content
from macros.core.checks import CHECKS as CORE_CHECKS
from macros.core.content import Content
from macros.glossary.checks import GLOSSARY_CHECKS
from macros.stages.checks import STAGE_CHECKS
from macros.videos.checks import VIDEO_CHECKS

CHECKS = (*CORE_CHECKS, *STAGE_CHECKS, *CHECKLIST_CHECKS, *VIDEO_CHECKS, *ACT_CHECKS, *CHANGELOG_CHECKS,
          *GLOSSARY_CHECKS)


def validate(data_dir: Path) -> Content:
    """Read and check every data file now; raise DataError listing every problem."""
    return core_content.validate(data_dir, CHECKS)


def load_content(data_dir: Path) -> Content:
    """Validated content, re-read only when a data or schema file changed (mkdocs serve reloads)."""
    return core_content.load_content(data_dir, CHECKS)

"""The validated content of data/, loaded once per change of the files and shared by every page."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from macros.core import i18n
from macros.core.loader import load_data_files
from macros.core.problems import DataError


@dataclass(frozen=True)
class Content:
    files: dict[str, Any]

    @property
    def methodology(self) -> dict:
        return self.files["methodology"]

    @property
    def stages(self) -> list[dict]:
        return self.methodology["stages"]

    def stage(self, stage_id: str) -> dict:
        for stage in self.stages:
            if stage["id"] == stage_id:
                return stage
        known = ", ".join(s["id"] for s in self.stages)
        raise KeyError(f"no stage with id «{stage_id}» in data/methodology.yml (known: {known})")

    def neighbours(self, stage_id: str) -> tuple[dict | None, dict | None]:
        index = self.stages.index(self.stage(stage_id))
        previous = self.stages[index - 1] if index > 0 else None
        following = self.stages[index + 1] if index + 1 < len(self.stages) else None
        return previous, following


Check = Callable[[dict], Iterable]  # parsed data files -> DataProblems


def validate(data_dir: Path, checks: Iterable[Check]) -> Content:
    parsed = load_data_files(data_dir)
    problems = [problem for check in checks for problem in check(parsed)]
    if problems:
        raise DataError(problems)
    if "ui" in parsed:
        i18n.install(parsed["ui"].data)
    return Content({name: file.data for name, file in parsed.items()})


_cache: dict[tuple, tuple[tuple, Content]] = {}


def load_content(data_dir: Path, checks: tuple[Check, ...]) -> Content:
    """Validated content, re-read only when a data or schema file changed (mkdocs serve reloads)."""
    data_dir = Path(data_dir).resolve()
    stamp = tuple(
        (str(path), path.stat().st_mtime_ns, path.stat().st_size)
        for path in sorted(data_dir.rglob("*")) if path.is_file()
    )
    key = (data_dir, checks)
    cached = _cache.get(key)
    if cached and cached[0] == stamp:
        if "ui" in cached[1].files:
            i18n.install(cached[1].files["ui"])
        return cached[1]
    content = validate(data_dir, checks)
    _cache[key] = (stamp, content)
    return content

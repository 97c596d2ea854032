"""Editing a throwaway copy of data/ the way a person would: one exact text replaced, and the line a
check should then name found by its text (so the tests don't pin line numbers that move)."""
from __future__ import annotations

import shutil
from pathlib import Path

from support import REPO


def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def edit(data_dir: Path, file: str, old: str, new: str) -> str:
    """Replaces the one occurrence of `old` in data_dir/file; returns the file's new text."""
    path = data_dir / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, fragment: str) -> int:
    [number] = [number for number, line in enumerate(text.splitlines(), 1) if fragment in line]
    return number

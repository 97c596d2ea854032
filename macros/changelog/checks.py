"""Checks of data/changelog.yml a schema cannot express, assembled in macros/site_content.py.

The versions are listed newest first (the first one is the current version the pages show),
each number once; a version names only editorial notes that exist, and every editorial note
is named by exactly one version (the one that added it). The file itself is needed by the build
(every page shows the current version: hooks/release.py says so), not by every data check.
"""
from __future__ import annotations

import re

from macros.core.loader import ParsedFile

Files = dict[str, ParsedFile]

CHANGELOG = "changelog"
NOTES = "editorial_notes"
VERSION = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)$")


def version_key(version: str) -> tuple[int, ...]:
    """'2.10' -> (2, 10): versions compare by their numbers, not as text."""
    return tuple(int(part) for part in version.split("."))


def _sibling(files: Files, name: str) -> str:
    """How the problems name another file of the same data folder: 'data/editorial_notes.yml'."""
    return files["methodology"].display_name.rsplit("/", 1)[0] + f"/{name}.yml"


def versions_newest_first(files: Files):
    parsed = files.get(CHANGELOG)
    if parsed is None:
        return
    versions = parsed.data["versions"]
    seen: dict[str, int] = {}
    for index, entry in enumerate(versions):
        version = entry["version"]
        if not VERSION.match(version):
            yield parsed.problem(("versions", index, "version"), "changelog_not_a_version", version=version)
            continue
        if version in seen:
            yield parsed.problem(("versions", index, "version"), "changelog_version_twice", version=version,
                                 line=parsed.line_of(("versions", seen[version], "version")))
            continue
        seen[version] = index
        if index == 0 or not VERSION.match(versions[index - 1]["version"]):
            continue
        newer = versions[index - 1]
        if version_key(version) > version_key(newer["version"]):
            yield parsed.problem(("versions", index, "version"), "changelog_older_on_top", version=version,
                                 newer=newer["version"])
        elif entry["date"] > newer["date"]:
            yield parsed.problem(("versions", index, "date"), "changelog_newer_dated_earlier", date=entry["date"],
                                 newer=newer["version"], newer_date=newer["date"])


def notes_named_once(files: Files):
    parsed = files.get(CHANGELOG)
    notes = files.get(NOTES)
    if parsed is None:
        return
    known = {edit["id"]: index for index, edit in enumerate(notes.data["edits"])} if notes else {}
    named: dict[str, tuple] = {}
    for index, entry in enumerate(parsed.data["versions"]):
        for position, note in enumerate(entry.get("notes", [])):
            path = ("versions", index, "notes", position)
            if note not in known:
                yield parsed.problem(path, "changelog_unknown_note", note=note, file=_sibling(files, NOTES))
            elif note in named:
                yield parsed.problem(path, "changelog_note_twice", note=note, line=parsed.line_of(named[note]))
            else:
                named[note] = path
    for note, index in known.items():
        if note not in named:
            yield notes.problem(("edits", index, "id"), "changelog_note_unlisted", note=note, file=parsed.display_name)


CHANGELOG_CHECKS = [versions_newest_first, notes_named_once]

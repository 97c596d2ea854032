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
            yield parsed.problem(("versions", index, "version"),
                                 f"«{version}» is not a version number: write MAJOR.MINOR in quotes, e.g. \"2.0\"")
            continue
        if version in seen:
            yield parsed.problem(("versions", index, "version"),
                                 f"version {version} is already listed at line "
                                 f"{parsed.line_of(('versions', seen[version], 'version'))}")
            continue
        seen[version] = index
        if index == 0 or not VERSION.match(versions[index - 1]["version"]):
            continue
        newer = versions[index - 1]
        if version_key(version) > version_key(newer["version"]):
            yield parsed.problem(("versions", index, "version"),
                                 f"{version} is listed below {newer['version']}: list the versions newest first "
                                 "(the first entry is the current version)")
        elif entry["date"] > newer["date"]:
            yield parsed.problem(("versions", index, "date"),
                                 f"{entry['date']} is later than the date of {newer['version']} above it "
                                 f"({newer['date']}): a newer version cannot be older")


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
                yield parsed.problem(path, f"«{note}» is not the id of an editorial note in {_sibling(files, NOTES)}")
            elif note in named:
                yield parsed.problem(path, f"the editorial note «{note}» is already listed at line "
                                           f"{parsed.line_of(named[note])}; a note belongs to the version that "
                                           "added it")
            else:
                named[note] = path
    for note, index in known.items():
        if note not in named:
            yield notes.problem(("edits", index, "id"),
                                f"no version in {parsed.display_name} lists this note: add «{note}» to the notes of "
                                "the version that makes the edit (the first entry, for a new one)")


CHANGELOG_CHECKS = [versions_newest_first, notes_named_once]

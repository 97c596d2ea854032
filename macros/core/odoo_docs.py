"""Links to Odoo's official documentation, for one Odoo version declared once (data/odoo.yml).

The data names a page of the documentation by its path in the odoo/documentation sources
(`content/<path>.rst`), never by its address: `doc: applications/general/users` on an entry of
data/videos.yml, `docs: [{path: administration/odoo_online, title: Odoo Online}]` on an editorial
note. doc_url() builds the address for the declared version, so moving the site to the next
version is one edit of data/odoo.yml. The checks keep the paths well formed and keep an address
with a version written in it out of every data file.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from macros.core.loader import ParsedFile
from macros.core.messages import Message, say

if TYPE_CHECKING:  # content.py is the one that knows the loaded data
    from macros.core.content import Content

Files = dict[str, ParsedFile]
VERSION_FILE = "odoo"
DOCUMENTATION = "https://www.odoo.com/documentation"
MAJOR_VERSION = re.compile(r"^([1-9]\d*)\.0$")
DOC_PATH = re.compile(r"^[a-z0-9_]+(?:/[a-z0-9_]+)*$")
# An address of the documentation with a version in it: 19.0/, saas-18.2/, master/ (any language).
VERSIONED_URL = re.compile(r"odoo\.com/documentation/(?:\d+\.\d+|saas-\d+\.\d+|master)(?=/|$|\s)", re.IGNORECASE)
EXAMPLE_PATH = "applications/general/users"


def doc_url(version: str, path: str) -> str:
    """'19.0', 'applications/general/users' -> the page's address in the official documentation."""
    return f"{DOCUMENTATION}/{version}/{path}.html"


def online_releases(version: str) -> str:
    """'19.0' -> 'saas-19.x': the intermediate releases Odoo Online runs after that major version."""
    return f"saas-{version.split('.')[0]}.x"


def documentation_version(content: Content) -> str:
    return content.files[VERSION_FILE]["version"]


def documentation_url(content: Content, path: str) -> str:
    """The address of a documentation page (its path in the sources) for the site's Odoo version."""
    return doc_url(documentation_version(content), path)


def documentation_links(content: Content, docs: list[dict]) -> list[dict]:
    """The `docs:` of a text ([{path, title}]) as links: [{url, title}]."""
    return [{"url": documentation_url(content, doc["path"]), "title": doc["title"]} for doc in docs]


# The checks --------------------------------------------------------------------------------------

def _walk(node, path: tuple = ()) -> Iterator[tuple[tuple, str | None, object]]:
    """(path, key, value) of every value in a data file: the key is the field's name, or None in a list."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path + (key,), key, value
            yield from _walk(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield path + (index,), None, value
            yield from _walk(value, path + (index,))


def documentation_paths(data) -> Iterator[tuple[tuple, str]]:
    """(path in the file, documentation path) of every link to the documentation in a data file:
    a `doc:` text, and the `path` of each entry of a `docs:` list."""
    for path, key, value in _walk(data):
        if key == "doc" and isinstance(value, str):
            yield path, value
        elif key == "docs" and isinstance(value, list):
            for index, doc in enumerate(value):
                if isinstance(doc, dict) and isinstance(doc.get("path"), str):
                    yield path + (index, "path"), doc["path"]


def _path_problem(value: str) -> Message | None:
    """Why `value` is not a documentation path, for the person editing it; None when it is one."""
    if DOC_PATH.match(value):
        return None
    if VERSIONED_URL.search(value) or value.startswith(("http://", "https://", "www.")):
        return say("doc_path_is_address", value=value, example=EXAMPLE_PATH)
    if value.endswith((".html", ".rst")):
        return say("doc_path_extension", value=value, extension=value.rsplit(".", 1)[1], example=EXAMPLE_PATH)
    return say("doc_path_malformed", value=value, example=EXAMPLE_PATH)


def documentation_version_and_paths(files: Files):
    """The version is a major version; every documentation path is a path; a data file that links
    the documentation finds the version it needs."""
    version_file = files.get(VERSION_FILE)
    if version_file is not None and not MAJOR_VERSION.match(version_file.data["version"]):
        yield version_file.problem(("version",), "odoo_version_not_major", version=version_file.data["version"])
    for name in sorted(files):
        parsed = files[name]
        for path, value in documentation_paths(parsed.data):
            problem = _path_problem(value)
            if problem:
                yield parsed.problem(path, problem.key, **dict(problem.values))
            elif version_file is None:
                yield parsed.problem(path, "odoo_version_file_missing", file=f"data/{VERSION_FILE}.yml")


def _strings(node, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    for sub_path, _, value in _walk(node, path):
        if isinstance(value, str):
            yield sub_path, value


def no_versioned_documentation_addresses(files: Files):
    """An address of the documentation with a version in it goes stale at the next version: the
    data writes a path and data/odoo.yml the version (any text of any data file is searched)."""
    for name in sorted(files):
        parsed = files[name]
        doc_fields = {path for path, _ in documentation_paths(parsed.data)}  # their own check words it
        for path, text in _strings(parsed.data):
            match = VERSIONED_URL.search(text)
            if match and path not in doc_fields:
                yield parsed.problem(path, "odoo_versioned_address", found=match.group(), example=EXAMPLE_PATH,
                                     file=f"data/{VERSION_FILE}.yml")


ODOO_DOCS_CHECKS = [documentation_version_and_paths, no_versioned_documentation_addresses]

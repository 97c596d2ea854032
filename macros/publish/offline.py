"""Reading the site offline: the manifest of what the service worker caches, and the worker itself.

The build writes `sw.js` at the site's root: the manifest (one line of JSON) followed by the
hand-written worker, `offline_worker.js`. The manifest is inlined rather than fetched because the
browser decides that a new version is out by comparing the worker's bytes: a new build changes
the manifest's hash, so it changes `sw.js`, and the reader is offered the new version.

The manifest lists every file the build wrote, less what no page ever asks for: Material's
source maps, the Lunr languages the search does not use (Material ships some forty), the
sitemaps (only search engines read them: the pages never fetch them, see
docs/assets/javascripts/patches/material-requests.js) and the worker itself. Pages are listed by
their address (`stages/initiation/`), as they are linked; every other file by its path.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path, PurePosixPath

WORKER_FILE = "sw.js"
WORKER_SOURCE = Path(__file__).with_name("offline_worker.js")
SEARCH_INDEX = "search/search_index.json"
LUNR = "assets/javascripts/lunr/"
NOT_FOUND_PAGE = "404.html"

_NEVER_REQUESTED = {WORKER_FILE, "sitemap.xml", "sitemap.xml.gz"}
# Material's search worker loads these besides `min/lunr.<language>.min.js` for each language but
# English (mkdocs-material 9.8.2, src/templates/assets/javascripts/workers/search/main.ts).
_LUNR_SEGMENTERS = {"ja": "tinyseg.js", "hi": "wordcut.js", "th": "wordcut.js"}


def search_languages(site_dir: Path) -> list[str]:
    index = site_dir / SEARCH_INDEX
    if not index.is_file():
        return []
    return list(json.loads(index.read_text(encoding="utf-8"))["config"]["lang"])


def lunr_files_in_use(languages: list[str]) -> set[str]:
    """The files under assets/javascripts/lunr/ that Material's search worker loads for these languages."""
    files = {"min/lunr.stemmer.support.min.js"}
    files |= {f"min/lunr.{lang}.min.js" for lang in languages if lang != "en"}
    files |= {_LUNR_SEGMENTERS[lang] for lang in languages if lang in _LUNR_SEGMENTERS}
    if len(languages) > 1:
        files.add("min/lunr.multi.min.js")
    return {LUNR + name for name in files}


def offline_files(site_dir: Path) -> list[str]:
    """The site's files (paths from its root, sorted) that some page may ask for."""
    lunr_in_use = lunr_files_in_use(search_languages(site_dir))
    files = []
    for path in site_dir.rglob("*"):
        name = path.relative_to(site_dir).as_posix()
        if not path.is_file() or name in _NEVER_REQUESTED or name.endswith(".map"):
            continue
        if name.startswith(LUNR) and name not in lunr_in_use:
            continue
        files.append(name)
    return sorted(files)


def address(file: str) -> str:
    """The address a page is linked by (`stages/x/index.html` → `stages/x/`, `index.html` → `./`)."""
    path = PurePosixPath(file)
    if path.name != "index.html":
        return file
    return _folder(file) or "./"


def content_version(site_dir: Path, files: list[str]) -> str:
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(hashlib.sha256((site_dir / name).read_bytes()).digest())
    return digest.hexdigest()[:16]


def offline_manifest(site_dir: Path) -> dict:
    """What the worker caches: `urls` (from the site's root), a `version` hash of their contents, and
    the 404 page of each language folder (`notFound`, the deepest folder first)."""
    files = offline_files(site_dir)
    not_found = [{"folder": _folder(name), "page": name} for name in files
                 if PurePosixPath(name).name == NOT_FOUND_PAGE]
    return {
        "version": content_version(site_dir, files),
        "urls": [address(name) for name in files],
        "notFound": sorted(not_found, key=lambda entry: (-len(entry["folder"]), entry["folder"])),
    }


def _folder(file: str) -> str:
    parent = PurePosixPath(file).parent.as_posix()
    return "" if parent == "." else parent + "/"


def worker_script(manifest: dict) -> str:
    return ("// Written by the build (macros/publish/offline.py): what this worker caches.\n"
            f"const OFFLINE_MANIFEST = {json.dumps(manifest, ensure_ascii=False, separators=(',', ':'))};\n\n"
            + WORKER_SOURCE.read_text(encoding="utf-8"))


def manifest_in_worker(script: str) -> dict:
    """The manifest a written `sw.js` carries (for the tests and anyone checking a deployment)."""
    line = next(line for line in script.splitlines() if line.startswith("const OFFLINE_MANIFEST = "))
    return json.loads(line[len("const OFFLINE_MANIFEST = "):].rstrip(";"))


def write_worker(site_dir: Path) -> dict:
    manifest = offline_manifest(site_dir)
    (site_dir / WORKER_FILE).write_text(worker_script(manifest), encoding="utf-8")
    return manifest

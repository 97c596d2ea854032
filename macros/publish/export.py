"""site/methodology.json: the whole methodology in both languages, for other tools to read.

Its shape is documented by docs/methodology.schema.json (published next to it).
"""
from __future__ import annotations

import json
from pathlib import Path

from macros.core.content import Content
from macros.core.i18n import LANGUAGES
from macros.core.odoo_docs import documentation_links
from macros.core.site_map import INDEX_PAGES, STAGE_PAGE_KINDS, VIDEOS_PATH, absolute_url, site_path
from macros.stages.guidance import exported_guidance

EXPORT_FILE = "methodology.json"
FORMAT_VERSION = 1


def _page_urls(site_url: str, path: str) -> dict:
    return {lang: {"path": site_path(path, lang), "url": absolute_url(site_url, path, lang)}
            for lang in LANGUAGES}


def _notes(content: Content, part: dict) -> list[dict]:
    """The editors' notes on an item or a point, with the documentation's addresses built."""
    return [{"id": note["id"], "text": note["text"],
             "docs": [{"title": link["title"], "url": link["url"]}
                      for link in documentation_links(content, note.get("docs", []))]}
            for note in part.get("notes", [])]


def _item(content: Content, item: dict, site_url: str) -> dict:
    exported = {"id": item["id"], "text": item["text"], "optional": bool(item.get("optional")),
                "notes": _notes(content, item)}
    guidance = exported_guidance(
        content, item, lambda video_id: {lang: absolute_url(site_url, VIDEOS_PATH, lang) + "#" + video_id
                                         for lang in LANGUAGES})
    if guidance:
        exported["guidance"] = guidance
    return exported


def build_export(content: Content, site_url: str) -> dict:
    meta = content.methodology["methodology"]
    return {
        "format_version": FORMAT_VERSION,
        "languages": list(LANGUAGES),
        "title": meta["title"],
        "author": meta["author"],
        "date": meta["date"],
        "goal": meta["goal"],
        "home": _page_urls(site_url, ""),
        "stages": [
            {
                "id": stage["id"],
                "number": stage["number"],
                "optional": bool(stage.get("optional")),
                "title": stage["title"],
                "goal": stage["goal"],
                "result": stage["result"],
                "written_by_editors": stage.get("written_by_editors", []),
                "checklist": [_item(content, item, site_url) for item in stage["checklist"]],
                "pages": {kind: _page_urls(site_url, path_of(stage["id"]))
                          for kind, path_of in STAGE_PAGE_KINDS.items()},
            }
            for stage in content.stages
        ],
        "saas": {**content.methodology["saas"],
                 "points": [{**point, "notes": _notes(content, point)} for point in content.methodology["saas"]["points"]]},
        "conclusion": content.methodology["conclusion"],
        "index_pages": {page["key"]: _page_urls(site_url, page["path"]) for page in INDEX_PAGES},
    }


def write_export(content: Content, site_url: str, site_dir: Path) -> Path:
    target = Path(site_dir) / EXPORT_FILE
    target.write_text(json.dumps(build_export(content, site_url), ensure_ascii=False, indent=2) + "\n",
                      encoding="utf-8")
    return target

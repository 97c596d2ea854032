"""Reading offline: `mkdocs build` writes the service worker (sw.js, with its manifest:
macros/publish/offline.py) and every page registers it (overrides/main.html,
docs/assets/javascripts/offline/register.js). `mkdocs serve` does neither: a worker serves pages
from its cache, which would hide every edit from the live preview (hooks/live_preview.py).
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from macros.core.i18n import ui
from macros.publish.build_config import build_content, build_language
from macros.publish.offline import WORKER_FILE, write_worker

log = logging.getLogger("mkdocs.hooks.offline")

# MkDocs names the command in on_startup; a build started another way (a script calling
# mkdocs.commands.build) never says, and is a build.
_command = {"name": "build"}


def on_startup(command, dirty):
    _command["name"] = command


def _offline_enabled() -> bool:
    return _command["name"] != "serve"


def _offline_view(config) -> dict | None:
    if not _offline_enabled():
        return None
    lang = build_language(config)
    build_content(config)  # validated, with its data/ui.yml installed (cached once the pages loaded it)
    return {"worker": WORKER_FILE, "update_text": ui("offline_update_text", lang),
            "reload": ui("offline_update_reload", lang)}


def on_page_context(context, page, config, nav):
    context["offline"] = _offline_view(config)
    return context


def on_template_context(context, template_name, config):
    if template_name == "404.html":
        context["offline"] = _offline_view(config)
    return context


# mkdocs-static-i18n builds the other languages inside the default language's on_post_build
# (priority -100), where this runs too, once per language: only the outermost call, after it, sees
# every language's pages and the final search index.
@event_priority(-200)
def on_post_build(config):
    i18n = config["plugins"].get("i18n")
    if not _offline_enabled() or (i18n is not None and i18n.building):
        return
    manifest = write_worker(Path(config["site_dir"]))
    log.debug("offline: %s addresses, version %s", len(manifest["urls"]), manifest["version"])

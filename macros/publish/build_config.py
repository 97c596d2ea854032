"""What the pages need to know from MkDocs' configuration: the language being built and the
validated content. Shared by the mkdocs-macros entry point (macros/main.py) and hooks/."""
from __future__ import annotations

from pathlib import Path

from macros.core.content import Content
from macros.site_content import load_content
from macros.core.i18n import DEFAULT_LANGUAGE


def build_language(config) -> str:
    # The i18n plugin's current build language: a page that fell back to the default
    # language still reports its file's locale, which would be wrong here.
    i18n = config["plugins"].get("i18n")
    return i18n.current_language if i18n else DEFAULT_LANGUAGE


def data_dir(config) -> Path:
    """The data folder: mkdocs.yml `extra.data_dir`, next to mkdocs.yml."""
    return Path(config["config_file_path"]).parent / config["extra"].get("data_dir", "data")


def build_content(config) -> Content:
    """The content of the data folder, validated once per build: every page and hook asks for it,
    and a build (both languages) keeps one config object, a new build (`mkdocs serve`) a new one."""
    content = getattr(config, "_playbook_content", None)
    if content is None:
        content = load_content(data_dir(config))
        if hasattr(config, "__dict__"):  # MkDocs' config; a plain dict (the benchmark's offline env) is asked again
            config._playbook_content = content
    return content

"""Search in Ukrainian: give Material's search worker the Ukrainian stemmer.

Material builds the Lunr index in the browser, in its search worker, from
search/search_index.json; for every language in that file's `config.lang` except
English the worker loads assets/javascripts/lunr/min/lunr.<lang>.min.js. Neither
Lunr nor Material ship Ukrainian, and MkDocs' option check silently turns a
configured "uk" into "ru" (Russian's stemmer misreads Ukrainian endings), so
the language list is set here, after that check and before the search plugin
reads it. The stemmer itself is docs/assets/javascripts/lunr/min/lunr.uk.min.js.
"""
from __future__ import annotations

from mkdocs.plugins import event_priority

SEARCH_LANGUAGES = ["uk", "en"]


@event_priority(100)  # before the search plugin's on_config (priority 0) copies its options
def on_config(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None:
            plugin.config.lang = list(SEARCH_LANGUAGES)
    return config

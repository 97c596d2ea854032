"""Each page loads the feature stylesheets and scripts its content uses, with the markup those scripts
need (macros/publish/page_assets.py); overrides/main.html writes them after Material's own."""
from __future__ import annotations

from macros.publish.build_config import build_language
from macros.publish.page_assets import page_assets, page_markup


def on_page_context(context, page, config, nav):
    context["page_assets"] = page_assets(page.content or "")
    context["page_markup"] = page_markup(page.content or "", build_language(config))
    return context

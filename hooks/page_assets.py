"""Each page loads the feature stylesheets and scripts its content uses (macros/publish/page_assets.py);
overrides/main.html writes them after Material's own."""
from __future__ import annotations


from macros.publish.page_assets import page_assets


def on_page_context(context, page, config, nav):
    context["page_assets"] = page_assets(page.content or "")
    return context

"""MkDocs hook: the live preview (`mkdocs serve`) keeps answering while the data has a mistake, shows
the problems and rebuilds once the data is valid again (macros/publish/live_preview.py).

MkDocs 1.6's LiveReloadServer calls `server.builder()` on every change of a watched file (docs/,
mkdocs.yml and data/, mkdocs.yml `watch`) and serves the folder `server.root` through the WSGI app
it set, `server.serve_request`. A failed rebuild makes that app wait for a good one before it
answers anything. So the builder is wrapped (it never fails: it shows the problems instead), and
the app answers page requests with the problems page while there are problems; MkDocs still adds
its live-reload script to that page, so it reloads itself after the fix.
"""
from __future__ import annotations

import logging
from pathlib import Path

from macros.publish.build_config import data_dir
from macros.publish.live_preview import PROBLEMS_PAGE, LivePreview, is_page_request

log = logging.getLogger("mkdocs.hooks.live_preview")


def on_serve(server, config, builder):
    preview = LivePreview(data_dir(config), Path(server.root), report_problems=log.error, report_fixed=log.info)
    build = server.builder
    server.builder = lambda: preview.rebuild(build)
    serve = server.get_app()

    def app(environ, start_response):
        path = environ.get("PATH_INFO", "")
        if preview.has_problems and path.startswith(server.mount_path) and is_page_request(path):
            environ = {**environ, "PATH_INFO": server.mount_path + PROBLEMS_PAGE}
        return serve(environ, start_response)

    server.set_app(app)
    return server

"""The live preview, as a trainer uses it: `mkdocs serve` (what `make serve` runs) on a copy of the
project; an edit of data/videos.yml is served; a slip in the YAML leaves the server answering, with
the problems on the page and in the terminal; the fix is served (hooks/live_preview.py)."""
from __future__ import annotations

from support import free_port
from support.mkdocs_serve import Server

OLD_TITLE = "      uk: Облікові записи Odoo.com\n"
EDITED_TITLE = "      uk: Облікові записи Odoo.com — змінено\n"
BROKEN_TITLE = '      uk: "Облікові записи Odoo.com — зламано\n'  # the quote is never closed
FIXED_TITLE = "      uk: Облікові записи Odoo.com — виправлено\n"
STARTUP_TIMEOUT = 300  # the first build of both languages, on a machine shared with other builds
REBUILD_TIMEOUT = 180


def test_an_edit_is_served_a_slip_keeps_the_server_answering_and_the_fix_is_served(project_copy):
    videos = project_copy.data_dir / "videos.yml"
    text = videos.read_text(encoding="utf-8")
    assert text.count(OLD_TITLE) == 1
    line = text[:text.index(OLD_TITLE)].count("\n") + 1
    server = Server(project_copy.root, free_port())
    try:
        server.wait_for("videos/", OLD_TITLE.strip()[4:], STARTUP_TIMEOUT)

        videos.write_text(text.replace(OLD_TITLE, EDITED_TITLE), encoding="utf-8")
        server.wait_for("videos/", EDITED_TITLE.strip()[4:], REBUILD_TIMEOUT)

        videos.write_text(text.replace(OLD_TITLE, BROKEN_TITLE), encoding="utf-8")
        page = server.wait_for("videos/", "Problems in the data", REBUILD_TIMEOUT)
        problem = f"data/videos.yml:{line}: is not valid YAML: the quote «&#34;» that opens the text on this line"
        assert problem in page
        assert "livereload(" in page, "the problems page reloads itself once the data is fixed"
        for path in ("", "en/stages/initiation/", "no-such-page/"):  # every page answers, at once
            status, body = server.get(path)
            assert status == 200 and "Problems in the data" in body, path
        status, _ = server.get("assets/stylesheets/playbook.css")  # the last good site is still there
        assert status == 200
        assert f"data/videos.yml:{line}: is not valid YAML: the quote «\"» that opens the text" in server.output
        assert "The preview shows these problems until they are fixed" in server.output

        videos.write_text(text.replace(OLD_TITLE, FIXED_TITLE), encoding="utf-8")
        page = server.wait_for("videos/", FIXED_TITLE.strip()[4:], REBUILD_TIMEOUT)
        assert "Problems in the data" not in page
        assert "The data has no problems any more" in server.output
    finally:
        server.stop()

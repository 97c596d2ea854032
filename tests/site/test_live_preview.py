"""The live preview, as a trainer uses it: `mkdocs serve` (what `make serve` runs) on a copy of the
project; an edit of data/videos.yml is served; a slip in the YAML leaves the server answering, with
the problems on the page and in the terminal; the fix is served (hooks/live_preview.py)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from support import free_port

OLD_TITLE = "      uk: Облікові записи Odoo.com\n"
EDITED_TITLE = "      uk: Облікові записи Odoo.com — змінено\n"
BROKEN_TITLE = '      uk: "Облікові записи Odoo.com — зламано\n'  # the quote is never closed
FIXED_TITLE = "      uk: Облікові записи Odoo.com — виправлено\n"
STARTUP_TIMEOUT = 300  # the first build of both languages, on a machine shared with other builds
REBUILD_TIMEOUT = 180
ANSWER_TIMEOUT = 15  # a request must be answered this fast, rebuild or not


class Server:
    """`python -m mkdocs serve` in the background, its output collected line by line."""

    def __init__(self, root, port):
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--strict", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.base = f"http://127.0.0.1:{port}/"
        self.lines: list[str] = []
        threading.Thread(target=self._collect, daemon=True).start()

    def _collect(self):
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def get(self, path: str) -> tuple[int, str]:
        """Status and text of a page; raises if the server does not answer in ANSWER_TIMEOUT."""
        try:
            with urllib.request.urlopen(self.base + path, timeout=ANSWER_TIMEOUT) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def wait_for(self, path: str, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process.poll() is None, f"the server stopped:\n{self.output}"
            try:
                status, body = self.get(path)
            except (urllib.error.URLError, ConnectionError, socket.timeout):
                status, body = None, ""  # not listening yet
            if status == 200 and text in body:
                return body
            time.sleep(0.5)
        raise AssertionError(f"«{text}» was not served at /{path} within {timeout} s:\n{self.output[-3000:]}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


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

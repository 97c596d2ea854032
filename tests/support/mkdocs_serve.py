"""`mkdocs serve` (what `make serve` runs) in the background, on a copy of the project: the live
preview's tests ask it for pages as a browser would (tests/site/test_live_preview.py,
tests/site/test_offline_site.py)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

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

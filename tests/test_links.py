"""Crawl the built site: every internal link and anchor resolves (both languages)."""
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

from bs4 import BeautifulSoup


def _ids(path: Path, cache: dict) -> set:
    if path not in cache:
        html = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        cache[path] = {element["id"] for element in html.select("[id]")} | {
            element["name"] for element in html.select("a[name]")}
    return cache[path]


def _target_file(site: Path, page: Path, href: str) -> Path:
    path = unquote(urlparse(href).path)
    base = site if path.startswith("/") else page.parent
    target = (base / path.lstrip("/")).resolve() if path else page
    return target / "index.html" if target.is_dir() else target


def test_no_broken_internal_links_or_anchors(built_site):
    broken, ids, checked = [], {}, 0
    for page in sorted(built_site.rglob("*.html")):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for element in html.select("a[href], link[href], script[src], img[src]"):
            href = element.get("href") or element.get("src")
            if urlparse(href).scheme or href.startswith(("//", "mailto:")):
                continue
            checked += 1
            url, fragment = urldefrag(href)
            target = _target_file(built_site, page, url)
            if not target.is_file():
                broken.append(f"{page.relative_to(built_site)} -> {href} (no such file)")
            elif fragment and target.suffix == ".html" and unquote(fragment) not in _ids(target, ids):
                broken.append(f"{page.relative_to(built_site)} -> {href} (no such anchor)")
    assert checked > 500, f"only {checked} links checked: the crawl is not looking at the site"
    assert not broken, "\n".join(broken)

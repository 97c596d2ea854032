"""Crawl the built site: every internal link and anchor resolves (both languages); the data links over https."""
import re
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import yaml
from bs4 import BeautifulSoup

from support import REPO


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
    broken, ids, checked, anchored = [], {}, 0, set()
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
            elif fragment:
                anchored.add((page.relative_to(built_site).as_posix(), target.relative_to(built_site).as_posix()))
    assert checked > 500, f"only {checked} links checked: the crawl is not looking at the site"
    # the glossary and the questions are crawled: their links to items and terms, and links into them
    for prefix in ("", "en/"):
        assert (f"{prefix}faq/index.html", f"{prefix}glossary/index.html") in anchored
        assert (f"{prefix}faq/index.html", f"{prefix}stages/go-live/index.html") in anchored
        assert (f"{prefix}glossary/index.html", f"{prefix}stages/configuration/index.html") in anchored
    assert not broken, "\n".join(broken)


# Anything in the data that looks like a web address: a scheme, a protocol-relative
# "//host" or a bare "www.host".
_URL_LIKE = re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*:)?//[^\s«»\"'<>]+|\bwww\.[^\s«»\"'<>]+")
_URL_KEYS = {"url", "href", "link", "src"}


def insecure_urls(value, path="") -> list[str]:
    """Every web address in a loaded data file that is not an absolute https:// URL, with its path."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += insecure_urls(item, f"{path}.{key}" if path else str(key))
            if key in _URL_KEYS and isinstance(item, str) and not item.startswith("https://"):
                found.append(f"{path}.{key}: {item}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += insecure_urls(item, f"{path}[{index}]")
    elif isinstance(value, str):
        found += [f"{path}: {url}" for url in _URL_LIKE.findall(value)
                  if not re.match(r"https://[^/\s]+\.[^/\s]+", url)]
    return sorted(set(found))


def test_every_external_url_in_the_data_is_https():
    problems = []
    for data_file in sorted((REPO / "data").glob("*.yml")):
        problems += [f"{data_file.name}: {problem}"
                     for problem in insecure_urls(yaml.safe_load(data_file.read_text(encoding="utf-8")))]
    assert not problems, "use https:// for every link in the data:\n" + "\n".join(problems)


def test_the_https_check_catches_insecure_addresses():
    data = {"videos": [{"url": "http://example.org/v/1", "title": {"uk": "див. www.example.org"}},
                       {"url": "https://example.org/v/2", "note": "//cdn.example.org/x and ftp://files.example.org"},
                       {"href": "/relative/page/"}]}
    assert insecure_urls(data) == [
        "videos[0].title.uk: www.example.org",
        "videos[0].url: http://example.org/v/1",
        "videos[1].note: //cdn.example.org/x",
        "videos[1].note: ftp://files.example.org",
        "videos[2].href: /relative/page/",
    ]

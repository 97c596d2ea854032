"""Each page loads the feature stylesheets and scripts its content uses, and only those
(macros/page_assets.py): nothing a page shows goes unstyled, nothing it does not show is loaded."""
import re
from pathlib import Path

import pytest

from support import REPO
from macros.publish.page_assets import FEATURES, page_assets, page_classes

FEATURE_STYLESHEETS = sorted({path for feature in FEATURES for path in feature.stylesheets})
_RULE = re.compile(r"([^{}]+)\{[^{}]*\}")


def selectors(stylesheet: str) -> list[set[str]]:
    """The classes each selector of a stylesheet needs on a page (a selector without any is left out)."""
    css = re.sub(r"/\*.*?\*/", "", (REPO / "docs" / stylesheet).read_text(encoding="utf-8"), flags=re.S)
    found = []
    for prelude in _RULE.findall(css):
        for selector in prelude.split(","):
            selector = re.sub(r":not\([^)]*\)", "", selector.strip())
            classes = set(re.findall(r"\.([A-Za-z0-9_-]+)", selector))
            if classes and not selector.startswith("@"):
                found.append(classes)
    return found


def built_pages(site: Path) -> list[Path]:
    return sorted(page for page in site.rglob("*.html") if "assets" not in page.parts)


def loaded(html: str, kind: str) -> set[str]:
    pattern = r'<link rel="stylesheet" href="([^"]+)"' if kind == "css" else r'<script src="([^"]+)"'
    return {re.sub(r"^(\.\./)+|^\./", "", href) for href in re.findall(pattern, html)}


def test_a_feature_loads_its_files_projects_first():
    assets = page_assets('<div class="playbook-act"><div class="playbook-projects"></div></div>')
    assert assets["stylesheets"] == ["assets/stylesheets/checklists.css", "assets/stylesheets/acts.css"]
    scripts = assets["scripts"]
    assert scripts[:2] == ["assets/javascripts/projects.js", "assets/javascripts/project-bar.js"]
    assert len(scripts) == len(set(scripts))
    assert page_assets('<p class="playbook-lead">text</p>') == {"stylesheets": [], "scripts": []}


def test_every_feature_stylesheet_has_rules_for_its_marks():
    for feature in FEATURES:
        for stylesheet in feature.stylesheets:
            styled = set().union(*selectors(stylesheet))
            assert feature.marks & styled, f"{stylesheet} styles none of {sorted(feature.marks)}"


def test_no_page_misses_a_feature_stylesheet_it_needs(built_site):
    rules = {stylesheet: selectors(stylesheet) for stylesheet in FEATURE_STYLESHEETS}
    problems = []
    pages = built_pages(built_site)
    assert len(pages) > 60
    for page in pages:
        html = page.read_text(encoding="utf-8")
        classes = page_classes(html)
        has = loaded(html, "css")
        for stylesheet, needs in rules.items():
            applies = [sorted(need) for need in needs if need <= classes]
            if applies and stylesheet not in has:
                problems.append(f"{page.relative_to(built_site)}: {stylesheet} not loaded, "
                                f"yet its rules for {applies[0]} apply")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", ["index.html", "stages/initiation/index.html", "en/saas/index.html"])
def test_pages_without_acts_or_videos_do_not_load_them(built_site, path):
    html = (built_site / path).read_text(encoding="utf-8")
    files = loaded(html, "css") | loaded(html, "js")
    for name in ("acts.css", "acts.js", "amount-in-words.js", "video-filters.js"):
        assert f"assets/{'stylesheets' if name.endswith('.css') else 'javascripts'}/{name}" not in files


def test_feature_pages_load_their_scripts_after_materials(built_site):
    for path, expected in [("acts/initiation/index.html", "acts.js"), ("en/checklists/index.html", "checklists.js"),
                           ("videos/index.html", "video-filters.js"), ("index.html", "checklists.js")]:
        html = (built_site / path).read_text(encoding="utf-8")
        scripts = re.findall(r'<script src="[^"]*/([^"/]+)"', html)
        assert expected in scripts, f"{path}: {scripts}"
        bundle = next(i for i, name in enumerate(scripts) if name.startswith("bundle."))
        assert scripts.index(expected) > bundle
        if "projects.js" in scripts:
            assert scripts.index("projects.js") < scripts.index(expected)

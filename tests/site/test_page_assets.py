"""Each page loads the feature stylesheets and scripts its content uses, and only those
(macros/publish/page_assets.py): nothing a page shows goes unstyled, nothing it does not show is loaded."""
import re
from pathlib import Path

import pytest

from support import REPO
from macros.publish.page_assets import FEATURES, page_assets, page_classes, page_markup

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


PROJECT_SCRIPTS = ["assets/javascripts/shared/format.js", "assets/javascripts/projects/store.js",
                   "assets/javascripts/checklists/section.js", "assets/javascripts/acts/section.js",
                   # issue 13: the project page's sections (plan, parties, tick times) are checked wherever
                   # a project opens, like the checklists' and the acts'
                   "assets/javascripts/engagement/sections.js",
                   "assets/javascripts/projects/import-dialog.js", "assets/javascripts/projects/bar.js"]


def test_a_feature_loads_its_files_projects_first():
    # Changed on purpose (issue 10): the project bar brings its own stylesheet, so an act page no
    # longer loads checklists.css and checklists.js; every page that uses projects checks every
    # feature's section (checklists/section.js, acts/section.js), not only its own.
    assets = page_assets('<div class="playbook-act"><div class="playbook-projects"></div></div>')
    assert assets["stylesheets"] == ["assets/stylesheets/project-bar.css", "assets/stylesheets/acts.css"]
    scripts = assets["scripts"]
    assert scripts == PROJECT_SCRIPTS + ["assets/javascripts/acts/money.js", "assets/javascripts/acts/amount-in-words.js",
                                         "assets/javascripts/acts/document.js", "assets/javascripts/acts/form.js"]
    assert page_assets('<p class="playbook-lead">text</p>') == {"stylesheets": [], "scripts": []}


def test_a_feature_without_the_bar_gets_the_project_scripts_but_not_the_bar_stylesheet():
    # the home page: its progress needs the store (and the bar's script, which shows the project's
    # name), but no bar is shown there, so none of the bar's rules apply
    assets = page_assets('<div class="playbook-progress"><strong data-playbook-project-name></strong></div>')
    assert assets == {"stylesheets": ["assets/stylesheets/checklists.css"],
                      "scripts": PROJECT_SCRIPTS + ["assets/javascripts/checklists/checklists.js"]}
    assert page_assets('<form class="playbook-video-filters"></form>')["scripts"] == [
        "assets/javascripts/shared/format.js", "assets/javascripts/videos/filters.js"]


def test_every_page_that_uses_projects_carries_the_import_dialog_once():
    # issue 13: PlaybookImport.offer needs its <dialog> wherever the store runs, with or without a bar
    for html in ('<div class="playbook-projects"></div><div class="playbook-act"></div>',
                 '<div class="playbook-progress"></div>'):
        for lang, title in (("uk", "Зберегти проєкт у цьому браузері?"), ("en", "Save this project in this browser?")):
            markup = "".join(page_markup(html, lang))
            assert markup.count('<dialog class="playbook-import"') == 1 and title in markup
    assert page_markup('<form class="playbook-video-filters"></form>', "en") == []


def test_the_built_pages_carry_the_dialog_where_the_store_runs(built_site):
    for page in built_pages(built_site):
        html = page.read_text(encoding="utf-8")
        uses_projects = "assets/javascripts/projects/store.js" in loaded(html, "js")
        assert (html.count('<dialog class="playbook-import"') == 1) == uses_projects, page


def test_every_script_and_stylesheet_a_feature_names_exists():
    for feature in FEATURES:
        for path in feature.stylesheets + feature.scripts:
            assert (REPO / "docs" / path).is_file(), f"{feature.name}: {path} does not exist"
        for name in feature.needs:
            assert name in {other.name for other in FEATURES}, f"{feature.name} needs an unknown feature {name}"


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
    # (acts/section.js, the check of a project's acts, loads wherever projects are used: the home page)
    html = (built_site / path).read_text(encoding="utf-8")
    files = loaded(html, "css") | loaded(html, "js")
    for name in ("stylesheets/acts.css", "javascripts/acts/form.js", "javascripts/acts/document.js",
                 "javascripts/acts/money.js", "javascripts/acts/amount-in-words.js", "javascripts/videos/filters.js"):
        assert f"assets/{name}" not in files


@pytest.mark.parametrize("path", ["acts/initiation/index.html", "en/acts/final/index.html"])
def test_act_pages_do_not_load_the_checklist_files(built_site, path):
    html = (built_site / path).read_text(encoding="utf-8")
    files = loaded(html, "css") | loaded(html, "js")
    assert "assets/stylesheets/project-bar.css" in files and "assets/javascripts/projects/bar.js" in files
    assert "assets/stylesheets/checklists.css" not in files
    assert "assets/javascripts/checklists/checklists.js" not in files


def test_feature_pages_load_their_scripts_after_materials(built_site):
    for path, expected in [("acts/initiation/index.html", "acts/form.js"),
                           ("en/checklists/index.html", "checklists/checklists.js"),
                           ("videos/index.html", "videos/filters.js"), ("index.html", "checklists/checklists.js")]:
        html = (built_site / path).read_text(encoding="utf-8")
        scripts = re.findall(r'<script src="[^"]*?assets/javascripts/([^"]+)"', html)
        assert expected in scripts, f"{path}: {scripts}"
        bundle = next(i for i, name in enumerate(scripts) if name.startswith("bundle."))
        assert scripts.index(expected) > bundle
        if "projects/store.js" in scripts:
            assert scripts.index("projects/store.js") < scripts.index(expected)

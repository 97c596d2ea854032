"""The editors' guidance on each item (data/methodology.yml `guidance`): every item has it, its roles
are in data/roles.yml, its videos in data/videos.yml, its documentation paths are paths. Each
mistake is named by file, path and line."""
from pathlib import Path

import pytest

from macros.core.problems import DataError
from macros.site_content import validate
from support import REPO

GUIDANCE = """\
        guidance:
          who: [coordinator, consultant]
          how:
            uk: Консультант показує, координатор погоджує.
            en: The consultant shows it, the coordinator agrees.
          done_when: {uk: Є протокол., en: There are minutes.}
          docs:
            - {path: applications/general/users, title: Users}
          videos: [users-article]
"""

METHODOLOGY = """\
methodology:
  title: {uk: Методологія, en: Methodology}
  author: Test Author
  date: 2025-08-26
  goal: {uk: Мета, en: Goal}
stages:
  - id: first
    number: 1
    title: {uk: Перший, en: First}
    goal: {uk: Мета один, en: Goal one}
    checklist:
      - id: item-one
        text: {uk: Пункт один, en: Item one}
%(one)s      - id: item-two
        text: {uk: Пункт два, en: Item two}
%(two)s    result: {uk: Результат один, en: Result one}
    services:
      - {uk: Налаштування бази, en: Database setup}
saas:
  title: {uk: SaaS, en: SaaS}
  points:
    - {id: point, kind: advantage, text: {uk: Плюс, en: Plus}}
conclusion:
  title: {uk: Висновок, en: Conclusion}
  paragraphs:
    - {uk: Абзац, en: Paragraph}
"""

VIDEOS = """\
videos:
  - id: users-article
    title: {uk: Користувачі, en: Users}
    description: {uk: Як додати користувачів., en: How to add users.}
    doc: applications/general/users
    source: odoo
    format: article
    kind: how-to
    stages: [first]
    audience: [coordinator]
    language: en
"""

COPIED = ("ui.yml", "house_style.yml", "roles.yml", "odoo.yml")


def write_data(data_dir: Path, one: str = GUIDANCE, two: str = GUIDANCE, videos: str = VIDEOS) -> str:
    text = METHODOLOGY % {"one": one, "two": two}
    data_dir.mkdir(parents=True)
    (data_dir / "methodology.yml").write_text(text, encoding="utf-8")
    (data_dir / "videos.yml").write_text(videos, encoding="utf-8")
    for name in COPIED:
        (data_dir / name).write_text((REPO / "data" / name).read_text(encoding="utf-8"), encoding="utf-8")
    (data_dir / "schemas").mkdir()
    for schema in (REPO / "data" / "schemas").glob("*.schema.json"):
        (data_dir / "schemas" / schema.name).write_text(schema.read_text(encoding="utf-8"), encoding="utf-8")
    return text


def line_of(text: str, fragment: str, occurrence: int = 0) -> int:
    return [number for number, line in enumerate(text.splitlines(), 1) if fragment in line][occurrence]


def problems(data_dir: Path) -> list:
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    return raised.value.problems


def test_the_fixture_with_guidance_on_every_item_is_valid(tmp_path):
    write_data(tmp_path / "data")
    content = validate(tmp_path / "data")
    assert content.stages[0]["checklist"][1]["guidance"]["who"] == ["coordinator", "consultant"]


def test_an_item_without_guidance_is_named_with_what_to_add(tmp_path):
    text = write_data(tmp_path / "data", two="")
    [problem] = problems(tmp_path / "data")
    assert (problem.file, problem.path, problem.line) == ("data/methodology.yml", "stages[0].checklist[1].id",
                                                          line_of(text, "- id: item-two"))
    for words in ("item-two", "who", "how", "done_when", "data/roles.yml"):
        assert words in problem.message


def test_guidance_without_done_when_is_refused_by_the_schema(tmp_path):
    text = write_data(tmp_path / "data", one=GUIDANCE.replace("          done_when: {uk: Є протокол., en: There are minutes.}\n", ""))
    found = [p for p in problems(tmp_path / "data") if p.path == "stages[0].checklist[0].guidance.done_when"]
    assert found and found[0].line == line_of(text, "guidance:")
    assert "is missing" in found[0].message


def test_guidance_in_one_language_only_is_refused(tmp_path):
    text = write_data(tmp_path / "data", one=GUIDANCE.replace("            en: The consultant shows it, the coordinator agrees.\n", ""))
    found = [p for p in problems(tmp_path / "data") if p.path == "stages[0].checklist[0].guidance.how.en"]
    assert found and found[0].line == line_of(text, "how:")


def test_an_unknown_role_is_named_with_its_path_and_line(tmp_path):
    text = write_data(tmp_path / "data", two=GUIDANCE.replace("who: [coordinator, consultant]", "who: [coordinator, cfo]"))
    [problem] = problems(tmp_path / "data")
    assert (problem.path, problem.line) == ("stages[0].checklist[1].guidance.who[1]",
                                            line_of(text, "who: [coordinator, cfo]"))
    assert "cfo" in problem.message and "data/roles.yml" in problem.message and "client-admin" in problem.message
    assert str(problem).startswith(f"data/methodology.yml:{problem.line}: stages[0].checklist[1].guidance.who[1]: ")


def test_an_unknown_video_is_named_with_its_path_and_line(tmp_path):
    text = write_data(tmp_path / "data", one=GUIDANCE.replace("videos: [users-article]", "videos: [users-video]"))
    [problem] = problems(tmp_path / "data")
    assert (problem.path, problem.line) == ("stages[0].checklist[0].guidance.videos[0]",
                                            line_of(text, "videos: [users-video]"))
    assert "users-video" in problem.message and "data/videos.yml" in problem.message
    assert "users-article" in problem.message  # what may be used


def test_guidance_roles_need_the_roles_file(tmp_path):
    write_data(tmp_path / "data")
    (tmp_path / "data" / "roles.yml").unlink()
    found = [p for p in problems(tmp_path / "data") if p.path.endswith("guidance.who")]
    assert [p.path for p in found] == ["stages[0].checklist[0].guidance.who", "stages[0].checklist[1].guidance.who"]
    assert "data/roles.yml" in found[0].message


@pytest.mark.parametrize("path, words", [
    ("https://www.odoo.com/documentation/19.0/applications/general/users.html", "is an address"),
    ("applications/general/users.rst", "without «.rst»"),
    ("Applications/Users", "is not a documentation path"),
])
def test_guidance_documentation_paths_go_through_the_documentation_checks(tmp_path, path, words):
    text = write_data(tmp_path / "data", two=GUIDANCE.replace("path: applications/general/users", f"path: {path}"))
    found = [p for p in problems(tmp_path / "data") if p.path == "stages[0].checklist[1].guidance.docs[0].path"]
    assert found, "the documentation path of the guidance was not checked"
    assert found[0].line == line_of(text, path) and words in found[0].message


def test_more_than_three_documentation_links_are_refused(tmp_path):
    docs = "".join(f"            - {{path: applications/general/users{n}, title: Users {n}}}\n" for n in range(4))
    text = write_data(tmp_path / "data", one=GUIDANCE.replace(
        "            - {path: applications/general/users, title: Users}\n", docs))
    found = [p for p in problems(tmp_path / "data") if p.path == "stages[0].checklist[0].guidance.docs"]
    assert found and found[0].line == line_of(text, "docs:")


def test_every_item_of_the_real_data_has_guidance_with_known_roles():
    content = validate(REPO / "data")
    roles = {role["id"] for role in content.files["roles"]["roles"]}
    for stage in content.stages:
        for item in stage["checklist"]:
            guidance = item["guidance"]
            assert guidance["who"] and set(guidance["who"]) <= roles, item["id"]
            for field in ("how", "done_when"):
                assert guidance[field]["uk"].strip() and guidance[field]["en"].strip(), (item["id"], field)


def test_an_item_may_not_take_the_role_filters_id(tmp_path):
    text = write_data(tmp_path / "data")
    text = text.replace("- id: item-two", "- id: playbook-role-filter")
    (tmp_path / "data" / "methodology.yml").write_text(text, encoding="utf-8")
    found = problems(tmp_path / "data")
    assert {p.path for p in found} == {"stages[0].checklist[1].id"}
    assert all(p.line == line_of(text, "- id: playbook-role-filter") for p in found)
    assert any("is the id of the role filter on every stage guide and checklist" in p.message for p in found)

"""Interface strings: every key the code names is in data/ui.yml and every key there is used; no
Cyrillic text is left in the Python; and the checks of data/ui.yml name file, path and line."""
import ast
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from macros.acts.pages import UI_PREFIX as ACT_PAGE_PREFIX
from macros.core.i18n import flatten
from macros.core.problems import DataError
from macros.site_content import validate
from support import REPO

PYTHON = sorted([*(REPO / "macros").rglob("*.py"), *(REPO / "hooks").rglob("*.py")])
UI = flatten(yaml.safe_load((REPO / "data" / "ui.yml").read_text(encoding="utf-8")))

# The functions that take a key, and which argument it is; a key of `nouns` or of `strings`.
STRING_CALLS = {"ui": 0, "ui_list": 0, "ui_template": 0}
NOUN_CALLS = {"count": 1, "noun_forms": 0}
# Module-local adapters that put a prefix before the key they are given.
ADAPTERS = {("macros/acts/pages.py", "_ui"): (1, ACT_PAGE_PREFIX)}


def _relative(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def _key_argument(node: ast.Call, module: str):
    """(index of the key argument, prefix the callee adds, namespace) when the call takes a key."""
    if not isinstance(node.func, ast.Name):  # e.g. text.count("/") is not i18n.count
        return None
    name = node.func.id
    if (module, name) in ADAPTERS:
        index, prefix = ADAPTERS[(module, name)]
        return index, prefix, "strings"
    if name in STRING_CALLS:
        return STRING_CALLS[name], "", "strings"
    if name in NOUN_CALLS:
        return NOUN_CALLS[name], "", "nouns"
    return None


def _literal_start(node) -> str | None:
    """The fixed start of a key built at run time: f"kind_{x}" or "in_" + x -> 'kind_' / 'in_'."""
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return node.values[0].value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant):
        return node.left.value
    return None


def scan():
    """What the Python asks of data/ui.yml: literal keys (with their place), key prefixes, and the
    string constants of modules that also pass keys held in variables."""
    literal, prefixes, passed_around = [], [], {"strings": set(), "nouns": set()}
    for path in PYTHON:
        module = _relative(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        variable_keys = set()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Name) and node.func.id == "ui_keys" and node.args:
                if isinstance(node.args[0], ast.Constant):
                    prefixes.append(("strings", node.args[0].value, f"{module}:{node.lineno}"))
                else:  # a constant's name, e.g. ui_keys(PROJECT_STRING_PREFIX): read it from the module
                    value = next(n.value.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                                 and any(getattr(t, "id", None) == node.args[0].id for t in n.targets))
                    prefixes.append(("strings", value, f"{module}:{node.lineno}"))
                continue
            takes = _key_argument(node, module)
            if not takes or len(node.args) <= takes[0]:
                continue
            index, prefix, namespace = takes
            argument = node.args[index]
            where = f"{module}:{node.lineno}"
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal.append((namespace, prefix + argument.value, where))
            elif _literal_start(argument) is not None:
                prefixes.append((namespace, prefix + _literal_start(argument), where))
            else:
                variable_keys.add((namespace, prefix))
        constants = {node.value for node in ast.walk(tree)
                     if isinstance(node, ast.Constant) and isinstance(node.value, str)}
        for namespace, prefix in variable_keys:
            passed_around[namespace] |= {prefix + constant for constant in constants}
    return literal, prefixes, passed_around


LITERAL, PREFIXES, PASSED_AROUND = scan()


def test_the_scan_finds_the_calls_it_is_meant_to_find():
    """Guards the guard: the scan sees the kinds of call the site makes."""
    keys = {(namespace, key) for namespace, key, _ in LITERAL}
    assert ("strings", "stage_of") in keys and ("nouns", "item") in keys
    assert ("strings", "odoo_export_steps") in keys  # ui_list
    assert ("strings", ACT_PAGE_PREFIX + "print") in keys  # through the act page's adapter
    assert ("strings", "project_") in {(namespace, prefix) for namespace, prefix, _ in PREFIXES}  # ui_keys
    assert ("strings", "kind_") in {(namespace, prefix) for namespace, prefix, _ in PREFIXES}  # f-string


def test_every_key_the_code_names_is_in_ui_yml():
    missing = [f"{where}: {namespace} «{key}»" for namespace, key, where in LITERAL if key not in UI[namespace]]
    assert not missing, "data/ui.yml lacks keys the code uses (a typo?):\n" + "\n".join(missing)
    unmatched = [f"{where}: «{prefix}…»" for namespace, prefix, where in PREFIXES
                 if not any(key.startswith(prefix) for key in UI[namespace])]
    assert not unmatched, "no key in data/ui.yml starts with:\n" + "\n".join(unmatched)


def test_every_key_in_ui_yml_is_used():
    """A key counts as used when the Python names it in a call, builds it from a prefix it names
    (f"kind_{video['kind']}", ui_keys("project_") for a script), or holds it as a constant in a
    module that passes keys around in variables (`for key in ("edit_where", ...)`, data-driven
    keys such as the SaaS point kinds), or mkdocs.yml names it (the menu labels). Anything else is a
    string nobody sees: delete it."""
    menu = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    used = {(namespace, key) for namespace, key, _ in LITERAL} | {
        ("strings", key) for key in UI["strings"] if key.startswith("nav_") and f"- {key}:" in menu}
    unused = [f"{namespace}: {key}" for namespace in ("strings", "nouns") for key in UI[namespace]
              if (namespace, key) not in used and key not in PASSED_AROUND[namespace]
              and not any(ns == namespace and key.startswith(prefix) for ns, prefix, _ in PREFIXES)]
    assert not unused, "data/ui.yml has keys no code uses:\n" + "\n".join(unused)


def _cyrillic(text: str) -> bool:
    return any(unicodedata.name(char, "").startswith("CYRILLIC") for char in text)


def test_no_cyrillic_text_in_the_python():
    """Interface strings live in data/ui.yml. Docstrings count too: an example in them is English
    (the Ukrainian forms are pinned by the tests, e.g. tests/unit/test_i18n.py)."""
    found = [f"{_relative(path)}:{node.lineno}: {node.value[:60]!r}"
             for path in PYTHON for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Constant) and isinstance(node.value, str) and _cyrillic(node.value)]
    assert not found, "move these strings into data/ui.yml:\n" + "\n".join(found)


def test_the_cyrillic_probe_sees_cyrillic():
    assert _cyrillic("Етап") and _cyrillic("ґ") and not _cyrillic("Stage ʼ «»")


# --- mistakes in data/ui.yml: named by file, path and line -------------------------------------

def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(REPO / "data", target)
    return target


def edit_ui(data_dir: Path, old: str, new: str) -> str:
    ui_file = data_dir / "ui.yml"
    text = ui_file.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    text = text.replace(old, new)
    ui_file.write_text(text, encoding="utf-8")
    return text


def line_of(text: str, whole_line: str) -> int:
    """1-based number of the only line that reads `whole_line`."""
    [number] = [number for number, line in enumerate(text.splitlines(), 1) if line.rstrip() == whole_line]
    return number


# (name, old, new, expected path, (the only line that reads so, offset to the reported line), words)
# where the stages section's «goal» key is written: a second «goal» elsewhere is reported against it
FIRST_GOAL_LINE = (REPO / "data" / "ui.yml").read_text(encoding="utf-8").splitlines().index("    goal:") + 1

UI_CASES = [
    ("missing-language", "      uk: Мета\n      en: Goal\n", "      uk: Мета\n",
     "strings.stages.goal.en", ("    goal:", 0), "is missing (every text needs both «uk» and «en»)"),
    ("different-placeholders", "      en: Stage {number} of {total}", "      en: Stage {num} of {total}",
     "strings.stages.stage_of.en", ("      en: Stage {num} of {total}", 0),
     "lacks {number} and has {num}, which «uk» does not"),
    ("lone-brace", "      en: Showing {shown} of {total}", "      en: Showing {shown} of {total",
     "strings.videos.filter_status.en", ("      en: Showing {shown} of {total", 0), "has a lone «{» or «}»"),
    ("unnamed-placeholder", "      en: Row {n}", "      en: Row {}",
     "strings.act_page.act_page_row.en", ("      en: Row {}", 0), "«{}» has no name"),
    ("fewer-lines", "        - Open the project's tasks in list view",
     "        # - Open the project's tasks in list view",
     "strings.odoo_export.odoo_export_steps.en", ("        # - Open the project's tasks in list view, click the gear "
                                                  "icon next to the title and choose “Import records”.", -2),
     "has 4 lines, but «uk» has 5"),
    ("placeholder-in-a-line", "        - Create a project called “{project}” in Odoo",
     "        - Create a project called “{name}” in Odoo",
     "strings.odoo_export.odoo_export_steps.en[0]",
     ("        - Create a project called “{name}” in Odoo, or put your own project's name in the file's "
      "“Project” column.", 0), "lacks {project} and has {name}"),
    ("text-and-list", "      en: Goal\n", "      en: [Goal]\n",
     "strings.stages.goal.en", ("      en: [Goal]", 0), "«uk» is one text and this is not"),
    ("key-in-two-sections", "  videos:\n    source_note:",
     "  videos:\n    goal:\n      uk: Ціль\n      en: Aim\n    source_note:",
     "strings.videos.goal", ("      uk: Ціль", -1),
     f"the key «goal» is already in the section «stages» (line {FIRST_GOAL_LINE})"),
    ("noun-without-a-category", "    uk: {one: пункт, few: пункти, many: пунктів, other: пункту}",
     "    uk: {one: пункт, few: пункти, other: пункту}", "nouns.item.uk",
     ("    uk: {one: пункт, few: пункти, other: пункту}", 0),
     "has no «many» form: Ukrainian nouns need one, few, many, other"),
    ("noun-with-a-foreign-category", "    en: {one: item, other: items}",
     "    en: {one: item, few: items, other: items}", "nouns.item.en.few",
     ("    en: {one: item, few: items, other: items}", 0),
     "«few» is not a plural category of English; it has one, other"),
]


@pytest.mark.parametrize("name, old, new, path, where, words", UI_CASES, ids=[case[0] for case in UI_CASES])
def test_a_mistake_in_ui_yml_is_named_with_file_path_and_line(tmp_path, name, old, new, path, where, words):
    data_dir = data_copy(tmp_path)
    text = edit_ui(data_dir, old, new)
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    line = line_of(text, where[0]) + where[1]
    matching = [p for p in raised.value.problems if p.path == path and p.line == line and words in p.message]
    assert matching, f"expected data/ui.yml:{line}: {path}: …{words}…; got:\n{raised.value}"
    assert f"data/ui.yml:{line}: {path}: " in str(raised.value)


def test_make_validate_rejects_a_key_missing_in_one_language(tmp_path):
    data_dir = data_copy(tmp_path)
    text = edit_ui(data_dir, "      uk: Попередній етап\n      en: Previous stage\n", "      uk: Попередній етап\n")
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(data_dir)],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 1
    line = line_of(text, "    previous_stage:")
    assert f"data/ui.yml:{line}: strings.stages.previous_stage.en: is missing" in result.stderr, result.stderr


# (name, old, new, (the only line that reads so, offset to the reported line), path, words)
BROKEN_UI = [
    # the line where the bracket opens, not the next one, where the parser gave up
    ("bad-yaml", "      uk: Наступний етап\n", "      uk: [Наступний етап\n", ("      uk: [Наступний етап", 0),
     "", "is not valid YAML"),
    ("missing-en", "      uk: Наступний етап\n      en: Next stage\n", "      uk: Наступний етап\n",
     ("    next_stage:", 0), "strings.stages.next_stage.en", "is missing"),
]


@pytest.mark.parametrize("name, old, new, where, path, words", BROKEN_UI, ids=[case[0] for case in BROKEN_UI])
def test_a_broken_ui_yml_stops_the_build_with_file_path_and_line(project_copy, name, old, new, where, path, words):
    """The validator's own messages are not in data/ui.yml, so a broken ui.yml is reported like any file."""
    text = edit_ui(project_copy.data_dir, old, new)
    result = project_copy.build()
    assert result.returncode != 0
    line = line_of(text, where[0]) + where[1]
    assert f"data/ui.yml:{line}: {path}" in result.stderr and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr, "a data mistake must read as a message, not a crash"
    assert not project_copy.site_dir.exists(), "a failed build must not leave a site behind"

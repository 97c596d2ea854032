"""The validator's own words (macros/core/messages.yml): both languages say every message with the same
{placeholders}; every key the code names is there and every key there is used; the person's language
is chosen as documented; the words follow the house style and count with the right plural forms."""
import ast
import shutil
import subprocess
import sys
from pathlib import Path
from string import Formatter

import pytest
import yaml

from macros.core.house_style import spelling_rules, text_problems
from macros.core import i18n
from macros.core.i18n import LANGUAGES, plural_categories
from macros.core.loader import load_data_files
from macros.core.messages import MESSAGES_FILE, OneOf, UnknownMessage, person_language, say
from macros.core.problems import DataError
from macros.site_content import validate
from support import REPO

TABLE = yaml.safe_load(MESSAGES_FILE.read_text(encoding="utf-8"))
MESSAGES, NOUNS = TABLE["messages"], TABLE["nouns"]
PYTHON = sorted([*(REPO / "macros").rglob("*.py"), *(REPO / "hooks").rglob("*.py")])


def fields(text: str) -> list[tuple[str, str]]:
    """The {name} and {name:noun} of a message, in order."""
    return [(name, spec) for _, name, spec, _ in Formatter().parse(text) if name is not None]


def test_the_message_file_is_apart_from_the_sites_strings(monkeypatch):
    """No string of data/ui.yml is needed to word a problem, so a broken ui.yml can be reported."""
    assert MESSAGES_FILE == REPO / "macros" / "core" / "messages.yml"
    monkeypatch.setattr(i18n, "_table", {"strings": {}, "nouns": {}})
    assert say("data_problems", count=2).words("uk") == "У даних 2 помилки; сайт не зібрано:"
    assert say("wrong_type", wanted=OneOf([say("type_text"), say("type_list")]), actual=say("type_nothing")) \
        .words("uk") == "має бути текст або список, а не порожнє значення"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_and_the_same_placeholders(key):
    value = MESSAGES[key]
    assert set(value) == set(LANGUAGES), f"{key}: needs exactly {LANGUAGES}"
    assert all(isinstance(text, str) and text.strip() for text in value.values()), key
    assert sorted(fields(value["uk"])) == sorted(fields(value["en"])), key
    for name, spec in fields(value["uk"]):
        assert name.isidentifier(), f"{key}: «{{{name}}}» needs a name"
        assert spec == "" or spec in NOUNS, f"{key}: «{{{name}:{spec}}}» counts a noun messages.yml lacks"


@pytest.mark.parametrize("noun", sorted(NOUNS))
def test_every_noun_has_the_plural_forms_of_each_language(noun):
    for lang in LANGUAGES:
        assert list(NOUNS[noun][lang]) == plural_categories(lang), (noun, lang)


# --- the keys the code names --------------------------------------------------------------------

def _key_argument(node: ast.Call):
    """The argument holding a message key: say(key, ...) and parsed.problem(path, key, ...)."""
    if isinstance(node.func, ast.Name) and node.func.id == "say" and node.args:
        return node.args[0]
    if isinstance(node.func, ast.Attribute) and node.func.attr == "problem" and len(node.args) > 1:
        return node.args[1]
    return None


def scan():
    """Literal keys (with their place), key prefixes (f"language_{lang}"), and the string constants of
    modules that also pass keys held in variables (TYPOGRAPHY, _duplicates(..., "what_stage_id"))."""
    literal, prefixes, passed_around = [], [], set()
    for path in PYTHON:
        module = path.relative_to(REPO).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        passes_variables = False
        for node in ast.walk(tree):
            argument = _key_argument(node) if isinstance(node, ast.Call) else None
            if argument is None:
                continue
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                literal.append((argument.value, f"{module}:{node.lineno}"))
            elif isinstance(argument, ast.JoinedStr) and isinstance(argument.values[0], ast.Constant):
                prefixes.append((argument.values[0].value, f"{module}:{node.lineno}"))
            else:
                passes_variables = True
        if passes_variables:
            passed_around |= {node.value for node in ast.walk(tree)
                              if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return literal, prefixes, passed_around


LITERAL, PREFIXES, PASSED_AROUND = scan()


def test_the_scan_finds_the_calls_it_is_meant_to_find():
    keys = {key for key, _ in LITERAL}
    assert {"data_problems", "field_twice", "bad_url", "yaml_tab", "validate_next"} <= keys  # say() and .problem()
    assert {"language_", "page_kind_"} <= {prefix for prefix, _ in PREFIXES}
    assert {"what_stage_id", "double_space", "type_text", "unknown_stage"} <= PASSED_AROUND


def test_every_key_the_code_names_is_in_the_message_file():
    missing = [f"{where}: «{key}»" for key, where in LITERAL if key not in MESSAGES]
    assert not missing, f"{MESSAGES_FILE.name} lacks:\n" + "\n".join(missing)
    unmatched = [f"{where}: «{prefix}…»" for prefix, where in PREFIXES if not any(map(str.startswith, MESSAGES,
                                                                                     [prefix] * len(MESSAGES)))]
    assert not unmatched, unmatched


def test_every_message_is_used():
    used = {key for key, _ in LITERAL} | PASSED_AROUND
    unused = [key for key in MESSAGES if key not in used and not any(key.startswith(p) for p, _ in PREFIXES)]
    assert not unused, f"{MESSAGES_FILE.name} has messages no code uses: {unused}"


def test_a_key_the_file_lacks_is_refused_at_once():
    with pytest.raises(UnknownMessage, match="«the stage id is already used» is not a message of messages.yml"):
        say("the stage id is already used")


# --- the person's language ----------------------------------------------------------------------

@pytest.mark.parametrize("environ, lang", [
    ({}, "uk"),
    ({"PLAYBOOK_LANG": "en"}, "en"),
    ({"PLAYBOOK_LANG": "uk", "LANG": "en_US.UTF-8"}, "uk"),
    ({"PLAYBOOK_LANG": "EN"}, "en"),
    ({"PLAYBOOK_LANG": "de", "LANG": "en_GB.UTF-8"}, "en"),  # not a language of the site: the locale decides
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "uk_UA.UTF-8"}, "uk"),
    ({"LANG": "C.UTF-8"}, "uk"),
    ({"LANG": "de_DE.UTF-8"}, "uk"),
    ({"LANG": "uk_UA.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "uk_UA.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "uk"),
])
def test_the_language_is_the_variable_else_the_locale_else_ukrainian(environ, lang):
    assert person_language(environ) == lang


def test_the_tests_read_english():
    assert person_language() == "en"  # tests/conftest.py: the existing assertions are English


# --- the words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("count, uk, en", [
    (1, "У даних 1 помилка; сайт не зібрано:", "The content data has 1 problem; nothing was built:"),
    (2, "У даних 2 помилки; сайт не зібрано:", "The content data has 2 problems; nothing was built:"),
    (5, "У даних 5 помилок; сайт не зібрано:", "The content data has 5 problems; nothing was built:"),
    (11, "У даних 11 помилок; сайт не зібрано:", "The content data has 11 problems; nothing was built:"),
    (21, "У даних 21 помилка; сайт не зібрано:", "The content data has 21 problems; nothing was built:"),
    (24, "У даних 24 помилки; сайт не зібрано:", "The content data has 24 problems; nothing was built:"),
])
def test_counts_take_the_plural_form_of_the_number(count, uk, en):
    assert say("data_problems", count=count).words("uk") == uk
    assert say("data_problems", count=count).words("en") == en


def test_the_messages_follow_the_house_style():
    spellings = spelling_rules(load_data_files(REPO / "data"))
    quotes_the_typewriter_apostrophe = {"typewriter_apostrophe"}  # the message names the ' it rules out
    found = [f"{key}.{lang}: {problem}" for key, value in MESSAGES.items() for lang in LANGUAGES
             for problem in text_problems(lang, value[lang], spellings)
             if not (key in quotes_the_typewriter_apostrophe and problem.key == "typewriter_apostrophe")]
    assert not found, found
    for noun, languages in NOUNS.items():
        for lang in LANGUAGES:
            for word in languages[lang].values():
                assert text_problems(lang, word, spellings) == [], (noun, lang, word)


def test_a_broken_ui_yml_is_reported_in_ukrainian(tmp_path):
    """The validator's words are its own: a ui.yml that cannot be read does not silence them."""
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    ui = data_dir / "ui.yml"
    ui.write_text(ui.read_text(encoding="utf-8").replace("      uk: Наступний етап\n", "      uk: [Наступний етап\n"),
                  encoding="utf-8")
    with pytest.raises(DataError) as raised:
        validate(data_dir)
    assert raised.value.worded("uk").startswith("У даних 1 помилка; сайт не зібрано:\n  data/ui.yml:")
    assert "помилка в записі YAML: квадратну дужку [, відкриту в цьому рядку, не закрито" in raised.value.worded("uk")


# --- make validate: the last line says what to do next ------------------------------------------

def run_validate(data_dir: Path, lang: str, under_make: bool) -> subprocess.CompletedProcess:
    env = {name: value for name, value in __import__("os").environ.items() if name != "MAKELEVEL"}
    env["PLAYBOOK_LANG"] = lang
    if under_make:
        env["MAKELEVEL"] = "1"
    return subprocess.run([sys.executable, "-m", "macros.validate", str(data_dir)], capture_output=True,
                          text=True, cwd=REPO, env=env)


@pytest.mark.parametrize("lang, next_step", [
    ("uk", "Що далі: виправте рядки, названі вище, збережіть файл і знову запустіть make validate."),
    ("en", "What next: fix the lines named above, save the file and run make validate again."),
])
def test_after_a_problem_the_last_line_says_what_to_do_next(tmp_path, lang, next_step):
    data_dir = tmp_path / "data"
    shutil.copytree(REPO / "data", data_dir)
    videos = data_dir / "videos.yml"
    videos.write_text(videos.read_text(encoding="utf-8").replace("    source: odoo\n", "    source: odo\n", 1),
                      encoding="utf-8")
    alone = run_validate(data_dir, lang, under_make=False)
    assert alone.returncode == 1
    assert alone.stderr.splitlines()[-1] == next_step
    assert "make: ***" not in alone.stderr  # the note on make's own line only when make runs it
    under_make = run_validate(data_dir, lang, under_make=True)
    assert under_make.returncode == 1
    *_, note, last = under_make.stderr.splitlines()
    assert last == next_step and "«make: *** […] Error 1»" in note
    assert ("лише означає, що перевірка знайшла помилки" if lang == "uk" else "only means that the check found problems") \
        in note


@pytest.mark.parametrize("lang, summary", [
    ("uk", " — 8 етапів, 48 пунктів у чек-лістах."),
    ("en", " — 8 stages, 48 items in the checklists."),
])
def test_a_passed_check_says_so_in_one_line(lang, summary):
    result = run_validate(REPO / "data", lang, under_make=True)
    assert result.returncode == 0 and result.stderr == ""
    [line] = result.stdout.splitlines()
    assert line.startswith("OK: ") and " data/ " in line and line.endswith(summary)

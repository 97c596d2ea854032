"""The house style, checked in every text of every data file that is written in both languages.

A text is any string under a {uk, en} pair: a sentence, each line of a list, each form of a noun.
Values that are not such pairs (ids, links, the source quotations in editorial_notes.yml's
`before` and `after`) are left alone. The spellings to avoid are data (data/house_style.yml);
the rules of typography are here:
- no double spaces and no two full stops in a row (an ellipsis is one character, …);
- Ukrainian writes its apostrophe ʼ (U+02BC), never the typewriter ';
- English has no Cyrillic letters, except in a Ukrainian word it quotes in «guillemets».
"""
from __future__ import annotations

import re

from macros.core.i18n import LANGUAGES
from macros.core.loader import ParsedFile
from macros.core.messages import Message, say

Files = dict[str, ParsedFile]
STYLE_FILE = "house_style"

CYRILLIC_WORD = re.compile(r"[\w'\u02bc-]*[\u0400-\u052f][\w'\u02bc-]*")  # re reads the \u escapes
QUOTED = re.compile(r"«[^«»]*»")

TYPOGRAPHY = [  # (languages, pattern, message of macros/core/messages.yml)
    (LANGUAGES, re.compile(r"  "), "double_space"),
    (LANGUAGES, re.compile(r"\.\."), "two_full_stops"),
    (("uk",), re.compile(r"'"), "typewriter_apostrophe"),
]


def bilingual_texts(node, path: tuple = ()):
    """(path, language, text) of every string under a {uk, en} pair in a data file's values."""
    if isinstance(node, dict) and set(node) == set(LANGUAGES):
        for lang in LANGUAGES:
            for sub_path, text in _strings(node[lang], (lang,)):
                yield path + sub_path, lang, text
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from bilingual_texts(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from bilingual_texts(value, path + (index,))


def _strings(node, path: tuple):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, path + (index,))


def _is_respelling(entry: dict) -> bool:
    """A spelling of one word (colour -> color), not another term (`kind: term`: contract -> agreement)."""
    return entry.get("kind", "spelling") == "spelling" and " " not in entry["old"]


def _respelled(found: str, entry: dict) -> str:
    """A spelling keeps the word's ending and capital (Colours -> Colors)."""
    new = entry["new"]
    start = new[0].upper() + new[1:] if found[0].isupper() else new
    return start + found[len(entry["old"]):]


def spelling_pattern(old: str) -> re.Pattern:
    """`old` is the start of a word, or of each word of a phrase: "enhanc support" finds "Enhanced
    support" and "enhancing supporters", in any case."""
    words = [re.escape(word) for word in old.split()]
    return re.compile(r"\b" + r"\w*\s+".join(words) + r"\w*", re.IGNORECASE)


def spelling_rules(files: Files) -> list[tuple[str, re.Pattern, dict]]:
    """(language, pattern, entry) of each spelling data/house_style.yml rules out."""
    style = files.get(STYLE_FILE)
    spellings = style.data["spellings"] if style else []
    return [(entry["lang"], spelling_pattern(entry["old"]), entry) for entry in spellings]


def text_problems(lang: str, text: str, spellings=()) -> list[Message]:
    """What is wrong with one text; [] when it follows the house style. A word in «guillemets» is
    quoted, not used: the spellings to avoid may be named that way (a reason in the editorial notes
    quotes the word it replaced)."""
    problems = [say(key) for languages, pattern, key in TYPOGRAPHY if lang in languages and pattern.search(text)]
    unquoted = QUOTED.sub("", text)
    if lang == "en":
        word = CYRILLIC_WORD.search(unquoted)
        if word:
            problems.append(say("cyrillic_in_english", word=word.group()))
    for spelling_lang, pattern, entry in spellings:
        if spelling_lang == lang:
            for match in pattern.finditer(unquoted):
                found = match.group()
                if _is_respelling(entry):
                    problems.append(say("spelling", found=found, write=_respelled(found, entry), rule=entry["rule"]))
                else:
                    problems.append(say("spelling_term", found=found, write=entry["new"], rule=entry["rule"]))
    return [problem for index, problem in enumerate(problems) if problem not in problems[:index]]


def house_style(files: Files):
    spellings = spelling_rules(files)
    for name in sorted(files):
        if name == STYLE_FILE:
            continue
        parsed = files[name]
        for path, lang, text in bilingual_texts(parsed.data):
            for message in text_problems(lang, text, spellings):
                yield parsed.problem(path, message)


HOUSE_STYLE_CHECKS = [house_style]

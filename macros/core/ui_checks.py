"""Checks of data/ui.yml a schema cannot express: both languages say the same thing in the same shape.

The schema already requires `uk` and `en` for every key. These checks add: the same {placeholders}
in both, as many lines in both where a string is a list, no key in two sections (sections only
group the keys; the site looks a key up without its section), placeholders that the site can fill
in, and nouns with exactly the plural categories CLDR gives each language (Babel).
"""
from __future__ import annotations

from string import Formatter

from macros.core.i18n import LANGUAGES, plural_categories
from macros.core.loader import ParsedFile
from macros.core.messages import say

Files = dict[str, ParsedFile]
SOURCE_LANGUAGE = LANGUAGES[0]  # the other languages are compared with it


def placeholders(text: str) -> list[str]:
    """The {names} in a text, in order; ValueError for a lone brace."""
    return [name for _, name, _, _ in Formatter().parse(text) if name is not None]


def _each_string(parsed: ParsedFile):
    for section, strings in parsed.data["strings"].items():
        for key, value in strings.items():
            yield ("strings", section, key), value


def ui_keys_unique_across_sections(files: Files):
    parsed = files["ui"]
    first: dict[str, tuple] = {}
    for path, _ in _each_string(parsed):
        key = path[-1]
        if key in first:
            section = first[key][1]
            yield parsed.problem(path, "ui_key_in_two_sections", key=key, section=section,
                                 line=parsed.line_of(first[key]))
        else:
            first[key] = path


def _texts_of(value, path: tuple) -> list[tuple[tuple, str]]:
    """(path, text) of one language's value: the text itself, or each of its lines."""
    if isinstance(value, list):
        return [(path + (index,), line) for index, line in enumerate(value)]
    return [(path, value)]


def _braces(names: set[str]) -> list[str]:
    return ["{" + name + "}" for name in sorted(names)]


def ui_languages_match(files: Files):
    """Per key: the same shape (a text or a list of lines), as many lines, the same {placeholders}."""
    parsed = files["ui"]
    for path, value in _each_string(parsed):
        names: dict[tuple, set[str]] = {}  # the placeholders of every text that can be filled in
        for lang in LANGUAGES:
            for text_path, text in _texts_of(value[lang], path + (lang,)):
                try:
                    found = placeholders(text)
                except ValueError:
                    yield parsed.problem(text_path, "ui_lone_brace")
                    continue
                unnamed = [name for name in found if not name.isidentifier()]
                if unnamed:
                    yield parsed.problem(text_path, "ui_unnamed_placeholder", placeholder=unnamed[0])
                    continue
                names[text_path] = set(found)
        source = value[SOURCE_LANGUAGE]
        for lang in LANGUAGES[1:]:
            text = value[lang]
            if isinstance(source, list) != isinstance(text, list):
                shape = say("shape_lines" if isinstance(source, list) else "shape_text")
                yield parsed.problem(path + (lang,), "ui_shape_differs", source=SOURCE_LANGUAGE, shape=shape)
                continue
            if isinstance(source, list) and len(source) != len(text):
                yield parsed.problem(path + (lang,), "ui_line_count", count=len(text), source=SOURCE_LANGUAGE,
                                     source_count=len(source))
            pairs = zip(_texts_of(source, path + (SOURCE_LANGUAGE,)), _texts_of(text, path + (lang,)))
            for (source_path, _), (text_path, _) in pairs:
                if source_path not in names or text_path not in names:
                    continue
                missing = names[source_path] - names[text_path]
                extra = names[text_path] - names[source_path]
                if missing or extra:
                    key = ("ui_placeholders_differ" if missing and extra
                           else "ui_placeholders_lacking" if missing else "ui_placeholders_extra")
                    yield parsed.problem(text_path, key, missing=_braces(missing), extra=_braces(extra),
                                         source=SOURCE_LANGUAGE)


def ui_nouns_have_the_plural_categories(files: Files):
    """Each noun names, per language, exactly the CLDR plural categories of that language."""
    parsed = files["ui"]
    for noun, languages in parsed.data["nouns"].items():
        for lang in LANGUAGES:
            needed = plural_categories(lang)
            forms = languages[lang]
            path = ("nouns", noun, lang)
            language = say(f"language_{lang}")
            for category in needed:
                if category not in forms:
                    yield parsed.problem(path, "ui_noun_lacks_form", category=category, language=language,
                                         needed=needed)
            for category in forms:
                if category not in needed:
                    yield parsed.problem(path + (category,), "ui_noun_foreign_form", category=category,
                                         language=language, needed=needed)


UI_CHECKS = [ui_keys_unique_across_sections, ui_languages_match, ui_nouns_have_the_plural_categories]

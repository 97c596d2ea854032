"""Checks of the glossary, its marks and the questions clients ask, registered in macros/site_content.py.

- ids of terms and of questions are unique (each is an anchor on its page);
- every glossary mark `[[term-id|words]]`, in any text of any data file (methodology guidance,
  answers, definitions, …), names a term of data/glossary.yml; a mark that is not written as one
  (`[[go-live`, `[[go-live]]`, `[[Go Live|…]]`) is reported too, as it would show as it stands;
- every source of an answer is a stage, an item of that stage or a term that exists;
- every `see` of a term is a stage or a checklist item of data/methodology.yml.
"""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from macros.core.glossary_marks import MARK, marks_in
from macros.core.house_style import STYLE_FILE, bilingual_texts
from macros.core.loader import ParsedFile
from macros.core.messages import Message, say
from macros.glossary.model import item_stages, see_target, source_target

Files = dict[str, ParsedFile]
GLOSSARY_FILE = "data/glossary.yml"
METHODOLOGY_FILE = "data/methodology.yml"
_BRACKETS = re.compile(r"\[\[|\]\]")
_SHOWN = 40  # characters of a malformed mark shown in the message


def _term_ids(files: Files) -> list[str]:
    parsed = files.get("glossary")
    return [term["id"] for term in parsed.data["glossary"]] if parsed else []


def _hint(value: str, known: Iterable[str], fallback: Message) -> Message:
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return say("did_you_mean", value=close[0]) if close else fallback


def _unknown_term(term: str, known: list[str]) -> Message:
    return say("glossary_no_term", term=term, file=GLOSSARY_FILE,
               hint=_hint(term, known, say("glossary_term_ids", file=GLOSSARY_FILE)))


def unique_term_and_question_ids(files: Files):
    for name, key, what in (("glossary", "glossary", "what_term_id"), ("faq", "faq", "what_question_id")):
        parsed = files.get(name)
        first: dict[str, tuple] = {}
        for index, entry in enumerate(parsed.data[key] if parsed else []):
            path = (key, index, "id")
            if entry["id"] in first:
                yield parsed.problem(path, "id_already_used", what=say(what), value=entry["id"],
                                     line=parsed.line_of(first[entry["id"]]))
            else:
                first[entry["id"]] = path


def malformed_marks(text: str) -> list[str]:
    """The pieces of `text` that start or end a mark but are not one, as the reader would see them."""
    covered = [match.span() for match in MARK.finditer(text)]
    found = []
    for bracket in _BRACKETS.finditer(text):
        if any(start <= bracket.start() < end for start, end in covered):
            continue
        if bracket.group() == "[[":
            closing = text.find("]]", bracket.end())
            if closing != -1 and closing + 2 - bracket.start() <= _SHOWN:
                covered.append((bracket.start(), closing + 2))
                found.append(text[bracket.start():closing + 2])
            else:
                found.append(text[bracket.start():bracket.start() + _SHOWN] + "…")
        else:
            found.append(("…" if bracket.end() > _SHOWN else "") + text[max(0, bracket.end() - _SHOWN):bracket.end()])
    return found


def glossary_marks_name_terms(files: Files):
    known = _term_ids(files)
    for name in sorted(files):
        if name == STYLE_FILE:
            continue
        parsed = files[name]
        for path, _, text in bilingual_texts(parsed.data):
            if "[[" not in text and "]]" not in text:
                continue
            for mark in marks_in(text):
                if mark.term_id not in known:
                    yield parsed.problem(path, "glossary_mark", mark=f"[[{mark.term_id}|{mark.words}]]",
                                         reason=_unknown_term(mark.term_id, known))
            for piece in malformed_marks(text):
                yield parsed.problem(path, "glossary_mark_malformed", found=piece)


def faq_sources_resolve(files: Files):
    parsed = files.get("faq")
    if parsed is None:
        return
    methodology = files["methodology"].data
    stages = {stage["id"]: stage for stage in methodology["stages"]}
    known_terms = _term_ids(files)
    for index, entry in enumerate(parsed.data["faq"]):
        for position, source in enumerate(entry["sources"]):
            path = ("faq", index, "sources", position)
            target = source_target(source)
            if target is None or target.project:
                continue  # the schema's pattern reports the first; the project page always exists
            if target.term is not None:
                if target.term not in known_terms:
                    yield parsed.problem(path, "faq_source", source=source,
                                         reason=_unknown_term(target.term, known_terms))
            elif target.stage not in stages:
                yield parsed.problem(path, "faq_source", source=source,
                                     reason=say("place_no_stage", stage=target.stage, ids=list(stages)))
            elif target.item is not None:
                items = [item["id"] for item in stages[target.stage]["checklist"]]
                if target.item not in items:
                    elsewhere = item_stages(methodology).get(target.item)
                    reason = (say("faq_item_elsewhere", item=target.item, stage=elsewhere["id"]) if elsewhere
                              else say("place_no_item", stage=target.stage, item=target.item, ids=items))
                    yield parsed.problem(path, "faq_source", source=source, reason=reason)


def glossary_see_resolves(files: Files):
    parsed = files.get("glossary")
    if parsed is None:
        return
    methodology = files["methodology"].data
    known = [stage["id"] for stage in methodology["stages"]] + list(item_stages(methodology))
    for index, term in enumerate(parsed.data["glossary"]):
        for position, see_id in enumerate(term.get("see", [])):
            if see_target(see_id, methodology) is None:
                yield parsed.problem(("glossary", index, "see", position), "glossary_see_unknown", value=see_id,
                                     file=METHODOLOGY_FILE,
                                     hint=_hint(see_id, known, say("glossary_see_ids", file=METHODOLOGY_FILE)))


GLOSSARY_CHECKS = [unique_term_and_question_ids, glossary_marks_name_terms, faq_sources_resolve,
                   glossary_see_resolves]

"""Cross-checks of data/acts.yml that a schema cannot express (assembled in macros/site_content.py)."""
from __future__ import annotations

import re

from macros.acts.model import FINAL_ACT, KNOWN_REQUISITES, PLACEHOLDER, field_ids
from macros.core.loader import ParsedFile
from macros.core.messages import say
from macros.core.problems import DataProblem

# Placeholders a text may use besides form fields and computed values, by where the text is
# (a path prefix): the VAT rate in the totals, a stage act's own number and date in the final act.
LOCAL_PLACEHOLDERS = {("totals",): {"rate"}, ("final", "stage_acts", "row"): {"act_number", "act_date"}}


def _texts(node, path=()):
    """(path, text) of every {uk, en} text under node."""
    if isinstance(node, dict):
        if set(node) == {"uk", "en"} and all(isinstance(v, str) for v in node.values()):
            for lang in ("uk", "en"):
                yield path + (lang,), node[lang]
            return
        for key, value in node.items():
            yield from _texts(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _texts(value, path + (index,))


def act_placeholders_known(files) -> list[DataProblem]:
    parsed: ParsedFile | None = files.get("acts")
    if not parsed:
        return []
    acts = parsed.data
    known = set(field_ids(acts)) | set(acts["computed"])
    problems = []
    for path, text in _texts(acts):
        allowed = known.union(*(names for prefix, names in LOCAL_PLACEHOLDERS.items() if path[:len(prefix)] == prefix))
        for name in PLACEHOLDER.findall(text):
            if name not in allowed:
                problems.append(parsed.problem(path, "act_unknown_placeholder", name=name, known=sorted(known)))
    return problems


def act_ids_unique(files) -> list[DataProblem]:
    parsed = files.get("acts")
    if not parsed:
        return []
    problems = []
    seen = {}
    for g, group in enumerate(parsed.data["field_groups"]):
        for f, field in enumerate(group["fields"]):
            path = ("field_groups", g, "fields", f, "id")
            if field["id"] in seen:
                problems.append(parsed.problem(path, "id_already_used", what=say("what_field_id"), value=field["id"],
                                               line=parsed.line_of(seen[field["id"]])))
            seen.setdefault(field["id"], path)
    for r, requisite in enumerate(parsed.data["requisites"]):
        if requisite["id"] not in KNOWN_REQUISITES:
            problems.append(parsed.problem(("requisites", r, "id"), "act_unknown_requisite", id=requisite["id"],
                                           known=list(KNOWN_REQUISITES)))
    methodology = files.get("methodology")
    if methodology:
        for s, stage in enumerate(methodology.data["stages"]):
            if stage["id"] == FINAL_ACT:
                problems.append(methodology.problem(("stages", s, "id"), "stage_id_final_act", id=FINAL_ACT))
    return problems


# --- the services a stage's act lists (`services` on each stage in data/methodology.yml) ---------

SERVICE_EXAMPLE = say("service_example")


def _normalized(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(".")


def _word_pattern(word: str) -> re.Pattern:
    """A word of data/acts.yml's not_services: «sign*» matches any word that begins so, «sign» only itself."""
    stem, open_end = (word[:-1], True) if word.endswith("*") else (word, False)
    return re.compile(r"(?<!\w)" + re.escape(stem) + (r"\w*" if open_end else r"(?!\w)"), re.IGNORECASE)


def stage_services_are_services(files) -> list[DataProblem]:
    """Every stage lists its services; none is a checklist item's text or names the contract, a
    payment, a signature or the act (the words of data/acts.yml's not_services)."""
    methodology, acts = files.get("methodology"), files.get("acts")
    if not methodology or not acts:  # content without acts (a test's minimal data) needs no services
        return []
    stages = methodology.data["stages"]
    checklist = {}  # (language, normalized text) -> path of the item
    for s, stage in enumerate(stages):
        for i, item in enumerate(stage["checklist"]):
            for lang, text in item["text"].items():
                checklist.setdefault((lang, _normalized(text)), ("stages", s, "checklist", i))
    words = {lang: [(word, _word_pattern(word)) for word in listed] for lang, listed in acts.data["not_services"].items()}
    problems = []
    for s, stage in enumerate(stages):
        if not stage.get("services"):
            problems.append(methodology.problem(("stages", s, "services"), "services_missing",
                                                example=SERVICE_EXAMPLE))
            continue
        for v, service in enumerate(stage["services"]):
            for lang, text in service.items():
                path = ("stages", s, "services", v, lang)
                item = checklist.get((lang, _normalized(text)))
                if item:
                    item_id = stages[item[1]]["checklist"][item[3]]["id"]
                    problems.append(methodology.problem(path, "service_is_checklist_item", item=item_id,
                                                        line=methodology.line_of(item), example=SERVICE_EXAMPLE))
                    continue
                hits = [(found.start(), found.group(0), word) for word, pattern in words.get(lang, ())
                        for found in [pattern.search(text)] if found]
                if hits:
                    _, found, word = min(hits)
                    problems.append(methodology.problem(path, "service_not_a_service", found=found, word=word,
                                                        example=SERVICE_EXAMPLE))
    return problems


ACT_CHECKS = [act_placeholders_known, act_ids_unique, stage_services_are_services]

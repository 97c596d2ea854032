"""Cross-checks of data/acts.yml that a schema cannot express (assembled in macros/site_content.py)."""
from __future__ import annotations

from macros.acts.model import FINAL_ACT, KNOWN_REQUISITES, PLACEHOLDER, field_ids
from macros.core.loader import ParsedFile
from macros.core.messages import say
from macros.core.problems import DataProblem

# Placeholders a text may use besides form fields and computed values, by where the text is.
LOCAL_PLACEHOLDERS = {("totals",): {"rate"}}


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
        allowed = known | LOCAL_PLACEHOLDERS.get(path[:1], set())
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


ACT_CHECKS = [act_placeholders_known, act_ids_unique]

"""Acts of completed works: the explanation page (acts/) and one fillable act per stage plus a final act.

The act is rendered as a blank template in three versions (Ukrainian, English, bilingual), the
final act in each of its two ways of acceptance (model.ACCEPTANCE_MODES): Python builds each
document's view here, templates/document.html lays it out, and
docs/assets/javascripts/acts/document.js fills it from the form (acts/form.js), whose values are
kept in the browser.
Every value slot is a <span data-field="…">; every part that carries a requisite of the
document is marked data-requisite="…" (the ids of data/acts.yml's `requisites`).
"""
from __future__ import annotations

from macros.acts.former_rows import former_rows
from macros.acts.model import ACCEPTANCE_MODES, FINAL_ACT, PLACEHOLDER
from macros.core.content import Content

from macros.core.i18n import LANGUAGES, tr, ui, ui_keys, ui_template
from macros.core.stage_parts import stage_heading
from macros.projects.project_bar import render_project_bar
from macros.core.site_map import act_path, link
from macros.core.templating import render

VERSIONS = ("uk", "en", "bilingual")
VERSION_LANGS = {"uk": ("uk",), "en": ("en",), "bilingual": ("uk", "en")}
MAX_ROWS = 30
SECTION = "acts"  # the part of a named project (projects/store.js) that holds the acts, keyed by act id
ACTS_INDEX = "acts/"
UI_PREFIX = "act_page_"  # the page's interface strings in data/ui.yml; the scripts get them without it
# Slots of a stage act's own number and date in the final act's list of stage acts (not form fields).
STAGE_ACT_SLOTS = {"act_number": {"size": "short"}, "act_date": {"size": "short"}}


# --- the parts of the document ------------------------------------------------------------

def _acts(content: Content) -> dict:
    return content.files["acts"]


def _fields(acts: dict) -> dict[str, dict]:
    return {field["id"]: field for group in acts["field_groups"] for field in group["fields"]}


def _slot(name: str, acts: dict, lang: str, static: dict) -> dict:
    """A value slot: static text (stage number, title), or an empty line the script fills in."""
    if name in static:
        return {"field": name, "static": static[name]}
    field = _fields(acts).get(name) or STAGE_ACT_SLOTS.get(name, {})
    size = field.get("size", "long") if field else ("short" if name in ("total_figure", "vat_figure") else "long")
    blank = ""
    if field.get("kind") == "date":
        blank = tr(acts["document"]["blank_date"], lang)
    elif name == "vat_clause":
        blank = tr(acts["document"]["vat_blank"], lang)
    return {"field": name, "static": None, "size": size, "blank": blank}


def _fill(template: str, acts: dict, lang: str, static: dict | None = None) -> list[dict]:
    """The text as parts: plain text, and a slot for each {name}."""
    parts = PLACEHOLDER.split(template)
    return [{"text": part, "slot": None} if i % 2 == 0
            else {"text": None, "slot": _slot(part, acts, lang, static or {})}
            for i, part in enumerate(parts)]


def default_rows(content: Content, act_id: str) -> list[dict]:
    """The works the act lists before anyone edits it: the stage's services (`services` in
    data/methodology.yml), or, in the final act, one row per required stage."""
    if act_id == FINAL_ACT:
        template = _acts(content)["final"]["work_row"]
        return [{lang: _stage_text(template, stage, lang) for lang in LANGUAGES}
                for stage in content.stages if not stage.get("optional")]
    return [dict(service) for service in content.stage(act_id)["services"]]


def _stage_text(template: dict, stage: dict, lang: str) -> str:
    values = {"stage_number": str(stage["number"]), "stage_title": tr(stage["title"], lang)}
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], tr(template, lang))


def default_result(content: Content, act_id: str) -> dict:
    if act_id == FINAL_ACT:
        return dict(_acts(content)["final"]["result"])
    return dict(content.stage(act_id)["result"])


def _sentences(content: Content, act_id: str, acts: dict, langs, acceptance: str | None) -> dict:
    """The document's sentences, {key: {lang: parts}}, with the stage and the result filled in.
    A final act accepted stage by stage says what it confirms in sentences of its own."""
    doc = acts["document"]
    texts = {key: {lang: _fill(tr(doc[key], lang), acts, lang) for lang in langs}
             for key in ("heading", "subheading", "place", "parties", "works_intro", "total", "no_claims", "copies",
                         "copies_electronic", "language_clause")}
    if acceptance == "stages":
        own = acts["final"]["stage_acts"]
        texts.update({key: {lang: _fill(tr(own[text_key], lang), acts, lang) for lang in langs}
                      for key, text_key in (("works_intro", "intro"), ("reference", "reference"),
                                            ("no_claims", "no_claims"))})
    if act_id == FINAL_ACT:
        texts["stage_line"] = {lang: [{"text": tr(doc["final_line"], lang), "slot": None}] for lang in langs}
    else:
        stage = content.stage(act_id)
        texts["stage_line"] = {lang: _fill(tr(doc["stage_line"], lang), acts, lang, {
            "stage_number": str(stage["number"]), "stage_title": tr(stage["title"], lang)}) for lang in langs}
    result = default_result(content, act_id)
    texts["result"] = {lang: _fill(tr(doc["result"], lang), acts, lang, {"result": result[lang]}) for lang in langs}
    return texts


def _columns(acts: dict, langs) -> list[dict]:
    table = acts["table"]
    return [{"class": cls, "labels": {lang: tr(table[key], lang) for lang in langs},
             "currency": key in ("price", "amount")}
            for key, cls in (("number", "num"), ("name", "name"), ("unit", "unit"), ("quantity", "qty"),
                             ("price", "price"), ("amount", "amount"))]


def _party(acts: dict, party: str, langs) -> dict:
    """A party's signature block: its role, and the slots of its name, position and signatory."""
    slots = {part: {lang: _slot(f"{party}_{part}", acts, lang, {}) for lang in langs}
             for part in ("name", "position", "signatory")}
    return {"id": party, "role": {lang: tr(acts["document"][party], lang) for lang in langs}, **slots}


def _stage_act_columns(acts: dict, langs) -> list[dict]:
    columns = acts["final"]["stage_acts"]["columns"]
    return [{"class": cls, "labels": {lang: tr(columns[key], lang) for lang in langs}, "currency": key == "amount"}
            for key, cls in (("number", "num"), ("document", "name"), ("amount", "amount"))]


def _stage_act_rows(content: Content, acts: dict, langs) -> list[dict]:
    """The final act's list of stage acts as printed blank: a row per required stage, its number
    and date left as lines (acts/document.js lists the stage acts of the project instead)."""
    template = acts["final"]["stage_acts"]["row"]
    return [{lang: _fill(tr(template, lang), acts, lang, {"stage_number": str(stage["number"]),
                                                           "stage_title": tr(stage["title"], lang)})
             for lang in langs}
            for stage in content.stages if not stage.get("optional")]


def act_document(content: Content, act_id: str, version: str, page_lang: str, hidden: bool,
                 acceptance: str | None = None) -> dict:
    """One version of the act (templates/document.html); texts are {lang: …} for its languages.
    The final act has one per way of acceptance; `acceptance` is None for a stage act."""
    acts = _acts(content)
    langs = VERSION_LANGS[version]
    doc = acts["document"]
    label = f'{_ui(acts, "preview", page_lang)}: {_ui(acts, f"version_{version}", page_lang)}'
    if acceptance:
        label += f' ({_ui(acts, f"acceptance_{acceptance}_short", page_lang)})'
    return {
        "version": version,
        "langs": langs,
        "hidden": hidden,
        "acceptance": acceptance,
        "label": label,
        "text": _sentences(content, act_id, acts, langs, acceptance),
        "date": {lang: _slot("date", acts, lang, {}) for lang in langs},
        "columns": _columns(acts, langs),
        "rows": default_rows(content, act_id),
        "stage_act_columns": _stage_act_columns(acts, langs) if acceptance == "stages" else [],
        "stage_acts": _stage_act_rows(content, acts, langs) if acceptance == "stages" else [],
        "totals": [{lang: tr(line["label"], lang) for lang in langs} for line in acts["totals"]["blank"]],
        "parties": [_party(acts, party, langs) for party in ("contractor", "client")],
        "labels": {key: {lang: tr(doc[key], lang) for lang in langs}
                   for key in ("position", "signature", "full_name", "seal", "e_signed")},
    }


# --- the form ---------------------------------------------------------------------------------

def _ui(_acts: dict, key: str, lang: str, **values) -> str:
    """The page's string `key` (data/ui.yml, act_page_<key>); the call sites keep their old shape."""
    return ui(UI_PREFIX + key, lang, **values)


def _control(name: str, kind: str, size: str, label: str, input_lang: str | None = None,
             in_lang: str | None = None, inputmode: str | None = None, options: tuple = ()) -> dict:
    """A labelled form control (templates/form.html): an input of `kind`, a textarea or a select."""
    return {"name": name, "control_id": f"act-{name}", "kind": kind, "size": size, "label": label,
            "input_lang": input_lang, "in_lang": in_lang, "inputmode": inputmode, "options": list(options)}


def _input(field: dict, input_lang: str | None, lang: str, acts: dict) -> dict:
    name = field["id"] + ("_en" if input_lang == "en" else "")
    # only a bilingual act shows both inputs, and then says which is which
    in_lang = _ui(acts, "in_" + input_lang, lang) if input_lang else None
    return _control(name, field.get("kind", "text"), field.get("size", "long"), tr(field["label"], lang),
                    input_lang, in_lang)


def _select(name: str, label: str, options: list[tuple[str, str]]) -> dict:
    return _control(name, "select", "short", label, options=options)


def act_form(acts: dict, lang: str, final: bool) -> dict:
    """The form (templates/form.html): the version, the way of acceptance (the final act), the field
    groups, the works (or the stage acts) and the money."""
    groups = []
    for group in acts["field_groups"]:
        fields = []
        for field in group["fields"]:
            if field.get("per_language"):
                fields += [_input(field, input_lang, lang, acts) for input_lang in LANGUAGES]
            else:
                fields.append(_input(field, None, lang, acts))
        groups.append({"id": group["id"], "legend": tr(group["legend"], lang), "fields": fields})
    works = {"id": "works", "legend": _ui(acts, "works", lang), "add_row": _ui(acts, "add_row", lang),
             "reset_rows": _ui(acts, "reset_rows", lang), "note": _ui(acts, "services_note", lang)}
    stage_acts = {"id": "stage-acts", "legend": _ui(acts, "stage_acts", lang),
                  "hint": _ui(acts, "stage_acts_hint", lang)}
    money = {"id": "money", "legend": _ui(acts, "money", lang), "fields": [
        _select("currency", _ui(acts, "currency", lang),
                [(c["id"], f"{c['id']} ({tr(c['short'], lang)})") for c in acts["currencies"]]),
        _select("vat_mode", _ui(acts, "vat_mode", lang),
                [("", _ui(acts, "vat_unset", lang))]
                + [(mode, _ui(acts, f"vat_{mode}", lang)) for mode in ("none", "added", "included")]),
        _control("vat_rate", "text", "short", _ui(acts, "vat_rate", lang), inputmode="decimal"),
        _select("signing", _ui(acts, "signing", lang),
                [("paper", _ui(acts, "signing_paper", lang)), ("electronic", _ui(acts, "signing_electronic", lang))]),
    ]}
    return {
        "label": _ui(acts, "form_label", lang),
        "choices": [
            {"name": "version", "legend": _ui(acts, "version", lang),
             "options": [(version, _ui(acts, f"version_{version}", lang)) for version in VERSIONS]},
            *([{"name": "acceptance", "legend": _ui(acts, "acceptance", lang),
                "options": [(mode, _ui(acts, f"acceptance_{mode}", lang)) for mode in ACCEPTANCE_MODES]}]
              if final else []),
        ],
        # the works (and, in the final act, the stage acts) and the money come before the last group (the result)
        "groups": [*groups[:-1], *([stage_acts] if final else []), works, money, groups[-1]],
        "buttons": {"print": _ui(acts, "print", lang), "clear_all": _ui(acts, "clear", lang)},
    }


DEFAULT_CURRENCY = "UAH"
DEFAULT_VAT_RATE = "20"  # per cent, until the act says otherwise


def party_fields(content: Content) -> list[str]:
    """Every act form field the parties section shares: the contract's and both parties'
    (a per-language field is stored as <id> in Ukrainian and <id>_en in English, as in an act)."""
    acts = content.files["acts"]
    names = []
    for group in acts["field_groups"]:
        for field in group["fields"]:
            shared = group["id"] in ("contractor", "client") or field["id"].startswith("contract_")
            if not shared:
                continue
            names.append(field["id"])
            if field.get("per_language"):
                names.append(field["id"] + "_en")
    return names


def act_config(content: Content, act_id: str, lang: str) -> dict:
    """What the script needs, rendered into the page (no strings are hard-coded in JavaScript)."""
    acts = _acts(content)
    per_language = [f["id"] for f in _fields(acts).values() if f.get("per_language")]
    final = act_id == FINAL_ACT
    return {
        "act": act_id,
        "defaultVersion": lang,
        "maxRows": MAX_ROWS,
        "rows": default_rows(content, act_id),
        "defaults": {"result": default_result(content, act_id)["uk"],
                     "result_en": default_result(content, act_id)["en"], "currency": DEFAULT_CURRENCY,
                     "vat_rate": DEFAULT_VAT_RATE, "signing": "paper"},
        "perLanguage": per_language,
        # kept in the project's shared "parties" section, which the project page edits too
        "partyFields": party_fields(content),
        "stageActIds": [stage["id"] for stage in content.stages],
        "dateFields": [f["id"] for f in _fields(acts).values() if f.get("kind") == "date"],
        "units": acts["units"],
        "currencies": acts["currencies"],
        "totals": {mode: acts["totals"][mode] for mode in ("blank", "none", "added", "included")},
        "vatClause": acts["vat_clause"],
        "blankDate": acts["document"]["blank_date"],
        "vatBlank": acts["document"]["vat_blank"],
        "totalIncomplete": acts["document"]["total_incomplete"],
        "table": acts["table"],
        # a stage act: the checklist texts it used to be filled with; the final act: the stages it lists
        "formerRows": [] if final else former_rows(content.stage(act_id)),
        "stageActs": [{"id": stage["id"], "number": stage["number"], "optional": bool(stage.get("optional")),
                       "title": dict(stage["title"]), "heading": stage_heading(stage, lang)}
                      for stage in content.stages] if final else None,
        "stageActRow": acts["final"]["stage_acts"]["row"],
        "acceptanceModes": list(ACCEPTANCE_MODES),
        "ui": {key[len(UI_PREFIX):]: ui_template(key, lang) for key in ui_keys(UI_PREFIX)},
    }


def _documents(content: Content, act_id: str, lang: str) -> list[dict]:
    """Every document the page holds; without scripts, the page language's is shown (the final
    act's accepted stage by stage)."""
    if act_id != FINAL_ACT:
        return [act_document(content, act_id, version, lang, hidden=version != lang) for version in VERSIONS]
    return [act_document(content, act_id, version, lang, hidden=(version, mode) != (lang, ACCEPTANCE_MODES[0]),
                         acceptance=mode)
            for mode in ACCEPTANCE_MODES for version in VERSIONS]


def render_act(content: Content, act_id: str, lang: str, root: str) -> str:
    acts = _acts(content)
    final = act_id == FINAL_ACT
    if final:
        title = _ui(acts, "final_act_title", lang)
        scope = None
    else:
        stage = content.stage(act_id)
        title = _ui(acts, "stage_act_title", lang, stage_number=stage["number"], stage_title=tr(stage["title"], lang))
        scope = {"text": _ui(acts, "stage_scope", lang),
                 "url": link(root, act_path(FINAL_ACT)), "label": _ui(acts, "final_act_title", lang)}
    return render(
        "acts/act.html",
        title=title,
        lead=_ui(acts, "act_lead", lang),
        about={"url": link(root, ACTS_INDEX), "label": _ui(acts, "about_link", lang)},
        scope=scope,
        project_bar=render_project_bar(lang, SECTION),
        act_form=act_form(acts, lang, final),
        act_id=act_id,
        lang=lang,
        acceptance=ACCEPTANCE_MODES[0] if final else None,
        preview_label=_ui(acts, "preview_region", lang),
        documents=_documents(content, act_id, lang),
        config=act_config(content, act_id, lang),
    )


# --- the explanation page ----------------------------------------------------------------------

def render_acts_index(content: Content, lang: str, root: str) -> str:
    acts = _acts(content)
    guide = acts["guide"]
    listed = [{"url": link(root, act_path(stage["id"])),
               "title": _ui(acts, "stage_act_title", lang, stage_number=stage["number"],
                            stage_title=tr(stage["title"], lang)), "summary": None}
              for stage in content.stages]
    listed.append({"url": link(root, act_path(FINAL_ACT)), "title": _ui(acts, "final_act_title", lang),
                   "summary": tr(guide["final_summary"], lang)})
    requisites = [{"id": r["id"], "text": tr(r["text"], lang), "law": r.get("law", False)} for r in acts["requisites"]]
    return render(
        "acts/index.html",
        guide={key: tr(guide[key], lang) for key in ("title", "intro", "acts_heading", "acceptance_heading",
                                                     "law_heading", "law", "electronic", "practice_heading",
                                                     "practice", "language_heading", "disclaimer", "how_heading")},
        acceptance=[tr(paragraph, lang) for paragraph in guide["acceptance"]],
        language=[tr(paragraph, lang) for paragraph in guide["language"]],
        steps=[tr(step, lang) for step in guide["how"]],
        acts=listed,
        law=[r for r in requisites if r["law"]],
        practice=[r for r in requisites if not r["law"]],
    )

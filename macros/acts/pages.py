"""Acts of completed works: the explanation page (acts/) and one fillable act per stage plus a final act.

The act is rendered here as a blank template in three versions (Ukrainian, English, bilingual);
docs/assets/javascripts/acts/document.js fills it from the form (acts/form.js), whose values are
kept in the browser.
Every value slot is a <span data-field="…">; every part that carries a requisite of the
document is marked data-requisite="…" (the ids of data/acts.yml's `requisites`).
"""
from __future__ import annotations

import json

from macros.acts.model import FINAL_ACT, PLACEHOLDER
from macros.core.content import Content

from macros.core.i18n import LANGUAGES, tr, ui, ui_keys, ui_template
from macros.core.markup import esc, md_inline, tag
from macros.core.stage_parts import stage_heading
from macros.projects.project_bar import render_project_bar
from macros.core.site_map import act_path, link

VERSIONS = ("uk", "en", "bilingual")
VERSION_LANGS = {"uk": ("uk",), "en": ("en",), "bilingual": ("uk", "en")}
MAX_ROWS = 30
SECTION = "acts"  # the part of a named project (projects/store.js) that holds the acts, keyed by act id
ACTS_INDEX = "acts/"
UI_PREFIX = "act_page_"  # the page's interface strings in data/ui.yml; acts.js gets them without it


# --- the parts of the document ------------------------------------------------------------

def _acts(content: Content) -> dict:
    return content.files["acts"]


def _fields(acts: dict) -> dict[str, dict]:
    return {field["id"]: field for group in acts["field_groups"] for field in group["fields"]}


def _slot(name: str, acts: dict, lang: str, static: dict) -> str:
    """A value slot: static text (stage number, title), or an empty line the script fills in."""
    if name in static:
        return tag("span", esc(static[name]), class_="playbook-act__static", data_field=name)
    field = _fields(acts).get(name, {})
    size = field.get("size", "long") if field else ("short" if name in ("total_figure", "vat_figure") else "long")
    blank = ""
    if field.get("kind") == "date":
        blank = esc(tr(acts["document"]["blank_date"], lang))
    elif name == "vat_clause":
        blank = esc(tr(acts["document"]["vat_blank"], lang))
    classes = f"playbook-act__value playbook-act__value--{size}"
    if not blank:
        classes += " playbook-act__value--line"
    return tag("span", blank, class_=classes, data_field=name)


def _fill(template: str, acts: dict, lang: str, static: dict | None = None) -> str:
    """The text with each {name} replaced by its slot; everything else escaped."""
    parts = PLACEHOLDER.split(template)
    return "".join(esc(part) if i % 2 == 0 else _slot(part, acts, lang, static or {})
                   for i, part in enumerate(parts))


def _text(acts: dict, key: str, lang: str, static: dict | None = None) -> str:
    return _fill(tr(acts["document"][key], lang), acts, lang, static)


def _pair(langs, render, tag_name="div", **attributes) -> str:
    """One block per language: plain for a one-language act, side by side for a bilingual one."""
    if len(langs) == 1:
        return tag(tag_name, render(langs[0]), **attributes)
    cell = "div" if tag_name == "div" else "span"  # a <p> or a heading holds phrasing content only
    cells = "".join(tag(cell, render(lang), lang=lang, class_=f"playbook-act__col playbook-act__col--{lang}")
                    for lang in langs)
    attributes["class_"] = (attributes.get("class_", "") + " playbook-act__pair").strip()
    return tag(tag_name, cells, **attributes)


def _both(langs, render, separator=" / ") -> str:
    """Short labels in every language of the act, side by side on a bilingual act ("<uk> / Contractor")."""
    if len(langs) == 1:
        return render(langs[0])
    return separator.join(tag("span", render(lang), lang=lang) for lang in langs)


def _row_name(row: dict, langs) -> str:
    if len(langs) == 1:
        return esc(row[langs[0]])
    return "".join(tag("span", esc(row[lang]), lang=lang, class_=f"playbook-act__name-{lang}") for lang in langs)


def default_rows(content: Content, act_id: str) -> list[dict]:
    """The works the act lists before anyone edits it: the stage's checklist, or the stages."""
    if act_id == FINAL_ACT:
        return [{lang: stage_heading(stage, lang) for lang in LANGUAGES}
                for stage in content.stages if not stage.get("optional")]
    stage = content.stage(act_id)
    return [dict(item["text"]) for item in stage["checklist"] if not item.get("optional")]


def default_result(content: Content, act_id: str) -> dict:
    if act_id == FINAL_ACT:
        return dict(_acts(content)["final"]["result"])
    return dict(content.stage(act_id)["result"])


def works_table(acts: dict, rows: list[dict], langs) -> str:
    table = acts["table"]
    headers = []
    for key, cls in (("number", "num"), ("name", "name"), ("unit", "unit"), ("quantity", "qty"),
                     ("price", "price"), ("amount", "amount")):
        label = _both(langs, lambda lang, key=key: esc(tr(table[key], lang)), separator="<br>")
        if key in ("price", "amount"):
            label += tag("span", "", class_="playbook-act__currency-head", data_field="currency_head")
        headers.append(tag("th", label, scope="col", class_=f"playbook-act__c-{cls}"))
    body = []
    for index, row in enumerate(rows, start=1):
        cells = [tag("td", str(index), class_="playbook-act__c-num"),
                 tag("td", _row_name(row, langs), class_="playbook-act__c-name")]
        cells += [tag("td", "", class_=f"playbook-act__c-{cls}") for cls in ("unit", "qty", "price", "amount")]
        body.append(tag("tr", "".join(cells)))
    return tag("table", tag("thead", tag("tr", "".join(headers)))
               + tag("tbody", "".join(body), class_="playbook-act__rows"),
               class_="playbook-act__works", data_requisite="works")


def totals_table(acts: dict, langs) -> str:
    rows = []
    for line in acts["totals"]["blank"]:
        label = _both(langs, lambda lang, line=line: esc(tr(line["label"], lang)))
        rows.append(tag("tr", tag("th", label, scope="row") + tag("td", "", class_="playbook-act__value--line")))
    return tag("table", tag("tbody", "".join(rows)), class_="playbook-act__totals", data_requisite="total")


def signatures(acts: dict, langs) -> str:
    doc = acts["document"]
    parties = []
    for party in ("contractor", "client"):
        role = _both(langs, lambda lang: esc(tr(doc[party], lang)))
        name = _pair(langs, lambda lang: _slot(f"{party}_name", acts, lang, {}),
                     class_="playbook-act__party-name", data_requisite="parties")
        position = _pair(langs, lambda lang: _slot(f"{party}_position", acts, lang, {})
                         + tag("span", esc(tr(doc["position"], lang)), class_="playbook-act__caption"),
                         class_="playbook-act__party-position", data_requisite="positions")

        signature = tag("span", tag("span", "", class_="playbook-act__value playbook-act__value--sign")
                        + tag("span", _both(langs, lambda lang: esc(tr(doc["signature"], lang))),
                              class_="playbook-act__caption"),
                        class_="playbook-act__captioned")
        names = "".join(tag("span", _slot(f"{party}_signatory", acts, lang, {}), lang=lang,
                            class_="playbook-act__signatory") for lang in langs)
        signatory = tag("span", names + tag("span", _both(langs, lambda lang: esc(tr(doc["full_name"], lang))),
                                            class_="playbook-act__caption"),
                        class_="playbook-act__captioned")
        paper = tag("div", tag("p", signature + " / " + signatory, class_="playbook-act__sign")
                    + tag("p", _both(langs, lambda lang: esc(tr(doc["seal"], lang))),
                          class_="playbook-act__seal", data_requisite="seal"),
                    class_="playbook-act__paper", data_requisite="signatures")
        electronic = tag("div", tag("p", signatory, class_="playbook-act__sign")
                         + tag("p", _both(langs, lambda lang: esc(tr(doc["e_signed"], lang))),
                               class_="playbook-act__e-signed"),
                         class_="playbook-act__electronic", data_requisite="signatures seal", hidden="hidden")
        parties.append(tag("div", tag("p", role, class_="playbook-act__role") + name + position + paper
                           + electronic, class_=f"playbook-act__party playbook-act__party--{party}"))
    return tag("div", "".join(parties), class_="playbook-act__signatures")


def act_document(content: Content, act_id: str, version: str, page_lang: str, hidden: bool) -> str:
    acts = _acts(content)
    langs = VERSION_LANGS[version]
    if act_id == FINAL_ACT:
        line = lambda lang: esc(tr(acts["document"]["final_line"], lang))
    else:
        stage = content.stage(act_id)
        static_for = lambda lang: {"stage_number": str(stage["number"]), "stage_title": tr(stage["title"], lang)}
        line = lambda lang: _text(acts, "stage_line", lang, static_for(lang))
    title = _pair(langs, lambda lang: tag("span", _text(acts, "heading", lang), class_="playbook-act__heading")
                  + tag("span", _text(acts, "subheading", lang), class_="playbook-act__subheading")
                  + tag("span", line(lang), class_="playbook-act__stage-line"),
                  tag_name="h2", class_="playbook-act__title", data_requisite="document-name number")
    place_date = _pair(langs, lambda lang: tag("span", _text(acts, "place", lang), data_requisite="place")
                       + tag("span", _slot("date", acts, lang, {}), data_requisite="date",
                             class_="playbook-act__date"),
                       class_="playbook-act__place-date")
    body = [
        title,
        place_date,
        _pair(langs, lambda lang: _text(acts, "parties", lang), tag_name="p",
              class_="playbook-act__parties", data_requisite="parties representation"),
        _pair(langs, lambda lang: _text(acts, "works_intro", lang), tag_name="p",
              class_="playbook-act__intro", data_requisite="contract"),
        works_table(acts, default_rows(content, act_id), langs),
        _pair(langs, lambda lang: _fill(tr(acts["document"]["result"], lang), acts, lang,
                                        {"result": default_result(content, act_id)[lang]}),
              tag_name="p", class_="playbook-act__result"),
    ]
    closing = [
        totals_table(acts, langs),
        _pair(langs, lambda lang: _text(acts, "total", lang), tag_name="p",
              class_="playbook-act__total", data_requisite="total-in-words"),
        _pair(langs, lambda lang: _text(acts, "no_claims", lang), tag_name="p",
              class_="playbook-act__no-claims", data_requisite="no-claims"),
        _pair(langs, lambda lang: _text(acts, "copies", lang), tag_name="p",
              class_="playbook-act__copies playbook-act__paper"),
        _pair(langs, lambda lang: _text(acts, "copies_electronic", lang), tag_name="p",
              class_="playbook-act__copies playbook-act__electronic", hidden="hidden"),
        signatures(acts, langs),
    ]
    body.append(tag("div", "\n".join(closing), class_="playbook-act__closing"))
    label = f'{_ui(acts, "preview", page_lang)}: {_ui(acts, f"version_{version}", page_lang)}'
    return tag("article", "\n".join(body), class_=f"playbook-act__sheet playbook-act__sheet--{version}",
               lang=langs[0], data_version=version, aria_label=label, hidden="hidden" if hidden else None)


# --- the form ---------------------------------------------------------------------------------

def _ui(_acts: dict, key: str, lang: str, **values) -> str:
    """The page's string `key` (data/ui.yml, act_page_<key>); the call sites keep their old shape."""
    return ui(UI_PREFIX + key, lang, **values)


def _input(field: dict, input_lang: str | None, lang: str, acts: dict) -> str:
    name = field["id"] + ("_en" if input_lang == "en" else "")
    label = esc(tr(field["label"], lang))
    if input_lang:  # only a bilingual act shows both inputs, and then says which is which
        label += tag("span", esc(f" ({_ui(acts, 'in_' + input_lang, lang)})"), class_="playbook-act-form__in-lang")
    control_id = f"act-{name}"
    kind = field.get("kind", "text")
    if kind == "textarea":
        control = tag("textarea", "", id=control_id, name_=name, rows="3", lang=input_lang)
    else:
        control = tag("input", "", id=control_id, name_=name, type=kind, lang=input_lang,
                      autocomplete="off").replace("></input>", ">")
    return tag("div", tag("label", label, for_=control_id) + control,
               class_=f"playbook-act-form__field playbook-act-form__field--{field.get('size', 'long')}",
               data_input_lang=input_lang)


def _select(name: str, label: str, options: list[tuple[str, str]]) -> str:
    control_id = f"act-{name}"
    opts = "".join(tag("option", esc(text), value=value) for value, text in options)
    return tag("div", tag("label", esc(label), for_=control_id) + tag("select", opts, id=control_id, name_=name),
               class_="playbook-act-form__field playbook-act-form__field--short")


def act_form(acts: dict, lang: str) -> str:
    groups = []
    versions = "".join(
        tag("label", tag("input", "", type="radio", name_="version", value=version).replace("></input>", ">")
            + " " + esc(_ui(acts, f"version_{version}", lang)), class_="playbook-act-form__choice")
        for version in VERSIONS)
    groups.append(tag("fieldset", tag("legend", esc(_ui(acts, "version", lang))) + versions,
                      class_="playbook-act-form__group playbook-act-form__versions"))
    for group in acts["field_groups"]:
        inputs = []
        for field in group["fields"]:
            if field.get("per_language"):
                inputs += [_input(field, input_lang, lang, acts) for input_lang in LANGUAGES]
            else:
                inputs.append(_input(field, None, lang, acts))
        groups.append(tag("fieldset", tag("legend", esc(tr(group["legend"], lang))) + "".join(inputs),
                          class_=f"playbook-act-form__group playbook-act-form__group--{group['id']}"))
    works = tag("fieldset", tag("legend", esc(_ui(acts, "works", lang)))
                + tag("div", "", class_="playbook-act-form__rows")
                + tag("p", tag("button", esc(_ui(acts, "add_row", lang)), type="button", data_action="add-row",
                               class_="md-button")
                      + " " + tag("button", esc(_ui(acts, "reset_rows", lang)), type="button",
                                  data_action="reset-rows", class_="md-button"),
                      class_="playbook-act-form__actions"),
                class_="playbook-act-form__group playbook-act-form__group--works")
    groups.insert(-1, works)
    money = [
        _select("currency", _ui(acts, "currency", lang),
                [(c["id"], f"{c['id']} ({tr(c['short'], lang)})") for c in acts["currencies"]]),
        _select("vat_mode", _ui(acts, "vat_mode", lang),
                [("", _ui(acts, "vat_unset", lang))]
                + [(mode, _ui(acts, f"vat_{mode}", lang)) for mode in ("none", "added", "included")]),
        _input({"id": "vat_rate", "label": {lang: _ui(acts, "vat_rate", lang)}, "size": "short"}, None, lang, acts)
        .replace('type="text"', 'type="text" inputmode="decimal"'),
        _select("signing", _ui(acts, "signing", lang),
                [("paper", _ui(acts, "signing_paper", lang)), ("electronic", _ui(acts, "signing_electronic", lang))]),
    ]
    groups.insert(-1, tag("fieldset", tag("legend", esc(_ui(acts, "money", lang))) + "".join(money),
                          class_="playbook-act-form__group playbook-act-form__group--money"))
    buttons = tag("p", tag("button", esc(_ui(acts, "print", lang)), type="button", data_action="print",
                           class_="md-button md-button--primary")
                  + " " + tag("button", esc(_ui(acts, "clear", lang)), type="button", data_action="clear",
                              class_="md-button")
                  + " " + tag("span", "", class_="playbook-act-form__status", role="status"),
                  class_="playbook-act-form__actions")
    return tag("form", "\n".join(groups) + buttons, class_="playbook-act-form playbook-scripted", data_search_exclude="",
               aria_label=_ui(acts, "form_label", lang), novalidate="novalidate")


def act_config(content: Content, act_id: str, lang: str) -> dict:
    """What the script needs, rendered into the page (no strings are hard-coded in JavaScript)."""
    acts = _acts(content)
    per_language = [f["id"] for f in _fields(acts).values() if f.get("per_language")]
    return {
        "act": act_id,
        "defaultVersion": lang,
        "maxRows": MAX_ROWS,
        "rows": default_rows(content, act_id),
        "defaults": {"result": default_result(content, act_id)["uk"],
                     "result_en": default_result(content, act_id)["en"], "currency": "UAH",
                     "vat_rate": "20", "signing": "paper"},
        "perLanguage": per_language,
        "dateFields": [f["id"] for f in _fields(acts).values() if f.get("kind") == "date"],
        "units": acts["units"],
        "currencies": acts["currencies"],
        "totals": {mode: acts["totals"][mode] for mode in ("blank", "none", "added", "included")},
        "vatClause": acts["vat_clause"],
        "blankDate": acts["document"]["blank_date"],
        "vatBlank": acts["document"]["vat_blank"],
        "table": acts["table"],
        "ui": {key[len(UI_PREFIX):]: ui_template(key, lang) for key in ui_keys(UI_PREFIX)},
    }


def _json_script(data: dict, class_name: str) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/json" class="{class_name}">{text}</script>'


def render_act(content: Content, act_id: str, lang: str, root: str) -> str:
    acts = _acts(content)
    if act_id == FINAL_ACT:
        title = _ui(acts, "final_act_title", lang)
    else:
        stage = content.stage(act_id)
        title = _ui(acts, "stage_act_title", lang, stage_number=stage["number"], stage_title=tr(stage["title"], lang))
    lead = tag("p", esc(_ui(acts, "act_lead", lang)) + " "
               + tag("a", esc(_ui(acts, "about_link", lang)), href=link(root, ACTS_INDEX)) + ".",
               class_="playbook-act-lead")
    sheets = "\n".join(act_document(content, act_id, version, lang, hidden=version != lang) for version in VERSIONS)
    return "\n\n".join([
        f"# {md_inline(title)} {{ #act }}",
        lead,
        render_project_bar(lang, SECTION),
        act_form(acts, lang),
        # The act repeats the stage's works; search offers the stage guide for them.
        tag("div", sheets, class_="playbook-act", data_act=act_id, data_version=lang, data_signing="paper",
            data_search_exclude="")
        + _json_script(act_config(content, act_id, lang), "playbook-act-config"),
    ]) + "\n"


# --- the explanation page ----------------------------------------------------------------------

def render_acts_index(content: Content, lang: str, root: str) -> str:
    acts = _acts(content)
    guide = acts["guide"]
    items = []
    for stage in content.stages:
        title = _ui(acts, "stage_act_title", lang, stage_number=stage["number"], stage_title=tr(stage["title"], lang))
        items.append(tag("li", tag("a", esc(title), href=link(root, act_path(stage["id"])))))
    items.append(tag("li", tag("a", esc(_ui(acts, "final_act_title", lang)), href=link(root, act_path(FINAL_ACT)))
                     + " — " + esc(tr(guide["final_summary"], lang))))
    law = [tag("li", esc(tr(r["text"], lang)), id=f"requisite-{r['id']}") for r in acts["requisites"] if r.get("law")]
    practice = [tag("li", esc(tr(r["text"], lang)), id=f"requisite-{r['id']}")
                for r in acts["requisites"] if not r.get("law")]
    return "\n\n".join([
        f"# {md_inline(tr(guide['title'], lang))} {{ #acts }}",
        tag("p", esc(tr(guide["intro"], lang)), class_="playbook-lead"),
        f"## {md_inline(tr(guide['acts_heading'], lang))} {{ #templates }}",
        tag("ul", "".join(items), class_="playbook-acts-list"),
        f"## {md_inline(tr(guide['law_heading'], lang))} {{ #requisites }}",
        tag("p", esc(tr(guide["law"], lang))),
        tag("ul", "".join(law), class_="playbook-requisites playbook-requisites--law"),
        f"## {md_inline(tr(guide['practice_heading'], lang))} {{ #practice }}",
        tag("p", esc(tr(guide["practice"], lang))),
        tag("ul", "".join(practice), class_="playbook-requisites"),
        tag("p", esc(tr(guide["disclaimer"], lang)), class_="playbook-acts-disclaimer"),
        f"## {md_inline(tr(guide['how_heading'], lang))} {{ #how }}",
        tag("ol", "".join(tag("li", esc(tr(step, lang))) for step in guide["how"])),
    ]) + "\n"

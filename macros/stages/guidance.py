"""The editors' guidance on a checklist item (`guidance:` in data/methodology.yml): who does it
(roles of data/roles.yml, the owner first), how it is done in Odoo Online, when it counts as done,
and where to read more. The stage guide and the checklists show it under each item
(templates/guidance.html), the role filter picks items by it, and the exports take it as plain text.
"""
from __future__ import annotations

from macros.core.content import Content
from macros.core.editorial import docs_view, editors_badge
from macros.core.glossary_marks import with_glossary_links, without_marks
from macros.core.i18n import LANGUAGES, tr, ui
from macros.core.odoo_docs import documentation_links
from macros.core.site_map import GLOSSARY_PATH, VIDEOS_PATH, link

PARTIES = ("client", "contractor")
ROLE_FILTER_ID = "playbook-role-filter"  # the filter's <select>: one per page, no item may take its id


def roles_by_id(content: Content) -> dict[str, dict]:
    return {role["id"]: role for role in content.files.get("roles", {}).get("roles", [])}


def item_roles(item: dict) -> list[str]:
    """The role ids of an item, the owner first; none for an item without guidance."""
    return list(item.get("guidance", {}).get("who", []))


def item_parties(content: Content, item: dict) -> list[str]:
    roles = roles_by_id(content)
    return [party for party in PARTIES if any(roles[role]["party"] == party for role in item_roles(item))]


def owner_name(content: Content, item: dict, lang: str) -> str | None:
    """The name of the item's owner (its first role), or None for an item without guidance."""
    roles = item_roles(item)
    return roles_by_id(content)[roles[0]]["name"][lang] if roles else None


def filter_attributes(content: Content, item: dict) -> dict:
    """What the role filter (stages/role-filter.js) reads from an item's <li>."""
    return {"roles": " ".join(item_roles(item)), "parties": " ".join(item_parties(content, item))}


def _videos(content: Content, ids: list[str], lang: str, root: str) -> list[dict]:
    titles = {video["id"]: video["title"] for video in content.files.get("videos", {}).get("videos", [])}
    return [{"url": link(root, VIDEOS_PATH) + "#" + video_id, "title": tr(titles[video_id], lang)}
            for video_id in ids]


def guidance_view(content: Content, item: dict, lang: str, root: str) -> dict | None:
    """The guidance as templates/guidance.html shows it; None for an item without guidance."""
    guidance = item.get("guidance")
    if not guidance:
        return None
    roles = roles_by_id(content)

    def term_href(term_id: str) -> str:
        return link(root, GLOSSARY_PATH) + "#" + term_id

    return {
        "badge": editors_badge(lang, root),
        "owner": ui("guidance_owner", lang, role=owner_name(content, item, lang)),
        "roles": [{"name": roles[role]["name"][lang], "party": ui(f"party_{roles[role]['party']}", lang)}
                  for role in guidance["who"]],
        "how": with_glossary_links(tr(guidance["how"], lang), term_href),
        "done_when": with_glossary_links(tr(guidance["done_when"], lang), term_href),
        "docs": docs_view(content, guidance.get("docs", []), lang),
        "videos": _videos(content, guidance.get("videos", []), lang, root),
        "labels": {key: ui(f"guidance_{key}", lang)
                   for key in ("summary", "who", "how", "done_when", "links", "videos")},
    }


def role_filter_view(content: Content, lang: str) -> dict:
    """The role filter (templates/guidance.html, `role_filter`): every role that some item names,
    grouped by party, each party with an option for all of its items. Values are what the URL
    carries: `role:<id>` is ?role=<id>, `party:<party>` is ?party=<party>."""
    named = {role for stage in content.stages for item in stage["checklist"] for role in item_roles(item)}
    groups = []
    for party in PARTIES:
        roles = [role for role in roles_by_id(content).values() if role["party"] == party and role["id"] in named]
        if roles:
            groups.append({"label": ui(f"role_filter_group_{party}", lang),
                           "options": [{"value": f"party:{party}", "label": ui(f"role_filter_party_{party}", lang)}]
                           + [{"value": f"role:{role['id']}", "label": role["name"][lang]} for role in roles]})
    return {"id": ROLE_FILTER_ID, "label": ui("role_filter_label", lang), "all": ui("role_filter_all", lang), "groups": groups,
            "status": ui("role_filter_status", lang, shown="{shown}", total="{total}"),
            "none": ui("role_filter_none", lang)}


# Plain text, for the exports ----------------------------------------------------------------------

def plain(text: dict) -> dict:
    """A {uk, en} text with its glossary marks replaced by their shown words."""
    return {lang: without_marks(text[lang]) for lang in LANGUAGES}


def exported_guidance(content: Content, item: dict, video_url) -> dict | None:
    """The guidance as methodology.json carries it: plain text, roles with their party and names,
    the documentation's addresses built, the videos with their titles and `video_url(id)` ({uk, en})."""
    guidance = item.get("guidance")
    if not guidance:
        return None
    roles = roles_by_id(content)
    titles = {video["id"]: video["title"] for video in content.files.get("videos", {}).get("videos", [])}
    return {
        "who": [{"id": role, "party": roles[role]["party"], "name": roles[role]["name"]} for role in guidance["who"]],
        "how": plain(guidance["how"]),
        "done_when": plain(guidance["done_when"]),
        "docs": [{"title": doc["title"], "url": doc["url"]}
                 for doc in documentation_links(content, guidance.get("docs", []))],
        "videos": [{"id": video_id, "title": titles[video_id], "url": video_url(video_id)}
                   for video_id in guidance.get("videos", [])],
    }

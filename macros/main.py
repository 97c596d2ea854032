"""mkdocs-macros entry point: wires the renderers to the pages. No rendering logic lives here."""
from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.checklists.pages import render_master_checklist, render_stage_checklist
from macros.checklists.odoo_export import write_tasks_csv
from macros.acts.pages import render_act, render_acts_index
from macros.changelog.pages import render_changelog
from macros.glossary.pages import render_faq, render_glossary
from macros.engagement.pages import render_project_page
from macros.pages.about import (render_conclusion, render_editorial_notes, render_editors_additions,
                                render_odoo_notes, render_saas)
from macros.pages.home import render_home
from macros.stages.guide import render_stage_guide
from macros.videos.pages import render_video_index, render_video_reference
from macros.publish.build_config import build_content, build_language
from macros.core.content import Content
from macros.publish.export import write_export
from macros.core.i18n import DEFAULT_LANGUAGE
from macros.core.problems import DataError
from macros.core.site_map import language_path, relative_root


def _content(env) -> Content:
    try:
        return build_content(env.conf)
    except DataError as error:
        raise PluginError(str(error)) from None


def _language(env) -> str:
    return build_language(env.conf)


def _root(env) -> str:
    return relative_root(language_path(env.page.url, _language(env)))


def define_env(env):
    _content(env)  # validates before anything is rendered

    @env.macro
    def stage_guide(stage_id: str) -> str:
        return render_stage_guide(_content(env), stage_id, _language(env), _root(env))

    @env.macro
    def home() -> str:
        return render_home(_content(env), _language(env), _root(env))

    @env.macro
    def saas_specifics() -> str:
        return render_saas(_content(env), _language(env), _root(env))

    @env.macro
    def conclusion() -> str:
        return render_conclusion(_content(env), _language(env))

    @env.macro
    def editorial_notes() -> str:
        return render_editorial_notes(_content(env), _language(env), _root(env))

    @env.macro
    def changelog() -> str:
        return render_changelog(_content(env), _language(env), _root(env))

    @env.macro
    def glossary() -> str:
        return render_glossary(_content(env), _language(env), _root(env))

    @env.macro
    def faq() -> str:
        return render_faq(_content(env), _language(env), _root(env))

    @env.macro
    def odoo_notes() -> str:
        return render_odoo_notes(_content(env), _language(env), _root(env))

    @env.macro
    def editors_additions() -> str:
        return render_editors_additions(_content(env), _language(env), _root(env))

    @env.macro
    def video_index() -> str:
        return render_video_index(_content(env), _language(env), _root(env))

    @env.macro
    def video_reference() -> str:
        return render_video_reference(_content(env), _language(env))

    @env.macro
    def stage_checklist(stage_id: str) -> str:
        return render_stage_checklist(_content(env), stage_id, _language(env), _root(env))

    @env.macro
    def master_checklist() -> str:
        return render_master_checklist(_content(env), _language(env), _root(env))

    @env.macro
    def act(act_id: str) -> str:
        return render_act(_content(env), act_id, _language(env), _root(env))

    @env.macro
    def project_page() -> str:
        return render_project_page(_content(env), _language(env), _root(env))

    @env.macro
    def acts_index() -> str:
        return render_acts_index(_content(env), _language(env), _root(env))


def _language_root(env) -> Path:
    """Where the current language's pages are written: the site root, or <site>/<lang>/."""
    site_dir, lang = Path(env.conf["site_dir"]), _language(env)
    return site_dir if lang == DEFAULT_LANGUAGE or site_dir.name == lang else site_dir / lang


def on_post_build(env):
    write_tasks_csv(_content(env), _language(env), env.conf["site_url"] or "", _language_root(env))
    if _language(env) == DEFAULT_LANGUAGE:
        write_export(_content(env), env.conf["site_url"] or "", Path(env.conf["site_dir"]))

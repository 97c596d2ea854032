"""The playbook site's renderers and checks: plain Python, data and language in, Markdown/HTML out.

Deliberately empty: importing a small module (macros.core.site_map, say) loads only what it
needs. mkdocs-macros loads the entry module itself (mkdocs.yml: module_name: macros/main).
Layers: core/ (loading, checks, strings, URLs, markup) never imports a feature; each feature
folder (stages/, checklists/, projects/, videos/, acts/, pages/) builds on the core;
publish/ (export, page metadata, page assets, build configuration) builds on both;
site_content.py assembles every feature's checks; main.py only registers the renderers.
"""

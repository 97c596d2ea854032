"""Renderers for the playbook site. mkdocs-macros loads this package (module_name: macros)."""
from macros.main import define_env, on_post_build  # noqa: F401  (the plugin looks them up here)

"""MkDocs hook: one Jinja bytecode cache for all the language builds of a run.

The i18n plugin builds each language in turn with a fresh Jinja environment, so Material's
~100 templates would be compiled again for every language; most of a build's time went there.
One in-memory bytecode cache, shared by those builds, compiles each template once per process.
Jinja keys the cache by template name and source checksum, so an edited template is recompiled.
"""
from jinja2 import BytecodeCache


class _MemoryBytecodeCache(BytecodeCache):
    def __init__(self):
        self._code = {}

    def load_bytecode(self, bucket):
        code = self._code.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._code[(bucket.key, bucket.checksum)] = bucket.bytecode_to_string()


_CACHE = _MemoryBytecodeCache()


def on_env(env, config, files):
    env.bytecode_cache = _CACHE
    return env

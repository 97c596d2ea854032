"""The package's layers: no import cycles, the core never imports a feature, a small module loads
alone, and nothing reaches the package by editing the import path."""
import ast
import subprocess
import sys
from pathlib import Path

from support import REPO

PACKAGE = REPO / "macros"


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name == "macros" or name.startswith("macros.")}


GRAPH = {module_name(path): imports_of(path) for path in PACKAGE.rglob("*.py")}


def test_there_is_no_import_cycle():
    cycles, state = [], {}

    def visit(module, trail):
        state[module] = "open"
        for imported in sorted(GRAPH.get(module, ())):
            if state.get(imported) == "open":
                cycles.append(" → ".join(trail[trail.index(imported):] + [imported]))
            elif imported in GRAPH and imported not in state:
                visit(imported, trail + [imported])
        state[module] = "done"

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert not cycles, cycles


def test_the_core_imports_no_feature():
    leaks = {module: sorted(name for name in imported if not name.startswith("macros.core"))
             for module, imported in GRAPH.items() if module.startswith("macros.core")}
    assert not {module: names for module, names in leaks.items() if names}


def test_a_small_module_loads_alone():
    assert not GRAPH["macros"], "macros/__init__.py must import nothing"
    probe = ("import sys, macros.core.site_map; "
             "print(sorted(m for m in sys.modules if m.startswith(('macros', 'mkdocs'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "mkdocs" not in loaded and "macros.acts" not in loaded, loaded


def edits_import_path(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return any(edit in text for edit in ("sys.path.insert", "sys.path.append", "sys.path[:0]"))


def test_hooks_tests_and_benchmarks_do_not_edit_the_import_path():
    edits = [str(path.relative_to(REPO)) for folder in ("hooks", "benchmarks", "tests", "macros")
             for path in (REPO / folder).rglob("*.py")
             if path != Path(__file__).resolve() and edits_import_path(path)]
    assert not edits, f"import the package (editable install, pyproject.toml) instead: {edits}"

"""Load the YAML files in data/, validate them and report every mistake by file, path and line.

Each data/<name>.yml is checked against data/schemas/<name>.schema.json, then by the
checks macros/site_content.py assembles. Nothing is rendered until all of it passes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

from macros.core.messages import Message, say
from macros.core.problems import DataError, DataProblem, format_path, friendly_schema_problem
from macros.core.yaml_mistakes import describe_syntax_error

REQUIRED_FILES = ("methodology.yml", "ui.yml", "house_style.yml")


class _YamlLoader(yaml.CSafeLoader):
    """Safe loader that keeps dates as text, so the schema checks them and JSON can hold them."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class ParsedFile:
    """One data file: its values and the YAML node tree, kept to find the line of any path."""

    display_name: str
    data: Any
    root: yaml.Node | None

    def line_of(self, path: Iterable[str | int]) -> int | None:
        """The 1-based line of the value at `path` (of its field name, in a group of fields), or of
        its nearest existing parent."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for step in path:
            child = _child_node(node, step)
            if child is None:
                break
            key_node, node = child
            line = (key_node or node).start_mark.line + 1
        return line

    def value_line_of(self, path: Iterable[str | int]) -> int | None:
        """The 1-based line where the value at `path` itself starts (below its field name, for a
        value written on the next lines)."""
        node = self.root
        for step in path:
            child = _child_node(node, step)
            if child is None:
                return self.line_of(path)
            node = child[1]
        return node.start_mark.line + 1 if node is not None else None

    def problem(self, path: Iterable[str | int], key: str | Message, /, **values) -> DataProblem:
        """The problem at `path`: the sentence `key` of macros/core/messages.yml with these values
        (or a Message already made)."""
        path = tuple(path)
        message = key if isinstance(key, Message) else say(key, **values)
        return DataProblem(self.display_name, format_path(path), self.line_of(path), message)


def _child_node(node, step):
    if isinstance(node, yaml.MappingNode) and isinstance(step, str):
        for key_node, value_node in node.value:
            if key_node.value == step:
                return key_node, value_node
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return None, node.value[step]
    return None


def parse_yaml_file(path: Path, display_name: str) -> ParsedFile:
    """Parse one file; a syntax error or a repeated key becomes a DataError naming its line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise DataError([DataProblem(display_name, "", None, say("not_utf8", reason=error.reason))])
    loader = _YamlLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as error:
        line, message = describe_syntax_error(text, error, _YamlLoader)
        raise DataError([DataProblem(display_name, "", line, message)])
    finally:
        loader.dispose()
    parsed = ParsedFile(display_name, data, root)
    repeated = list(_repeated_keys(parsed, root, ()))
    if repeated:
        raise DataError(repeated)
    return parsed


def _repeated_keys(parsed: ParsedFile, node, path):
    if isinstance(node, yaml.MappingNode):
        first_line = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in first_line:
                yield DataProblem(parsed.display_name, format_path(path + (key,)), line,
                                  say("field_twice", field=key, first=first_line[key]))
            else:
                first_line[key] = line
            yield from _repeated_keys(parsed, value_node, path + (key,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _repeated_keys(parsed, item, path + (index,))


def _schema_registry(schema_dir: Path) -> Registry:
    resources = []
    for schema_path in sorted(schema_dir.glob("*.schema.json")):
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        resources.append((schema_path.name, Resource.from_contents(schema)))
    return Registry().with_resources(resources)


def schema_problems(parsed: ParsedFile, schema: dict, registry: Registry) -> list[DataProblem]:
    validator = Draft202012Validator(schema, registry=registry, format_checker=FormatChecker())
    problems = []
    for error in validator.iter_errors(parsed.data):
        path = tuple(error.absolute_path)
        for relative_path, message in friendly_schema_problem(error, lambda: parsed.value_line_of(path)):
            full_path = path + relative_path
            problem = DataProblem(parsed.display_name, format_path(full_path), parsed.line_of(full_path), message)
            if problem not in problems:  # e.g. a date that fails both its pattern and its format
                problems.append(problem)
    return problems


def load_data_files(data_dir: Path) -> dict[str, ParsedFile]:
    """Parse and schema-check every data/*.yml; raise one DataError listing all problems."""
    data_dir = Path(data_dir)
    schema_dir = data_dir / "schemas"
    registry = _schema_registry(schema_dir)
    files: dict[str, ParsedFile] = {}
    problems: list[DataProblem] = []
    for required in REQUIRED_FILES:
        if not (data_dir / required).is_file():
            problems.append(DataProblem(f"{data_dir.name}/{required}", "", None, say("file_missing")))
    for path in sorted(data_dir.glob("*.yml")):
        display_name = f"{data_dir.name}/{path.name}"
        schema_path = schema_dir / f"{path.stem}.schema.json"
        if not schema_path.is_file():
            problems.append(DataProblem(display_name, "", None,
                                        say("no_schema", schema=f"{data_dir.name}/schemas/{schema_path.name}")))
            continue
        try:
            parsed = parse_yaml_file(path, display_name)
        except DataError as error:
            problems.extend(error.problems)
            continue
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        problems.extend(schema_problems(parsed, schema, registry))
        files[path.stem] = parsed
    if problems:
        raise DataError(problems)
    return files

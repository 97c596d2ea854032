"""The GitHub Actions workflows (.github/workflows/): actionlint finds nothing in them, every action
they use is pinned to a release tag, they do what the README's «Publishing» promises, and the
problem matcher turns the validator's lines into annotations on the right file and line.

actionlint comes from requirements-test.txt and checks the `run:` scripts with ShellCheck (Debian's
`shellcheck`, which `make test` and .ci/run install): a missing tool fails these tests.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from support import REPO, copy_project

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
MATCHER = REPO / ".github" / "data-problems.json"
ACTIONLINT = Path(sys.executable).parent / "actionlint"

# A release tag is the exact version a release was published under: vMAJOR.MINOR.PATCH. Not a
# branch (main), which moves with every commit, and not a bare major (v6), a tag the maintainers
# move to each new release; a commit SHA names no release. `owner/repo@tag`, or
# `owner/repo/path@tag` for an action kept in a folder of its repository.
RELEASE_TAG = re.compile(r"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+(/[A-Za-z0-9._/-]+)?@v\d+\.\d+\.\d+$")


def _workflow(name: str) -> dict:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1); BaseLoader keeps every key as text.
    return yaml.load((REPO / ".github" / "workflows" / name).read_text(encoding="utf-8"), Loader=yaml.BaseLoader)


def _uses(workflow: dict) -> list[str]:
    """Every `uses:` of a workflow: of its steps, and of jobs that call a reusable workflow."""
    found = []
    for job in workflow["jobs"].values():
        if "uses" in job:
            found.append(job["uses"])
        found += [step["uses"] for step in job.get("steps", []) if "uses" in step]
    return found


def _actionlint(*arguments: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    assert ACTIONLINT.is_file(), f"actionlint is missing from {ACTIONLINT.parent}: run `make test` (requirements-test.txt)"
    shellcheck = shutil.which("shellcheck")
    assert shellcheck, "ShellCheck is missing: run `make test` (it installs Debian's shellcheck) or apt-get install shellcheck"
    return subprocess.run([str(ACTIONLINT), "-no-color", "-oneline", f"-shellcheck={shellcheck}", "-pyflakes=",
                           *arguments], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_there_are_the_two_workflows():
    assert [path.name for path in WORKFLOWS] == ["check.yml", "publish.yml"]


def test_actionlint_finds_nothing_in_the_workflows():
    result = _actionlint(*(str(path.relative_to(REPO)) for path in WORKFLOWS))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path):
    """Guards the guard: the same command reports an unknown key, a bad expression and a shell mistake."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\n"
        "jobs:\n"
        "  build:\n"
        "    runs-on: ubuntu-24.04\n"
        "    step:\n"
        "      - run: echo hi\n"
        "  test:\n"
        "    runs-on: ubuntu-24.04\n"
        "    steps:\n"
        "      - run: echo ${{ matrix.missing }}\n"
        "      - run: cd $UNQUOTED_DIR\n",
        encoding="utf-8")
    result = _actionlint(str(broken), cwd=tmp_path)
    assert result.returncode == 1
    for rule in ("[syntax-check]", "[expression]", "[shellcheck]"):
        assert rule in result.stdout, result.stdout


def test_every_action_is_pinned_to_a_release_tag():
    uses = {name: _uses(_workflow(name)) for name in ("check.yml", "publish.yml")}
    assert all(uses.values())
    loose = [f"{name}: {use}" for name, found in uses.items() for use in found if not RELEASE_TAG.match(use)]
    assert not loose, "pin these to a release tag (vMAJOR.MINOR.PATCH):\n" + "\n".join(loose)


@pytest.mark.parametrize("use, pinned", [
    ("actions/checkout@v6.0.2", True),
    ("actions/checkout@v6", False),
    ("actions/checkout@v6.0", False),
    ("actions/checkout@main", False),
    ("actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd", False),
    ("github/codeql-action/init@v3.28.0", True),
    ("./.github/actions/local", False),
    ("docker://debian:bookworm", False),
])
def test_the_release_tag_rule(use, pinned):
    assert bool(RELEASE_TAG.match(use)) == pinned


def test_publishing_validates_builds_for_the_pages_address_and_deploys_on_a_push_to_main():
    workflow = _workflow("publish.yml")
    assert workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["concurrency"]["group"] and workflow["concurrency"]["cancel-in-progress"] == "false"
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    runs = [step.get("run", "") for step in build["steps"]]
    assert any("make validate" in run for run in runs)
    building = next(step for step in build["steps"] if "make build" in step.get("run", ""))
    pages = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/configure-pages@"))
    assert building["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}/" % pages["id"]
    upload = next(step for step in build["steps"] if step.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert [step["uses"].split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]


def test_pull_requests_get_the_data_check_then_the_tests_in_debian():
    workflow = _workflow("check.yml")
    assert "pull_request" in workflow["on"]
    data, tests = workflow["jobs"]["data"], workflow["jobs"]["test"]
    assert "container" not in data  # see the workflow: annotations lose their line in a container
    checking = next(step["run"] for step in data["steps"] if "make validate" in step.get("run", ""))
    assert f"::add-matcher::{MATCHER.relative_to(REPO).as_posix()}" in checking
    assert tests["needs"] == "data"
    assert re.match(r"(debian|python):[\w.-]*bookworm", tests["container"])
    assert [step["run"] for step in tests["steps"] if "run" in step] == ["bash .ci/run"]


def _annotations(output: str) -> list[dict]:
    """What GitHub makes of the output with .github/data-problems.json: one annotation per line a
    pattern matches (its regexp is JavaScript's, which these patterns read the same in Python)."""
    patterns = [matcher["pattern"][0] for matcher in json.loads(MATCHER.read_text(encoding="utf-8"))["problemMatcher"]]
    found = []
    for line in output.splitlines():
        for pattern in patterns:
            match = re.match(pattern["regexp"], line)
            if match:
                found.append({key: match.group(pattern[key]) for key in ("file", "line", "message") if key in pattern})
                break
    return found


def test_the_validators_problems_become_annotations_on_their_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    videos = project.data_dir / "videos.yml"
    lines = videos.read_text(encoding="utf-8").splitlines(keepends=True)
    title = next(index for index, line in enumerate(lines) if line.strip() == "title:")
    lines[title] = lines[title].replace("title:", "titel:")  # a typo a trainer makes in the web editor
    videos.write_text("".join(lines), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.validate", str(project.data_dir)],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    assert result.returncode != 0
    annotations = _annotations(result.stdout + result.stderr)
    assert {"file": "data/videos.yml", "line": str(title + 1)} in [
        {"file": a["file"], "line": a.get("line")} for a in annotations], result.stderr
    assert all(annotation["message"] for annotation in annotations)


def test_a_problem_without_a_line_is_an_annotation_on_its_file():
    assert _annotations("  data/changelog.yml: is missing: every page shows the current version") == [
        {"file": "data/changelog.yml", "message": "is missing: every page shows the current version"}]

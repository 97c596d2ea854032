"""Build time and size of the site.

1. The real site against a plain build of the same pages written as static Markdown: the
   same Material theme, styles, pages and language split (mkdocs-static-i18n, part of the
   chosen stack), but no macros, no data loading or validation and no hooks. The ratio is
   what the data-driven machinery costs. For reference it also times Material alone, with
   the English pages as a plain folder (no i18n plugin, one build pass instead of two).
2. More stages (the real 8, then copies of stage 2 with new ids: 80 and 800 in all by default):
   build time, output size and page size as the content grows. Stages are data: a size is an edit
   of data/methodology.yml alone, as it is for a person.

Times are CPU seconds (user + system) of the `mkdocs build` process, median of --runs runs:
unlike wall time they hardly move when other work shares the machine.

Usage: .venv/bin/python -m benchmarks.build_speed [--runs 5] [--sizes 8,80,800]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2
import yaml

REPO = Path(__file__).resolve().parent.parent

from bs4 import BeautifulSoup

from tests.support import copy_project as copy_project_to
from macros.main import define_env
from macros.site_content import load_content
from macros.publish.stage_pages import menu, menu_translations, stage_pages

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_once(config: Path) -> float:
    """CPU seconds of one `mkdocs build` of `config` into the folder next to it."""
    site = config.parent / "site"
    shutil.rmtree(site, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                           env=ENV, capture_output=True, text=True)
    if built.returncode:
        raise SystemExit(f"{config}: the build failed\n{built.stderr}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def output_bytes(config: Path) -> int:
    return sum(path.stat().st_size for path in (config.parent / "site").rglob("*") if path.is_file())


def build_seconds(config: Path, runs: int) -> tuple[float, int]:
    """Median CPU time of `mkdocs build` over `runs` runs, and the output size in bytes."""
    times = [build_once(config) for _ in range(runs)]
    return statistics.median(times), output_bytes(config)


def interleaved_seconds(configs: list[Path], runs: int) -> list[list[float]]:
    """CPU times of the builds, in rounds that build each config once in turn: the machine's
    speed drifts (a shared virtual machine), and a round puts the builds it compares side by side."""
    rounds = [[build_once(config) for config in configs] for _ in range(runs)]
    return [list(times) for times in zip(*rounds)]


def copy_project(target: Path) -> Path:
    return copy_project_to(target).root / "mkdocs.yml"


class _OfflineMacros:
    """Just enough of mkdocs-macros' `env` for macros.main.define_env, to render pages offline."""

    def __init__(self, config_path: Path):
        self.functions = {}
        self.page = None
        self.language = type("I18n", (), {"current_language": "uk"})()
        self.conf = {"config_file_path": str(config_path), "extra": {"data_dir": "data"},
                     "plugins": {"i18n": self.language}}
        define_env(self)

    def macro(self, function):
        self.functions[function.__name__] = function
        return function

    def render(self, markdown: str, lang: str, url: str) -> str:
        self.language.current_language = lang
        self.page = type("Page", (), {"url": url})()
        return jinja2.Environment().from_string(markdown).render(**self.functions)


def _block(text: str, first_line: str) -> tuple[int, int]:
    """Where `first_line` and the lines indented under it (a YAML block) start and end in `text`."""
    start = text.index(first_line)
    indent = len(first_line) - len(first_line.lstrip(" "))
    lines = text[start:].splitlines(keepends=True)
    end = 1
    while end < len(lines) and (not lines[end].strip()
                                or len(lines[end]) - len(lines[end].lstrip(" ")) > indent):
        end += 1
    return start, start + len("".join(lines[:end]))


def _without_block(text: str, first_line: str) -> str:
    """The text without `first_line` and the lines indented under it."""
    start, end = _block(text, first_line)
    return text[:start] + text[end:]


def static_project(target: Path, with_i18n: bool) -> Path:
    """The real pages rendered once to static Markdown, under the real config minus macros and hooks.

    The stage pages the hook would make are written as files, and the menu the hook would fill in
    is written out, labels and translations included. Without i18n, the English pages go to an en/
    folder and Material builds everything in one pass.
    """
    config = copy_project(target)
    content = load_content(target / "data")
    docs = target / "docs"
    for page in stage_pages(content):
        (docs / page.path).parent.mkdir(parents=True, exist_ok=True)
        (docs / page.path).write_text(page.markdown, encoding="utf-8")
    offline = _OfflineMacros(config)
    for source in sorted(docs.rglob("*.md")):
        if source.name.endswith(".en.md"):
            continue
        name = source.relative_to(docs).as_posix()
        url = "" if name == "index.md" else name[:-3] + "/"
        english_source = source.with_name(source.name[:-3] + ".en.md")
        english = (english_source if english_source.exists() else source).read_text(encoding="utf-8")
        source.write_text(offline.render(source.read_text(encoding="utf-8"), "uk", url), encoding="utf-8")
        english_target = english_source if with_i18n else docs / "en" / name
        english_target.parent.mkdir(parents=True, exist_ok=True)
        english_target.write_text(offline.render(english, "en", url), encoding="utf-8")
    config_text = config.read_text(encoding="utf-8")
    start, end = _block(config_text, "nav:\n")
    if with_i18n:
        nav = menu(yaml.safe_load(config_text[start:end])["nav"], content)
        config_text = config_text[:start] + yaml.safe_dump({"nav": nav}, allow_unicode=True, sort_keys=False) \
            + config_text[end:]
        english = "        - locale: en\n"
        config_text = config_text.replace(english, english + "          nav_translations: "
                                          + json.dumps(menu_translations(content, "en"), ensure_ascii=False) + "\n")
    else:
        config_text = config_text[:start] + config_text[end:]
        config_text = _without_block(config_text, "  - i18n:\n")
    config_text = _without_block(config_text, "  - macros:\n")
    config_text = _without_block(config_text, "hooks:\n")
    config_text = config_text.replace("  custom_dir: overrides\n", "")
    config.write_text(config_text, encoding="utf-8")
    return config


def synthetic_project(target: Path, stage_count: int) -> Path:
    """The real project with `stage_count` stages: the real ones, then copies of stage 2 with new
    ids (and their 7 checklist items). Only data/methodology.yml changes."""
    config = copy_project(target)
    data_file = target / "data" / "methodology.yml"
    data = yaml.safe_load(data_file.read_text(encoding="utf-8").replace("date: 2025-08-26", "date: '2025-08-26'"))
    template = data["stages"][1]

    def text(label):
        return {"uk": f"{template['goal']['uk']} ({label})", "en": f"{template['goal']['en']} ({label})"}

    data["stages"] = data["stages"][:stage_count] + [
        {"id": f"stage-{n}", "number": n, "title": {"uk": f"Етап номер {n}", "en": f"Stage number {n}"},
         "goal": text(n), "result": text(f"result {n}"),
         "checklist": [{"id": f"item-{n}-{i}", "text": text(f"{n}.{i}")} for i in range(1, len(template["checklist"]) + 1)]}
        for n in range(len(data["stages"]) + 1, stage_count + 1)
    ]
    data_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config


def page_sizes(site: Path) -> tuple[int, float, int]:
    """Pages (index.html files), their mean size in bytes, and the bytes of the menu (Material's
    primary navigation) on the first stage's guide."""
    sizes = [path.stat().st_size for path in site.rglob("index.html")]
    html = BeautifulSoup((site / "stages" / "initiation" / "index.html").read_text(encoding="utf-8"), "html.parser")
    return len(sizes), sum(sizes) / len(sizes), len(str(html.select_one("nav.md-nav--primary")).encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", default="8,80,800")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        configs = [copy_project(tmp / "real"), static_project(tmp / "plain", with_i18n=True),
                   static_project(tmp / "alone", with_i18n=False)]
        real, plain, alone = interleaved_seconds(configs, args.runs)
        real_size, plain_size, alone_size = (output_bytes(config) for config in configs)
        ratios = sorted(r / p for r, p in zip(real, plain))
        print("build                                 CPU (s)  output (MB)")
        print(f"real site                             {statistics.median(real):7.2f}  {real_size / 1e6:11.2f}")
        print(f"static Markdown, Material + i18n      {statistics.median(plain):7.2f}  {plain_size / 1e6:11.2f}")
        print(f"static Markdown, Material alone       {statistics.median(alone):7.2f}  {alone_size / 1e6:11.2f}")
        print(f"ratio real / static (target < 1.3)    {statistics.median(ratios):7.2f}"
              f"  (each round: {' '.join(f'{ratio:.2f}' for ratio in ratios)})")
        print()
        print("stages  CPU (s)  output (MB)  pages  mean page (kB)  menu on a stage page (kB)")
        for size in (int(value) for value in args.sizes.split(",")):
            config = synthetic_project(tmp / f"synthetic-{size}", size)
            seconds, output = build_seconds(config, 1 if size > 80 else args.runs)
            pages, mean, menu_bytes = page_sizes(config.parent / "site")
            print(f"{size:6d}  {seconds:7.2f}  {output / 1e6:11.2f}  {pages:5d}  {mean / 1e3:14.1f}"
                  f"  {menu_bytes / 1e3:24.1f}", flush=True)
            shutil.rmtree(config.parent, ignore_errors=True)


if __name__ == "__main__":
    main()

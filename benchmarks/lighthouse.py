"""Lighthouse scores (mobile) of the home page and a stage page, in both languages.

    .venv/bin/python -m benchmarks.lighthouse            # prints the scores
    .venv/bin/python -m benchmarks.lighthouse --record   # and writes them into benchmarks/README.md

Installs Lighthouse 12.2.3 (pinned in benchmarks/package-lock.json; 13 needs Node 22)
into benchmarks/node_modules with `npm ci` when it is missing, builds the site with
SITE_URL set to the local address it then serves it from (127.0.0.1, text gzipped as
static hosts serve it), and runs
Lighthouse against Debian's Chromium. Targets: performance >= 0.98; accessibility,
best practices and SEO = 1.0. A benchmark, not a test: `make test` does not run it.

Lighthouse's performance score depends on the machine: its simulated slow phone is this
machine's CPU slowed down four times. So every round also measures a reference page, one
short page of Material alone (same version, theme settings and search, none of this
site's content, styles or scripts), and prints Lighthouse's benchmark index of the machine.
Rounds run the pages one after another, so a busy moment hits them all alike.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

from tests.support import QuietHandler, run_mkdocs_build, serve_directory
from mkdocs.utils.yaml import yaml_load

LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
PAGES = [("home", ""), ("stage page", "stages/initiation/"),
         ("home (en)", "en/"), ("stage page (en)", "en/stages/initiation/")]
REFERENCE = ("Material alone (reference)", "material-reference/")
REFERENCE_PAGE = """\
# Етап 1. Ініціація

## Мета

Визначити цілі, обсяг і учасників проєкту, підписати договір і підготувати все для початку робіт.

## Чек-ліст

- Підписаний договір на реалізацію проєкту
- Підтверджено підписку Odoo
- Підключено облікові записи користувачів
- Здійснено перший платіж
- Призначено координатора з боку клієнта

## Результат

Проєкт розпочато: договір підписано, підписка активна, команда знає свої ролі.
"""
README = HERE / "README.md"
BEGIN, END = "<!-- lighthouse:begin -->", "<!-- lighthouse:end -->"


def install() -> None:
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)


class _HostLikeHandler(QuietHandler):
    """Serves the site as static hosts do (GitHub Pages, nginx, Netlify): text gzipped."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg")

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the slashed address
            path = path / "index.html"
        if (path.suffix not in self.COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def reference_config() -> dict:
    """The site's Material settings (version, language, palette, features) and search, nothing of its own."""
    with open(REPO / "mkdocs.yml", encoding="utf-8") as config_file:
        theme = yaml_load(config_file)["theme"]
    own = ("custom_dir", "icon")  # the site's templates and logo
    return {"site_name": "Reference", "plugins": ["search"],
            "theme": {key: value for key, value in theme.items() if key not in own}}


def build_reference(site: Path) -> None:
    """Material alone, one short page, into site/material-reference/."""
    project = site.parent / "reference"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text(json.dumps(reference_config()), encoding="utf-8")  # JSON is YAML
    (project / "docs" / "index.md").write_text(REFERENCE_PAGE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
                    "-d", str(site / REFERENCE[1])], check=True, capture_output=True)


def audit(url: str, report: Path) -> dict:
    subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         "--only-categories=" + ",".join(CATEGORIES), "--form-factor=mobile",
         "--chrome-flags=--headless --no-sandbox --disable-gpu"],
        check=True, env={**os.environ, "CHROME_PATH": CHROME}, timeout=300,
    )
    result = json.loads(report.read_text(encoding="utf-8"))
    failing = [f"{audit_id}: {item['title']}" for audit_id, item in result["audits"].items()
               if item.get("score") is not None and item["score"] < 1
               and item.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")]
    metrics = {audit_id: result["audits"][audit_id].get("displayValue", "")
               for audit_id in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                                "cumulative-layout-shift", "speed-index")}
    return {"scores": {name: result["categories"][name]["score"] for name in CATEGORIES},
            "failing": failing, "metrics": metrics, "version": result["lighthouseVersion"],
            "benchmark_index": result["environment"]["benchmarkIndex"]}


def table(results: list[tuple[str, dict]], runs: dict[str, list[dict]]) -> str:
    lines = ["| page | " + " | ".join(CATEGORIES) + " | performance, every run |",
             "| --- |" + " ---: |" * len(CATEGORIES) + " --- |"]
    for label, result in results:
        every = " ".join(f"{run['scores']['performance']:.2f}"
                         for run in sorted(runs[label], key=lambda r: r["scores"]["performance"]))
        lines.append(f"| {label} | " + " | ".join(f"{result['scores'][name]:.2f}" for name in CATEGORIES)
                     + f" | {every} |")
    return "\n".join(lines)


def record(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    block = f"{BEGIN}\n{text}\n{END}"
    README.write_text(re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: block, readme, flags=re.S),
                      encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write the scores into benchmarks/README.md")
    parser.add_argument("--verbose", action="store_true", help="list every audit that is not fully passed")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median run counts (default 3)")
    parser.add_argument("--pages", default="all", choices=("all", "uk"), help="uk: the Ukrainian pages only")
    args = parser.parse_args()
    install()
    pages = [page for page in PAGES if args.pages == "all" or not page[1].startswith("en/")] + [REFERENCE]
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        # served from where it is built: the build needs the address for its absolute links
        base_url, server = serve_directory(site, _HostLikeHandler)
        runs = {label: [] for label, _ in pages}
        try:
            os.environ["SITE_URL"] = base_url
            built = run_mkdocs_build(REPO / "mkdocs.yml", site)
            if built.returncode:
                print(built.stderr, file=sys.stderr)
                return 1
            build_reference(site)
            for run in range(args.runs):
                for index, (label, path) in enumerate(pages):
                    runs[label].append(audit(base_url + path, Path(tmp) / f"report-{index}-{run}.json"))
        finally:
            server.shutdown()
    # the median run of each page, as Lighthouse advises
    results = [(label, sorted(runs[label], key=lambda r: r["scores"]["performance"])[args.runs // 2])
               for label, _ in pages]
    indexes = sorted(r["benchmark_index"] for page_runs in runs.values() for r in page_runs)
    machine = f"benchmark index {indexes[len(indexes) // 2]:.0f} (from {indexes[0]:.0f} to {indexes[-1]:.0f})"
    text = table(results, runs)
    version = results[0][1]["version"]
    print(f"Lighthouse {version}, mobile, {date.today().isoformat()}, {machine}\n{text}")
    for label, result in results:
        print(f"  {label}: " + ", ".join(f"{name} {value}" for name, value in result["metrics"].items()))
        if args.verbose:
            for line in result["failing"]:
                print(f"    {line}")
    below = [(label, name) for label, result in results[:-1] for name, target in TARGETS.items()
             if result["scores"][name] < target]
    if args.record:
        record(f"Lighthouse {version}, mobile profile, median of {args.runs} runs, "
               f"measured {date.today().isoformat()}; this machine's {machine}:\n\n{text}")
    if below:
        print("below target: " + ", ".join(f"{label} {name}" for label, name in below))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())

# Two commands do all the set-up on a fresh machine:
#   make serve   — install, build and serve the site at http://127.0.0.1:8000
#   make test    — install (Chromium and the HTML checker included) and run the whole test suite
VENV   ?= .venv
PYTHON := $(VENV)/bin/python
BOOTSTRAP_PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build validate test test-fast browser checker shellcheck benchmark clean

serve: $(VENV)/.site-installed
	$(PYTHON) -m macros.validate
	$(PYTHON) -m mkdocs serve --strict --dev-addr 127.0.0.1:8000

build: $(VENV)/.site-installed
	$(PYTHON) -m mkdocs build --strict

# After a data problem the exit code is 1 (CI relies on it), so make ends with its own line,
# «make: *** [Makefile:…: validate] Error 1»; the validator's last lines say that this only means the
# check found problems, and what to do next (docs/trainers.md quotes them).
validate: $(VENV)/.site-installed
	@$(PYTHON) -m macros.validate

# Two workers, a test file each at a time: 197 s instead of 245 s on two cores (README, «Tests»).
test: $(VENV)/.test-installed browser checker shellcheck
	$(PYTHON) -m pytest -n 2 --dist loadfile

# Everything but the browser: the data, the checks, the renderers and the built site.
test-fast: $(VENV)/.test-installed checker shellcheck
	$(PYTHON) -m pytest tests/unit tests/site

benchmark: $(VENV)/.test-installed
	$(PYTHON) -m benchmarks.build_speed

# Browser tests drive Debian's Chromium through Playwright; it is never downloaded.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Chromium and fonts from Debian for the browser tests…"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation; }

# The Nu Html Checker (tests/site/test_valid_html.py) runs on Java from Debian; vnu.jar comes
# from npm, pinned by tests/tools/package-lock.json. --ignore-scripts: the package's install
# script would download a Java runtime from GitHub.
CHECKER := tests/tools/node_modules/vnu-jar/build/dist/vnu.jar

checker: $(CHECKER)
	@command -v java >/dev/null 2>&1 || { \
	  echo "Installing Java from Debian for the HTML checker…"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless; }

# actionlint (pinned in requirements-test.txt) checks the GitHub workflows in tests/unit/test_workflows.py,
# their `run:` scripts with ShellCheck from Debian.
shellcheck:
	@command -v shellcheck >/dev/null 2>&1 || { \
	  echo "Installing ShellCheck from Debian for the workflow check…"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $$SUDO apt-get install -y -qq --no-install-recommends shellcheck; }

$(CHECKER): tests/tools/package.json tests/tools/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  echo "Installing npm from Debian for the HTML checker…"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	  $$SUDO apt-get install -y -qq --no-install-recommends npm; }
	cd tests/tools && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.site-installed: requirements.txt pyproject.toml
	test -x $(PYTHON) || $(BOOTSTRAP_PYTHON) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --no-deps --editable .
	touch $@

$(VENV)/.test-installed: requirements-test.txt requirements.txt $(VENV)/.site-installed
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

clean:
	rm -rf site .pytest_cache

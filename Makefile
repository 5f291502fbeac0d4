# Two entry points for a fresh machine: `make run` opens the app, `make test` runs every check.
# Each creates its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint lock bench bench-full screenshots translations package clean

# Every machine installs the exact versions of requirements.lock (`make lock` renews it from
# pyproject.toml), then HumasDesk itself without resolving anything again.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# The lock: every dependency of the app, its tests and its packaging, pinned (Linux, Python 3.11).
lock:
	test -x $(BIN)/pip-compile || $(BIN)/pip install --quiet 'pip-tools>=7.4'
	$(BIN)/pip-compile --quiet --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
		--extra test --extra package --output-file requirements.lock pyproject.toml

run: $(STAMP)
	@sh packaging/linux/check-qt-libs.sh
	$(BIN)/humasdesk

lint: $(STAMP)
	$(BIN)/ruff check humasdesk tests tools benchmarks packaging
	$(BIN)/ruff format --check humasdesk tests tools benchmarks packaging
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --quick --json benchmarks/latest.json

bench-full: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py --json benchmarks/latest-full.json

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/humasdesk screenshots docs/screenshots --lang id
	QT_QPA_PLATFORM=offscreen $(BIN)/humasdesk screenshots docs/screenshots/en --lang en

translations: $(STAMP)
	$(BIN)/python tools/i18n.py update && $(BIN)/python tools/i18n.py release

# The one-folder desktop bundle in dist/humasdesk (and a .tar.gz beside it), then a start check.
package: $(STAMP)
	PYTHON=$(BIN)/python packaging/build.sh
	packaging/smoke-test.sh dist/humasdesk

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

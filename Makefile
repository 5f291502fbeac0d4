# Two entry points for a fresh machine: `make run` opens the app, `make test` runs every check.
# Each creates its own virtual environment in .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lock lint bench bench-full bench-search screenshots translations package clean

# Exact versions from requirements.lock (every machine gets the same set), then HumasDesk itself.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

# Brings requirements.lock up to date with pyproject.toml's bounds (newest versions that fit,
# for Linux, Windows and macOS alike); run after changing a dependency, then `make test`.
lock: $(STAMP)
	$(BIN)/pip install --quiet 'uv>=0.5'
	$(BIN)/uv pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
		--no-header --upgrade -o requirements.lock

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

bench-search: $(STAMP)
	$(BIN)/python benchmarks/search_bench.py --quick --json benchmarks/latest-search.json

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

# salescoach: `make run` serves the product with the demo organisation; `make test` is what CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint typecheck pytest browser-deps eval first-runs train-calls bench bench-calls bench-imports bench-pages clean help

help:
	@echo "make run     start salescoach on http://127.0.0.1:8000 with the demo organisation"
	@echo "make test    lint, type-check and run the whole test suite"
	@echo "make eval    measure the conversation engine against labelled dialogue data"
	@echo "make first-runs   rebuild each held-out set's first run from the git history (then make eval)"
	@echo "make train-calls  refit the need, objection and pitch classifiers on the labelled calls"
	@echo "make bench   run the benchmarks and update docs/performance.md"

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "salescoach needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	DEBUG=1 $(BIN)/salescoach serve --demo-if-empty

LINT_PATHS := $(wildcard src tests bench evaluation)

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy src

browser-deps:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || { \
	  echo "Installing Debian's chromium for the browser tests…"; \
	  if [ "$$(id -u)" = 0 ]; then (apt-get update -qq && apt-get install -y -qq chromium >/dev/null); \
	  else sudo -n sh -c 'apt-get update -qq && apt-get install -y -qq chromium' >/dev/null || \
	    echo "Could not install chromium: the browser tests will fail until /usr/bin/chromium exists."; fi; }

# The suite runs in one worker process per CPU (pytest-xdist; `-n auto` is a single worker on a
# one-CPU machine). `make pytest PYTEST_WORKERS=0` runs it in this process instead.
PYTEST_WORKERS ?= auto

pytest: $(STAMP) browser-deps
	$(BIN)/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: lint typecheck pytest

eval: $(STAMP)
	$(BIN)/python -m evaluation.calls

first-runs: $(STAMP)
	$(BIN)/python -m evaluation.first_runs

train-calls: $(STAMP)
	$(BIN)/python -m evaluation.train

bench: bench-calls bench-imports bench-pages

bench-calls: $(STAMP)
	$(BIN)/python -m bench.calls

bench-imports: $(STAMP)
	$(BIN)/python -m bench.imports

bench-pages: $(STAMP)
	$(BIN)/python -m bench.pages

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

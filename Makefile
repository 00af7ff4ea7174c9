# The two commands: `make run` (the app) and `make test` (the whole suite, offscreen).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench soak clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/asn-desktop

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Random soaking of the sync property tests: `make soak EXAMPLES=5000 MINUTES=90`.
EXAMPLES ?= 5000
MINUTES ?= 120
soak: $(TEST_STAMP)
	$(BIN)/python scripts/soak.py --examples $(EXAMPLES) --minutes $(MINUTES)

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/sync_merge.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_scale.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/print_batch.py
	$(BIN)/python bench/roster_import.py
	$(BIN)/python bench/cli_start.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui_start.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/monitoring.py

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache

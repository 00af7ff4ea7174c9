# The two commands: `make run` (the app) and `make test` (the whole suite, offscreen).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck bench soak clean dist dist-check

VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
DIST_NAME := asn-desktop-$(VERSION)
ARCHIVE := dist/$(DIST_NAME)-linux-$(shell uname -m).tar.gz
DIST_STAMP := $(VENV)/.installed-dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/asn-desktop

# The whole suite, then the command-line, services, sync and GUI suites again with every central
# the tests make on a PostgreSQL server of their own (tests/pg/server.py; 40 fixed examples of each sync
# property test), where PostgreSQL is installed (.ci/run installs it).
test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then \
	  echo "== perintah, layanan, sinkronisasi dan GUI dengan pusat di PostgreSQL"; \
	  ASN_TEST_DB=postgresql ASN_PROPERTY_EXAMPLES=40 QT_QPA_PLATFORM=offscreen \
	    $(BIN)/python -m pytest tests/core tests/services tests/sync tests/ui; \
	else \
	  echo "PostgreSQL tidak terpasang: uji pusat di PostgreSQL dilewati"; \
	fi

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
	$(BIN)/python bench/central_pg.py

# A one-folder bundle that runs without Python (PyInstaller), with the Linux desktop files,
# packed as dist/asn-desktop-<versi>-linux-<arch>.tar.gz; `make dist-check` tries it in a
# clean environment (scripts/dist_check.sh).
dist: $(DIST_STAMP)
	rm -rf dist/$(DIST_NAME)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/asn_desktop.spec
	cp installer/linux/install.sh installer/linux/uninstall.sh \
		installer/linux/asn-desktop.desktop installer/linux/asn-desktop-mime.xml dist/$(DIST_NAME)/
	tar -czf $(ARCHIVE) -C dist $(DIST_NAME)
	@echo "bundel dist/$(DIST_NAME): $$(du -sh dist/$(DIST_NAME) | cut -f1); arsip $(ARCHIVE): $$(du -h $(ARCHIVE) | cut -f1)"

dist-check:
	@test -f $(ARCHIVE) || { echo "belum ada $(ARCHIVE): jalankan 'make dist' dahulu" >&2; exit 1; }
	bash scripts/dist_check.sh $(ARCHIVE)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# Every target bootstraps .venv on first use, so a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint bench run clean package package-test icons

$(STAMP): pyproject.toml scripts/bootstrap-system
	bash scripts/bootstrap-system
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

run: $(STAMP)
	$(BIN)/crm-desktop

# The Linux one-folder bundle in dist/crm-desktop (PyInstaller is installed here
# only, so `make test` does not fetch it). Windows/macOS: run the same pyinstaller
# command on that system; see packaging/README.md.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN packaging/crm-desktop.spec
	@echo "built dist/crm-desktop/crm-desktop"

# Builds the bundle, then runs the built program offscreen with --self-test.
package-test: package
	CRM_BUNDLE=dist/crm-desktop/crm-desktop QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -m bundle

# Re-render the app icon's PNG, .ico and .icns files after editing its SVG.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make-icons

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist

# Every target bootstraps .venv on first use, so a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint bench run clean package package-test icons translations strings

$(STAMP): pyproject.toml scripts/bootstrap-system
	bash scripts/bootstrap-system
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Qt reads compiled catalogues: each .ts source becomes a .qm beside it.
TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM_FILES)

# After changing user-visible text: add new strings to the .ts files for translators.
strings: $(STAMP)
	$(BIN)/python -m crm_desktop.i18n.extract update

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

run: $(STAMP) translations
	$(BIN)/crm-desktop

# The Linux one-folder bundle in dist/crm-desktop (PyInstaller is installed here
# only, so `make test` does not fetch it). Windows/macOS: run the same pyinstaller
# command on that system; see packaging/README.md.
package: $(STAMP) translations
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

# The two commands: `make run` opens the app, `make test` checks everything.
# Both create .venv when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
SOURCES := gui tests benchmarks packaging

.PHONY: run test lint typecheck pytest clean translations icons dist deb nsis package-check

# pip stays quiet (-q) and PySide6 is large: the first install takes minutes, so say so.
$(VENV)/.app-installed: pyproject.toml
	@test -x $(BIN)/python || { echo "make: creating the virtual environment $(VENV)"; \
		$(PYTHON) -m venv $(VENV); }
	@echo "make: installing the app and its dependencies into $(VENV) (the first time takes a few minutes: PySide6 is large)"
	$(PIP) install -e .
	@echo "make: installed"
	touch $@

$(VENV)/.test-installed: pyproject.toml
	@test -x $(BIN)/python || { echo "make: creating the virtual environment $(VENV)"; \
		$(PYTHON) -m venv $(VENV); }
	@echo "make: installing the app and the test tools into $(VENV) (the first time takes a few minutes: PySide6 is large)"
	$(PIP) install -e '.[test]'
	@echo "make: installed"
	touch $(VENV)/.app-installed $@

$(VENV)/.build-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e '.[build]'
	touch $(VENV)/.app-installed $@

run: $(VENV)/.app-installed
	@echo "make: starting OKX Key Manager"
	$(BIN)/okx-key-manager

lint: $(VENV)/.test-installed
	$(BIN)/ruff check $(SOURCES)
	$(BIN)/ruff format --check $(SOURCES)

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy

# Runs pytest inside a private, unlocked Secret Service when the system has one
# (see tests/with-secret-service); pytest's exit code 5 (no tests ran) fails too.
pytest: $(VENV)/.test-installed
	tests/with-secret-service $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

# Re-extracts user-visible strings into the .ts files (translate them with pyside6-linguist),
# then compiles the .qm files the app loads. Both are committed, so a fresh clone runs as is.
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate -no-obsolete -locations none \
		$$(find gui -name '*.py' ! -name 'simulator*' | sort) -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease $(TS_FILES)

# Packages (docs/install.md). `make dist`: the one-folder app for this OS in dist/okx-key-manager/
# (a .app too on macOS); `make deb`: its .deb; `make nsis`: compiles the Windows installer script
# (around the Linux folder when not on Windows: a compile check only); `make package-check`:
# installs the .deb into a temporary root and runs the packaged app's --self-test.
APP_ID := $(shell sed -n 's/^__app_id__ = "\(.*\)"/\1/p' gui/__init__.py)
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' gui/__init__.py)
EXE_SUFFIX := $(if $(filter Windows_NT,$(OS)),.exe,)

icons: $(VENV)/.app-installed
	$(BIN)/python packaging/make_icons.py

DIST_EXE := dist/$(APP_ID)/$(APP_ID)$(EXE_SUFFIX)
DIST_INPUTS := build.spec packaging/pyinstaller_common.py pyproject.toml \
	$(shell find gui resources -type f ! -name '*.pyc' 2>/dev/null)
NSIS := makensis -V2 -DVERSION=$(VERSION) -DDIST_DIR=$(CURDIR)/dist/$(APP_ID) \
	-DEXE_NAME=$(APP_ID)$(EXE_SUFFIX) -DOUT_FILE=$(CURDIR)/dist/$(APP_ID)-$(VERSION)-setup.exe

dist: $(DIST_EXE)

$(DIST_EXE): $(VENV)/.build-installed $(DIST_INPUTS)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller build.spec

deb: $(DIST_EXE)
	packaging/linux/build_deb.sh dist/$(APP_ID) dist

nsis: $(DIST_EXE)
	$(NSIS) packaging/windows/installer.nsi

# No compression: CI's compile check is about the script, not the installer's size.
package-check: deb
	packaging/check_deb.sh dist/$(APP_ID)_$(VERSION)_*.deb
	$(NSIS) -DCOMPRESSOR=none packaging/windows/installer.nsi
	@echo "package-check: ok (.deb installed and self-tested; NSIS script compiles)"

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache

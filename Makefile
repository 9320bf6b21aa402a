# The two commands: `make run` opens the app, `make test` checks everything.
# Both create .venv when it is missing or older than pyproject.toml.

VENV   := .venv
ifeq ($(OS),Windows_NT)
# Windows (GNU make from Git Bash or MSYS2): venvs keep programs in Scripts, with .exe
PYTHON ?= python
BIN    := $(VENV)/Scripts
X      := .exe
else
PYTHON ?= python3
BIN    := $(VENV)/bin
X      :=
endif
PY     := $(BIN)/python$(X)
PIP    := $(PY) -m pip --disable-pip-version-check -q
# Exact versions of everything the app and the build install: release builds are reproducible
# and what `make test` tests is what `make dist` ships (docs/install.md, "Release builds").
CONSTRAINTS := packaging/constraints.txt
PIP_INSTALL := $(PIP) install -c $(CONSTRAINTS)
SOURCES := gui tests benchmarks packaging

.PHONY: run test lint typecheck pytest clean translations icons dist deb nsis dmg package-check

# pip stays quiet (-q) and PySide6 is large: the first install takes minutes, so say so.
$(VENV)/.app-installed: pyproject.toml $(CONSTRAINTS)
	@test -x $(PY) || { echo "make: creating the virtual environment $(VENV)"; \
		$(PYTHON) -m venv $(VENV); }
	@echo "make: installing the app and its dependencies into $(VENV) (the first time takes a few minutes: PySide6 is large)"
	$(PIP_INSTALL) -e .
	@echo "make: installed"
	touch $@

$(VENV)/.test-installed: pyproject.toml $(CONSTRAINTS)
	@test -x $(PY) || { echo "make: creating the virtual environment $(VENV)"; \
		$(PYTHON) -m venv $(VENV); }
	@echo "make: installing the app and the test tools into $(VENV) (the first time takes a few minutes: PySide6 is large)"
	$(PIP_INSTALL) -e '.[test]'
	@echo "make: installed"
	touch $(VENV)/.app-installed $@

$(VENV)/.build-installed: pyproject.toml $(CONSTRAINTS)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) -e '.[build]'
	touch $(VENV)/.app-installed $@

run: $(VENV)/.app-installed
	@echo "make: starting OKX Key Manager"
	$(BIN)/okx-key-manager

lint: $(VENV)/.test-installed
	$(BIN)/ruff$(X) check $(SOURCES)
	$(BIN)/ruff$(X) format --check $(SOURCES)

typecheck: $(VENV)/.test-installed
	$(BIN)/mypy$(X)

# Runs pytest inside a private, unlocked Secret Service when the system has one
# (see tests/with-secret-service); pytest's exit code 5 (no tests ran) fails too.
pytest: $(VENV)/.test-installed
	tests/with-secret-service $(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

# Re-extracts user-visible strings into the .ts files (translate them with pyside6-linguist),
# then compiles the .qm files the app loads. Both are committed, so a fresh clone runs as is.
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(VENV)/.app-installed
	$(BIN)/pyside6-lupdate$(X) -no-obsolete -locations none \
		$$(find gui -name '*.py' ! -name 'simulator*' | sort) -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease$(X) $(TS_FILES)

# Packages (docs/install.md). `make dist`: the one-folder app for this OS in dist/okx-key-manager/
# (the windowed program and okx-key-manager-cli over one _internal; on macOS also the .app, for
# this machine's architecture); `make deb`: its .deb; `make nsis`: the Windows installer (around
# the Linux folder when not on Windows: a compile check only); `make dmg`: the macOS disk image;
# `make package-check`: installs the .deb into a temporary root and runs the packaged app's
# --self-test, then compiles the NSIS script.
APP_ID := $(shell sed -n 's/^__app_id__ = "\(.*\)"/\1/p' gui/__init__.py)
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' gui/__init__.py)
# Windows' four numbers for VERSION (0.2.0rc1 -> 0.2.0.4001): computed only when needed
VERSION_NUMERIC = $(shell $(PYTHON) packaging/appversion.py numeric $(VERSION))

icons: $(VENV)/.app-installed
	$(PY) packaging/make_icons.py

DIST_EXE := dist/$(APP_ID)/$(APP_ID)$(X)
DIST_INPUTS := build.spec packaging/pyinstaller_common.py packaging/appversion.py \
	packaging/macos_bundle.py pyproject.toml $(CONSTRAINTS) \
	$(shell find gui resources -type f ! -name '*.pyc' 2>/dev/null)
# The script's own defaults take dist/okx-key-manager and write dist/<id>-<version>-setup.exe.
NSIS = makensis -V2 -DVERSION=$(VERSION) -DVERSION_NUMERIC=$(VERSION_NUMERIC) \
	-DEXE_NAME=$(APP_ID)$(X) -DCLI_EXE_NAME=$(APP_ID)-cli$(X)

dist: $(DIST_EXE)

$(DIST_EXE): $(VENV)/.build-installed $(DIST_INPUTS) packaging/constraints_check.py
	$(PY) packaging/constraints_check.py
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller build.spec

deb: $(DIST_EXE)
	packaging/linux/build_deb.sh dist/$(APP_ID) dist

nsis: $(DIST_EXE)
	$(NSIS) packaging/windows/installer.nsi

dmg: $(DIST_EXE)
	packaging/macos/make_dmg.sh

# No compression: CI's compile check is about the script, not the installer's size.
package-check: deb
	packaging/check_deb.sh $$(ls -t dist/$(APP_ID)_*.deb | head -1)
	$(NSIS) -DCOMPRESSOR=none packaging/windows/installer.nsi
	@echo "package-check: ok (.deb installed and self-tested; NSIS script compiles)"

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache

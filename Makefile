# The two commands: `make run` opens the app, `make test` checks everything.
# Both create .venv when it is missing or older than pyproject.toml.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
SOURCES := gui tests benchmarks

.PHONY: run test lint typecheck pytest clean translations

$(VENV)/.app-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.test-installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e '.[test]'
	touch $(VENV)/.app-installed $@

run: $(VENV)/.app-installed
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

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache

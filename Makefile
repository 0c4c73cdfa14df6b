# Set-up and everyday commands; see README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The versions CI tested: `make run` and `make test` install these, so a fresh machine
# gets what passed. pyproject.toml keeps compatible ranges for people installing the package.
LOCK := constraints.txt

.PHONY: run test test-latest bench lint lock clean

$(BIN)/reader: pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c $(LOCK) -e ".[test]"
	touch $@

run: $(BIN)/reader
	$(BIN)/reader seeds

test: $(BIN)/reader
	$(BIN)/pytest -q

# The suite against the newest releases, in a venv of its own, so drift is seen before it bites.
test-latest:
	$(PYTHON) -m venv .venv-latest
	.venv-latest/bin/pip install -q --upgrade -e ".[test]"
	.venv-latest/bin/pytest -q

# Writes the lock anew from the newest releases that pyproject.toml allows.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install -q -e ".[test,dev]"
	echo "# Tested versions; written by 'make lock' from pyproject.toml's ranges." > $(LOCK)
	.venv-lock/bin/pip freeze --exclude-editable | grep -v '^#' >> $(LOCK)
	rm -rf .venv-lock

bench: $(BIN)/reader
	$(BIN)/python bench/repair_accuracy.py
	$(BIN)/python bench/repair_speed.py
	$(BIN)/python bench/diacritics_accuracy.py
	$(BIN)/python bench/index_speed.py
	$(BIN)/python bench/two_pass_speed.py
	$(BIN)/python bench/brief_speed.py
	$(BIN)/python bench/reload_latency.py
	$(BIN)/python bench/keystroke_latency.py
	$(BIN)/python bench/site_metadata.py
	$(BIN)/python bench/ftfy_suite.py
	$(BIN)/python bench/multilingual_repair.py
	$(BIN)/python bench/legacy_decoding.py

lint: $(BIN)/reader
	$(BIN)/pip install -q -c $(LOCK) -e ".[test,dev]"
	$(BIN)/ruff check reader tests bench
	$(BIN)/ruff format --check reader tests bench
	$(BIN)/mypy reader

clean:
	rm -rf $(VENV) .venv-latest .venv-lock .pytest_cache .mypy_cache .ruff_cache

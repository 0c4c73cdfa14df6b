# Set-up and everyday commands; see README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench lint clean

$(BIN)/reader: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e ".[test]"
	touch $@

run: $(BIN)/reader
	$(BIN)/reader seeds

test: $(BIN)/reader
	$(BIN)/pytest -q

bench: $(BIN)/reader
	$(BIN)/python bench/repair_accuracy.py
	$(BIN)/python bench/repair_speed.py
	$(BIN)/python bench/diacritics_accuracy.py
	$(BIN)/python bench/index_speed.py
	$(BIN)/python bench/reload_latency.py

lint: $(BIN)/reader
	$(BIN)/pip install -q -e ".[test,dev]"
	$(BIN)/ruff check reader tests bench
	$(BIN)/ruff format --check reader tests bench
	$(BIN)/mypy reader

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

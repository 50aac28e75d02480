# Two commands: `make demo` (set up, analyse and store the bundled example, serve it) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= claimgraph.duckdb
EXAMPLE := examples/typhoon_wire.txt
EXAMPLE_DATE := 2025-11-07

.PHONY: demo test install install-test report serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

report: install
	$(BIN)/claimgraph analyze $(EXAMPLE) --published $(EXAMPLE_DATE) --format text

demo: install
	$(BIN)/claimgraph analyze $(EXAMPLE) --published $(EXAMPLE_DATE) --format text
	$(BIN)/claimgraph ingest $(EXAMPLE) --published $(EXAMPLE_DATE) --db $(DB)
	$(BIN)/claimgraph stats --db $(DB)
	@echo "Serving the explorer on http://127.0.0.1:8000 (Ctrl-C to stop)"
	$(BIN)/claimgraph serve --db $(DB) --host 127.0.0.1 --port 8000

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) .pytest_cache

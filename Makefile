PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: install demo test clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	mkdir -p $(OUT)
	$(BIN)/kg build examples/articles -o $(OUT)/examples.ttl

test: install
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(OUT)

# `make run` and `make test` work on a fresh machine with only Python 3.11: the venv is made on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
QUERY ?= microservice, high concurrency, 5-year horizon

.PHONY: run test lint typecheck bench eval serve clean

$(BIN)/framework-bot: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/framework-bot
	$(BIN)/framework-bot ask "$(QUERY)"

lint: $(BIN)/framework-bot
	$(BIN)/ruff check knowledge bot tests bench
	$(BIN)/ruff format --check knowledge bot tests bench

typecheck: $(BIN)/framework-bot
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/framework-bot kb check
	$(BIN)/pytest

bench: $(BIN)/framework-bot
	$(BIN)/python bench/bench_advisor.py

eval: $(BIN)/framework-bot
	$(BIN)/python -m bench.eval.run

serve: $(BIN)/framework-bot
	$(BIN)/framework-bot serve

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache

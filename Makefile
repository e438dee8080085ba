# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

# Virtual environment with exactly the locked dependencies (hashes checked), then the package.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# the pip Python 3.11 bundles (23.2) rejects a hash-pinned package needed with an extra
	# (weasel → smart-open[http]) once the index holds a newer release: use a pinned newer pip
	$(BIN)/pip install --quiet --disable-pip-version-check "pip==25.3"
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

# First command: set up and run the main job on the bundled example articles.
demo: $(STAMP)
	mkdir -p out
	$(BIN)/stancemap extract examples/wikinews-politics.jsonl --format jsonl > out/examples.jsonl
	$(BIN)/stancemap extract examples/wikinews-politics.jsonl --format table
	$(BIN)/stancemap ingest examples/wikinews-politics.jsonl
	$(BIN)/stancemap report --out report.html
	@echo "document JSON: out/examples.jsonl; store: ./stancemap.db; report: report.html"
	@echo "next: .venv/bin/stancemap serve   (dashboard on http://127.0.0.1:8000)"

# Second command: set up (incl. PostgreSQL and Chromium) and run the whole test suite.
test: $(STAMP)
	./scripts/services.sh
	$(BIN)/ruff check src tests
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out build *.egg-info

# One task runner: `make run` serves the app, `make test` runs everything CI runs.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test install install-dev browser lint evals bench lock clean

run: install
	$(BIN)/python app.py

test: install-dev browser
	$(BIN)/ruff check .
	$(BIN)/pytest
	$(MAKE) evals

# The eval gates run on their own index of the bundled corpus, apart from the user's data dir.
EVAL_DATA := $(CURDIR)/.alongside-eval
evals: install
	ALONGSIDE_DATA_DIR=$(EVAL_DATA) $(BIN)/alongside ingest --quiet
	ALONGSIDE_DATA_DIR=$(EVAL_DATA) $(BIN)/alongside eval crisis.dev.v1 crisis.heldout.v2 crisis.heldout.v3 crisis.heldout.v4 crisis.heldout.v5 crisis.heldout.v6 crisis.heldout.v7 crisis.heldout.v8 crisis.heldout.v10 crisis.heldout.v12 crisis.heldout.v14 crisis.dev.v2 crisis.dev.v3 crisis.dev.v4 crisis.dev.v5 crisis.dev.v6 crisis.dev.v7 crisis.dev.v8 crisis.heldout.v18 crisis.heldout.v20 crisis.heldout.v22 crisis.dev.v9 crisis.heldout.v24 crisis.dev.v10 crisis.heldout.v25 crisis.heldout.v26 retrieval.dev.v1 retrieval.heldout.v2 retrieval.heldout.v3 retrieval.heldout.v4 retrieval.heldout.v5 retrieval.notcovered.v1 retrieval.notcovered.v2 retrieval.notcovered.v3 answers.family.v1 counselor.drafts.v1 redteam.v1 --report reports/latest

bench: install
	$(BIN)/alongside bench

lint: install-dev
	$(BIN)/ruff check .

# torch comes first on its own: `pip install torch==2.13.0` takes the local CPU wheel where one
# is provided, and everything after it is pinned in requirements.lock.
$(BIN)/.installed: requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@

install: $(BIN)/.installed

install-dev: $(BIN)/.installed-dev

# Browser tests drive Debian's Chromium (never a test tool's own browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "note: chromium not found; browser tests will be skipped (apt-get install chromium)"; \
	  fi; }

# Re-resolve the pinned set from pyproject.toml in a scratch environment.
lock:
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/pip install --quiet torch==2.13.0 && .lockenv/bin/pip install --quiet .
	.lockenv/bin/pip uninstall --quiet -y alongside
	{ echo "# Exact, tested runtime set for Alongside (Python 3.11, Linux x86_64, CPU)."; \
	  echo "# Regenerate: make lock"; \
	  .lockenv/bin/pip freeze | sed 's/^torch==2.13.0+cpu$$/torch==2.13.0/'; } > requirements.lock
	rm -rf .lockenv

clean:
	rm -rf $(VENV) .pytest_cache reports test-artifacts

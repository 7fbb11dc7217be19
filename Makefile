# reciprocity: `make demo` to see it work, `make test` to prove it does.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export GX_ANALYTICS_ENABLED := false

.PHONY: install demo test lint format lock browser clean bench

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: install
	$(BIN)/recip demo

test: install browser lint
	$(BIN)/pytest -n 2 --dist loadfile

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The dashboard test drives a real headless Chromium (Debian's package).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null; \
	  else \
	    echo "The dashboard test needs Chromium: run 'sudo apt-get install chromium fonts-liberation' (Debian/Ubuntu)."; exit 1; \
	  fi; }

# Timings against the DuckDB floor and twitter-to-sqlite (minutes; not part of `make test`).
# Archives and results go to bench/out/; BENCH_ARGS passes options, e.g. BENCH_ARGS="--runs 1".
PEER_VENV := bench/.venv-peer
PEER_STAMP := $(PEER_VENV)/.installed-stamp
PEER_PACKAGES := twitter-to-sqlite==0.22 sqlite-utils==4.2.1

bench: install $(PEER_STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

$(PEER_STAMP):
	$(PYTHON) -m venv $(PEER_VENV)
	$(PEER_VENV)/bin/pip install --quiet --disable-pip-version-check $(PEER_PACKAGES)
	touch $(PEER_STAMP)

# Re-pin every dependency from pyproject.toml into requirements.lock.
lock:
	rm -rf .lock-venv
	$(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet --disable-pip-version-check ".[dev]"
	.lock-venv/bin/pip freeze --exclude reciprocity > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

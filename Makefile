# Data Ethics Academy — `make run` to try it, `make test` to check it.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test bench bench-load audit lint install install-test install-check upgrade-check migrate serve clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(PY) -m pip install --quiet -e ".[test,bench]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

migrate: install
	$(PY) manage.py migrate --no-input -v 0
	$(PY) manage.py createcachetable

run: migrate
	$(PY) manage.py build_course
	$(PY) manage.py seed_demo
	@echo
	@echo "  Data Ethics Academy is starting on http://127.0.0.1:$(PORT)/"
	@echo "  Sign in with one of the demo logins above and the demo password."
	@echo "  Ctrl-C stops the web server and the background worker."
	@echo
	@$(MAKE) --no-print-directory serve

serve:
	@trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py db_worker --interval 2 & worker=$$!; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test
	$(PY) -m pytest -q

# Build the wheel, install it in a fresh venv outside the checkout, run it on PostgreSQL.
install-check:
	PYTHON=$(PYTHON) .ci/install-check

upgrade-check: install-test
	.ci/upgrade-check

# Figures at BENCH_EMPLOYEES (50,000 on PostgreSQL, 2,000 on SQLite): docs/performance.md.
bench: install-test
	$(PY) -m bench

# Two gunicorn app servers, two task workers and 50 simulated learners on one PostgreSQL.
bench-load: $(VENV)/.installed-bench
	$(PY) -m bench.load.run

# Pinned dependencies against the advisory database: fails on a vulnerability, and says so
# (exit 2) when the database cannot be reached rather than reporting a clean result.
audit: install-test
	$(PY) .ci/audit

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

clean:
	rm -rf $(VENV) db.sqlite3 .test-media staticfiles

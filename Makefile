# The two commands: `make run` (site on SQLite + database search) and `make test` (whole suite).
# `make services` starts PostgreSQL and OpenSearch on loopback for running tests against them.
# `make e2e` runs only the browser tests: journeys, accessibility and valid HTML (tests/e2e).
# `make smoke` starts what production runs on loopback and drives it over HTTP (deploy/smoke).

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# axe-core and the Nu HTML Checker, from npm; without npm those checks are skipped.
E2E_TOOLS := tests/e2e/node_modules/.package-lock.json
HOST ?= 127.0.0.1
PORT ?= 8000
# A test-only key: settings require SECRET_KEY whenever DEBUG is off.
TEST_SECRET_KEY := test-only-secret-key-not-for-any-real-server

.PHONY: run test e2e smoke lint services services-stop clean

$(STAMP): requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

$(E2E_TOOLS): tests/e2e/package.json tests/e2e/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix tests/e2e --ignore-scripts --no-audit --no-fund; \
	else \
		echo "npm not found: the accessibility and HTML checks in tests/e2e will be skipped"; \
	fi

run: export DEBUG = 1
run: $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_local_admin
	@echo "Site: http://$(HOST):$(PORT)/  Admin: http://$(HOST):$(PORT)/admin/ (see README for the login)"
	@if [ "$$TASKS_BACKEND" = "database" ]; then \
		$(PY) manage.py db_worker & worker=$$!; \
		$(PY) manage.py run_scheduler & scheduler=$$!; \
		trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	else \
		$(PY) manage.py runserver $(HOST):$(PORT); \
	fi

test: export DEBUG = 1
test: $(STAMP) $(E2E_TOOLS)
	SECRET_KEY="$${SECRET_KEY:-$(TEST_SECRET_KEY)}" $(PY) -m pytest $(PYTEST_ARGS)

e2e:
	$(MAKE) test PYTEST_ARGS="tests/e2e $(PYTEST_ARGS)"

smoke: $(STAMP) services
	eval "$$(.ci/services.sh env)" && $(PY) deploy/smoke/run.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml --check

services:
	.ci/services.sh start
	@echo "Run the tests against them with:  eval \"\$$(.ci/services.sh env)\" && make test"

services-stop:
	.ci/services.sh stop

clean:
	rm -rf $(VENV) var static_collected tests/e2e/node_modules

# One task runner: `make help` lists the targets.
.PHONY: help install check lint types test audit reports bench bench-quick

help:            ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

install:         ## install claimcheck with its test extras (editable)
	python -m pip install -e '.[test]'

lint:            ## ruff
	python -m ruff check checker tests

types:           ## mypy, strict
	python -m mypy

test:            ## the README's test command (includes lint and types)
	python -m pytest -q -p no:cacheprovider

check: lint types test  ## lint + types + tests

audit:           ## audit the bundled corpus (exit 1: it holds real errors)
	claimcheck audit claims

reports:         ## regenerate the published audit in reports/
	-claimcheck audit claims --out reports --sarif reports/audit.sarif --junit reports/junit.xml --markdown reports/summary.md --claimreview reports/claimreview.json --quiet

bench:           ## run the benchmarks (see bench/README.md)
	python bench/run.py

bench-quick:     ## the benchmarks' smoke test: tiny corpora, seconds, no timing (run by the tests)
	python bench/run.py --quick

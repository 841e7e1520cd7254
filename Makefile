.PHONY: run test chat check bench

run:    ## set up and run the bot (console chat on SQLite when no token is set)
	scripts/run

test:   ## set up and run ruff, the flow check and the whole suite on SQLite and PostgreSQL
	scripts/test

chat:
	scripts/setup && .venv/bin/python -m bot chat

check:
	scripts/setup && .venv/bin/python -m bot check

bench:
	scripts/setup && .venv/bin/python bench/pipeline.py

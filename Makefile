# govfacts — every target sets up .venv first if it is missing.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DB      ?= govfacts.db
SHARED  ?= ../shared

.PHONY: install ingest test eval eval-baseline bench clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

install: $(STAMP)

ingest: $(STAMP)
	$(BIN)/govfacts ingest corpus/seeds --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m govfacts.corpus.evaluate --shared $(SHARED)

eval-baseline: $(STAMP)
	$(BIN)/python -m govfacts.corpus.evaluate --shared $(SHARED) --write-baseline

bench: $(STAMP)
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB)-wal $(DB)-shm

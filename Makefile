# vanban: `make demo` runs the main job on the sample corpus, `make test` runs the tests.
# Both create (or reuse) the virtual environment .venv and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/demo.db

.PHONY: demo test lint bench bench-quick bench-profile clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	rm -f $(DB)
	$(BIN)/vanban load examples/corpus --db $(DB)
	$(BIN)/vanban lineage 33/CT-TTg --db $(DB)
	$(BIN)/vanban view 33/CT-TTg --db $(DB) -o out/lineage-33-CT-TTg.html
	@echo "open out/lineage-33-CT-TTg.html in a browser (it works offline)"

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)  ## extraction, load, lineage and page benchmarks (tens of minutes)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.load_bench --docs 10000,100000
	$(BIN)/python -m bench.view_bench
	$(BIN)/python -m bench.push_bench

bench-quick: $(STAMP)  ## the same on 20 MB
	$(BIN)/python -m bench.run --mb 20 --stream-mb 5,50

bench-profile: $(STAMP)  ## where extraction spends its time
	$(BIN)/python -m bench.profile_extract --mb 20

clean:
	rm -rf out bench/out .pytest_cache

# vanban: `make demo` runs the main job on the sample corpus, `make test` runs the tests.
# Both create (or reuse) the virtual environment .venv and install what they need.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/demo.db

.PHONY: demo test eval lint wheel-check bench bench-quick bench-profile clean

# -qq: pip 26 passes on setuptools' notes about editable installs even with one -q.
PIP_QUIET := -qq --disable-pip-version-check --no-input

$(STAMP): pyproject.toml
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install $(PIP_QUIET) --upgrade pip
	@$(BIN)/pip install $(PIP_QUIET) -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	@rm -f $(DB)
	$(BIN)/vanban load examples/corpus --db $(DB)
	$(BIN)/vanban lineage 33/CT-TTg --db $(DB)
	$(BIN)/vanban view 33/CT-TTg --db $(DB) -o out/lineage-33-CT-TTg.html
	@echo "open out/lineage-33-CT-TTg.html in a browser (it works offline)"

# Two workers (this project's machines have two cores); the tests that share a Neo4j server
# run on one of them (tests/conftest.py, `--dist loadgroup`).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q -n 2 --dist loadgroup

eval: $(STAMP)  ## relations against the hand-made gold in eval/gold (tables, nothing asserted)
	$(BIN)/python -m eval.score
	$(BIN)/python -m eval.reports

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Copy what the wheel is built from (pyproject.toml, README.md and the folders of
# package-dir) to argv[1]: building in the checkout would leave build/ behind.
define COPY_SOURCES
import shutil, sys, tomllib
from pathlib import Path
to = Path(sys.argv[1])
config = tomllib.loads(Path("pyproject.toml").read_text())
to.mkdir()
for name in ("pyproject.toml", "README.md"):
    shutil.copy2(name, to / name)
for folder in set(config["tool"]["setuptools"]["package-dir"].values()):
    shutil.copytree(folder, to / folder, ignore=shutil.ignore_patterns("__pycache__"))
endef
export COPY_SOURCES

# The wheel as a user gets it: built, installed in a fresh venv outside the checkout, and
# run from there (an editable install hides package data left out of the wheel).
wheel-check: $(STAMP)  ## build the wheel, install it outside the checkout, run the demo there
	@set -e; dir=$$(mktemp -d /tmp/vanban-wheel.XXXXXX); trap 'rm -rf "$$dir"' EXIT; \
	echo "wheel check in $$dir"; \
	$(BIN)/python -c "$$COPY_SOURCES" "$$dir/src"; \
	$(BIN)/pip wheel $(PIP_QUIET) --no-deps --wheel-dir "$$dir/dist" "$$dir/src"; \
	$(PYTHON) -m venv "$$dir/venv"; \
	"$$dir/venv/bin/pip" install $(PIP_QUIET) "$$dir"/dist/vanban-*.whl; \
	cp -r examples/corpus "$$dir/corpus"; \
	cd "$$dir"; \
	venv/bin/python -c 'import sys, vanban; where = vanban.__file__; \
		sys.exit(None if where.startswith(sys.prefix) else f"vanban comes from {where}")'; \
	venv/bin/vanban load corpus --db demo.db; \
	venv/bin/vanban lineage 33/CT-TTg --db demo.db; \
	venv/bin/vanban view 33/CT-TTg --db demo.db -o lineage.html; \
	test -s lineage.html

# A real Neo4j Community 5.26 on 127.0.0.1 (tests/neo4j: Maven and Java 17), to try
# `vanban neo4j push` without Docker; it prints the address and credentials. Ctrl-C stops it.
.PHONY: neo4j
neo4j: $(STAMP)  ## start Neo4j Community for trying the push (Ctrl-C stops it)
	$(BIN)/python tests/neo4j/testserver.py

# The agreement test of tests/test_neo4j_server.py: a real Neo4j started, the graph of the
# sample corpus and the seeds pushed, every named query run on both engines. CI=true makes
# a Neo4j that cannot start fail instead of skip, and the grep fails a run that skipped
# anyway (no ../shared/corpus): exit 0 only once "N of N ... agree" was printed.
.PHONY: neo4j-check
neo4j-check: $(STAMP)  ## real Neo4j: push the seeds graph, every named query on both engines
	@echo "building and starting Neo4j Community, loading and pushing the seeds graph ..."
	@out=$$(mktemp); trap 'rm -f "$$out"' EXIT; \
	CI=true $(BIN)/pytest -q -s -p no:cacheprovider tests/test_neo4j_server.py \
		-k test_every_named_query_agrees_between_ladybugdb_and_neo4j >"$$out" 2>&1; \
	status=$$?; grep -v '^WARNING ' "$$out"; \
	test $$status -eq 0 && grep -q 'named queries agree between LadybugDB and Neo4j' "$$out"

# Sizes of the whole-graph benchmark (coverage, RDF export, SPARQL): 100k documents take
# hours on 2 cores, so they are asked for: `make bench WHOLE_GRAPH_DOCS=10000,100000`.
WHOLE_GRAPH_DOCS ?= 10000,30000
# identity_bench scores the 100k store load_bench leaves against the generator's truth (the
# shares of references joined to the wrong document and left ambiguous), without a second load.

bench: $(STAMP)  ## extraction, load, lineage and page benchmarks (tens of minutes)
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.relate_bench --mb 20 --real --repeat 3
	$(BIN)/python -m bench.load_bench --docs 10000,100000
	$(BIN)/python -m bench.lineage_bench --docs 10000
	$(BIN)/python -m bench.lineage_bench --docs 100000
	$(BIN)/python -m bench.identity_bench --docs 100000 --store bench/out/store-100000.db
	$(BIN)/python -m bench.facts_bench --docs 10000 --update 10 --jobs 2
	$(BIN)/python -m bench.race_bench --trials 10
	$(BIN)/python -m bench.whole_graph_bench --docs $(WHOLE_GRAPH_DOCS)
	$(BIN)/python -m bench.view_bench
	$(BIN)/python -m bench.serve_bench --docs 10000
	$(BIN)/python -m bench.push_bench

bench-quick: $(STAMP)  ## the same on 20 MB
	$(BIN)/python -m bench.run --mb 20 --stream-mb 5,50
	$(BIN)/python -m bench.relate_bench --mb 5

bench-profile: $(STAMP)  ## where extraction spends its time
	$(BIN)/python -m bench.profile_extract --mb 20

clean:
	rm -rf out bench/out .pytest_cache

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT := out

.PHONY: install demo test test-fast cv modality dedup published fresh wire train train-completion calibrate corpus-check clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	mkdir -p $(OUT)
	$(BIN)/kg build examples/articles -o $(OUT)/examples.ttl
	@for q in examples/queries/*.rq; do echo; echo "== $$q"; head -n 1 $$q; $(BIN)/kg query $(OUT)/examples.ttl $$q; done
	@echo; echo "== the same queries about another entity, named as you like (--param)"
	$(BIN)/kg query $(OUT)/examples.ttl examples/queries/officials.rq --param country=Sudan
	$(BIN)/kg query $(OUT)/examples.ttl examples/queries/entity.rq --param entity=RSF
	$(BIN)/kg viz $(OUT)/examples.ttl -o $(OUT)/network.html
	$(BIN)/kg viz $(OUT)/examples.ttl -o $(OUT)/network.png
	$(BIN)/kg viz $(OUT)/examples.ttl --timeline -o $(OUT)/timeline.png
	@echo; echo "graph: $(OUT)/examples.ttl   pictures: $(OUT)/network.html (open it in a browser), $(OUT)/network.png, $(OUT)/timeline.png"

test: install  # the whole suite on two processes, each test handed to whichever is free
	sh scripts/install_browser.sh
	sh scripts/install_rapper.sh
	$(BIN)/python -m pytest -n 2 --dist worksteal

test-fast: install  # everything but the tests marked slow (pySHACL on the examples, kill and resume, Dask, worker processes, the browser), on two processes
	$(BIN)/python -m pytest -m "not slow" -n 2 --dist loadfile

cv: install  # cross-validated extraction quality over data/annotated (train + dev), with the dev-only figure beside it
	$(BIN)/python scripts/cross_validate.py

modality: install  # how many events of data/modality/cases.jsonl come out with the right ckg:modality
	$(BIN)/python scripts/score_modality.py

dedup: install  # how reports of one happening merge on data/dedup (own articles, several outlets per event, look-alikes)
	$(BIN)/python scripts/score_merging.py

published: install  # the same reports plainly and as news sites publish them (data/published): both scored, side by side with the gap
	$(BIN)/python scripts/score_published.py

fresh: install  # the held-out check (data/fresh, never tuned on): build its 24 articles and score them, per type
	mkdir -p $(OUT)
	$(BIN)/kg build data/fresh/fresh.jsonl -o $(OUT)/fresh.ttl
	$(BIN)/python data/annotated/score.py --gold data/fresh/gold --graph $(OUT)/fresh.ttl

wire: install  # development articles written for the project (data/wire; its misses may be read): build and score, per type
	mkdir -p $(OUT)
	$(BIN)/kg build data/wire/wire.jsonl -o $(OUT)/wire.ttl
	$(BIN)/python data/annotated/score.py --gold data/wire/gold --graph $(OUT)/wire.ttl

train: install  # the event classifier, trained on data/annotated (CPU, fixed seed) -> ontology/models/events.json
	$(BIN)/python scripts/train_events.py

train-completion: install  # the completion of events the rules found one side of, trained on data/annotated and data/wire (CPU, fixed seed) -> ontology/models/completion.json
	$(BIN)/python scripts/train_completion.py

calibrate: install  # events' confidence: how often each class, found each way, was right on data/annotated -> ontology/lexicon/confidence.json
	$(BIN)/python scripts/calibrate_confidence.py

corpus-check: install  # every annotated article and 10,000 generated ones build with no analysis failure (--strict: exit 1 on any skip)
	mkdir -p $(OUT)
	$(BIN)/python benchmarks/news_corpus.py 10000 $(OUT)/generated-10000.jsonl
	$(BIN)/kg build data/annotated/dev.jsonl data/annotated/train.jsonl $(OUT)/generated-10000.jsonl -o $(OUT)/corpus-check.nq --jobs 2 --strict

clean:
	rm -rf $(VENV) $(OUT)

# quizgen: `make run` opens the study app, `make test` runs the tests. Both set up .venv first.
# PDF quizzes with Chinese/Japanese/Korean names or symbols need Debian's Noto fonts:
#   apt-get install fonts-noto-cjk fonts-noto-core   (.ci/run does it; without them: a warning)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := $(wildcard seeds/*.txt)
DECK := decks/nato-isil.yaml
PORT ?= 8501

.PHONY: run test decks lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

$(DECK): | $(STAMP)
	mkdir -p decks
	$(BIN)/quizgen generate seeds --events --out $(DECK) --id nato-isil --title "NATO and the fight against ISIL"

run: $(STAMP) $(DECK)
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest

decks: $(STAMP)
	mkdir -p decks
	$(BIN)/quizgen generate seeds --events --out $(DECK) --id nato-isil --title "NATO and the fight against ISIL"

lint: $(STAMP)
	$(BIN)/python -m ruff check quizgen tests benchmarks app.py pages

bench: $(STAMP)
	$(BIN)/python benchmarks/generate_speed.py ../shared/corpora/polnear-train
	$(BIN)/python benchmarks/quotes_polnear.py ../shared/corpora/polnear-train
	$(BIN)/python benchmarks/study_speed.py
	$(BIN)/python benchmarks/dates.py ../shared/corpora/timebank

clean:
	rm -rf $(VENV)

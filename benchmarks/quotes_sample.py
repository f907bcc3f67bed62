"""Print quote items the PolNeAR scores cannot judge, with their context, for checking by hand.

    .venv/bin/python benchmarks/quotes_sample.py ../shared/corpora/polnear-train KIND [--n 30] [--docs F]

KIND is ``open-pronoun`` (items on he/she quotes whose antecedent the text leaves open),
``description`` (items on quotes whose annotated source is a description, a group or another
pronoun) or ``unmarked`` (items on quotations the annotators did not mark). The sample is the
first N items in the order of a SHA-256 of article id and quote offset: the same items on
every run, whatever else changes in the corpus or the code.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear import corpus_articles, read_annotations
from quotes_polnear import overlaps, parsed_docs

from quizgen.errors import QuizgenError
from quizgen.extract.quotes import extract_quotes
from quizgen.ingest.articles import parse_article
from quizgen.items.quotes import quote_prompt
from quizgen.nlp import load_pipeline

KINDS = ("open-pronoun", "description", "unmarked")


def kind_of(fact, gold) -> str | None:
    """Which unjudged class an item belongs to, or None when the scores judge it."""
    matching = [g for g in gold if overlaps((fact.quote_start, fact.quote_end), g.spans)]
    if not matching:
        return "unmarked"
    if any(g.speaker for g in matching):
        return None
    return "open-pronoun" if any(g.pronoun for g in matching) else "description"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--n", type=int, default=30)
    parser.add_argument("--docs", type=Path, default=None, help="a DocBin of the parsed articles (see quotes_polnear.py)")
    args = parser.parse_args()
    if not (args.corpus / "text").is_dir():
        print(f"{args.corpus}: not a PolNeAR corpus folder (expected text/ and attributions/)", file=sys.stderr)
        return 2
    articles, annotations = [], []
    for text_path, ann_path in corpus_articles(args.corpus):
        try:
            articles.append(parse_article(text_path.read_bytes(), article_id=text_path.stem, path=str(text_path)))
        except QuizgenError:
            continue
        annotations.append(ann_path)
    docs = parsed_docs(load_pipeline(), articles, args.docs)
    found = []
    for article, ann, doc in zip(articles, annotations, docs):
        gold = read_annotations(ann, article.body, [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"])
        for fact in extract_quotes(doc, article=article):
            if quote_prompt(fact) is not None and kind_of(fact, gold) == args.kind:
                found.append((article, fact))
    found.sort(key=lambda af: hashlib.sha256(f"{af[0].id}:{af[1].quote_start}".encode()).hexdigest())
    print(f"{len(found)} {args.kind} items; the first {min(args.n, len(found))}:\n")
    for article, fact in found[: args.n]:
        context = article.body[max(0, fact.quote_start - 450) : fact.quote_end + 120].replace("\n", " ⏎ ")
        print(f"== {article.id} | {fact.speaker} ({fact.via}) | {fact.quote[:80]}\n{context}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

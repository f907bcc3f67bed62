"""Quote attribution measured against PolNeAR's human annotations.

    .venv/bin/python benchmarks/quotes_polnear.py ../shared/corpora/polnear-train [--articles N] [--show N] [--docs F]

A direct quote is an annotated attribution whose content holds a quotation mark; its gold
speaker is the name in the annotated source, or for a he/she source the person the text
settles on (see ``polnear.py``). Precision: quote items (facts that make a question or a
cloze) whose speaker's surname (and first name, where both give one) is the gold one, among
those overlapping a direct quote with a gold speaker. Recall: direct quotes with a gold
speaker that got an item with that speaker. Quotes without a gold speaker (descriptions such
as "a senior aide", groups, "they", he/she left open) are out of both; the items made on them
are counted apart.

``polnear_checked.tsv`` (``--checked``) gives, for those quotes and for quotations the
annotators did not mark, the speaker as read in the article: a full name, or ``-`` when no one
named person said the words. With it the benchmark also scores every item on an annotated quote
(the issue's precision), the items on unmarked quotations, and recall over every quote whose
speaker is a named person.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout import select
from polnear import corpus_articles, read_annotations, read_checked, readable_articles

from quizgen.deck.generate import content_text
from quizgen.extract.name_cleaning import DESCRIPTOR_WORDS
from quizgen.extract.name_lists import is_first_name
from quizgen.extract.quotes import extract_quotes
from quizgen.items.quotes import quote_prompt
from quizgen.nlp import load_pipeline


def speaker_matches(predicted: str, gold: str) -> bool:
    """Right when the surnames agree ("Donald Trump" for "Trump", "Clinton" for "Hillary
    Clinton") and, where both give a first name, the first names agree too ("Jeb Bush" is not
    "George W. Bush"; "Bill" is "William")."""
    pred_words = [w.strip(".").lower() for w in predicted.split() if w[:1].isupper()]
    gold_words = [w.strip(".").lower() for w in gold.split()]
    pred_words = [w for w in pred_words if w not in SUFFIXES] or pred_words
    gold_words = [w for w in gold_words if w not in SUFFIXES] or gold_words
    if not pred_words or not gold_words:
        return False
    if not (pred_words[-1] in gold_words or gold_words[-1] in pred_words):
        return False
    firsts = [_first_name(words) for words in (pred_words, gold_words)]
    if None in firsts:
        return True
    a, b = (NICKNAMES.get(f, f) for f in firsts)
    return a == b or a.startswith(b) or b.startswith(a)


def _first_name(words: list[str]) -> str | None:
    """The given name right before the surname (initials skipped), if it is a known one."""
    before = [w for w in words[:-1] if len(w) > 1]
    if not before or before[-1] in DESCRIPTOR_WORDS or not is_first_name(before[-1]):
        return None
    return before[-1]


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
NICKNAMES = {
    "bill": "william", "bob": "robert", "ted": "edward", "mike": "michael", "joe": "joseph",
    "jim": "james", "chuck": "charles", "dick": "richard", "tom": "thomas", "dan": "daniel",
    "bernie": "bernard", "rudy": "rudolph", "newt": "newton", "chris": "christopher",
    "ben": "benjamin", "andy": "andrew", "pat": "patrick", "rick": "richard", "ron": "ronald",
    "don": "donald", "tim": "timothy", "steve": "steven", "sandy": "sandra", "debbie": "deborah",
    "liz": "elizabeth", "kate": "katherine", "nick": "nicholas", "tony": "anthony", "al": "albert",
    "sam": "samuel", "matt": "matthew", "greg": "gregory", "jerry": "gerald", "larry": "lawrence",
    "harry": "harold", "jack": "john", "ed": "edward", "alex": "alexander", "hilary": "hillary",
}


def overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _score_read(score: Counter, fact, labels: list[str], wrong: list, article_id: str) -> None:
    """Score one item against the speakers read by hand for its quote (``-``: no one named)."""
    if not labels:
        score["unread"] += 1
        return
    right = any(speaker_matches(fact.speaker, who) for who in labels if who not in ("-", "?"))
    score["right" if right else "wrong"] += 1
    if not right:
        wrong.append((article_id, f"{fact.speaker} ({fact.via})", "/".join(labels), fact.quote[:70]))


def parsed_docs(nlp, articles: list, cache: Path | None) -> list:
    """The articles parsed, read from (or saved to) a DocBin ``cache`` when one is named."""
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles) and all(d.text == content_text(a) for d, a in zip(docs, articles)):
            return docs
    docs = list(nlp.pipe((content_text(a) for a in articles), batch_size=16, n_process=2))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles")
    parser.add_argument("--show", type=int, default=25, help="mismatches to list")
    parser.add_argument(
        "--checked", type=Path, default=Path(__file__).with_name("polnear_checked.tsv"),
        help="speakers read by hand for the quotes the annotations leave open (default: %(default)s)",
    )
    parser.add_argument(
        "--part", choices=("dev", "heldout", "all"), default="dev",
        help="which part of the fixed split (benchmarks/holdout.py) to score (default: %(default)s)",
    )
    parser.add_argument(
        "--docs", "--cache", type=Path, default=None,
        help="a spaCy DocBin of the parsed articles: read if present, else written (saves re-parsing)",
    )
    args = parser.parse_args()
    if not (args.corpus / "text").is_dir():
        print(f"{args.corpus}: not a PolNeAR corpus folder (expected text/ and attributions/)", file=sys.stderr)
        return 2
    pairs = corpus_articles(args.corpus)[: args.articles]
    articles, annotations = readable_articles(pairs)
    nlp = load_pipeline()
    # Every article is parsed (and cached) whatever the part, so one cache serves all parts.
    docs = parsed_docs(nlp, articles, args.docs)
    kept = select(range(len(articles)), args.part, key=lambda i: articles[i].id)
    articles, annotations, docs = ([xs[i] for i in kept] for xs in (articles, annotations, docs))
    golds = [
        read_annotations(ann, article.body, [(e.start_char, e.text) for e in doc.ents if e.label_ == "PERSON"])
        for ann, article, doc in zip(annotations, articles, docs)
    ]
    checked = read_checked(args.checked) if args.checked.exists() else {}
    started = time.perf_counter()
    # Scores per kind of gold speaker: "named" in the source span, or a he/she "pronoun" whose
    # antecedent the benchmark resolves itself where the text settles it (approximate).
    score = {kind: Counter() for kind in ("named", "pronoun")}
    by_via: dict[str, Counter] = {}
    wrong, missed = [], []
    unmatched = 0
    unjudged: Counter = Counter()  # items on quotes with no gold speaker, by why there is none
    # Scores with the hand-checked speakers: items on quotes the annotations leave open, items on
    # unmarked quotations, and recall over quotes whose checked speaker is a named person.
    read = {kind: Counter() for kind in ("open", "open pronoun", "unmarked")}
    wrong_read = []
    checked_by_article: dict[str, list[tuple[int, str]]] = {}
    for (article_id, at), who in checked.items():
        checked_by_article.setdefault(article_id, []).append((at, who))
    for article, gold, doc in zip(articles, golds, docs):
        checked_here = checked_by_article.get(article.id, [])
        facts = [f for f in extract_quotes(doc, article=article) if quote_prompt(f) is not None]
        for fact in facts:
            span = (fact.quote_start, fact.quote_end)
            matching = [g for g in gold if overlaps(span, g.spans)]
            judged = [g for g in matching if g.speaker]
            if not matching:
                unmatched += 1
                labels = [who for at, who in checked_here if span[0] - 1 <= at < span[1]]
                _score_read(read["unmarked"], fact, labels, wrong_read, article.id)
                continue
            if not judged:
                unjudged["he/she left open" if any(g.pronoun for g in matching) else "description or group"] += 1
                labels = [checked[(article.id, g.spans[0][0])] for g in matching if (article.id, g.spans[0][0]) in checked]
                _score_read(read["open"], fact, labels, wrong_read, article.id)
                continue
            kind = "named" if any(g.named for g in judged) else "pronoun"
            right = any(speaker_matches(fact.speaker, g.speaker) for g in judged)
            score[kind]["right" if right else "wrong"] += 1
            by_via.setdefault(fact.via, Counter())["right" if right else "wrong"] += 1
            if not right:
                wrong.append((kind, fact.via, article.id, fact.speaker, judged[0].speaker, judged[0].source_text, fact.quote[:70]))
        for g in gold:
            who = checked.get((article.id, g.spans[0][0]))
            if not g.speaker and who not in (None, "-", "?"):
                near = [f for f in facts if overlaps((f.quote_start, f.quote_end), g.spans)]
                hit = any(speaker_matches(f.speaker, who) for f in near)
                for kind in ("open", "open pronoun") if g.pronoun else ("open",):
                    read[kind]["gold"] += 1
                    read[kind]["hit"] += hit
            if not g.speaker:
                continue
            kind = "named" if g.named else "pronoun"
            score[kind]["gold"] += 1
            near = [f for f in facts if overlaps((f.quote_start, f.quote_end), g.spans)]
            if any(speaker_matches(f.speaker, g.speaker) for f in near):
                score[kind]["hit"] += 1
            else:
                missed.append(("wrong speaker" if near else "no item", kind, article.id, g.speaker, g.source_text, g.content[:80]))
    elapsed = time.perf_counter() - started

    def precision(c: Counter) -> str:
        judged = c["right"] + c["wrong"]
        return f"precision {c['right'] / judged if judged else 0.0:.3f} ({c['right']}/{judged})"

    def recall(c: Counter) -> str:
        return f"recall {c['hit'] / c['gold'] if c['gold'] else 0.0:.3f} ({c['hit']}/{c['gold']})"

    def line(label: str, c: Counter) -> str:
        return f"{label:<38} {precision(c)}   {recall(c)}"

    total = score["named"] + score["pronoun"]
    print(f"part: {args.part}  articles: {len(articles)}  time: {elapsed:.1f}s")
    print(line("speaker named in the annotation:", score["named"]))
    print(line("speaker he/she, settled by the text:", score["pronoun"]))
    print(line("all with a gold speaker:", total))
    unresolved = [g for gold in golds for g in gold if g.pronoun and not g.speaker]
    undetermined = [g for gold in golds for g in gold if not g.speaker and not g.pronoun]
    print(
        f"left out of the scores: {len(unresolved)} he/she quotes whose antecedent the text leaves open "
        f"({unjudged['he/she left open']} items made on them), {len(undetermined)} quotes from descriptions, "
        f"groups or other pronouns ({unjudged['description or group']} items made on them)"
    )
    print(f"quote items overlapping no annotated direct quote: {unmatched}")
    if checked:
        every = total + read["open"]
        print("with the speakers read by hand (--checked):")
        print(line("  items on open quotes / their recall:", read["open"]) + f"   ({read['open']['unread']} items unread)")
        print(f"{'  every item on an annotated quote:':<38} {precision(every)}")
        print(f"{'  every quote named or he/she:':<38} {recall(total + read['open pronoun'])}")
        print(f"{'  every quote with a named speaker:':<38} {recall(every)}")
        print(f"{'  items on unmarked quotations:':<38} {precision(read['unmarked'])}   ({read['unmarked']['unread']} items unread)")
    print("precision by how quizgen found the speaker: " + ", ".join(
        f"{via} {c['right'] / (c['right'] + c['wrong']):.3f} ({c['right']}/{c['right'] + c['wrong']})"
        for via, c in sorted(by_via.items())
    ))
    if args.show:
        print(f"\nwrong speakers, first {args.show}: gold kind | found via | article | ours | gold | gold source span | quote")
        for row in wrong[: args.show]:
            print("  " + " | ".join(str(x).replace("\n", " ") for x in row))
        print(f"\nwrong by the speakers read by hand, first {args.show}: article | ours (via) | read | quote")
        for row in wrong_read[: args.show]:
            print("  " + " | ".join(str(x).replace("\n", " ") for x in row))
        print(f"\nmissed: {dict(Counter(m[0] for m in missed))}; first {args.show}: reason | gold kind | article | gold speaker | source span | content")
        for row in missed[: args.show]:
            print("  " + " | ".join(str(x).replace("\n", " ") for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())

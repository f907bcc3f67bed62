"""Count, over whole decks and every card kind and style, the questions that lean on words the
card does not resolve, and the bare-noun answers (round 8).

    python benchmarks/context_defects.py DECK.yaml ... [--show]

- context words: ``card_review.context_dependent`` over every question (not only clozes); a
  pronoun is not counted in a "Who …" question, whose answer binds it ("Who said he …");
- bare definite/demonstrative: a lower-case noun with "the"/"that"/"this"/"those"/"these" and
  nothing that says which (no relative clause, apposition, possessor, "of …", modifier before
  it), no name before it in the question for "the", not a noun self-evident in news ("the
  country") nor a quotation card's "the words";
- bare-noun answer: a "Who/Which …" question answered by one lower-case word ("academy");
- epithet/then/comparison (round 13): a person's epithet with nothing after it that names him
  ("the Democratic front-runner", "the former secretary of state"), "since then"/"by then",
  "similar"/"such"/"the same" with nothing they compare to, read by ``context_mentions`` over
  the question alone;
- day of writing: a date card whose blank is the subject of a present "is"/"marks" ("____
  marks four weeks since …").
A parse of the question alone: an upper bound, the same before and after.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from card_review import _INSERTED, _QUOTED_WORDS, context_dependent

from quizgen.constants import SELF_EVIDENT_NOUNS
from quizgen.deck.io import load_deck
from quizgen.extract.context_mentions import NounHistory, context_reference, set_off
from quizgen.nlp import load_pipeline

_POINTING = ("that", "this", "those", "these")
_SAYS_WHICH = ("relcl", "acl", "appos", "poss", "prep", "compound", "amod", "nmod")


def bare_definites(doc) -> list[str]:
    found = []
    for tok in doc:
        if tok.pos_ != "NOUN" or not tok.is_lower:
            continue
        dets = [c.lower_ for c in tok.children if c.dep_ == "det" and c.lower_ in ("the", *_POINTING)]
        if not dets or any(c.dep_ in _SAYS_WHICH and not (c.dep_ in ("relcl", "acl") and set_off(c)) for c in tok.children):
            continue
        if dets[0] == "the" and any(t.pos_ == "PROPN" for t in doc[: tok.i]):
            continue
        if tok.lemma_.lower() in SELF_EVIDENT_NOUNS or tok.lower_ == "words":
            continue
        found.append(tok.lower_)
    return found


_DAY_OF_WRITING = re.compile(r"(?:^|[.,;] )____,? (?:marks|is) ")


def leaning_back(doc) -> list[str]:
    """The epithets, "since then" and bare comparisons of a question (see the docstring)."""
    found = []
    for tok in doc:
        ref = context_reference(tok, doc[:], history=NounHistory())
        if ref is None or ref.name is not None:
            continue
        if ref.kind in ("time", "comparison") or (ref.kind == "thing" and tok.i + 1 < len(doc) and doc.text[ref.start : ref.end].lower().split()[1:2] and (
            any(c.ent_type_ in ("NORP", "GPE") or c.lower_ == "former" for c in tok.children if c.i < tok.i)
        )):
            found.append(doc.text[ref.start : ref.end])
    return found


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    items = [i for p in paths for i in load_deck(p).items]
    questions, kinds = [i.question for i in items], [i.kind for i in items]
    context = context_dependent(questions, kinds)
    texts = [
        _INSERTED.sub(" Smith ", _QUOTED_WORDS.sub(" ", q)).replace("____", "Smith" if k in ("quote", "person") else "2000")
        for q, k in zip(questions, kinds)
    ]
    rows: dict[str, list[tuple]] = {"context words": [], "bare definite/demonstrative": [], "bare-noun answer": [],
                                    "epithet/then/comparison": [], "day of writing": []}
    for item, doc, words in zip(items, load_pipeline().pipe(texts), context):
        if item.question.startswith("Who"):
            words = [w for w in words if w != "pronoun"]
        if words:
            rows["context words"].append((item.id, words, item.question))
        if found := bare_definites(doc):
            rows["bare definite/demonstrative"].append((item.id, found, item.question))
        if found := leaning_back(doc):
            rows["epithet/then/comparison"].append((item.id, found, item.question))
        if item.kind == "date" and _DAY_OF_WRITING.search(item.question):
            rows["day of writing"].append((item.id, item.answer, item.question))
        if item.question.startswith(("Who", "Which")) and re.fullmatch(r"(the )?[a-z][a-z-]+", item.answer.strip()):
            rows["bare-noun answer"].append((item.id, item.answer, item.question))
    print(f"{len(items)} items")
    for name, found in rows.items():
        print(f"  {name:30} {len(found)}")
    if "--show" in argv:
        for name, found in rows.items():
            print(f"== {name}")
            for row in found:
                print("  ", *row)


if __name__ == "__main__":
    main(sys.argv[1:])

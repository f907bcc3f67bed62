"""Where the dev lists' event keys are lost among the lede's slot readers: for each event key of a
development key-fact list, the reader that met the token whose phrase answers the key
(``lede_objects._object``, ``lede_arguments._argument``, ``claim_objects.claimed_object``,
``claim_events._claim``) and the line it returned from — a gate's ``return None``, or the fact it made.

    nice -n 10 python benchmarks/lede_key_gates.py dev dev2 dev3 dev4 > /tmp/lede_gates.txt

One line per key, then the keys counted by that line ("none": no reader met a token of the key's
sentence whose phrase answers it). The token chosen is the one whose phrase's length is nearest the
key's answer (a fact made wins). A rough trace for choosing what to work on, beside
``event_key_gates.py`` (the event extractor's gates). Development lists only: held-out keys are
never traced.
"""

from __future__ import annotations

import argparse
import linecache
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import key_facts as kf

from quizgen.deck.generate import content_text
from quizgen.extract import extract_facts
from quizgen.nlp import load_pipeline

READERS = frozenset(["_object", "_argument", "claimed_object", "_claim"])
TRACED = ("dev", "dev2", "dev3", "dev4", "dev5")


def _calls(run) -> list[tuple[str, str, int | None, object, bool]]:
    """(reader, file, last line, first argument, made a fact) of each reader call during ``run()``."""
    calls = []

    def tracer(frame, event, arg):  # type: ignore[no-untyped-def]
        if event != "call" or frame.f_code.co_name not in READERS or "/quizgen/extract/" not in frame.f_code.co_filename:
            return None
        state = {"line": None}

        def local(fr, ev, a):  # type: ignore[no-untyped-def]
            if ev == "line":
                state["line"] = fr.f_lineno
            elif ev == "return":
                first = fr.f_locals.get(fr.f_code.co_varnames[0])
                calls.append((fr.f_code.co_name, fr.f_code.co_filename, state["line"], first, a is not None))
            return local

        return local

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return calls


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="+", choices=TRACED)
    args = parser.parse_args(argv)
    nlp = load_pipeline()
    counts: Counter[str] = Counter()
    for part in args.parts:
        keys = [k for k in kf.read_key_facts(kf.HERE / kf.KEY_FILES[part]) if k["kind"] == "event"]
        for article in sorted(kf.load_articles({k["article_id"] for k in keys}, kf.CORPORA), key=lambda a: a.id):
            text = content_text(article)
            doc = nlp(text)
            calls = _calls(lambda doc=doc, article=article: extract_facts(doc, article=article))
            for key in [k for k in keys if k["article_id"] == article.id]:
                span = kf.excerpt_span(text, key["evidence"])
                if span is None:
                    continue
                best, best_gap = None, 0
                for reader, file, line, first, made in calls:
                    if hasattr(first, "subtree"):  # a token: its phrase
                        tokens = list(first.subtree)
                        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
                        phrase = None if reader == "claimed_object" else text[start:end]
                    elif hasattr(first, "start_char"):  # an entity span
                        start, end, phrase = first.start_char, first.end_char, first.text
                    else:
                        continue
                    if not (start < span[1] and span[0] < end) or (phrase is not None and not kf.answers_match(phrase, key["answer"])):
                        continue
                    gap = -1 if made else abs(len(phrase.split()) - len(key["answer"].split())) if phrase is not None else 50
                    if best is None or gap < best_gap:
                        best, best_gap = (reader, Path(file).name, line, made), gap
                if best is None:
                    where = "none"
                else:
                    reader, name, line, made = best
                    source = linecache.getline(str(Path(__file__).resolve().parent.parent / "quizgen" / "extract" / name), line or 0)
                    where = f"{name}:{line} {'made' if made else source.strip()[:60]}"
                counts[where] += 1
                print(f"{part} {article.id[:30]} #{key['rank']} {key['answer'][:40]!r}: {where}")
    print()
    for where, n in counts.most_common():
        print(n, where)


if __name__ == "__main__":
    main()

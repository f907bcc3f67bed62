"""Where the dev lists' event keys are lost: for each event key of a development key-fact list,
the paragraph its evidence is in, whether the event extractor reads that sentence, and the gate
of ``extract.events._event`` (its source line) that stops the verb governing the key's answer.

    nice -n 10 python benchmarks/event_key_gates.py dev2 dev3 dev4 > /tmp/gates.txt

The last line counts the keys by where they stop: "noverb" (the governing verb is in no lexicon
the extractor reads), "paraN" (the paragraph, from 0, when it is the sixth or later), "paraNone"
(a block too short to count as a paragraph), "nottold" (a sentence the extractor does not read:
a headline, a question), "stop@LINE" (a gate), "event" (made), "noevid"/"noanswer" (the excerpt
or the answer not found in the parsed text). A rough trace, for choosing what to work on: the
governing verb is found by walking up the parse from the answer's words. Development lists only:
held-out keys are never traced.
"""

from __future__ import annotations

import argparse
import linecache
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.key_facts import CORPORA, HERE, read_key_facts
from benchmarks.key_facts import load_articles as load_key_articles

DEV_LISTS = {"dev": "key_facts_dev.tsv", "dev2": "key_facts_dev2.tsv", "dev3": "key_facts_dev3.tsv", "dev4": "key_facts_dev4.tsv"}


def stopping_line(event_fn, *args) -> tuple[object, int | None]:
    """``event_fn(*args)`` and the last line of its own body it ran (where it returned)."""
    last: list[int | None] = [None]

    def local(frame, kind, arg):
        if kind == "line":
            last[0] = frame.f_lineno
        return local

    def calls(frame, kind, arg):
        return local if frame.f_code is event_fn.__code__ else None

    sys.settrace(calls)
    try:
        result = event_fn(*args)
    finally:
        sys.settrace(None)
    return result, last[0]


def find_excerpt(body: str, excerpt: str) -> int:
    """Where a key's excerpt starts in the body, folding whitespace and quotation marks; -1 if nowhere."""
    at = body.find(excerpt)
    if at >= 0:
        return at
    words = [re.escape(w) for w in excerpt.replace("’", "'").replace("“", '"').replace("”", '"').split()]
    pattern = r"\s+".join(words).replace("'", "['’]").replace('\\"', '["“”]')
    m = re.search(pattern, body)
    return m.start() if m else -1


def governing_verb(span):
    """The verb above an answer's words in the parse (the answer's own head when it is a verb)."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root.head if root.dep_ != "ROOT" else root
    verb = root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("parts", nargs="+", choices=sorted(DEV_LISTS))
    parser.add_argument("--corpora", default=str(CORPORA))
    args = parser.parse_args(argv)

    from quizgen.deck.generate import content_text
    from quizgen.extract import events
    from quizgen.nlp import load_pipeline

    keys = [k for part in args.parts for k in read_key_facts(HERE / DEV_LISTS[part]) if k["kind"] == "event"]
    articles = {a.id: a for a in load_key_articles({k["article_id"] for k in keys}, Path(args.corpora))}
    nlp = load_pipeline()
    docs: dict[str, object] = {}
    counts: Counter[str] = Counter()
    for key in keys:
        article = articles[key["article_id"]]
        doc = docs.setdefault(article.id, nlp(content_text(article)))
        print(f"\n## {article.id} #{key['rank']} {key['question']} -> {key['answer']}")
        at = find_excerpt(article.body, key["evidence"])
        if at < 0:
            print("  excerpt not found")
            counts["noevid"] += 1
            continue
        sent = next((s for s in doc.sents if s.start_char <= at < s.end_char + 1), None)
        if sent is None:
            counts["noevid"] += 1
            continue
        blocks = [b for b in events.story_blocks(article.blocks) if b.kind == "text" and len(b.text.split()) >= 8]
        para = next((n for n, b in enumerate(blocks) if b.start <= sent.start_char < b.end), None)
        told = any(s.start == sent.start for s in events.told_sentences(doc, blocks[: events.EVENT_PARAGRAPHS]))
        print(f"  paragraph {para}, read={told} | {' '.join(sent.text.split())[:200]}")
        found = article.body.find(key["answer"], sent.start_char)
        span = doc.char_span(found, found + len(key["answer"]), alignment_mode="expand") if found >= 0 else None
        verb = governing_verb(span) if span is not None else None
        quoted = events.quoted_chars(doc)
        where = None
        for token in sent:
            lemma, verb_class = events._verb_and_class(token)
            if lemma is None:
                continue
            fact, line = stopping_line(events._event, token, sent, article.id, quoted)
            mark = "*" if verb is not None and token.i == verb.i else " "
            said = f"EVENT {fact.answer}" if fact else f"stop@{line} {linecache.getline(events.__file__, line or 0).strip()[:90]}"
            print(f"  {mark}{token.text}/{lemma}/{verb_class}: {said}")
            if mark == "*":
                where = "event" if fact else f"stop@{line}"
        if verb is not None and where is None:
            print(f"  governing verb {verb.text} (lemma {verb.lemma_}) is no event verb")
            where = "noverb"
        if span is None:
            where = "noanswer"
        if para is None or para >= events.EVENT_PARAGRAPHS:
            where = f"para{para}"
        elif not told:
            where = "nottold"
        counts[where or "noanswer"] += 1
    print("\n" + ", ".join(f"{k} {n}" for k, n in counts.most_common()))


if __name__ == "__main__":
    main()

"""Card quality read by hand: build decks from real news, sample items, score judgements, and
count the defects a machine can see over whole decks.

    python benchmarks/card_review.py build polnear ../shared/corpora/polnear-train --part dev \\
        --articles 60 --seed 1 --out /work/cache/$USER/polnear-dev.yaml
    python benchmarks/card_review.py build timebank ../shared/corpora/timebank --part dev \\
        --articles 60 --seed 1 --out /work/cache/$USER/timebank-dev.yaml
    python benchmarks/card_review.py sample DECK.yaml... --seed 7 --n 120 --out review-7
        # writes review-7.md (each item with its article context) and review-7.tsv (verdicts)
    python benchmarks/card_review.py score review-7.tsv [more.tsv ...]
    python benchmarks/card_review.py check DECK.yaml...

``build`` writes each article of the chosen part (``benchmarks/holdout.py``'s split) as an
article file with front matter beside the deck (``DECK.articles/``), so that the deck's sources
point at files that stay: polnear-train gets ``title``, ``date`` (metadata.tsv
publication_date) and ``outlet`` (publisher); TimeBank/AQUAINT gets ``title`` and ``date`` (the
document creation time) over the body with its tags stripped.

``sample`` draws a reproducible random sample stratified by kind (as equal a share of each kind
as the decks hold), prints every item with the paragraph(s) its evidence lies in and one either
side, and writes a TSV to fill in, one row per item. Verdict columns take ``y`` or ``n``
(``1``/``0``, ``yes``/``no`` also read); ``-`` means not applicable (``choices_ok`` of an item
without choices); an empty cell is not judged yet. The criteria (issue 11):
  right          the answer is true per the article
  answerable     a reader of the article can answer the question as written; one choice is right
  well_formed    grammatical, whole, no markup or page furniture, under ~60 words
  worth_learning a teacher would keep it (not a background year, a vox-pop aside, trivia)
  choices_ok     every wrong choice is plausible and wrong
``acceptable`` = right, answerable and well-formed; ``all five`` adds the last two.

``check`` counts, over whole decks, what a pattern can find: page furniture in questions or
evidence, evidence crossing a block boundary, mojibake, archive markup ("amp", ``, '', "#" for
£), person roles without a role noun, and
questions whose subject is a pronoun or "the company" with no name before it in the question
(``unnamed_subject``, cloze cards only — a "Who said …" question's "he" is its speaker —
also given by kind), and, from a parse of each cloze question, every word in it that leans on
text the card does not show (``context:`` pronoun, organisation, demonstrative, quantifier,
definite; see ``context_dependent``), by item kind.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout import select

from quizgen.constants import (
    BRIDGING_NOUNS,
    DEMONSTRATIVES,
    OBJECT_PRONOUNS,
    ORG_HEAD_NOUNS,
    PRESENT_TIME_NOUNS,
    SET_QUANTIFIERS,
    SUBJECT_PRONOUNS,
)
from quizgen.deck.io import load_deck, save_deck
from quizgen.errors import QuizgenError
from quizgen.extract.name_lists import is_first_name
from quizgen.extract.roles import has_role_noun
from quizgen.facts.names import ARABIC_PARTICLES, GENERATIONS, SURNAME_PARTICLES, fold, generation
from quizgen.ingest.articles import MONTHS, Article, parse_article
from quizgen.items.form_gate import quotation_marks_pair
from quizgen.models import Deck

KINDS = ("quote", "date", "number", "person", "event")
VERDICTS = ("right", "answerable", "well_formed", "worth_learning", "choices_ok")
TSV_COLUMNS = ("deck", "item", "kind", *VERDICTS, "note")
DEFAULT_CACHE = Path("/work/cache") / (Path.home().name or "card_review")

# --- build ---------------------------------------------------------------------------------


def polnear_articles(corpus: Path) -> list[tuple[str, str]]:
    """(article id, article file text with front matter) for every polnear-train article."""
    meta_path = corpus / "metadata.tsv"
    if not meta_path.is_file():
        raise SystemExit(f"{corpus}: no metadata.tsv here; give the polnear-train folder")
    with meta_path.open(encoding="utf-8", newline="") as handle:
        meta = {row["filename"]: row for row in csv.DictReader(handle, delimiter="\t")}
    out = []
    for path in sorted((corpus / "text").glob("*.txt")):
        row = meta.get(path.stem, {})
        front = {"title": row.get("title") or path.stem}
        if re.match(r"^\d{4}-\d{2}-\d{2}$", row.get("publication_date", "")):
            front["date"] = row["publication_date"]
        if row.get("publisher"):
            front["outlet"] = row["publisher"]
        out.append((path.stem, _with_front_matter(front, path.read_text(encoding="utf-8"))))
    return out


def timebank_articles(corpus: Path) -> list[tuple[str, str]]:
    from dates import read_timeml

    out = []
    for path in sorted(corpus.glob("*/*.tml")) + sorted(corpus.glob("*.tml")):
        title, dct, body, _ = read_timeml(path)
        out.append((path.stem, _with_front_matter({"title": title, "date": dct}, body)))
    return out


def _with_front_matter(front: dict[str, str], body: str) -> str:
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


CORPORA = {"polnear": polnear_articles, "timebank": timebank_articles}


def choose(ids: Sequence[str], *, part: str, articles: int, seed: int) -> list[str]:
    """The ids of ``part``; ``articles`` > 0 keeps that many, drawn with ``seed``, in id order."""
    chosen = select(ids, part)
    if 0 < articles < len(chosen):
        chosen = sorted(random.Random(seed).sample(chosen, articles))
    return chosen


def build(args: argparse.Namespace) -> None:
    from quizgen.deck.generate import generate_deck

    corpus = Path(args.path)
    if not corpus.is_dir():
        raise SystemExit(f"{corpus}: no such folder (give the corpus folder)")
    articles = dict(CORPORA[args.corpus](corpus))
    chosen = choose(sorted(articles), part=args.part, articles=args.articles, seed=args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    folder = out.with_suffix(".articles")
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for article_id in chosen:
        (folder / f"{article_id}.txt").write_text(articles[article_id], encoding="utf-8")
    deck_id = re.sub(r"[^A-Za-z0-9_.-]+", "-", out.stem)
    from quizgen.deck.cache import FactCache

    cache = FactCache(args.cache) if args.cache else None
    deck = generate_deck(
        [folder], deck_id=deck_id, title=f"{args.corpus} {args.part}", progress=True, cache=cache, events=args.events
    )
    save_deck(deck, out)
    print(f"{out}: {len(deck.items)} items from {len(chosen)} articles ({args.corpus}, {args.part})")


# --- sample --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Drawn:
    deck: Deck
    deck_path: str
    item: object


def stratified_sample(items: Sequence[Drawn], *, n: int, seed: int) -> list[Drawn]:
    """``n`` items, as equal a share of each kind as there are, drawn reproducibly.

    Items are ordered by (deck, id) before drawing, so the sample depends only on the decks'
    contents and the seed. A kind with fewer items than its share gives all it has and the
    rest is shared among the others.
    """
    rng = random.Random(seed)
    by_kind: dict[str, list[Drawn]] = defaultdict(list)
    for d in sorted(items, key=lambda d: (d.deck_path, d.item.id)):
        by_kind[d.item.kind].append(d)
    kinds = [k for k in KINDS if by_kind.get(k)] + sorted(k for k in by_kind if k not in KINDS)
    quota = dict.fromkeys(kinds, 0)
    left = min(n, sum(len(v) for v in by_kind.values()))
    while left:
        open_kinds = [k for k in kinds if quota[k] < len(by_kind[k])]
        share, extra = divmod(left, len(open_kinds))
        for i, k in enumerate(open_kinds):
            take = min(share + (1 if i < extra else 0), len(by_kind[k]) - quota[k])
            quota[k] += take
            left -= take
    drawn = []
    for k in kinds:
        drawn.extend(rng.sample(by_kind[k], quota[k]))
    rng.shuffle(drawn)  # the reviewer reads kinds mixed, not in blocks
    return drawn


def _article(deck: Deck, source_id: str, cache: dict[tuple[str, str], Article | None]) -> Article | None:
    key = (deck.deck.id, source_id)
    if key not in cache:
        source = deck.source(source_id)
        try:
            raw = Path(source.path).read_bytes()
            cache[key] = parse_article(raw, article_id=source.id, path=source.path)
        except (OSError, QuizgenError):
            cache[key] = None
    return cache[key]


def context_blocks(article: Article, start: int, end: int, *, around: int = 1) -> list[tuple[str, bool]]:
    """(paragraph text, holds evidence) for the blocks the span touches and ``around`` either side."""
    blocks = list(article.blocks)
    touched = [i for i, b in enumerate(blocks) if b.start < end and start < b.end]
    if not touched:
        return [(article.body[start:end], True)]
    lo, hi = max(0, touched[0] - around), min(len(blocks), touched[-1] + around + 1)
    return [(blocks[i].text, i in touched) for i in range(lo, hi)]


def render_item(d: Drawn, number: int, cache: dict) -> str:
    item = d.item
    lines = [f"## {number}. `{item.id}` ({item.kind}) — deck `{d.deck_path}`", ""]
    lines.append(f"**Q:** {item.question}  ")
    lines.append(f"**A:** {item.answer}" + (f"  (also accepted: {', '.join(item.accept)})" if item.accept else "") + "  ")
    if item.choices:
        lines.append("**Choices:** " + " | ".join(item.choices) + "  ")
    extra = {k: getattr(item, k) for k in ("value", "unit", "qualifier", "person", "role", "as_of", "quote") if getattr(item, k, None) not in (None, "")}
    if extra:
        lines.append("**Fields:** " + "; ".join(f"{k}={v}" for k, v in extra.items()) + "  ")
    for ev in item.evidence:
        source = d.deck.source(ev.source)
        article = _article(d.deck, ev.source, cache)
        lines.append("")
        if article is None:
            lines.append(f"**Evidence** ({source.citation(url=False)}): «{ev.text}»  (article file not found)")
            continue
        published = article.published.isoformat() if article.published else "no date"
        lines.append(f"**Evidence** ({article.title or article.id}; {article.outlet or 'no outlet'}; {published}): «{ev.text}»")
        lines.append("")
        for text, holds in context_blocks(article, ev.start, ev.end):
            flat = " ".join(text.split())
            lines.append(f"> {'▶ ' if holds else ''}{flat}")
            lines.append(">")
        if lines[-1] == ">":
            lines.pop()
    lines.append("")
    return "\n".join(lines)


def sample(args: argparse.Namespace) -> None:
    pool = []
    for path in args.decks:
        deck = load_deck(path)
        pool.extend(Drawn(deck, str(path), item) for item in deck.items)
    if args.tag:
        pool = [d for d in pool if args.tag in d.item.tags]
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as handle:
            judged = {row["item"] for row in csv.DictReader(handle, delimiter="\t")}
        pool = [d for d in pool if d.item.id not in judged]
    drawn = stratified_sample(pool, n=args.n, seed=args.seed)
    out = Path(args.out)
    out = out.with_suffix("") if out.suffix in (".md", ".tsv") else out
    cache: dict = {}
    head = [
        f"# Card review sample: seed {args.seed}, {len(drawn)} items",
        "",
        "Decks: " + ", ".join(f"`{p}`" for p in args.decks),
        "",
        "Counts by kind: " + ", ".join(f"{k} {c}" for k, c in sorted(Counter(d.item.kind for d in drawn).items())),
        "",
        "Judge each item against its article and fill in the TSV beside this file (y / n; `-` when",
        "not applicable). ▶ marks the paragraph(s) holding the evidence.",
        "",
        "- right: the answer is true per the article",
        "- answerable: a reader of the article can answer the question as written; one choice is right",
        "- well_formed: grammatical, whole, no markup or furniture, under ~60 words",
        "- worth_learning: a teacher would keep it",
        "- choices_ok: every wrong choice is plausible and wrong",
        "",
    ]
    body = [render_item(d, i, cache) for i, d in enumerate(drawn, 1)]
    out.with_suffix(".md").write_text("\n".join(head + body), encoding="utf-8")
    with out.with_suffix(".tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(TSV_COLUMNS)
        for d in drawn:
            na = "-" if not d.item.choices else ""
            writer.writerow([d.deck_path, d.item.id, d.item.kind, "", "", "", "", na, ""])
    print(f"wrote {out.with_suffix('.md')} and {out.with_suffix('.tsv')} ({len(drawn)} items)")


# --- score ---------------------------------------------------------------------------------

_YES = {"y", "yes", "1", "true", "ok"}
_NO = {"n", "no", "0", "false"}
_NA = {"-", "na", "n/a"}


def read_judgements(paths: Iterable[str | Path]) -> list[dict[str, str]]:
    """Rows of judgement TSVs; a row counts once every verdict column is filled."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
            missing = [c for c in ("item", "kind", "right", "answerable", "well_formed") if c not in (reader.fieldnames or [])]
            if missing:
                raise SystemExit(f"{path}: missing columns {', '.join(missing)}")
            for number, row in enumerate(reader, 2):
                for column in VERDICTS:
                    value = (row.get(column) or "").strip().lower()
                    if value and value not in _YES | _NO | _NA:
                        raise SystemExit(f"{path}:{number}: {column} is {value!r}; use y, n or -")
                rows.append(row)
    return rows


def verdict(row: dict[str, str], column: str) -> bool | None:
    """True, False, or None (not applicable or not judged)."""
    value = (row.get(column) or "").strip().lower()
    return True if value in _YES else False if value in _NO else None


def _judged(row: dict[str, str]) -> bool:
    return all(verdict(row, c) is not None for c in ("right", "answerable", "well_formed"))


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    answerable: int = 0
    well_formed: int = 0
    acceptable: int = 0
    worth_n: int = 0
    worth: int = 0
    choices_n: int = 0
    choices: int = 0
    all_n: int = 0
    all_five: int = 0

    def add(self, row: dict[str, str]) -> None:
        r, a, w = (verdict(row, c) for c in ("right", "answerable", "well_formed"))
        self.n += 1
        self.right += r
        self.answerable += a
        self.well_formed += w
        self.acceptable += r and a and w
        worth, choices = verdict(row, "worth_learning"), verdict(row, "choices_ok")
        if worth is not None:
            self.worth_n += 1
            self.worth += worth
        if choices is not None:
            self.choices_n += 1
            self.choices += choices
        if worth is not None:  # choices "-" (no choices) passes that check
            self.all_n += 1
            self.all_five += bool(r and a and w and worth and choices is not False)


def tally(rows: Iterable[dict[str, str]]) -> dict[str, Tally]:
    """Per kind and ``all``: counts of each verdict over the judged rows."""
    out: dict[str, Tally] = defaultdict(Tally)
    for row in rows:
        if not _judged(row):
            continue
        out[row["kind"]].add(row)
        out["all"].add(row)
    return dict(out)


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.0f}%" if n else "–"


def score_table(tallies: dict[str, Tally]) -> str:
    """The issue's table in Markdown, with sample sizes."""
    lines = [
        "| kind | n | right | answerable | well-formed | acceptable | worth learning | choices ok | all five |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for kind in [k for k in KINDS if k in tallies] + sorted(k for k in tallies if k not in (*KINDS, "all")) + ["all"]:
        t = tallies.get(kind)
        if t is None:
            continue
        name = f"**{kind}**" if kind == "all" else kind
        lines.append(
            f"| {name} | {t.n} | {_pct(t.right, t.n)} | {_pct(t.answerable, t.n)} | {_pct(t.well_formed, t.n)} "
            f"| **{_pct(t.acceptable, t.n)}** | {_pct(t.worth, t.worth_n)} (n={t.worth_n}) "
            f"| {_pct(t.choices, t.choices_n)} (n={t.choices_n}) | {_pct(t.all_five, t.all_n)} (n={t.all_n}) |"
        )
    return "\n".join(lines)


def score(args: argparse.Namespace) -> None:
    rows = read_judgements(args.judgements)
    judged = sum(1 for r in rows if _judged(r))
    print(score_table(tally(rows)))
    print(f"\n{judged} of {len(rows)} rows judged ({', '.join(map(str, args.judgements))})")
    notes = [r for r in rows if _judged(r) and (r.get("note") or "").strip() and not all(verdict(r, c) for c in ("right", "answerable", "well_formed"))]
    if args.notes and notes:
        print("\nNotes on unacceptable items:")
        for r in notes:
            print(f"- {r['item']} ({r['kind']}): {r['note'].strip()}")


# --- check ---------------------------------------------------------------------------------

FURNITURE_CHECKS = {
    "dateline": re.compile(r"\b[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)? ?\((?:AP|Reuters|AFP|UPI|Bloomberg|[A-Z]{2,})\) ?[—–-]"),
    "underscores": re.compile(r"_{3,}"),
    "editors_note": re.compile(r"\b(?:editor'?s'? note|editor’s note|this (?:story|article) has been (?:updated|corrected))", re.IGNORECASE),
    "handle_or_link": re.compile(r"(?<![\w.])@\w{2,}|https?://|pic\.twitter\.com|\bwww\.\w"),
    "show_plug": re.compile(r"\b(?:weeknights|weekdays|sundays|saturdays)\b.{0,30}\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\b.{0,20}\b(?:ET|EST|PT|CT)\b|\bat \d{1,2}(?::\d\d)? ?(?:p\.m\.|pm) (?:ET|EST)\b on\b", re.IGNORECASE),
    "read_more": re.compile(r"\bRead more\b|\bRead (?:the )?full (?:story|article)\b", re.IGNORECASE),
    "follow_on": re.compile(r"\bFollow\b[^.]{0,60}\bon (?:Twitter|Facebook|Instagram)\b", re.IGNORECASE),
    "printable": re.compile(r"\bPrintable version\b|\bSlideshow:", re.IGNORECASE),
}
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")


# Markup an archive left in card text: HTML entities whole or without their "&" and ";"
# ("Dow Jones amp Co.", "SampP"), treebank quotation marks, the WSJ's "#" for pounds, and the
# padding of repaired markup (``ingest.markup``) showing as runs of spaces.
_ARCHIVE_MARKUP = re.compile(r"\b[A-Z][\w.'’-]* amp;? [A-Z0-9]|&[A-Za-z]+;|&#\d+;|``|''|(?<!\w)#\d[\d,.]*\s+(?:million|billion)|(?<!\w)#\d+\.\d\d\b|\b[A-Z]{1,4}amp[A-Z]{1,4}\b|\S {2,}\S")


def archive_markup(text: str) -> bool:
    return _ARCHIVE_MARKUP.search(text) is not None


def mojibake(text: str) -> bool:
    import ftfy

    # fix_encoding only undoes mis-decoding; fix_text would also straighten curly quotes.
    text = unicodedata.normalize("NFC", text)  # "A" + combining tilde is "Ã" too
    return ftfy.fix_encoding(text) != text or ftfy.badness.is_bad(text)


_QUOTED_WORDS = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|``.*?(?:''|$)")
_INSERTED = re.compile(r"\[[^\]]*\]")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def unnamed_subject(question: str) -> str | None:
    """The first pronoun (he, she, his, her, it, its, they, their) or "the <organisation
    noun>" ("the company", "the steelmaker") in a question's own words — outside quotations —
    with no name before it in the question; None if there is none. A name is a capitalised
    word other than a sentence-opening function word ("The", "But", "In") or a "[…]"
    insertion. A pattern, not a parse: it also counts the "it" of "it is clear that" and the
    "they" after "authorities", and takes any capitalised word for the name that binds a
    pronoun; a proxy for "the question never names its subject", the same before and after."""
    from spacy.lang.en.stop_words import STOP_WORDS

    text = _INSERTED.sub(" Named ", _QUOTED_WORDS.sub(" ", question))
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        lower = word.lower()
        bare = re.sub(r"['’]s?$", "", lower)
        described = i > 0 and words[i - 1].lower() == "the" and (
            bare in ORG_HEAD_NOUNS or (bare.endswith("maker") and len(bare) > 5)
        )
        named = any(
            w[:1].isupper() and w != "I" and not (j == 0 and w.lower() in STOP_WORDS | set(SUBJECT_PRONOUNS))
            for j, w in enumerate(words[:i])
        )
        if (lower in SUBJECT_PRONOUNS or described) and not named:
            return f"the {bare}" if described else word
    return None


CONTEXT_KINDS = ("pronoun", "organisation", "demonstrative", "quantifier", "definite")


def context_dependent(questions: Sequence[str], kinds: Sequence[str]) -> list[list[str]]:
    """For each cloze question, the kinds of words in its own text (outside quotations and
    "[…]" insertions) that lean on a text the card does not show, read from a parse of the
    question alone:
      pronoun        he, she, him, her, his, it, its, they, them, their, with no name before
                     it in the question (the "it" of "it is clear" excepted, by the parse)
      organisation   "the company", "the thrift" (``ORG_HEAD_NOUNS``), with no name before it
      demonstrative  "that year", "those meetings", "This was …" ("this year" is not)
      quantifier     "Neither …", "each of them" standing alone
      definite       "the poll", "the primary", "the proposal" (``BRIDGING_NOUNS``), with
                     nothing after it that says which and no name before it
    A question-only check: it cannot tell "the poll" the question's own sentence already
    named from one it did not, so it counts an upper bound; the same before and after."""
    from quizgen.nlp import load_pipeline

    nlp = load_pipeline()
    # The blank stands for a person in quote and person cards ("____ called his actions …":
    # "his" is the blank's), for a date or a number elsewhere.
    texts = [
        _INSERTED.sub(" Smith ", _QUOTED_WORDS.sub(" ", q)).replace("____", "Smith" if k in ("quote", "person") else "2000")
        for q, k in zip(questions, kinds)
    ]
    return [_context_kinds(doc) for doc in nlp.pipe(texts)]


def _context_kinds(doc) -> list[str]:
    found: list[str] = []
    pronouns = {**SUBJECT_PRONOUNS, **OBJECT_PRONOUNS}
    for tok in doc:
        named = any(
            t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in doc[: tok.i]
        )
        lower = tok.lower_
        kind = None
        if tok.tag_ in ("PRP", "PRP$") and lower in pronouns and tok.dep_ != "expl":
            kind = None if named else "pronoun"
        elif lower in DEMONSTRATIVES and tok.tag_ == "DT":
            noun = tok.head if tok.dep_ == "det" else None
            present = noun is not None and lower in ("this", "these") and noun.lemma_.lower() in PRESENT_TIME_NOUNS
            standing = noun is None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and not any(
                c.dep_ in ("relcl", "acl") for c in tok.children
            )  # "those who …" says who
            if (noun is not None and noun.pos_ == "NOUN" and not present) or standing:
                kind = "demonstrative"
        elif lower in SET_QUANTIFIERS and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            if not any(t.pos_ == "PROPN" for t in tok.subtree):
                kind = "quantifier"
        elif tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and not named:
            says_which = any(c.dep_ in ("relcl", "acl", "appos", "poss", "prep", "compound") for c in tok.children)
            lemma = tok.lemma_.lower()
            if not says_which and (lemma in ORG_HEAD_NOUNS or lemma.endswith("maker")):
                kind = "organisation"
            elif not says_which and (lemma in BRIDGING_NOUNS or lower in BRIDGING_NOUNS):
                kind = "definite"
        if kind and kind not in found:
            found.append(kind)
    return found


def check_item(item, articles: dict[str, Article | None]) -> list[str]:
    """The defect names one item shows."""
    found = []
    texts = [item.question.replace("____", "")] + [ev.text for ev in item.evidence]
    for name, pattern in FURNITURE_CHECKS.items():
        if any(pattern.search(t) for t in texts):
            found.append(f"furniture:{name}")
    for ev in item.evidence:
        article = articles.get(ev.source)
        crossing = bool(_BLOCK_BREAK.search(ev.text))
        if article is not None and not crossing:
            inside = [b for b in article.blocks if b.start <= ev.start and ev.end <= b.end]
            crossing = not inside
        if crossing:
            found.append("evidence_crosses_block")
            break
    if any(mojibake(t) for t in [*texts, item.answer, *item.choices]):
        found.append("mojibake")
    if any(archive_markup(t) for t in [item.question, item.answer, *item.choices]):
        found.append("archive_markup")  # the card's own text (evidence is the body as stored)
    if item.kind == "person" and not has_role_noun(item.role):
        found.append("role_without_role_noun")
    if item.style == "cloze" and unnamed_subject(item.question):
        found.append("unnamed_subject")
    found += [f"text:{name}" for name in text_defects(item.question)]
    if item.style == "cloze" and item.kind == "date" and _DAY_ANSWER.fullmatch(item.answer) and _bare_day_blank(item.question):
        found.append("text:date_without_on")  # "Iran ____ condemned" filled with "8 August 1998"
    if item.style == "cloze" and item.kind == "number" and _FIRST_PERSON.search(item.question):
        found.append("text:first_person_figure")  # "I got ____ in tax increases": who is "I"?
    if item.style == "cloze" and item.kind == "date" and _NAME_BEFORE_BLANK.search(item.question):
        found.append("text:date_blank_in_name")  # "the Super ____ nomination contest"
    run = _BLANK_IN_A_RUN.search(item.question) if item.style == "cloze" and item.kind == "date" else None
    if run and (run.group("word") or "").lower().rstrip(".") not in MONTHS:  # "from Aug. 26 to ____" is two dates
        found.append("text:date_blank_in_a_run")  # "in Orlando ____ and 9"
    if item.style == "cloze" and item.kind == "date" and _DOUBLED_PREPOSITION.search(item.question):
        found.append("text:date_doubled_preposition")  # "spent on ____ on a tour"
    if item.style == "cloze" and item.kind == "number" and _CONVERSION_BESIDE_BLANK.search(item.question):
        found.append("text:figure_conversion_shown")  # "____ kilometers (10 miles)"
    found += [f"form:{name}" for name in form_defects(item)]
    return found


# Wording defects a reader sees in the card's own text (issue 11): a wire dateline left at the
# start ("WASHINGTON — …"), the dateline's "here" outside quotations ("Orban said here"), the
# wires' "_" for a dash, "a"/"an" not agreeing with the next word, "Who said to …?".
_DATELINE_START = re.compile(r"^[A-Z][A-Z.'’-]+(?:[ \u00a0,]+[A-Z][\w.'’-]*)*(?:[ \u00a0]*\([A-Z][\w .&-]{0,30}\))?[ \u00a0]*(?:[\u2010-\u2015\u2212]|--|_(?!_))[ \u00a0]")
_HERE = re.compile(r"\bhere\b")
_WIRE_UNDERSCORE = re.compile(r"(?<=\s)_(?=\s)")


# Times the article's date resolves (or cannot) left as written outside quotations (round 7).
_RELATIVE_TIME = re.compile(r"\b(?:(?:last|this|next) (?:month|week)|right now|as of now)\b", re.IGNORECASE)
_DAY_ANSWER = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
# A blank for a full date after a word that does not take one ("Iran ____ condemned").
# The words that take a date after them: prepositions (also "throughout", "during", "over"),
# conjunctions joining it to another date, "than", "as".
_TAKES_A_DATE = frozenset([
    "on", "by", "since", "until", "till", "before", "after", "from", "to", "through", "throughout", "during", "over",
    "within", "into", "around", "across", "past", "about", "at", "between", "of", "as", "for", "than", "and", "or",
])
_BARE_DAY_BLANK = re.compile(r"\b(?P<word>\w+) ____")
_FIRST_PERSON = re.compile(r"\b(?:I(?![-.])|me|my|we|our|us)\b")  # not "(I-Vt.)"
# Blanks that break their sentence or whose question gives the answer away (round 13):
# a date's blank after a capitalised word of a name ("the Super ____ nomination contest", not
# the question's first word); the same preposition either side of a date's blank, or two before
# it ("spent on ____ on a tour"); a figure's conversion left beside its blank ("____
# kilometers (10 miles)", "____ francs, or $162,") or a blank inside the conversion ("1,015
# francs (____)"); "____, or $1.35 a share", "____ a share, or $3.55 billion", "fell ____, or
# 6.43,", "rose ____, or 1 percent," are other figures, not the same one converted.
_NAME_BEFORE_BLANK = re.compile(r"(?<=\S )(?!(?:On|In|By|Since|Until|Before|After|From|Through|During|Of|For|And|Or|To|The)\b)[A-Z][a-z]+ ____")
# A date's blank that splits a run of days ("in Orlando ____ and 9", "on 8 and ____").
_BLANK_IN_A_RUN = re.compile(r"____ ?(?:(?:and|or|to|through) |[-–])\d{1,2}\b|(?P<word>\S+) \d{1,2}(?:st|nd|rd|th)? ?(?:(?:and|or|to|through) |[-–])____")
_PREPOSITIONS = r"(?:on|in|at|by|of|for|from|to|since|during|until|before|after)"
_DOUBLED_PREPOSITION = re.compile(rf"\b(?P<p>{_PREPOSITIONS}) (?:the \w+ of )?____ (?P=p)\b|\b{_PREPOSITIONS} {_PREPOSITIONS} (?:the \w+ of )?____", re.IGNORECASE)
_CONVERSION_BESIDE_BLANK = re.compile(
    r"____(?: [A-Za-z.-]+){0,3},? \((?:about |some |roughly |nearly |around |approximately |or )?(?![^()]*(?:%|percent))[$€£¥]?\d[^()]*\)"
    r"|____(?: (?!a |per )[A-Za-z.-]+){0,3}, or (?:about |some |roughly |nearly |around )?"
    r"(?:[$€£¥]\d(?:[\d.,]*\d)?(?: million| billion)?|\d(?:[\d.,]*\d)?(?: million| billion)? (?!percent)[a-z]+)(?! (?:a|per) share)(?: [A-Za-z]+){0,2},"
    r"|\d(?: [A-Za-z.-]+){0,3},? \((?:about |some |roughly |nearly |around |approximately |or )?____"
)

TEXT_DEFECTS = ("dateline_start", "here_outside_quotes", "wire_underscore", "a_an", "who_said_to", "relative_time", "date_without_on", "first_person_figure",
                "date_blank_in_name", "date_blank_in_a_run", "date_doubled_preposition", "figure_conversion_shown")


def _bare_day_blank(question: str) -> bool:
    """A blank for a full date after a word that takes none ("Iran ____ condemned")."""
    found = _BARE_DAY_BLANK.search(question)
    return found is not None and found.group("word").lower() not in _TAKES_A_DATE


def text_defects(question: str) -> list[str]:
    from quizgen.items.wording import agree_articles

    found = []
    if _DATELINE_START.match(question):
        found.append("dateline_start")
    if _HERE.search(_QUOTED_WORDS.sub(" ", question)):
        found.append("here_outside_quotes")
    if _WIRE_UNDERSCORE.search(question):
        found.append("wire_underscore")
    if agree_articles(question) != question:
        found.append("a_an")
    if question.startswith("Who said to "):
        found.append("who_said_to")
    if _RELATIVE_TIME.search(_QUOTED_WORDS.sub(" ", question)):
        found.append("relative_time")
    return found


# Form defects (round 18): what makes a reader mark a card "not well-formed", in the card's
# own text (question, answer, choices): a word written twice ("like like"); a period doubled
# after an abbreviation ("U.S.."); brackets of any kind ("[Travelers Corp.]'s", "[1989]");
# quotation marks that do not pair; a quotation ending in the attribution's comma ("poor,'?");
# a transcript speaker label ("JAKE TAPPER:"); tags ("<tweet/>"); two ellipses in a row (the
# speaker's and the cut's: "… …"); a question opening in lowercase; a headline in Title Case.
_DOUBLED_WORD = re.compile(r"\b([A-Za-z]+) \1\b")  # also "that that", "had had": read the hits
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.\.(?!\.)")
_BRACKET = re.compile(r"[\[\]]")
_SPEAKER_LABEL = re.compile(r"\b[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*:(?!\d)")
_TAG = re.compile(r"</?[A-Za-z][\w-]*\s*/?>")
_DOUBLED_ELLIPSIS = re.compile(r"(?:…|\.\.\.|\. \. \.) ?\.? ?(?:…|\.\.\.)")
_DANGLING_COMMA = re.compile(r",[’'”\"]\s*[?.]?$")
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'-]*")
FORM_DEFECTS = ("doubled_word", "double_period", "bracket", "unpaired_quotes", "dangling_comma",
                "speaker_label", "tag", "doubled_ellipsis", "lowercase_start", "title_case")


_HEADLINE_FUNCTION_WORDS = frozenset(["Is", "To", "As", "A", "An", "In", "On", "For", "Of", "And", "With", "At", "By", "From", "Are", "Be", "Has", "Have", "Will", "Its"])


def _title_case(text: str) -> bool:
    """Headline capitals: two function words capitalised after the first word ("Trump Is
    Trying To Campaign As A Healer"), outside quotations; names rarely hold two."""
    words = _TITLE_WORD.findall(_QUOTED_WORDS.sub(" ", text).replace("____", " "))
    return sum(w in _HEADLINE_FUNCTION_WORDS for w in words[1:]) >= 2


def form_defects(item) -> list[str]:
    texts = [item.question, item.answer, *item.choices]
    found = []
    if any(_DOUBLED_WORD.search(t) for t in texts):
        found.append("doubled_word")
    if any(_DOUBLE_PERIOD.search(t) for t in texts):
        found.append("double_period")
    if any(_BRACKET.search(t) for t in texts):
        found.append("bracket")
    if not all(quotation_marks_pair(t) for t in texts):
        found.append("unpaired_quotes")
    if _DANGLING_COMMA.search(item.question.replace("____", "").rstrip()) or any(_DANGLING_COMMA.search(t) for t in texts[1:]):
        found.append("dangling_comma")
    if any(_SPEAKER_LABEL.search(t) for t in texts):
        found.append("speaker_label")
    if any(_TAG.search(t) for t in texts):
        found.append("tag")
    if any(_DOUBLED_ELLIPSIS.search(t) for t in texts):
        found.append("doubled_ellipsis")
    if item.question[:1].islower() or re.match(r"[“\"‘'][a-z]", item.question):
        found.append("lowercase_start")
    if _title_case(item.question):
        found.append("title_case")
    return found


# Wrong accepted answers and answer spellings of person answers (r19): a learner who types the
# alternative is told a falsehood is right. Each class is a mechanical suspicion; read the hits.
ALIAS_DEFECTS = ("other_person", "other_surname", "title_not_in_article", "headline_word", "particle_split", "name_before_blank")


def _person_answer(item) -> bool:
    return item.kind in ("quote", "person", "event") and not (item.kind == "person" and item.answer == item.role) and \
        len(item.answer.split()) >= 1 and item.answer[:1].isupper() and "organisation" not in item.tags


def _last_word(name: str) -> str:
    words = [w for w in name.split() if w.rstrip(".,").lower() not in GENERATIONS]
    return words[-1].lower() if words else ""


def _lowercase_words(deck) -> set[str]:
    return {w for i in deck.items for ev in i.evidence for w in re.findall(r"\b[a-z]+\b", ev.text)}


def alias_defects(item, article: Article | None, deck_names: set[str], lowercase: set[str]) -> list[str]:
    """The alias classes one item shows (person answers only)."""
    if not _person_answer(item):
        return []
    found = []
    answer = item.answer
    body = (article.body if article is not None else "") + " " + " ".join(ev.text for ev in item.evidence)
    alternatives = [a for a in item.accept if a != answer]
    for alt in alternatives:
        words = alt.split()
        mine = answer.split()[0]
        if len(words) > 1 and len(answer.split()) > 1 and words[0] not in TITLE_WORDS_ALIAS and (
            generation(alt) != generation(answer)
            or (alt in deck_names and fold(alt) != fold(answer))
            or (words[0] != mine and is_first_name(words[0]) and is_first_name(mine)
                and not mine.lower().startswith(words[0].lower()) and not words[0].lower().startswith(mine.lower()))
        ):
            found.append("other_person")  # "Donald Trump Jr." for Donald Trump, "Mario Rubio" for Marco
        if _last_word(alt) != _last_word(answer) and _last_word(alt) not in answer.lower().split():
            found.append("other_surname")
        if len(words) > 1 and (words[0] in TITLE_WORDS_ALIAS or words[-2] in TITLE_WORDS_ALIAS):
            title = " ".join(words[:-1])
            ok = [m for m in re.finditer(rf"(\S+\s+)?{re.escape(title)}\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{re.escape(words[-1])}\b", body)
                  if not (m.group(1) and m.group(1).strip() in TITLE_WORDS_ALIAS | {"Vice", "Deputy", "Assistant", "Associate", "Surgeon", "Former", "former", "Attorney"})]
            if not ok:
                found.append("title_not_in_article")
        if len(words) == 1 and re.search(rf"\b(?:(?i:{'|'.join(re.escape(p) for p in SURNAME_PARTICLES)})|{'|'.join(ARABIC_PARTICLES)})[ -]{re.escape(alt)}\b", body):
            found.append("particle_split")
    for name in [answer, *alternatives]:
        words = name.split()
        if len(words) >= 3 and words[0] not in TITLE_WORDS_ALIAS and words[0].lower() in lowercase:
            rest = " ".join(words[1:])
            alone = [m for m in re.finditer(re.escape(rest), body) if not body[: m.start()].rstrip().endswith(words[0])]
            if alone:
                found.append("headline_word")
                break
    if item.style == "cloze" and len(answer.split()) > 1:
        w = answer.split()
        if any(" ".join(w[:k]) + " ____" in item.question for k in range(1, len(w))):
            found.append("name_before_blank")
    return sorted(set(found))


TITLE_WORDS_ALIAS = frozenset(["President", "Gov.", "Governor", "Sen.", "Senator", "Rep.", "Representative", "Mayor", "Secretary", "Speaker", "Prime", "Chancellor",
                               "Minister", "General", "Gen.", "Lt.", "Judge", "Justice", "Attorney", "Chairman", "Director", "Ambassador", "King", "Queen", "Pope",
                               "Prince", "Vice", "Sheriff", "Chief", "Commissioner", "Leader", "Lieutenant", "Lt", "Col.", "Colonel", "Adm.", "Admiral", "Dr.", "Mr.", "Mrs.", "Ms."])


def check(args: argparse.Namespace) -> None:
    total = 0
    counts: Counter[str] = Counter()
    by_kind: Counter[str] = Counter()
    unnamed_by_kind: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    context_by_kind: Counter[tuple[str, str]] = Counter()  # (word kind, item kind)
    cloze_by_kind: Counter[str] = Counter()
    for path in args.decks:
        deck = load_deck(path)
        cache: dict = {}
        articles = {s.id: _article(deck, s.id, cache) for s in deck.sources}
        clozes = [i for i in deck.items if i.style == "cloze"]
        for item, kinds in zip(clozes, context_dependent([i.question for i in clozes], [i.kind for i in clozes])):
            cloze_by_kind[item.kind] += 1
            for word_kind in [*kinds, "any"] if kinds else []:
                context_by_kind[(word_kind, item.kind)] += 1
                if len(examples[f"context:{word_kind}"]) < args.show:
                    examples[f"context:{word_kind}"].append(f"{item.id} ({item.kind}): {item.question[:150]}")
        deck_names = {i.answer for i in deck.items if _person_answer(i)}
        lowercase = _lowercase_words(deck)
        for item in deck.items:
            total += 1
            by_kind[item.kind] += 1
            for defect in alias_defects(item, articles.get(item.evidence[0].source), deck_names, lowercase):
                counts[f"alias:{defect}"] += 1
                if len(examples[f"alias:{defect}"]) < args.show:
                    examples[f"alias:{defect}"].append(f"{item.id} ({item.kind}): {item.answer!r} accept={item.accept!r} | {item.question[:110]}")
            for defect in check_item(item, articles):
                counts[defect] += 1
                if defect == "unnamed_subject":
                    unnamed_by_kind[item.kind] += 1
                if len(examples[defect]) < args.show:
                    examples[defect].append(f"{item.id} ({item.kind}): {item.question[:150]}")
    print(f"{total} items in {len(args.decks)} deck(s): " + ", ".join(f"{k} {by_kind[k]}" for k in KINDS if by_kind[k]))
    names = [f"furniture:{n}" for n in FURNITURE_CHECKS] + [
        "evidence_crosses_block", "mojibake", "archive_markup", "role_without_role_noun", "unnamed_subject"
    ] + [f"text:{n}" for n in TEXT_DEFECTS] + [f"form:{n}" for n in FORM_DEFECTS] + [f"alias:{n}" for n in ALIAS_DEFECTS]
    for name in names:
        denominator = by_kind["person"] if name == "role_without_role_noun" else total
        print(f"  {name:32} {counts[name]:5}  {_pct_fine(counts[name], denominator)}")
    for kind in KINDS:
        if by_kind[kind]:
            line = f"unnamed_subject ({kind})"
            print(f"  {line:32} {unnamed_by_kind[kind]:5}  {_pct_fine(unnamed_by_kind[kind], by_kind[kind])}")
    clozes = sum(cloze_by_kind.values())
    kinds_asked = [k for k in KINDS if cloze_by_kind[k]]
    print(f"  context-dependent words in {clozes} cloze questions (by item kind: " + ", ".join(kinds_asked) + ")")
    for word_kind in (*CONTEXT_KINDS, "any"):
        n = sum(context_by_kind[(word_kind, k)] for k in KINDS)
        per_kind = "  ".join(f"{k} {context_by_kind[(word_kind, k)]} ({_pct_fine(context_by_kind[(word_kind, k)], cloze_by_kind[k])})" for k in kinds_asked)
        print(f"  {'context:' + word_kind:32} {n:5}  {_pct_fine(n, clozes):6}  {per_kind}")
    furniture = sum(counts[n] for n in names if n.startswith("furniture:"))
    print(f"  {'furniture (any pattern)':32} {furniture:5}  {_pct_fine(furniture, total)}")
    for name in [*names, *(f"context:{k}" for k in (*CONTEXT_KINDS, "any"))]:
        for line in examples.get(name, []):
            print(f"    {name}: {line}")


def _pct_fine(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}%" if n else "–"


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="generate a deck from a corpus part")
    p.add_argument("corpus", choices=sorted(CORPORA))
    p.add_argument("path", help="the corpus folder (polnear-train or timebank)")
    p.add_argument("--part", choices=["dev", "heldout", "all"], default="dev")
    p.add_argument("--articles", type=int, default=60, help="articles drawn from the part (0 = all)")
    p.add_argument("--seed", type=int, default=1, help="seed of the article draw")
    p.add_argument("--out", required=True, help=f"deck file (e.g. {DEFAULT_CACHE}/polnear-dev.yaml)")
    p.add_argument("--events", action="store_true", help="add event cards (as `quizgen generate --events`)")
    p.add_argument("--cache", metavar="DIR", help="keep articles' facts here (a re-build parses only what changed)")
    p.set_defaults(run=build)
    p = sub.add_parser("sample", help="draw items to judge")
    p.add_argument("decks", nargs="+")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--n", type=int, default=120)
    p.add_argument("--out", required=True, help="output stem: writes STEM.md and STEM.tsv")
    p.add_argument("--tag", help="draw only items with this tag (lede-blank: the learned lede blanks)")
    p.add_argument("--exclude", help="a sample's TSV whose items are not drawn again")
    p.set_defaults(run=sample)
    p = sub.add_parser("score", help="score filled-in judgement TSVs")
    p.add_argument("judgements", nargs="+")
    p.add_argument("--notes", action="store_true", help="list the notes of unacceptable items")
    p.set_defaults(run=score)
    p = sub.add_parser("check", help="mechanical checks over whole decks")
    p.add_argument("decks", nargs="+")
    p.add_argument("--show", type=int, default=3, help="examples printed per defect")
    p.set_defaults(run=check)
    args = parser.parse_args(argv)
    try:
        args.run(args)
    except QuizgenError as exc:
        raise SystemExit(f"error: {exc}") from None


if __name__ == "__main__":
    main()


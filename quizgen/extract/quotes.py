"""Direct quotations and their speakers (who said what).

Finds quoted stretches (``marks.find_pieces``), groups pieces split around a cue
(“A,” she said, “B.”) and paragraphs of one long quotation, then attributes each group:
the subject of a reporting verb next to the quote, "according to X", or a pronoun or
partial name resolved to the person meant. A quote whose speaker is not certain gives no fact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgen.constants import CALLING_VERBS, PERSON_PRONOUNS, REPORTING_VERBS, TITLES
from quizgen.extract.marks import Piece, find_pieces
from quizgen.extract.people import PersonIndex, clean_name, gender_of, person_mentions
from quizgen.facts import Mention, QuoteFact
from quizgen.ingest import Article

MAX_GAP = 90  # characters between two pieces of one quotation split around its cue
PRONOUN_WINDOW = 700  # how far back (characters) a pronoun's antecedent may be
SPEAKER_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
_TITLE_WORDS = frozenset(w.rstrip(".") for t in TITLES for w in t.split())


@dataclass
class Quotation:
    pieces: list[Piece]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def extract_quotes(doc: Doc, *, article: Article) -> Iterator[QuoteFact]:
    """Quote facts of one article; ``doc`` is the parse of the article's body."""
    blocks = [(b.start, b.end) for b in article.text_blocks()]
    pieces = find_pieces(article.body, blocks)
    quoted = [(p.start - 1, p.end + 1) for p in pieces]
    mentions = list(person_mentions(doc, skip=quoted))
    index = PersonIndex(mentions)
    for quotation in group_pieces(article.body, pieces, blocks):
        fact = attribute(doc, quotation, article=article, index=index, mentions=mentions, quoted=quoted)
        if fact is not None:
            yield fact


def group_pieces(body: str, pieces: list[Piece], blocks: list[tuple[int, int]]) -> list[Quotation]:
    """Join pieces of one quotation: split around a short cue, or continued across paragraphs."""
    groups: list[Quotation] = []
    for piece in pieces:
        if groups:
            last = groups[-1].pieces[-1]
            gap = body[last.end : piece.start]
            same_block = last.block == piece.block
            continued = (
                not last.closed
                and piece.block == last.block + 1
                and body[blocks[piece.block][0] : piece.start].strip() in ("“", '"', "''", "``", "„")
            )
            split_round_cue = same_block and len(gap) <= MAX_GAP and _has_cue_words(gap)
            if continued or split_round_cue:
                groups[-1].pieces.append(piece)
                continue
        groups.append(Quotation([piece]))
    return groups


def _has_cue_words(gap: str) -> bool:
    words = {w.strip(",.;:”“\"'’").lower() for w in gap.split()}
    return any(w in _CUE_FORMS for w in words)


_CUE_FORMS = frozenset(
    form
    for lemma in REPORTING_VERBS
    for form in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing")
) | {"said", "told", "wrote", "says", "tells", "writes", "according", "added", "continued"}


def attribute(
    doc: Doc,
    quotation: Quotation,
    *,
    article: Article,
    index: PersonIndex,
    mentions: list[Mention],
    quoted: list[tuple[int, int]],
) -> QuoteFact | None:
    first_block_pieces = [p for p in quotation.pieces if p.block == quotation.pieces[0].block]
    frame_start = first_block_pieces[0].start
    frame_end = first_block_pieces[-1].end
    sentences = _sentences_around(doc, frame_start, frame_end)
    if not sentences:
        return None
    s_start, s_end = sentences[0].start, sentences[-1].end

    def outside(tok: Token) -> bool:
        return not any(s <= tok.idx < e for s, e in quoted)

    frame = [t for t in doc[s_start:s_end] if outside(t)]
    cue = _choose_cue(frame, quotation)
    if cue is None:
        return None
    speaker_tok = _speaker_token(cue)
    if speaker_tok is None or not outside(speaker_tok):
        return None
    resolved = _resolve_speaker(speaker_tok, index=index, mentions=mentions, quote_start=quotation.start)
    if resolved is None:
        return None
    speaker, via = resolved
    quote_text = " … ".join(article.body[p.start : p.end] for p in quotation.pieces)
    quote_text = _strip_trailing_comma(quote_text)
    evidence_start = min(doc[s_start].idx, quotation.start - 1)
    last_sentence_end = doc[s_end - 1].idx + len(doc[s_end - 1].text)
    evidence_end = max(last_sentence_end, quotation.end + 1)
    evidence_end = min(evidence_end, len(article.body))
    while evidence_end > evidence_start and article.body[evidence_end - 1].isspace():
        evidence_end -= 1
    verb, target = _calling(cue, quotation) if len(quote_text.split()) <= 3 else (None, None)
    return QuoteFact(
        article_id=article.id,
        quote=quote_text,
        quote_start=quotation.start,
        quote_end=quotation.end,
        speaker=speaker,
        start=max(0, evidence_start),
        end=evidence_end,
        cue=cue.text,
        role=index.role(speaker),
        via=via,
        verb=verb,
        target=target,
    )


def _strip_trailing_comma(text: str) -> str:
    text = text.strip()
    while text and text[-1] in ",;:":
        text = text[:-1].rstrip()
    return text


def _sentences_around(doc: Doc, start: int, end: int) -> list:
    sents = [s for s in doc.sents if s.end_char > start - 1 and s.start_char < end + 1]
    if not sents:
        return []
    # The attribution often follows the closing mark in the next "sentence" ("… .” he said.").
    following = sents[-1].end
    if following < len(doc):
        nxt = doc[following].sent
        if nxt.start_char - end <= 3 and len(nxt) <= 12:
            sents.append(nxt)
    return sents


def _choose_cue(frame: list[Token], quotation: Quotation) -> Token | None:
    """The reporting verb nearest the quotation, preferring one between its pieces."""
    candidates = []
    for tok in frame:
        if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX", "NOUN"):
            if tok.pos_ == "NOUN":
                continue
        elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            pass
        else:
            continue
        inside_gap = quotation.start < tok.idx < quotation.end
        if inside_gap:
            distance = 0
        elif tok.idx >= quotation.end:
            distance = tok.idx - quotation.end
        else:
            distance = quotation.start - tok.idx + 5  # slight preference for a cue after the quote
        candidates.append((distance, tok.i, tok))
    if not candidates:
        return None
    return min(candidates)[2]


def _speaker_token(cue: Token) -> Token | None:
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj"]
                return objs[0] if objs else None
        return None
    verb = cue
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head is not verb:
            verb = verb.head
            continue
        break
    return None


def _resolve_speaker(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], quote_start: int
) -> tuple[str, str] | None:
    lower = tok.lower_
    if lower in PERSON_PRONOUNS:
        return _resolve_pronoun(tok, mentions=mentions, index=index, gender=PERSON_PRONOUNS[lower], quote_start=quote_start)
    if tok.pos_ == "PRON":
        return None
    name = _name_in_subtree(tok)
    if name is not None:
        text, label = name
        if label != "PERSON" and not _is_known_person(text, index):
            return None  # organisations and places: not a person to name
        full = index.full_name(text, before=tok.idx)
        if full is None:
            return None
        return full, "name" if full == text else "partial"
    return _resolve_description(tok, index=index, mentions=mentions, before=tok.idx)


def _is_known_person(text: str, index: PersonIndex) -> bool:
    return any(text == f or f.endswith(" " + text) for f in index.full_names) or any(
        m.name == text for m in index.mentions
    )


def _name_in_subtree(tok: Token) -> tuple[str, str] | None:
    """The named entity the subject phrase stands for: its own, or an appositive's."""
    doc = tok.doc
    if tok.ent_type_ in SPEAKER_LABELS:
        ent = next(e for e in doc.ents if e.start <= tok.i < e.end)
        if ent.label_ in ("PERSON", "ORG"):
            cleaned = clean_name(ent.text) if ent.label_ == "PERSON" else ent.text.strip()
            if ent.label_ == "ORG" and cleaned.lower().startswith("the "):
                cleaned = cleaned[4:]
            if cleaned:
                return cleaned, ent.label_
        return None
    for child in tok.children:
        if child.dep_ in ("appos", "compound", "flat") and child.ent_type_ == "PERSON":
            return _name_in_subtree(child)
    if (
        tok.pos_ == "PROPN"
        and tok.tag_ == "NNP"
        and tok.text[:1].isupper()
        and tok.ent_type_ == ""
        and tok.lower_ not in _TITLE_WORDS
    ):
        # spaCy missed the entity: take the proper-noun chain ending at the subject.
        words = [c for c in tok.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"] + [tok]
        text = clean_name(" ".join(w.text for w in words))
        return (text, "PERSON") if text else None
    return None


def _resolve_pronoun(
    tok: Token, *, mentions: list[Mention], index: PersonIndex, gender: str, quote_start: int
) -> tuple[str, str] | None:
    """He/she → the person most recently named before, if the choice is clear."""
    position = min(tok.idx, quote_start)
    window = [m for m in mentions if position - PRONOUN_WINDOW <= m.start < position]
    people: list[str] = []
    for m in reversed(window):
        full = index.full_name(m.name, before=m.start + 1)
        if full is None:
            continue
        g = gender_of(full)
        if g != "?" and g != gender:
            continue
        if full not in people:
            people.append(full)
    if not people:
        return None
    # Prefer the most recent person who was the subject of a main clause.
    doc = tok.doc
    for full in people:
        for m in reversed(window):
            if index.full_name(m.name, before=m.start + 1) != full:
                continue
            head = doc.char_span(m.start, m.end, alignment_mode="expand")
            if head is not None and head.root.dep_ in ("nsubj", "nsubjpass") and head.root.head.dep_ == "ROOT":
                return full, "pronoun"
    return people[0], "pronoun"


def _resolve_description(
    tok: Token, *, index: PersonIndex, mentions: list[Mention], before: int
) -> tuple[str, str] | None:
    """"the NATO chief said" → the one person whose role the description names."""
    if tok.pos_ != "NOUN" or tok.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.lower_ == "the" for c in tok.children):
        return None
    words = {t.lower_ for t in tok.subtree if t.pos_ in ("NOUN", "PROPN")}
    matches = {
        index.full_name(m.name, before=m.start + 1)
        for m in mentions
        if m.start < before and m.role and words <= set(m.role.lower().replace("-", " ").split()) | {tok.lower_}
        and tok.lower_ in m.role.lower().replace("-", " ")
    }
    matches.discard(None)
    if len(matches) == 1:
        return matches.pop(), "description"  # type: ignore[return-value]
    return None


def _calling(cue: Token, quotation: Quotation) -> tuple[str | None, str | None]:
    """For a short quote: the naming verb and its object ("declaring it “obsolete”" → NATO)."""
    sent = cue.sent
    for tok in sent:
        if tok.lemma_.lower() in CALLING_VERBS and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            if not objs:
                continue
            obj = objs[0]
            if obj.pos_ == "PRON" and obj.lower_ == "it":
                # "berated NATO …, declaring it “obsolete”": it = the main verb's object.
                head = tok.head
                prior = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                if not prior:
                    pobj = [t for t in sent if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.i < tok.i]
                    prior = pobj[-1:]
                if not prior:
                    continue
                obj = prior[0]
            if obj.pos_ != "PROPN":
                continue
            past = {"call": "called", "declare": "declared", "describe": "described", "label": "labelled",
                    "dub": "dubbed", "brand": "branded", "term": "termed", "deem": "deemed"}
            return past[tok.lemma_.lower()], obj.text
    return None, None

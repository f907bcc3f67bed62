"""Direct quotations and their speakers (who said what).

Finds quoted stretches (``marks.find_pieces``), groups pieces split around a cue
(“A,” she said, “B.”) and paragraphs of one long quotation, then attributes each group:
the subject of a reporting verb next to the quote, "according to X", or a pronoun or
partial name resolved to the person meant. A quote whose speaker is not certain gives no fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from quizgen.constants import (
    CALLING_VERBS,
    GROUP_PRONOUNS,
    PERSON_PRONOUNS,
    QUESTION_VERBS,
    REPORTING_VERBS,
    WORK_NOUNS,
)
from quizgen.extract.marks import Piece, find_pieces
from quizgen.extract.people import PersonIndex, person_mentions, surname
from quizgen.extract.quote_wording import naming_verb_target, reported_clause
from quizgen.extract.speakers import resolve_speaker, speaker_mention
from quizgen.facts import Mention, QuoteFact
from quizgen.ingest import Article

MAX_GAP = 90  # characters between two pieces of one quotation split around its cue
MAX_CLOZE_WORDS = 60  # a longer sentence with its speaker blanked makes a poor card


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation, how that was found, the reporting verb and the speaker's word."""

    speaker: str
    via: str
    cue: Token
    subject: Token


@dataclass
class Quotation:
    pieces: list[Piece]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def extract_quotes(doc: Doc, *, article: Article, mentions: list[Mention] | None = None) -> Iterator[QuoteFact]:
    """Quote facts of one article; ``doc`` is the parse of the article's body.

    ``mentions`` are the article's people (``person_mentions(doc)``) when already found.
    """
    blocks = [(b.start, b.end) for b in article.text_blocks()]
    pieces = find_pieces(article.body, blocks)
    quoted = [(p.start - 1, p.end + 1) for p in pieces]
    if mentions is None:
        mentions = person_mentions(doc)
    # People named inside quotations are not who said them.
    mentions = [m for m in mentions if not any(s <= m.start < e for s, e in quoted)]
    index = PersonIndex(mentions, text=article.body)
    speakers: list[tuple[int, str]] = []  # (where, who) of each quotation attributed so far
    for quotation in group_pieces(article.body, pieces, blocks):
        if _names_a_work(doc, quotation):
            continue  # “Avatar” in "the film “Avatar”": a title, not anybody's words
        fact = attribute(
            doc,
            quotation,
            article=article,
            index=index,
            mentions=mentions,
            quoted=quoted,
            speakers=speakers,
            blocks=blocks,
        )
        if fact is not None:
            if fact.via != "organisation":
                speakers.append((fact.quote_end, fact.speaker))
            yield fact


def _names_a_work(doc: Doc, quotation: Quotation) -> bool:
    """A short quotation right after a word for a work or a label ("his book “TrumpNation”",
    "a slogan, “Stronger Together”", "a video titled “…”") or one that modifies a noun after
    it ("the “Avatar” star"): a title, not speech."""
    if len(quotation.pieces) != 1:
        return False
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or len(span) > 10 or not span[0].text[:1].isupper():
        return False  # titles are short and capitalised
    before = [t for t in doc[max(0, span.start - 4) : span.start] if not t.is_punct and not t.is_space]
    if before and before[-1].text.islower() and (
        (before[-1].lower_ in WORK_NOUNS and before[-1].pos_ == "NOUN")
        or before[-1].lower_ in ("titled", "entitled", "headlined")
    ):
        return True
    # "on ABC's “This Week”", "a turn in “The Revenant”": a programme or a work by its title
    if before and (before[-1].lower_ in ("on", "in", "'s", "’s") or before[-1].tag_ == "POS") and _title_case(span):
        return True
    after = [t for t in doc[span.end : span.end + 3] if not t.is_punct and not t.is_space]
    return bool(after) and after[0].lower_ in ("star", "host", "author", "creator", "actor", "actress", "singer")


def _title_case(span) -> bool:  # type: ignore[no-untyped-def]
    words = [t for t in span if t.is_alpha]
    major = [t for i, t in enumerate(words) if i == 0 or t.lower_ not in _MINOR_WORDS]
    return 0 < len(words) <= 6 and all(t.text[:1].isupper() for t in major)


_MINOR_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"])


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
            split_round_cue = (
                same_block
                and len(gap) <= MAX_GAP
                and _has_cue_words(gap)
                and not _attributed_apart(body, last, gap, piece, blocks[piece.block][1])
            )
            if continued or split_round_cue:
                groups[-1].pieces.append(piece)
                continue
        groups.append(Quotation([piece]))
    return groups


def _attributed_apart(body: str, last: Piece, gap: str, piece: Piece, block_end: int) -> bool:
    """Whether ``piece`` has an attribution of its own rather than continuing ``last``:
    “A.” Mr. Zahed said: “B.” (the cue introduces B), “A,” Rubio said. Bush said “B”
    (a second cue), or “A,” said Collins. “B,” added Rodgers (B's own cue after it)."""
    ends_sentence = body[last.start : last.end].rstrip("”\"' ")[-1:] in (".", "?", "!")
    first_end = _SENTENCE_END.search(gap)
    if ends_sentence and first_end is None:
        return True
    if first_end is not None and _has_cue_words(gap[first_end.end() :]):
        return True
    after = body[piece.end : min(block_end, piece.end + 60)]
    after = re.split(r"[“\"]|''", after.lstrip("”\"' "), maxsplit=1)[0]
    own = _SENTENCE_END.split(after, maxsplit=1)[0]
    return _has_cue_words(own) and not own.rstrip().endswith(":")


# A sentence ends at . ? ! and a space, but not after an initial or a short capitalised
# abbreviation ("Sen. Susan Collins", "Dec. 6", "J. Michael").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.?!]['’”\"]*\s")


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
    speakers: list[tuple[int, str]],
    blocks: list[tuple[int, int]],
) -> QuoteFact | None:
    first_block_pieces = [p for p in quotation.pieces if p.block == quotation.pieces[0].block]
    frame_start = first_block_pieces[0].start
    frame_end = first_block_pieces[-1].end
    sentences = _sentences_around(doc, frame_start, frame_end)
    if not sentences:
        return None
    s_start, s_end = sentences[0].start, sentences[-1].end

    b_start, b_end = blocks[quotation.pieces[0].block]

    def outside(tok: Token) -> bool:
        return not any(s <= tok.idx < e for s, e in quoted)

    # The attribution lies in the quote's own paragraph (sentences may run across paragraphs).
    frame = [t for t in doc[s_start:s_end] if outside(t) and b_start <= t.idx < b_end]
    resolved = None
    for piece in first_block_pieces:  # “A,” she said, “B.”: the cue follows the first piece
        resolved = _speaker_after_quote(
            doc, quotation, piece.end, index=index, mentions=mentions, speakers=speakers, article_text=article.body
        )
        if resolved is not None:
            break
    candidates = _cue_candidates(frame, quotation)
    if resolved is not None and _introduced_before(doc, quotation, candidates, resolved.cue):
        resolved = None  # “… values.” He said …: the next sentence, not this quote's cue
    block_index = quotation.pieces[0].block
    opens_paragraph = article.body[b_start : quotation.start].strip() in _OPENING_MARKS
    if resolved is None and not candidates and opens_paragraph and block_index > 0:
        p_start, p_end = blocks[block_index - 1]
        before = article.body[p_start:p_end].rstrip()
        if before.endswith(":"):
            # "Viguerie said in a statement:" ⏎ “…”
            last = doc.char_span(p_start, p_end, alignment_mode="expand")
            if last is not None:
                sentence = list(last.sents)[-1]
                candidates = [t for t in _cue_candidates([t for t in sentence if outside(t)], quotation)]
        elif _whole_paragraph(article.body, quotation, blocks[block_index]):
            # An unattributed paragraph of quotation right after an attributed one continues it.
            previous = [n for pos, n in speakers if p_start <= pos <= p_end]
            if not previous:
                # … or one whose last sentence reports someone's words: "Carter said that …
                # this would not happen." ⏎ “That’s because …”
                reported = _reporter_of_last_sentence(
                    doc, p_start, p_end, index=index, mentions=mentions, speakers=speakers, outside=outside
                )
                previous = [reported] if reported else []
            if previous:
                return _fact(
                    article, doc, quotation, speaker=previous[-1], via="continuation", cue=None,
                    index=index, b_start=b_start, sentences=sentences,
                )
    if resolved is None:
        for cue in candidates[:3]:
            speaker_tok = _speaker_token(cue, outside)
            if (speaker_tok is None or speaker_tok.ent_type_ in ("DATE", "TIME")) and cue.lower_ != "according":
                # The parser lost the subject ("Saturday at the convention Sen. Elizabeth
                # Warren (D-MA) said …"): the name right before the verb.
                speaker_tok = _name_left_of(cue) or speaker_tok
            if speaker_tok is None:
                continue
            if speaker_tok.lower_ in GROUP_PRONOUNS:
                return None  # "they said", "I said": no single named speaker
            if speaker_tok.pos_ == "PRON" and speaker_tok.lower_ not in PERSON_PRONOUNS:
                continue  # "it" as the subject of a reporting verb is a misparse: look further
            found = resolve_speaker(
                speaker_tok, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers
            )
            if found is not None:
                resolved = Attribution(found[0], found[1], cue, speaker_tok)
                break
            if speaker_tok.pos_ in ("PROPN", "PRON"):
                return None  # a name or pronoun we cannot pin down: no guessing further away
    if resolved is None:
        resolved = _speaker_before_quote(
            doc, quotation, index=index, mentions=mentions, speakers=speakers, block_start=b_start
        )
    if resolved is None:
        return None
    return _fact(
        article, doc, quotation, speaker=resolved.speaker, via=resolved.via, cue=resolved.cue,
        index=index, b_start=b_start, sentences=sentences, subject=resolved.subject,
    )


_OPENING_MARKS = ("“", '"', "''", "``", "„")


def _introduced_before(doc: Doc, quotation: Quotation, candidates: list[Token], after_cue: Token) -> bool:
    """Whether the quote's own sentence introduces it with a reporting verb before it ("X
    warned that such a ban would be “…”") while the cue found after it starts a new sentence."""
    opening = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if opening is None:
        return False
    sentence = opening[0].sent
    if sentence.start <= after_cue.i < sentence.end:
        return False
    return any(
        sentence.start <= c.i < sentence.end and c.idx < quotation.start and quotation.start <= max(t.idx for t in c.subtree)
        for c in candidates
    )


def _reporter_of_last_sentence(
    doc: Doc,
    start: int,
    end: int,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    outside: Callable[[Token], bool],
) -> str | None:
    """The person whose words the paragraph's last sentence reports, when its main verb is a
    reporting verb with a named (or he/she) subject: "Carter said that …"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = list(span.sents)[-1]
    root = sentence.root
    if root.lemma_.lower() not in REPORTING_VERBS or root.pos_ != "VERB" or not outside(root):
        return None
    subject = _speaker_token(root, outside)
    if subject is None or subject.pos_ not in ("PROPN", "PRON"):
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=subject.idx, speakers=speakers)
    return found[0] if found is not None and found[1] != "organisation" else None


def _whole_paragraph(body: str, quotation: Quotation, block: tuple[int, int]) -> bool:
    after = body[quotation.end : block[1]].strip()
    return after in ("”", '"', "''", "") and len(quotation.pieces) == 1


def _fact(
    article: Article,
    doc: Doc,
    quotation: Quotation,
    *,
    speaker: str,
    via: str,
    cue: Token | None,
    index: PersonIndex,
    b_start: int,
    sentences: list,
    subject: Token | None = None,
) -> QuoteFact:
    s_start, s_end = sentences[0].start, sentences[-1].end
    quote_text = " … ".join(_strip_trailing_comma(article.body[p.start : p.end]) for p in quotation.pieces)
    evidence_start = max(b_start, min(doc[s_start].idx, quotation.start - 1))
    last_sentence_end = doc[s_end - 1].idx + len(doc[s_end - 1].text)
    evidence_end = max(last_sentence_end, quotation.end + 1)
    evidence_end = min(evidence_end, len(article.body))
    while evidence_end > evidence_start and article.body[evidence_end - 1].isspace():
        evidence_end -= 1
    short = len(quote_text.split()) <= 3
    verb, target = naming_verb_target(cue, quotation) if cue is not None and short else (None, None)
    clause = reported_clause(doc, cue, quotation, article.body) if cue is not None else None
    past = cue is not None and cue.tag_ == "VBD" and cue.lemma_.lower() in QUESTION_VERBS
    return QuoteFact(
        article_id=article.id,
        quote=quote_text,
        quote_start=quotation.start,
        quote_end=quotation.end,
        speaker=speaker,
        start=max(0, evidence_start),
        end=evidence_end,
        cue=cue.text if cue is not None else "",
        role=index.role(speaker),
        via=via,
        verb=verb,
        target=target,
        clause=clause,
        cue_past=cue.lower_ if past and cue is not None else "said",
        cloze=_speaker_blanked(article.body, evidence_start, evidence_end, subject, speaker, quotation),
    )


def _speaker_blanked(
    body: str, start: int, end: int, subject: Token | None, speaker: str, quotation: Quotation
) -> str | None:
    """The sentence of the attribution with the speaker blanked: "On Monday, ____ insisted that
    … were “nuts.”" (for quotes too short or too embedded to ask "Who said: …?"). The blank
    is the speaker's name where the sentence gives it once ("Kasich says he’d …" → "____
    says he’d …"), else the words the reporting verb's subject is."""
    if subject is None:
        return None
    sentence = subject.sent  # with the quotation, within the evidence
    start = max(start, min(sentence.start_char, quotation.start - 1))
    end = min(end, max(sentence.end_char, quotation.end + 1))
    last = surname(speaker)
    named = [m for m in re.finditer(rf"\b{re.escape(last)}\b", body[start:end])]
    if len(named) == 1:
        at, until = start + named[0].start(), start + named[0].end()
        first = speaker.split()[0]
        if len(speaker.split()) > 1 and body[max(start, at - len(first) - 1) : at] == first + " ":
            at -= len(first) + 1  # the whole name, "Bernie Sanders"
    else:
        at, until = speaker_mention(subject)
    if not (start <= at < until <= end):
        return None
    text = " ".join((body[start:at] + "____" + body[until:end]).split())
    if len(text.split()) > MAX_CLOZE_WORDS or not _marks_balanced(text):
        return None  # too long, or it starts or ends inside a quotation
    if re.search(rf"\b{re.escape(last)}\b", text):
        return None  # the speaker is named elsewhere in the sentence
    return text[:1].upper() + text[1:]


def _marks_balanced(text: str) -> bool:
    """Every quotation the text opens it closes, and it closes none it did not open."""
    depth = 0
    for mark in re.findall(r"[“”]", text):
        depth += 1 if mark == "“" else -1
        if depth < 0:
            return False
    return depth == 0 and text.count('"') % 2 == 0 and text.count("''") % 2 == 0


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


def _drop_parenthetical(tokens: list[Token]) -> list[Token]:
    """"Ramos , 58 ," / "Tom Becker , the head of the union ," / "Trey Gowdy ( R - S.C. )"
    → the name before the commas or brackets."""
    if tokens and tokens[-1].text == ")":
        opening = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].text == "("), 0)
        if opening > 0:
            return tokens[:opening]
    if len(tokens) >= 3 and tokens[-1].text == ",":
        commas = [i for i in range(1, len(tokens) - 1) if tokens[i].text == ","]
        last = commas[-1] if commas else 0
        if (
            commas
            and tokens[last - 1].pos_ != "PROPN"
            and all(t.pos_ == "PROPN" or t.text == "." for t in tokens[last + 1 : -1])
        ):
            return tokens[:-1]  # "the union's press officer, Tom Becker,": the name itself
        # Else the first comma after a name that opens a description: "Mr. Daniloff, now 81
        # and retired in Cambridge, Mass.," (not the one after "In Washington, Trump, …").
        ends = commas + [len(tokens) - 1]
        for i, following in zip(commas, ends[1:]):
            segment = tokens[i + 1 : following]
            if tokens[i - 1].pos_ == "PROPN" and not all(t.pos_ == "PROPN" for t in segment):
                return tokens[:i]
    return tokens


def _speaker_before_quote(
    doc: Doc,
    quotation: Quotation,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    block_start: int,
) -> Attribution | None:
    """"…, her adviser, Jake Sullivan, said: “…" / "Stoltenberg told reporters: “…": the name
    right before a reporting verb that introduces the quote (when the parser lost the link)."""
    span = doc.char_span(block_start, quotation.start - 1, alignment_mode="contract")
    if span is None:
        return None
    tokens = [t for t in span if not t.is_space]
    # Walk back over the introducing punctuation and the verb's complement ("told reporters").
    i = len(tokens) - 1
    while i >= 0 and tokens[i].text in (":", ",", "—"):
        i -= 1
    tail = tokens[max(0, i - 3) : i + 1]
    cue_at = next(
        (j for j in range(len(tail) - 1, -1, -1) if tail[j].lemma_.lower() in REPORTING_VERBS and tail[j].pos_ == "VERB"),
        None,
    )
    if cue_at is None:
        # "Rep. Trey Gowdy (R-S.C.): “…”", "More from Jones: “…”": a name and a colon.
        if len(tokens) > 1 and tokens[-1].text in (":", "):"):
            named = tokens[:-1]
            if tokens[-1].text == "):":  # "Rep. Trey Gowdy (R-S.C.):" reads "):" as one token
                opening = next((k for k in range(len(named) - 1, -1, -1) if named[k].text == "("), 0)
                named = named[:opening]
            named = _drop_parenthetical(named)
            if named and named[-1].pos_ == "PROPN":
                chain = len(named) - 1
                while chain > 0 and (named[chain - 1].pos_ == "PROPN" or named[chain - 1].text == "."):
                    chain -= 1
                if chain > 0 and named[chain - 1].pos_ in ("ADP", "CCONJ"):
                    return None  # "on Twitter:", "Mark Blumenthal and Jon Cohen:"
                found = resolve_speaker(
                    named[-1], index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers
                )
                if found is None or found[1] == "organisation":
                    return None
                return Attribution(found[0], found[1], tokens[-1], named[-1])
        return None
    cue = tail[cue_at]
    subject = _name_left_of(cue, pronouns=True)
    if subject is None:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
    return Attribution(found[0], found[1], cue, subject) if found else None


_DESCRIBING_PREPOSITIONS = frozenset(["for", "of", "to", "with", "from", "by", "at", "on", "in", "about"])


def _name_left_of(cue: Token, *, pronouns: bool = False) -> Token | None:
    """The name (or, with ``pronouns``, he/she) right before a reporting verb in its sentence,
    over auxiliaries, adverbs and a parenthetical: "Mr. Trump, asked about …, had said"."""
    doc = cue.doc
    before = [t for t in doc[cue.sent.start : cue.i] if not t.is_space]
    while before and before[-1].pos_ in ("AUX", "ADV", "PART"):
        before = before[:-1]
    before = _drop_parenthetical(before)
    while before and before[-1].text == ",":
        before = before[:-1]
    if not before:
        return None
    subject = before[-1]
    if subject.pos_ == "PROPN":
        chain = len(before) - 1
        while chain > 0 and (before[chain - 1].pos_ == "PROPN" or before[chain - 1].text == "."):
            chain -= 1
        if chain > 0 and before[chain - 1].lower_ in _DESCRIBING_PREPOSITIONS:
            return None  # "a spokesman for Bernie Sanders could only quip": not Sanders
        return subject
    if pronouns and subject.lower_ in PERSON_PRONOUNS:
        return subject
    return None


def _cue_candidates(frame: list[Token], quotation: Quotation) -> list[Token]:
    """Reporting verbs near the quotation, best first: those whose clause holds the quotation
    ("McConnell said that it was “totally inappropriate” for Ginsburg to criticize Trump":
    said, not criticize), then by distance: between its pieces, after, before."""
    candidates = []
    for tok in frame:
        is_verb = tok.lemma_.lower() in REPORTING_VERBS | CALLING_VERBS and tok.pos_ in ("VERB", "AUX")
        is_according = tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children)
        is_put_it = tok.lemma_ == "put" and any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children)
        if not (is_verb or is_according or is_put_it):  # "As Dana Milbank puts it, “…”"
            continue
        if quotation.start < tok.idx < quotation.end:
            distance = 0
        elif tok.idx >= quotation.end:
            distance = tok.idx - quotation.end
        else:
            distance = quotation.start - tok.idx + 5  # slight preference for a cue after the quote
        governs = is_according or any(quotation.start <= t.idx < quotation.end for t in tok.subtree)
        candidates.append((not governs, distance, tok.i, tok))
    return [t for *_, t in sorted(candidates)]


_SKIP_AFTER = {",", "”", '"', "''", "—", "–", "-"}


def _speaker_after_quote(
    doc: Doc,
    quotation: Quotation,
    closed_at: int,
    *,
    index: PersonIndex,
    mentions: list[Mention],
    speakers: list[tuple[int, str]],
    article_text: str,
) -> Attribution | None:
    """The common shapes right after the closing mark: ", Trump said" / ", said Geoff Garin" / ", he said"."""
    span = doc.char_span(closed_at, min(len(article_text), closed_at + 80), alignment_mode="expand")
    if span is None:
        return None
    tokens = []
    for t in span:
        if "\n" in t.text or "\n" in t.whitespace_:
            if t.is_space:
                break
            tokens.append(t)
            break  # the attribution belongs to the quote's own paragraph
        if not t.is_space:
            tokens.append(t)
    while tokens and (tokens[0].text in _SKIP_AFTER or tokens[0].idx < closed_at):
        tokens = tokens[1:]
    if not tokens or tokens[0].text[:1] in "“\"":
        return None
    cue_at = next(
        (i for i, t in enumerate(tokens[:14]) if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX")),
        None,
    )
    if cue_at is None:
        return None
    cue = tokens[cue_at]
    following = tokens[cue_at + 1 :]
    clause_end = next((t for t in following if t.text in (".", ":", "?", "!")), None)
    if clause_end is not None and clause_end.text == ":":
        return None  # “A.” Mr. Zahed said: “B.”: the cue introduces the next quotation
    if cue_at == 0:  # "said Geoff Garin, a Democratic pollster"
        # The noun phrase after the cue; the speaker is the last name in it ("said former
        # Obama adviser David Axelrod", "mused Blaze co-host Stu Burguiere").
        phrase = []
        for t in tokens[1:12]:
            if t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM") or t.text in (".", "-", "'s", "’s"):
                phrase.append(t)
            else:
                break
        while phrase and phrase[-1].text in (".", "-"):
            phrase = phrase[:-1]
        if not phrase or phrase[-1].pos_ != "PROPN":
            return None  # "said a senior Cruz adviser": the name only describes the speaker
        subject = phrase[-1]
    else:  # "Trump said", "Mr. Carter said", "he said", "British Prime Minister Theresa May said"
        before = _drop_parenthetical(tokens[:cue_at])
        if not before or len(before) > 7:
            return None
        if any(t.pos_ in ("VERB", "AUX", "PUNCT") and t.text not in (".",) for t in before):
            return None
        subject = before[-1]
        if subject.pos_ == "ADV" and len(before) > 1:
            subject = before[-2]
    if subject.pos_ == "PRON" and subject.lower_ not in PERSON_PRONOUNS:
        return None
    found = resolve_speaker(subject, index=index, mentions=mentions, quote_start=quotation.start, speakers=speakers)
    return Attribution(found[0], found[1], cue, subject) if found else None


def _speaker_token(cue: Token, outside: Callable[[Token], bool]) -> Token | None:
    """The subject of the reporting verb (or the object of "according to"), never a word
    inside the quotation itself."""
    if cue.lower_ == "according":
        for to in cue.children:
            if to.lower_ == "to":
                objs = [c for c in to.children if c.dep_ == "pobj" and outside(c)]
                return objs[0] if objs else None
        return None
    verb = cue
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and outside(c)]
        if subjects:
            return subjects[0]
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "tried to laugh it off by interjecting, “…”"
            continue
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head is not verb:
            verb = verb.head
            continue
        break
    return None

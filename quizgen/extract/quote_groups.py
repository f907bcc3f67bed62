"""Quotations: pieces of quoted text grouped into one quotation each (split around a cue,
continued across paragraphs), and the short quoted titles and labels that are not anybody's words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quizgen.constants import CALLING_VERBS, REPORTING_VERB_FORMS, REPORTING_VERBS, WORK_NOUNS
from quizgen.extract.events import title_capitals
from quizgen.extract.marks import Piece
from quizgen.extract.person_roles import PERSON_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_GAP = 90  # characters between two pieces of one quotation split around its cue


@dataclass
class Quotation:
    pieces: list[Piece]

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end


def group_pieces(
    body: str, pieces: list[Piece], blocks: list[tuple[int, int]], *, doc: Doc | None = None
) -> list[Quotation]:
    """Join pieces of one quotation: split around a short cue, or continued across paragraphs.

    With the ``doc`` two pieces around a cue stay apart when a second verb of saying with a
    subject of its own stands between them (“A,” Axelrod tweeted after Clinton argued that “B”)."""
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
                and not (doc is not None and _two_voices(doc, last.end, piece.start))
                and not (doc is not None and _reported_between(doc, body, last, piece))
                and not (doc is not None and _subject_between(doc, last, piece))
                and not (doc is not None and (_quoted_title(doc, last) or _quoted_title(doc, piece)))
                and not (doc is not None and (speakers_label(doc, last) or speakers_label(doc, piece)))
                and not _named_programme(body, gap, piece)
                and not (doc is not None and labels_a_noun(doc, piece))
                and not (doc is not None and in_a_question_put(doc, last))
            )
            if continued or split_round_cue:
                groups[-1].pieces.append(piece)
                continue
        groups.append(Quotation([piece]))
    return groups


# Where a programme's or a publication's quoted name follows the cue: "said on “Fox News
# Sunday.”", "told MSNBC’s “Andrea Mitchell Reports.”", "wrote in “The Atlantic”".
_BEFORE_A_NAME = re.compile(r"(?:\b(?:on|in|to|during|at)|['’]s)\s*[“\"‘'`]*\s*$")
_NAME_SMALL_WORDS = frozenset(["of", "the", "and", "a", "an", "on", "in", "for", "with", "to", "at", "&"])


def _named_programme(body: str, gap: str, piece: Piece) -> bool:
    """Whether the piece after the cue is the quoted name of the programme or publication the
    words were said on or in (j177, j178: "… Fox News Sunday." and "… Andrea Mitchell Reports."
    were joined to the quotation): set right after "on", "in", "to" or a possessive, and every
    word of it capitalised but the small words of a name."""
    if not _BEFORE_A_NAME.search(gap):
        return False
    words = re.findall(r"[\w'’&-]+", body[piece.start : piece.end])
    return bool(words) and len(words) <= 6 and all(w[:1].isupper() or w.lower() in _NAME_SMALL_WORDS for w in words)


# What a quoted title is to the words around it: an object, a complement, a name, a noun's
# modifier ("CNN's “Moneyline” television program", j76).
_TITLE_ROLES = frozenset(["dobj", "pobj", "attr", "appos", "compound", "nmod", "nsubj", "nsubjpass", "oprd", "conj"])


def _quoted_title(doc: Doc, piece: Piece) -> bool:
    """Whether a piece is a quoted title or name that the sentence around it uses as a noun
    ("pursued the remake of “Twin Peaks” only because Mr. Lynch agreed"): no part of a
    quotation said after it, however near a verb of saying stands (``names_a_work``)."""
    quotation = Quotation([piece])
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None or span.start <= span.root.head.i < span.end:
        return False
    if span.root.dep_ not in _TITLE_ROLES and not all(t.ent_type_ == "WORK_OF_ART" for t in span if not t.is_punct):
        return False
    return names_a_work(doc, quotation)


# Edges that open a clause of its own: a piece under one is inside what is reported.
_CLAUSE_EDGES = frozenset(["ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis", "csubj", "conj"])
_LABEL_WORDS = 4  # "foreign minister", "the so-called experts": a label is a few words


def speakers_label(doc: Doc, piece: Piece | Quotation) -> bool:
    """Whether a quoted piece is the reporter's label for the speaker, set in quote marks as a
    title the reporter does not vouch for (Rebel “trade envoy” Marta Olsen told reporters …;
    Olsen, the group's “trade envoy”, said …): a few words with no verb, inside the subject of
    the verb of saying, not in the clause it reports. No part of the speaker's quotation."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if t.is_alpha]
    if not 0 < len(words) <= _LABEL_WORDS or span.text.rstrip("”\"' ")[-1:] in (".", "?", "!"):
        return False
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in span):
        return False
    tok = span.root
    if span.start <= tok.head.i < span.end or tok.head.i == tok.i:
        return False
    # spaCy makes a new Token at each ``.head``: compare positions, never identity (a root's head
    # is itself only by ``==``; ``is`` would climb forever from a root that is no verb)
    while tok.head.i != tok.i and tok.head.pos_ not in ("VERB", "AUX"):
        if tok.dep_ in _CLAUSE_EDGES:
            return False
        tok = tok.head
    verb = tok.head
    return (
        verb.i != tok.i
        and verb.dep_ not in _CLAUSE_EDGES - {"conj", "parataxis"}  # not a verb inside what is reported
        and tok.dep_ in ("nsubj", "nsubjpass")
        and (verb.lemma_ in REPORTING_VERBS or verb.lower_ in _CUE_FORMS)
        and verb.lemma_ not in CALLING_VERBS
    )


# a writer's label may list a few adjectives ("after “uncivil, defiant and unacceptable” behavior",
# j224: spliced onto the coach's words): every word a modifier of the noun after it, or of one another
SCARE_QUOTE_MAX_WORDS = 6


def labels_a_noun(doc: Doc, piece: Piece) -> bool:
    """Whether a piece of a few words is the writer's label of a noun after it ('pushing for a
    "clean" funding bill', j217; 'after "uncivil, defiant and unacceptable" behavior', j224): words
    the narration marks, not the speaker's words going on."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words or len(words) > SCARE_QUOTE_MAX_WORDS:
        return False
    heads = {t.head for t in words if not (span.start <= t.head.i < span.end)}
    return len(heads) == 1 and all(h.i >= span.end and h.pos_ == "NOUN" for h in heads) and all(
        t.dep_ in ("amod", "compound", "nmod") or (span.start <= t.head.i < span.end) for t in words
    ) and not _reported(next(iter(heads)))


def _reported(tok: Token) -> bool:
    """Whether ``tok`` stands in what a verb of saying reports ("said that this was a “new”
    expectation", "warned … with “disastrous” consequences"): a word quoted there is the
    speaker's. One reached through the verb's subject ("said King, who has been … pushing for a
    “clean” funding bill") is the narration's own words."""
    while tok.head.i != tok.i:
        if tok.head.lemma_.lower() in REPORTING_VERBS:
            return tok.dep_ not in ("nsubj", "nsubjpass")
        tok = tok.head
    return False


def _attributed_apart(body: str, last: Piece, gap: str, piece: Piece, block_end: int) -> bool:
    """Whether ``piece`` has an attribution of its own rather than continuing ``last``:
    “A.” Mr. Zahed said: “B.” (the cue introduces B), “A,” Rubio said. Bush said “B”
    (a second cue), or “A,” said Collins. “B,” added Rodgers (B's own cue after it)."""
    ends_sentence = body[last.start : last.end].rstrip("”\"' ")[-1:] in (".", "?", "!")
    first_end = _SENTENCE_END.search(gap)
    if ends_sentence and first_end is None:
        return True
    if ends_sentence and _AGREEING.search(gap):
        return True  # “A.” Mr Valentine, who …, agreed. “B.” (j60): to agree is to take up another's words

    if first_end is not None and _has_cue_words(gap[first_end.end() :]):
        return True
    after = body[piece.end : min(block_end, piece.end + 60)]
    after = re.split(r"[“\"]|''", after.lstrip("”\"' "), maxsplit=1)[0]
    own = _SENTENCE_END.split(after, maxsplit=1)[0]
    return _has_cue_words(own) and not own.rstrip().endswith(":")


def _reported_between(doc: Doc, body: str, last: Piece, piece: Piece) -> bool:
    """Whether a whole sentence stands between two pieces, the first ending its own sentence,
    whose verb of saying reports a clause of its own: 'Mark Oaten said: "A." Chief constable
    Mr Hayman acknowledged that binge drinking did cause problems. "B."' (BBC fresh, j53): B
    is Hayman's, A is Oaten's. '"A." Hayman said. "B."' has no clause of its own between."""
    if body[last.start : last.end].rstrip("”\"' ")[-1:] not in (".", "?", "!"):
        return False
    span = doc.char_span(last.end, piece.start, alignment_mode="contract")
    return span is not None and any(
        tok.pos_ in ("VERB", "AUX") and tok.lower_ in _CUE_FORMS and reports_own_clause(tok, last.end, body) for tok in span
    )


def in_a_question_put(doc: Doc, piece: Piece) -> bool:
    """Whether a piece lies in the question put to the speaker ("Asked if Trump should continue
    calling Hillary Clinton “corrupt Hillary,” McCain said: “Well, I wouldn't …”", j230): words of
    the one asking or of the one asked about, never the start of the answer."""
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        t.lemma_.lower() == "ask" and t.tag_ == "VBN" and t.dep_ in ("advcl", "ccomp") and t.i < span.start
        for t in span.root.ancestors
    )


def _subject_between(doc: Doc, last: Piece, piece: Piece) -> bool:
    """Whether the later piece's verb takes its subject from the reporter's words between the
    two: '"A," he said, adding that an actual breakdown "would be very unfortunate."' (j105).
    The piece finishes the reporter's sentence; joined to a sentence of the speaker's own it
    would say what was not said."""
    if not doc.text[last.start : last.start + 1].isupper():
        return False  # a fragment before it ('the plan "would fail," adding that it "will cost …"') is asked as fragments
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return span is not None and any(
        child.dep_ in ("nsubj", "nsubjpass", "expl") and last.end <= child.idx < piece.start
        for tok in span
        for child in tok.children
    )


def reports_own_clause(cue: Token, after: int, text: str) -> bool:
    """Whether a verb of saying after a quotation (which closed at ``after``) reports a clause
    of its own, unquoted: "“… It's not up to me.” Birmingham manager Steve Bruce insists he does
    not want to sell Savage", "“… the war on terror.” But Stephen Jakobi said there were
    similarities" (BBC fresh, j53). Such a sentence tells what its subject said next, not who
    said the words before it; "“…,” Bruce said." and "“…” he told reporters." have no clause of
    their own, and '… said: “B.”' quotes its clause. An object of its own that is no one told
    is such content too: "“… a great match.” Williams though blamed her defeat … on injuries"
    (j55), where "“…” he told reporters" names whom he told."""
    for child in cue.children:
        if child.dep_ == "dobj" and child.i > cue.i and child.idx >= after and _content_object(child):
            return True
        if child.dep_ not in ("ccomp", "xcomp") or child.i < cue.i or child.idx < after:
            continue
        first = child.doc[child.left_edge.i]
        between = text[cue.idx + len(cue.text) : first.idx]
        if not any(mark in between for mark in "“\"‘") and not first.is_quote:
            return True
    return False


# Where or to how many words are told ("told the paper", "told the conference", "told hundreds
# of students"): an object of these is the audience, not what was said. People ("told reporters")
# are ``PERSON_HEADS``.
_AUDIENCES = frozenset([
    "audience", "crowd", "viewer", "listener", "paper", "newspaper", "programme", "program", "station",
    "website", "magazine", "conference", "meeting", "committee", "parliament", "press", "media", "radio",
    "television", "tv", "show", "agency", "court", "jury", "inquiry",
    "hundred", "thousand", "dozen", "million", "score",
])


def _content_object(obj: Token) -> bool:
    """Whether a verb's object says what was said or done, not whom it was told to or a pronoun
    for the words quoted ("blamed her defeat", not "told reporters", "told the BBC", "said it")."""
    if obj.pos_ != "NOUN" or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = obj.lemma_.lower()
    return lemma not in PERSON_HEADS and lemma not in _AUDIENCES


def _two_voices(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between two quoted pieces hold two verbs of saying, the later one with
    a subject of its own, a name or a noun: each piece is its own speaker's (“A,” Lopez wrote
    after Becker insisted that “B”; “A,” Cruz said as the heckler yelled: “B”), unlike “A,”
    Lopez said of Becker, adding “B”."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    cues = [t for t in span if t.pos_ in ("VERB", "AUX") and t.lower_ in _CUE_FORMS]
    if len(cues) < 2:
        return False
    first = {c.lower_ for c in cues[0].children if c.dep_ in ("nsubj", "nsubjpass")}
    for cue in cues[1:]:
        before = [t for t in doc[span.start : cue.i] if t.pos_ not in ("ADV", "AUX", "PART")]
        own = [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = own or before[-1:]
        if any(s.pos_ == "PROPN" and s.lower_ not in first for s in subject):
            return True
        if any(s.pos_ == "NOUN" and s.lower_ not in first for s in own):
            return True  # “A,” Cruz said as the heckler yelled: “B”: the heckler's words
        if cue.dep_ == "relcl" and cue.head.pos_ == "PROPN" and cue.head.lower_ not in first and any(
            s.lower_ in ("who", "that") for s in own
        ):
            # “A,” Trump said, setting off a debate with Stoltenberg, who maintained that “B”
            # (j192): B is the one the relative clause hangs on
            return True
    return False


# A sentence ends at . ? ! and a space, but not after an initial or a short capitalised
# abbreviation ("Sen. Susan Collins", "Dec. 6", "J. Michael").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.?!]['’”\"]*\s")


# Verbs of taking up what someone else said: the words before them are another speaker's.
_AGREEING = re.compile(r"\b(?:agreed|agrees|concurred|concurs|echoed|echoes)\b", re.IGNORECASE)


def _has_cue_words(gap: str) -> bool:
    words = {w.strip(",.;:”“\"'’").lower() for w in gap.split()}
    return any(w in _CUE_FORMS for w in words)


_CUE_FORMS = REPORTING_VERB_FORMS | {"according"}


def names_a_work(doc: Doc, quotation: Quotation) -> bool:
    """A short quotation right after a word for a work or a label ("his book “TrumpNation”",
    "a slogan, “Stronger Together”", "a video titled “…”") or one that modifies a noun after
    it ("the “Avatar” star"): a title, not speech."""
    if len(quotation.pieces) != 1:
        return False
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None:
        return False
    if not any(c.isalpha() for c in span.text) or _ADDRESS.fullmatch(span.text.strip()):
        return True  # “1454346000”, “@edhenry”, “http://…”: data, not words
    if len(span) > 20 or not span[0].text[:1].isupper():
        return False  # titles are short and capitalised
    if _name_or_title(doc, span):
        return True
    if len(span) > 10:
        return False
    before = [t for t in doc[max(0, span.start - 4) : span.start] if not t.is_punct and not t.is_space]
    if before and before[-1].text.islower() and (
        (before[-1].lower_ in WORK_NOUNS and before[-1].pos_ == "NOUN")
        or before[-1].lower_ in ("titled", "entitled", "headlined")
    ):
        return True
    owned = bool(before) and (before[-1].lower_ in ("'s", "’s") or before[-1].tag_ == "POS")
    # "on ABC's “This Week”", "a turn in “The Revenant”": a programme or a work by its title
    if (owned or (before and before[-1].lower_ in ("on", "in"))) and _title_case(span):
        return True
    # "set to Lee Greenwood’s “Proud to be an American,”" (j227): what someone's name owns in
    # quotation marks, with no finite verb of its own, is a work or a label, not words said
    if owned and not any("Fin" in t.morph.get("VerbForm") for t in span) and span.text.rstrip("”\"' ,")[-1:] not in (".", "?", "!"):
        return True
    after = [t for t in doc[span.end : span.end + 3] if not t.is_punct and not t.is_space]
    return bool(after) and after[0].lower_ in ("star", "host", "author", "creator", "actor", "actress", "singer")


def set_as_heading(doc: Doc, quotation: Quotation) -> bool:
    """A quotation whose words stand in title capitals, as the sentence measure of a headline
    run into the text has them (``events.title_capitals``): “Many Of You Here Are Masters Of
    The Craft.” A file of headings quoting a speech copies the words into its headings; as the
    speaker said them they were in sentence case, so the heading is no one's words."""
    words = []
    for piece in quotation.pieces:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None:  # every sentence and every piece opens with a capital
            words += [t for t in span if t.i > span.start and not t.is_sent_start]
    return title_capitals(words, works=True)  # “…” read whole as a WORK_OF_ART: its words count


_ADDRESS = re.compile(r"(?:https?://|www\.|@)\S+")


def _name_or_title(doc: Doc, span) -> bool:  # type: ignore[no-untyped-def]
    """“Fox and Friends”, “Ted Cruz” pins, “Super Tuesday”, “Guccifer”: a name or a title in
    quotation marks (every word capitalised or a proper noun), not said by anyone, unless a
    verb of naming puts it in someone's mouth ("called her “Crooked Hillary”")."""
    words = [t for t in span if t.is_alpha]
    last = span.text.rstrip("”\"' ")[-1:]
    if not words or last in ("!", "?") or all(t.is_upper for t in words):
        return False  # exclaimed or shouted: words, not a name
    if len(words) == 1:
        named = words[0].pos_ == "PROPN" and last != "." and span.start > 0 and not doc[span.start - 1].is_sent_start
    elif ":" in span.text:  # "Backfire: Carly Fiorina's High-Stakes Battle for the Soul of HP"
        named = _title_case(span, most=14)
    else:
        named = _title_case(span, most=8) and not any(t.pos_ in ("VERB", "AUX", "PRON") for t in words[1:])
    if not named:
        return False
    before = [t for t in doc[max(0, span.start - 5) : span.start] if not t.is_punct and not t.is_space]
    return not any(t.lemma_ in CALLING_VERBS or t.lemma_ in ("nickname", "christen") for t in before)


_MINOR_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by"])


def _title_case(span, most: int = 6) -> bool:  # type: ignore[no-untyped-def]
    """Up to ``most`` words, every one but the small ones capitalised ("Bridge Over Troubled
    Water")."""
    words = [t for t in span if t.is_alpha]
    major = [t for i, t in enumerate(words) if i == 0 or t.lower_ not in _MINOR_WORDS]
    return 0 < len(words) <= most and all(t.text[:1].isupper() for t in major)

"""Wording for quotations that are not whole sentences: the reported clause around a partial
quote ("Who said the budget would “…”?"), naming verbs ("Who declared NATO “obsolete”?") and
the sentence with the speaker blanked ("… with Sen. ____ calling it a “Chinese menu.”")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from quizgen.constants import CALLING_VERBS, PLURAL_PRONOUNS, REPORTING_VERBS
from quizgen.extract.context_mentions import leans_outside
from quizgen.extract.speakers import speaker_mention
from quizgen.facts.names import surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quizgen.extract.quote_groups import Quotation

MAX_CLAUSE_WORDS = 45
MAX_CLOZE_WORDS = 60  # a longer sentence with its speaker blanked makes a poor card


class ReportedClause(NamedTuple):
    """A reported clause's words (with their quotation marks), and whether it keeps a
    description its own words do not say which one it is ("suggesting the first-term senator
    sees …": the senator is named before the clause)."""

    text: str
    leans: bool


def reported_clause(doc: Doc, cue: Token, quotation: Quotation, body: str) -> ReportedClause | None:
    """Indirect speech around a partial quote: "says the candidate has “always run …”".

    Returns the reported clause (with its quotation marks) when the quote starts inside it,
    so the question can ask "Who said the Norda Bank chairman had “never read …”?". A clause
    that leans on words outside it comes back marked: a question asking it alone is not
    answerable, and the card is not made from it (``items.quotes.named_cloze``).
    """
    if cue.pos_ not in ("VERB", "AUX") or cue.lower_ == "according":
        return None
    first = quotation.pieces[0]
    for child in cue.children:
        if child.dep_ not in ("ccomp", "xcomp"):
            continue
        tokens = list(child.subtree)
        outside_quote = [t for t in tokens if not (first.start <= t.idx < quotation.end)]
        has_subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in tokens) and any(
            t.pos_ in ("VERB", "AUX") for t in outside_quote
        )
        infinitive = tokens[0].lower_ == "to"
        if not (has_subject or infinitive):
            continue  # "declaring it “obsolete”": not a clause a question can quote
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if not (start < first.start - 1 < end):
            continue
        words_before_quote = body[start : first.start - 1].strip()
        lead_in = [t for t in tokens if t.idx < first.start - 1][-3:]
        if any(t.tag_ == "VBG" and t.lemma_.lower() in REPORTING_VERBS for t in lead_in):
            return None  # "said the vote was fair, adding, “…”": a whole quotation of its own
        if not re.search(r"[A-Za-z]{2}", words_before_quote) or words_before_quote.lower() == "that":
            return None  # the quote is the whole complement: a plain direct quote
        if _group_from_outside(tokens):
            return None  # "assured them that they formed …": "they" are named outside the clause
        if tokens[0].lower_ in ("which", "who", "whom", "whose"):
            return None  # "emails …, which she said represented all her “work-related” emails": a relative's
        if not infinitive and _subject_left_outside(cue, child, tokens[0]):
            return None  # "suggested the U.S. at least maintain …" (j190: "Who suggested at least maintain …?")
        span = doc[tokens[0].i : tokens[-1].i + 1]
        # "suggesting the first-term senator sees …", "said the program was …": which one is
        # said before the clause, in its sentence or the text before
        leans = any(t.idx < first.start and leans_outside(t, span) for t in tokens)
        stops_at_mark = end <= quotation.end + 1
        end = max(end, quotation.end + 1 if quotation.end < len(body) and body[quotation.end] in "”\"'" else quotation.end)
        if stops_at_mark and _phrase_goes_on(doc, quotation):
            return None  # "there is a “higher” standard for …" (j193): "Who said … there is a “higher”?"
        text = " ".join(body[start:end].split()).rstrip(" ,.;:")
        if text.count("“") != text.count("”"):
            text = text.rstrip("”")
            text += "”" if text.count("“") > text.count("”") else ""
        if len(text.split()) > MAX_CLAUSE_WORDS or '"' in text or re.search(r"[.!?][”’]?\s+[A-Z]", _unquoted(text)):
            return None  # straight quotes or several sentences: not one clean clause
        text = re.sub(r"[,.;:]+(”)$", r"\1", text)  # “… history.” → “… history”
        if start < cue.idx and tokens[0].tag_ not in ("NNP", "NNPS") and tokens[0].text != "I":
            text = text[:1].lower() + text[1:]  # the clause opened the sentence
        return ReportedClause(text, leans)
    return None


def _phrase_goes_on(doc: Doc, quotation: Quotation) -> bool:
    """Whether the quotation's last words modify a noun written after it (a “higher” standard):
    a clause cut at the closing mark stops inside a noun phrase."""
    last = quotation.pieces[-1]
    after = doc.char_span(last.end, min(len(doc.text), last.end + 40), alignment_mode="expand")
    if after is None:
        return False
    noun = next((t for t in after if not t.is_punct and not t.is_space), None)
    return (
        noun is not None
        and noun.pos_ in ("NOUN", "PROPN")
        and any(last.start <= c.idx < last.end for c in noun.children)
    )


def _subject_left_outside(cue: Token, clause: Token, first: Token) -> bool:
    """Whether the reporting verb's object stands between it and the clause while the clause has
    no subject of its own ("suggested [the U.S.] at least maintain a presence …", which the
    parser read as the object of "suggested" and a clause with no subject): the clause alone
    drops who was to act. "told [reporters] he was …" keeps its subject "he"."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    between = cue.doc[cue.i + 1 : first.i]
    return any(t.dep_ in ("dobj", "dative") and t.head.i == cue.i for t in between)


_GROUP_WORDS = frozenset(["those", "these", "both", "all", "many", "most", "some", "others"])


def _group_from_outside(tokens: list[Token]) -> bool:
    """Whether a reported clause opens with "they" (them, their) and names no group or pair
    before it: a person reports it, so "they" are whoever the words outside the clause name
    ("Castro assured the children that they formed …"); "Who said that they …?" is then
    unanswerable. "… that voters and donors want what they …" says who within the clause."""
    for tok in tokens:
        if tok.lower_ in PLURAL_PRONOUNS and tok.tag_ in ("PRP", "PRP$"):
            return True
        if tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "conj" or tok.ent_type_ == "NORP":
            return False
        if tok.lower_ in _GROUP_WORDS and tok.dep_ != "det":
            return False  # "if those who oppose it …, they": the clause says who
    return False


def _unquoted(text: str) -> str:
    return re.sub(r"“[^”]*”", "“”", text)


def naming_verb_target(cue: Token, quotation: Quotation) -> tuple[str | None, str | None]:
    """For a short quote: the naming verb and its object ("declaring it “obsolete”" → NATO)."""
    sent = cue.sent
    for tok in sent:
        if tok.lemma_.lower() in CALLING_VERBS and tok.pos_ == "VERB":
            if not _quoted_under(tok, quotation):
                continue  # "said he was “outraged”, describing Tueni as …": his own feeling, not what he called Tueni
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            # "declaring it “obsolete”" parses as a small clause: it is the subject of obsolete.
            objs += [g for c in tok.children if c.dep_ in ("ccomp", "oprd") for g in c.children if g.dep_ == "nsubj"]
            if not objs:
                continue
            obj = objs[0]
            if obj.pos_ == "PRON" and obj.lower_ in ("it", "him", "her"):
                # "berated NATO …, declaring it “obsolete”" / "went after Bush, calling him …":
                # the pronoun is the object named just before.
                head = tok.head
                if any(c.dep_ == "dobj" and c.pos_ != "PROPN" for c in head.children):
                    continue  # "criticised the concept of debt relief, calling it …" (j125): the concept, no name
                prior = [c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
                if not prior:
                    # "went after Bush, calling him …": the governing verb's own object, not any name
                    # before ("In an article … of the Miami Herald, Baker … calling it …", j125)
                    pobj = [t for t in sent if t.dep_ == "pobj" and t.pos_ == "PROPN" and t.i < tok.i and t.head.head.i == head.i]
                    prior = pobj[-1:]
                if not prior:
                    continue
                obj = prior[0]
            if obj.pos_ != "PROPN":
                continue
            if _under_other_preposition(tok, quotation):
                return None, None  # "described Trump as “kind” with a “great heart”": not what he was called
            past = {"call": "called", "declare": "declared", "describe": "described", "label": "labelled",
                    "dub": "dubbed", "brand": "branded", "term": "termed", "deem": "deemed"}
            # "called the KKK “abhorrent”": the name's own "the" stays ("Who called the KKK …?")
            names = [t for t in obj.lefts if (t.dep_ in ("compound", "flat") and t.pos_ == "PROPN")
                     or (t.dep_ == "det" and t.lower_ == "the")]
            # "described Trump as “kind”": the "as" the verb takes stays, or the question is garbled
            as_ = any(c.dep_ == "prep" and c.lower_ == "as" for c in [*tok.children, *obj.children])
            # "called Obama a “petulant child”": the article before the marks stays with the words
            det = [] if as_ else [t for t in sent if obj.i < t.i and _right_before(t, quotation) and t.lower_ in ("a", "an", "the")]
            return past[tok.lemma_.lower()], " ".join(t.text for t in [*names, obj, *det[-1:]]) + (" as" if as_ else "")
    return None, None


def _quoted_under(verb: Token, quotation: Quotation) -> bool:
    """Whether the quoted words stand in the naming verb's own clause (its subtree): "said he
    was “outraged” by the killing, describing Tueni as …" puts “outraged” under "said" (the
    speaker's own feeling), so "described" did not call Tueni that. Quoted words the parse
    did not find count as under it."""
    inside = [t for t in verb.sent if quotation.start <= t.idx < quotation.end and not t.is_punct and not t.is_quote]
    if not inside:
        return True
    below = {t.i for t in verb.subtree}
    return any(t.i in below for t in inside)


def _right_before(tok: Token, quotation: Quotation) -> bool:
    """Whether only quotation marks and spaces stand between ``tok`` and the quotation."""
    between = tok.doc.text[tok.idx + len(tok.text) : quotation.start]
    return tok.idx < quotation.start and between.strip(" “\"'`„") == ""


def _under_other_preposition(verb: Token, quotation: Quotation) -> bool:
    """Whether the quoted words hang from the naming verb through a preposition other than
    "as" ("with a “great heart”"): then they are not what the verb called its object."""
    inside = [t for t in verb.sent if quotation.start <= t.idx < quotation.end and not t.is_punct and not t.is_quote]
    if not inside:
        return False
    tok = min(inside, key=lambda t: len(list(t.ancestors)))  # the quoted words' head
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ != "as":
            return True
        tok = tok.head
    return False


def speaker_cloze(
    body: str, start: int, end: int, subject: Token | None, speaker: str, quotation: Quotation
) -> tuple[str, tuple[int, int, int, int]] | None:
    """The sentence of the attribution with the speaker blanked: "On Monday, ____ insisted that
    … were “nuts.”" (for quotes too short or too embedded to ask "Who said: …?"), and where
    its parts lie in the body (sentence start, blank start, blank end, sentence end), for
    naming the pronouns and descriptions around the blank (``items.quotes``). The blank
    is the speaker's name where the sentence gives it once ("Kasich says he’d …" → "____
    says he’d …"), else the words the reporting verb's subject is."""
    if subject is None:
        return None
    sentence = subject.sent  # with the quotation, within the evidence
    start = max(start, min(sentence.start_char, quotation.start - 1))
    # to the end of the sentence the quotation ends in: 'He noted his country "is clearly not as
    # open …. Nor is it reasonable to expect that it should be," considering South Korea has a
    # 40 billion dlr foreign debt …' (j107: the card had stopped on the comma)
    closing = subject.doc.char_span(quotation.end - 1, quotation.end, alignment_mode="expand")
    close = closing.sent.end_char if closing is not None else quotation.end + 1
    end = min(end, max(sentence.end_char, close, quotation.end + 1))
    last = surname(speaker)
    named = list(re.finditer(rf"\b{re.escape(last)}\b", body[start:end]))
    own = speaker_mention(subject)
    if len(named) == 1 and subject.pos_ == "PRON" and _an_object_at(subject.doc, start + named[0].start()):
        # "she described Becker as “kind”" of Becker's wife: the surname is her husband's, not
        # the subject's; the blank is the subject's words (and a sentence naming the surname
        # again gives none)
        named = []
    if len(named) == 1:
        at, until = start + named[0].start(), start + named[0].end()
        first = speaker.split()[0]
        if len(speaker.split()) > 1 and body[max(start, at - len(first) - 1) : at] == first + " ":
            at -= len(first) + 1  # the whole name, "Bernie Sanders"
        tail = speaker[speaker.rfind(last) + len(last) :] if last in speaker else ""
        if tail.strip() and body[until : until + len(tail)] == tail and not body[until + len(tail) : until + len(tail) + 1].isalnum():
            until += len(tail)  # the words the name writes after its surname: "King ____ II" is no cloze (j50)
    else:
        at, until = own
    if not (start <= at < until <= end):
        return None
    text = " ".join((body[start:at] + "____" + body[until:end]).split())
    if len(text.split()) > MAX_CLOZE_WORDS or not _marks_balanced(text):
        return None  # too long, or it starts or ends inside a quotation
    if re.search(rf"\b{re.escape(last)}\b", text):
        return None  # the speaker is named elsewhere in the sentence
    return text[:1].upper() + text[1:], (start, at, until, end)


def _an_object_at(doc: Doc, at: int) -> bool:
    """Whether the name at ``at`` is a verb's or a preposition's object ("described Becker as …"),
    not a subject or an owner that may be the pronoun's own person."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("dobj", "pobj", "dative", "oprd")


def _marks_balanced(text: str) -> bool:
    """Every quotation the text opens it closes, and it closes none it did not open."""
    depth = 0
    for mark in re.findall(r"[“”]", text):
        depth += 1 if mark == "“" else -1
        if depth < 0:
            return False
    return depth == 0 and text.count('"') % 2 == 0 and text.count("''") % 2 == 0

"""A person's role as the parse gives it: the title before the name ("NATO Secretary General")
or an apposition after it ("Jens Stoltenberg, the secretary-general of NATO"). Moved from
``extract.people``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESS_HONORIFICS,
    ADDRESSEE_VERBS,
    LABEL_NOUNS,
    NEWS_AGENCIES,
    OCCUPATION_NOUNS,
    ORG_HEAD_NOUNS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    US_STATE_CODES,
)
from quizgen.extract.name_checks import legal_form
from quizgen.extract.name_cleaning import TITLE_WORDS
from quizgen.nlp import english_word

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Entity types of amounts: a phrase headed by one names no person ("$1.5 million", "54").
_AMOUNT_ENTS = frozenset(["MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE", "TIME", "ORDINAL"])
# Entity types of places, bodies and works: a proper noun of one names no person's role.
_THING_ENTS = frozenset(["GPE", "LOC", "FAC", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"])
# Endings of nouns of people the lexicon may lack ("lobbyist", "librarian", "nominee", "chairman").
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "person", "ee", "eur")
PERSON_HEADS = ROLE_NOUNS | PERSON_NOUNS | LABEL_NOUNS | OCCUPATION_NOUNS | TITLE_WORDS
_ROLE_STOP_POS = {"VERB", "AUX", "PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "NUM", "PART"}


def extend_left(ent: Span) -> Span:
    """Take in given names the tagger left out ("General Anders [Fogh Rasmussen]"), never the
    end of a title's "of"/"for the" complement ("Minister of Commerce [Fu Ziying]"), and a
    surname it left out after the name ("[Khursheed Mahmood] Kasuri")."""
    start = ent.start
    while start > 0:
        tok = ent.doc[start - 1]
        if (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and not tok.text.isupper()
            and tok.lower_.rstrip(".") not in TITLE_WORDS
            and not (tok.lower_.endswith("s") and tok.lower_[:-1] in TITLE_WORDS | ROLE_NOUNS)  # "Vice-Premiers [Li Peng]" (j118)
            and tok.ent_type_ in ("", "PERSON")
            and not tok.is_space
            and tok.lower_ not in ORG_HEAD_NOUNS  # "European Commission [Jose Manuel Barroso] said": a body's name (j50)
        ):
            start -= 1
        else:
            break
    if start < ent.start and start > 0 and ent.doc[start - 1].pos_ in ("DET", "ADP"):
        # "Assistant Minister of [Commerce] Fu Ziying", "assistant secretary of state for the
        # [Near East] Robert Pelletreau": capitalised words after "of" or "the" end a title's
        # complement, not given names the tagger left out
        start = ent.start
    end = ent.end
    while end < len(ent.doc) and _name_goes_on(ent.doc[start:end], ent.doc[end]):
        end += 1  # "Foreign Minister [Khursheed Mahmood] Kasuri would pay …": the tagger cut the surname
    return ent.doc[start:end]


def _name_goes_on(name: Span, tok: Token) -> bool:
    """Whether ``tok``, right after a person's name, is the name's last word the tagger left out:
    a capitalised proper noun the name's last word hangs on as its compound ("[Ling Liong] Sik
    said", "[Khursheed Mahmood] Kasuri would pay"), touching it with one space. Never an English
    word ("[Tony Blair] Exclusive", "a [Clinton] Scandals headline": a headline's or a team's
    word, round 47) nor the first word of a name of another kind ("[Clinton] White House")."""
    last = name[-1]
    return (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and last.dep_ == "compound"
        and last.head.i == tok.i
        and last.whitespace_ == " "
        and tok.lower_ not in TITLE_WORDS
        and not english_word(tok.lower_)
        and not (tok.ent_type_ not in ("", "PERSON") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    )


def _in_possessor(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is in a possessor or a prepositional object of ``noun`` ("President
    Barack Obama's former top adviser", "a spokesman for House Speaker Paul Ryan"): the role is
    the whole phrase, not the other person's title ("President", "Speaker")."""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ in ("poss", "pobj"):
            return True
        tok = tok.head
    return False


def _names_a_person(head: Token) -> bool:
    """Whether an apposition's head noun can say what a person is: a noun of the person lexicon
    ("the party's nominee", "a retired nurse", "a lobbyist"), or a proper noun that names no
    place, body or work ("Secretary of State"); never an amount ("more than $1.5 million"), a
    pronoun ("himself"), a place ("Sacramento") or a thing ("the lack of jobs")."""
    if head.ent_type_ in _AMOUNT_ENTS or head.tag_ in ("NNS", "NNPS"):
        return False  # an amount, or many ("Democrats"): not what one person is
    if head.pos_ == "PROPN":
        return head.ent_type_ not in _THING_ENTS
    if head.pos_ != "NOUN":
        return False
    # The head, or a noun of the phrase before any clause of its own: the parse may head "a top
    # outside Clinton adviser" by "top"; "adviser" still says what the person is.
    nouns = [t for t in head.subtree if t.pos_ == "NOUN" and not _in_clause(t, head)]
    return any(_person_noun(t) for t in nouns)


def _person_noun(tok: Token) -> bool:
    word = tok.lower_
    return (
        word in PERSON_HEADS or tok.lemma_.lower() in PERSON_HEADS or word.split("-")[-1] in PERSON_HEADS
        or word.endswith(_PERSON_SUFFIXES)
    ) and tok.tag_ != "NNS"


def _in_clause(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is in a clause under ``head`` ("the network [he later sold to …]"), not
    among the words that name what ``head`` is."""
    while tok.i != head.i:
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl"):
            return True
        tok = tok.head
    return False


def opening_adverb(tok: Token) -> bool:
    """Whether ``tok`` is an adverb opening its sentence, capitalised only for that ("Earlier",
    "Meanwhile", "Later": tagged RB/RBR, or JJR as "Earlier" may be), never a title's word; "Then"
    may be a former holder's ("Then Foreign Secretary Robin Cook")."""
    return tok.is_sent_start and (tok.pos_ == "ADV" or tok.tag_ in ("RB", "RBR", "JJR")) and tok.lower_ != "then"


def told_agency_words(word_before: str, words: list[str]) -> int:
    """How many of ``words`` (a capitalised run before a name) name the news agency a verb of
    telling right before them addresses ("told | Reuters | Finance Secretary Jaime Ongpin had
    decided", j117): the agency is whom the words went to, not whose the title is."""
    verb = word_before.lower()
    if not any(verb in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "ing") for lemma in ADDRESSEE_VERBS) and verb not in ("told", "telling"):
        return 0
    for size in range(min(3, len(words) - 1), 0, -1):
        if " ".join(words[:size]) in NEWS_AGENCIES:
            return size
    return 0


def role_of(ent: Span) -> str | None:
    """The title before a name ("NATO Secretary General") or an appositive after it; a form of
    address alone ("Ms.") when there is neither (it tells a gender, ``PersonIndex.role`` reads
    no role in it)."""
    doc = ent.doc
    ent = extend_left(ent)
    i = ent.start
    words: list[Token] = []
    while i > 0:
        tok = doc[i - 1]
        if name_determiner(tok) and words and words[0].pos_ == "PROPN":
            words.insert(0, tok)  # "All England Club chairman Tim Phillips": the club's name begins at "All"
            i -= 1
            continue
        if tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.lower_ in TITLE_WORDS and words:
            words.insert(0, tok)  # "Acting SEC chairman Charles Cox" (j76): an acting chairman is no chairman
            i -= 1
            continue
        if tok.lower_ in ("and", "&") and i >= 2 and doc[i - 2].is_alpha and doc[i - 2].is_title and doc[i - 2].ent_type_ != "PERSON" and (
            any(legal_form(w.text) for w in words)
            # "Health and Human Services Secretary Kathleen Sebelius" (j209): a department's name goes on
            # before its "and" when no title opens after it ("Bush and Vice President Dick Cheney")
            or (words and words[0].is_title and words[0].lower_.rstrip(".") not in TITLE_WORDS)
        ):
            words.insert(0, tok)  # "American Telephone and Telegraph Co chairman" (j81): one company's name
            i -= 1
            continue
        if tok.pos_ in _ROLE_STOP_POS and tok.text not in ("-",) or tok.is_space:
            break
        if _inner_hyphen(tok) and words:
            words.insert(0, tok)  # "Vice-President Dick Cheney": the hyphen joins one title word
            i -= 1
            continue
        if not (tok.text[:1].isupper() or tok.lower_.rstrip(".") in TITLE_WORDS) or tok.ent_type_ in ("DATE", "TIME"):
            break  # "On Monday Sen. Jo Roe": the day is no part of her title
        words.insert(0, tok)
        i -= 1
    words = _after_party_tag(words)
    while words and (opening_adverb(words[0]) or _inner_hyphen(words[0])):
        words.pop(0)  # "Earlier Foreign Secretary Jack Straw said": the sentence's adverb, not his title
    if words and words[0].i > 0:
        del words[: told_agency_words(doc[words[0].i - 1].text, [w.text for w in words])]
    while len(words) > 1 and words[-1].lower_.rstrip(".") in ADDRESS_HONORIFICS and words[-2].lower_.rstrip(".") in TITLE_WORDS - ADDRESS_HONORIFICS:
        # "Chairman Sir [Francis Tombs]" (j75): the knighthood goes with the name, not the office;
        # after a word that is no office the honorific is the title's own head ("First lady
        # Melania Trump", j251: her title, not "President Trump"'s)
        words.pop()
    title = doc[words[0].i : words[-1].i + 1].text if words else ""  # "Vice-President", as written
    address = None  # "Ms. Acosta": a form of address (it tells her gender), no role; her appositive may give one
    if title and any(t.lower_.rstrip(".") in TITLE_WORDS for t in words):
        if not all(t.lower_.rstrip(".") in ADDRESS_HONORIFICS for t in words):
            return title
        address = title
    # "Jens Stoltenberg, the secretary-general of NATO (…), said"
    bracket = party_bracket_end(ent)
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i > ent.root.i and child.ent_type_ != "PERSON":
            if child.i < bracket:
                continue  # "Tim Kaine (D-Va.)": a party and a state, no role ("D-")
            if not _names_a_person(child):
                continue  # "to help Bradley — more than $1.5 million in …": not what one is
            tokens = []
            for t in child.subtree:
                if t.i <= ent.end - 1:
                    continue
                if (t.dep_ in ("cc", "conj") and not _joins_titles(t)) or (
                    t.ent_type_ == "PERSON" and not _in_possessor(t, child)
                ):
                    break  # "the party spokesman and Devin Scott": the role ends at "and"
                tokens.append(t)
            joined = next((k for k, t in enumerate(tokens) if t.dep_ == "cc"), None)
            if joined is not None and len(tokens) > 10:
                tokens = tokens[:joined]  # two long titles: the first, whole, says what the person is
            while tokens and tokens[-1].pos_ in ("ADP", "CCONJ", "DET"):
                tokens.pop()  # "analyst and broker with [a firm the tagger took for a person]"
            tokens = _with_hyphened_start(tokens, after=ent.end - 1)
            if tokens and _cut_at_hyphen(tokens[-1]):
                continue  # "… of Osaka-[based Acme]": a role never ends inside a hyphened word
            text = doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
            text = re.sub(r"\s*\([^)]*(?:\)|$)", "", text).strip(" ,")  # an aside, closed or cut
            text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
            if re.fullmatch(r"[\d\s.,()]+", text):
                continue  # "Perez, 54," / "3. Ted Cruz (4.)": an age or a rank, not a role
            if 1 <= len(text.split()) <= 10:
                return text
            # a long apposition ("a 54-year-old retired nurse from Boone who attended the rally
            # with her husband"): its noun with the words before it, what the person is
            noun = doc[child.left_edge.i : child.i + 1].text if child.left_edge.i > ent.end - 1 else child.text
            noun = re.sub(r"^(the|a|an)\s+", "", noun.strip(" ,"), flags=re.IGNORECASE)
            if child.pos_ in ("NOUN", "PROPN") and 1 <= len(noun.split()) <= 10:
                return noun
    return address


# A party letter, a hyphen and a state, as one word ("D-Calif.", "R-Texas,", "I-Vt.").
_PARTY_TAG_WORD = re.compile(r"^\(?[RDI][-\u2013](?P<state>[A-Z][A-Za-z.]*?)\.?[),]?$")


def is_party_tag(word: str) -> bool:
    """Whether ``word`` is a party-and-state tag ("D-Calif.", "R-Texas", "(I-Vt.)"): it closes
    the name before it, and is no word of a title after it."""
    m = _PARTY_TAG_WORD.match(word)
    if m is None:
        return False
    state = m.group("state")
    return state.replace(".", "") in US_STATE_CODES or state in US_STATE_CODES.values()


def _after_party_tag(words: list[Token]) -> list[Token]:
    """The title's words after the last party-and-state tag among them ("said Pelosi, D-Calif.
    [President] Donald Trump has …", j236: the tag, written with its period, ends the sentence the
    parse ran on)."""
    cut, opens = None, 0
    for k, tok in enumerate(words):
        if k and words[k - 1].whitespace_:
            opens = k
        if (k == len(words) - 1 or tok.whitespace_) and is_party_tag("".join(w.text for w in words[opens : k + 1])):
            cut = k
    return words if cut is None else words[cut + 1 :]


# "(D-Va.)", "(R-Texas)", "(I-Vt.)", "(R-OK)": the party and state of a lawmaker or governor.
PARTY_STATE = re.compile(r"^\s*\(\s*[RDI]\s*[-–,]\s*(?P<state>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]*)?)\s*\)")


# A party-and-state tag after a name, in brackets or between commas ("(D-Fla.)", ", R-Texas,"):
# a party letter, a hyphen and a state (``party_tag_end``).
PARTY_TAG = re.compile(r"^\s*(?P<open>[(,])\s*[RDI]\s*[-\u2013]\s*(?P<state>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]*)?)\s*(?P<close>[),])")


def name_determiner(tok: Token) -> bool:
    """Whether ``tok`` is a determiner written capitalised inside a sentence, so the first word
    of a name ("All England Club", "All Saints"); not an article ("The Body Shop chief executive"
    is the Body Shop's, and "the The …" reads wrong)."""
    return (
        tok.pos_ == "DET" and tok.text[:1].isupper() and tok.lower_ not in ("the", "a", "an")
        and not tok.is_sent_start and tok.i > 0 and not tok.doc[tok.i - 1].is_punct
    )


def _inner_hyphen(tok: Token) -> bool:
    """Whether ``tok`` is a hyphen inside one written word ("Vice-President", "Co-Chairman"):
    no space on either side of it."""
    doc = tok.doc
    return tok.text in ("-", "‐") and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_


def party_tag_end(ent: Span) -> int:
    """The index of the token after a party-and-state tag right after ``ent``, bracketed ("Jo
    Roe (R-SC)", "(I-Vt.)") or between commas ("Jo Roe, R-Texas,", up to the closing comma's
    token), whose state is a US state's postal code, AP abbreviation or name
    (``constants.US_STATE_CODES``); ``ent.end`` without one."""
    doc = ent.doc
    end_char = doc[ent.end - 1].idx + len(doc[ent.end - 1].text)
    m = PARTY_TAG.match(doc.text[end_char : end_char + 30])
    if m is None or {m.group("open"), m.group("close")} not in ({"(", ")"}, {","}):
        return ent.end
    state = m.group("state").rstrip(".")
    if state not in US_STATE_CODES and state not in US_STATE_CODES.values():
        return ent.end
    close = end_char + m.end() - 1  # the character of the closing bracket or comma
    for t in doc[ent.end : min(len(doc), ent.end + 10)]:
        if t.idx == close:
            return t.i + 1
    return ent.end


def party_bracket_end(ent: Span) -> int:
    """The index of the token after a party-and-state bracket right after ``ent`` ("Tim Kaine
    (D-Va.)"), or ``ent.end`` without one."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return ent.end
    close = next((t.i for t in doc[ent.end : min(len(doc), ent.end + 8)] if t.text == ")"), None)
    if close is None or not PARTY_STATE.match(doc[ent.end : close + 1].text):
        return ent.end
    return close + 1


def _joins_titles(tok: Token) -> bool:
    """Whether a "cc" or "conj" token joins two titles of one person ("president and CEO of
    the Dairy Council", "co-founder and director of …"): the titles share what they are of, so
    the role goes on past "and"; "the party spokesman and Devin Scott" joins two people."""
    if tok.dep_ == "cc":
        if not _joins_titles_head(tok.head):
            return False  # "adviser to Republicans and …": "and" joins what the title is of
        if any(c.dep_ == "prep" and c.i < tok.i for c in tok.head.children):
            return False  # "president of the Assembly and …": the first title says whose already
        later = [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i]
        return bool(later) and _joins_titles(later[0])
    return _joins_titles_head(tok)


def _joins_titles_head(tok: Token) -> bool:
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.ent_type_ != "PERSON"
        and tok.tag_ not in ("NNS", "NNPS")
        and _person_noun(tok)
    )


def _with_hyphened_start(tokens: list[Token], *, after: int) -> list[Token]:
    """The role's words with the start of a hyphened word the parse split off ("co-founder":
    "co" and "-" hang apart from "founder"), so the role is not cut to "founder"."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    i = tokens[0].i
    while i - 1 > after and not doc[i - 1].whitespace_ and not doc[i - 1].is_space and (
        not doc[i - 1].is_punct or doc[i - 1].text in ("-", "‐")
    ):
        i -= 1
    return [doc[j] for j in range(i, tokens[0].i)] + tokens


def _cut_at_hyphen(last: Token) -> bool:
    """Whether a role's last token is a hyphen or runs on, unspaced, into one ("Osaka" of
    "Osaka-based"): the role would end inside a word the tokenizer split."""
    doc = last.doc
    if last.text in ("-", "‐", "–"):
        return True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return nxt is not None and not last.whitespace_ and nxt.text in ("-", "‐")

"""People named in an article: mentions with roles, and the fullest name each mention means.

>>> index = PersonIndex(mentions)
>>> index.full_name("Stoltenberg", before=1200)   # → "Jens Stoltenberg"

Its parts live in their own modules: ``extract.name_cleaning`` (a name cleaned of titles),
``extract.name_checks`` (whether an entity names a person), ``extract.person_roles`` (the role
before or after a name), ``extract.name_lists`` (Faker's first names, genders, surnames) and
``extract.couples`` (couples named with one surname).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quizgen.constants import (
    ADDRESS_HONORIFICS,
    CLAUSE_OPENER_TAGS,
    GENDERED_ROLE_NOUNS,
    HONORIFIC_GENDERS,
    PERSON_PRONOUNS,
)
from quizgen.extract.couples import couple_genders, couples_named
from quizgen.extract.key_slips import one_slip
from quizgen.extract.name_checks import (
    a_persons_firm,
    corporate_suffixed,
    could_be_a_given_name,
    could_be_a_name,
    legal_form,
    named_with_and_co,
    names_a_company,
    names_a_thing,
)
from quizgen.extract.name_cleaning import POSSESSIVE, TITLE_WORDS, clean_name
from quizgen.extract.name_lists import gender_of, is_first_name, known_first_names, known_surnames
from quizgen.extract.person_roles import extend_left, role_of
from quizgen.facts.deaths import BEFORE_STARTS, cued_after, said_dead
from quizgen.facts.name_order import family_name_first
from quizgen.facts.names import (
    KIN_GENDERS,
    generation,
    named_as_kin,
    regnal,
    surname,
    surname_forms,
)
from quizgen.facts.records import Mention
from quizgen.facts.resolve import SURNAME_DOMINANCE, another_of_the_family, written_titles
from quizgen.facts.short_names import addressed_as
from quizgen.nlp import english_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# bare uses of a surname, while only one of the family was named in full, that make it his
SURNAME_OWNER_USES = 2
RECENT_FULL_NAME = 300  # characters: "Eric Trump said … Trump added" means Eric
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'-]+)")


def _one_person(names: list[str]) -> bool:
    """Whether full names are one person's, written with and without a middle name ("Donald
    Trump", "Donald J. Trump"; never "Donald Trump Jr.", his son)."""
    words = [n.split() for n in names]
    return all(
        w[0] == v[0] and generation(a) == generation(b) and (set(w) <= set(v) or set(v) <= set(w))
        for a, w in zip(names, words)
        for b, v in zip(names, words)
    )


def title_gender(mention: Mention, default: str | None = None) -> str | None:
    """The gender a mention's "Mr."/"Mrs."/"Ms."/"Miss" tells, else ``default``."""
    return HONORIFIC_GENDERS.get((mention.role or "").lower().rstrip("."), default)

_PRONOUN_GENDERS = {**PERSON_PRONOUNS, "himself": "m", "herself": "f"}
_GENDERED_PRONOUN = re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _PRONOUN_GENDERS) + r")\b")
_ROLE_PHRASE_END = re.compile(r"\b(?:for|of|to|with|at|in|on|by|from|who|whose|whom|which|that|and|leading|like)\b|[,;(]")
_SENTENCE_STOP = re.compile(r"[.!?][”\"']*\s|\n|[“\"]")


def _possessive_business(ent: Span) -> bool:
    """Whether a name's "'s" is its own, a business named for someone: the "'s" a verb follows
    ("Trader Joe’s said in a statement …", j253), where a person's possessive takes a noun
    ("John Smith's car"). The store, not Trader Joe, said it."""
    return own_s_before_verb(ent[-2] if ent[-1].tag_ == "POS" and len(ent) > 1 else ent[-1])


def own_s_before_verb(last: Token) -> bool:
    """Whether the word after ``last`` (a name's last word) is an "'s" that a finite verb
    follows: the name's own "'s" ("Trader Joe’s said"), no possessive."""
    doc = last.doc
    at = last.i + 1
    return at + 1 < len(doc) and doc[at].tag_ == "POS" and doc[at + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _two_peoples_names(name: str, found: list[Mention]) -> bool:
    """Whether a name of three words or more opens on another person's surname that is no given
    name: a heading the tagger read as one name ("Update at 9:15 p.m. ET. Romney Raps Obama:",
    j252, beside Mitt Romney), whose last word then stood for "Obama" wherever he was named."""
    words = name.split()
    if len(words) < 3 or is_first_name(words[0]):
        return False
    return any(len(m.name.split()) > 1 and m.name != name and surname(m.name) == words[0] for m in found)


def person_mentions(doc: Doc, *, skip: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """People named in ``doc`` outside the ``skip`` spans, with a role where one is given.

    The small English model often tags a lone surname as an organisation ("Stoltenberg
    said"); a surname of someone the article names in full counts as a mention of them.
    """
    skipped = list(skip)
    found: list[Mention] = []
    companies: set[str] = set()
    firms = _firm_names(doc)
    for ent in _joined_people(doc):
        if any(s <= ent.start_char < e for s, e in skipped):
            continue
        if len(ent) > 1 and ent[0].tag_ in CLAUSE_OPENER_TAGS:
            ent = ent[1:]  # "…, Which Holderbank agreed to acquire" (j77): the wire's capital opens a clause
        whole = _two_surnames_cut(extend_left(ent))
        if len(whole) > 1 and _portfolio_word(whole[0]):
            whole = whole[1:]  # "Minister of Mines and [Energy] Subroto" (j82): the title's last word, not a given name
        name = clean_name(whole.text)
        if not name or not any(ch.isalpha() for ch in name) or not could_be_a_name(name) or names_a_thing(ent):
            continue
        if names_a_company(ent) or _opens_a_firm(name, firms) or _possessive_business(ent):
            if not named_with_and_co(ent):  # "Mario Gabelli and Co": the firm here, the man elsewhere
                companies.add(name)
            continue
        if a_persons_firm(ent):
            continue  # "analyst Peter Appert of C.J. Lawrence": his firm, no person of the story
        found.append(Mention(name=name, start=ent.start_char, end=ent.end_char, role=role_of(ent)))
    # "Anheuser, the world's largest brewer, …": every mention of that name is the company's
    found = [m for m in found if m.name not in companies]
    full_names = [m.name for m in found if len(m.name.split()) > 1]
    found = [_firm_before_surname(doc, m, full_names) for m in found]
    # "an ammonia complex at Lazaro Cardenas" (j80): a name the text only ever places a thing at
    # is a town named after someone, not a person a "he" may stand for
    places = {m.name for m in found if _places_a_thing(doc, m)}
    places -= {m.name for m in found if not _places_a_thing(doc, m)}
    found = [m for m in found if m.name not in places]
    found = [m for m in found if not _two_peoples_names(m.name, found)]
    covered = {i for m in found for i in range(m.start, m.end)}
    family = frozenset(surname(m.name) for m in found if len(m.name.split()) > 1)  # a one-word PERSON may be a brand ("Twitter")
    for span in _unlabelled_names(doc, family=family):
        if span.start_char in covered or any(s <= span.start_char < e for s, e in skipped):
            continue
        name = clean_name(span.text)
        if corporate_suffixed(span) or _opens_a_firm(name, firms):
            continue  # "Mark IV Industries Inc", and "Mark IV" for it (j76): a company, no person
        if len(name.split()) > 1 and could_be_a_name(name) and name not in companies:
            found.append(Mention(name=name, start=span.start_char, end=span.end_char, role=role_of(span)))
    covered = {i for m in found for i in range(m.start, m.end)}
    for tok in doc:
        given = _kin_given_name(tok)
        if given is not None and not any(s <= tok.idx < e for s, e in skipped):
            # "Trump's wife, Melania": she is Melania Trump, though the tagger saw a place
            found = [m for m in found if not m.start <= tok.idx < m.end]
            found.append(Mention(name=given, start=tok.idx, end=tok.idx + len(tok.text)))
    surnames = {surname(m.name) for m in found if len(m.name.split()) > 1}
    covered = {i for m in found for i in range(m.start, m.end)}
    for tok in doc:
        word = POSSESSIVE.sub("", tok.text)
        if (
            word in surnames
            and tok.idx not in covered
            and tok.pos_ == "PROPN"
            and not any(s <= tok.idx < e for s, e in skipped)
        ):
            found.append(Mention(name=word, start=tok.idx, end=tok.idx + len(word)))
    found += _split_surname_mentions(doc, {s for s in surnames if "-" in s}, covered, skipped)
    return sorted(found, key=lambda m: m.start)


def _firm_before_surname(doc: Doc, mention: Mention, full_names: list[str]) -> Mention:
    """A surname the wire writes after its holder's firm ("But Elders O'Neill said", j144) is
    that person's mention (``firm_before_surname``, against the ``full_names`` the text gives);
    anything else is left as it is."""
    if firm_before_surname(mention.name, doc.text, full_names) is None:
        return mention
    family = mention.name.split()[1]
    start = doc.text.find(family, mention.start, mention.end)
    if start < 0:
        return mention
    return Mention(name=family, start=start, end=start + len(family), role=mention.role)


def firm_before_surname(name: str, text: str, full_names: Iterable[str]) -> str | None:
    """The person a firm's name and a surname stand for ("Elders O'Neill" in "But Elders
    O'Neill said", j144, of "William O'Neill, coffee analyst with Elders Futures"): a two-word
    name whose first word is no given name any list knows and opens another capitalised name
    in the text (the firm's, "Elders Futures"), and whose second is the surname of exactly one
    person the text names in full with another given name. None otherwise."""
    words = name.split()
    if len(words) != 2 or is_first_name(words[0]) or not words[0][:1].isupper():
        return None
    first, family = words
    people = {f for f in full_names if f != name and len(f.split()) > 1 and surname(f) == family and f.split()[0] != first}
    if len(people) != 1:
        return None
    if not re.search(rf"(?<![\w'’-]){re.escape(first)} (?!{re.escape(family)}\b)[A-Z][\w&.-]*", text):
        return None
    return people.pop()


def _portfolio_word(tok: Token) -> bool:
    """Whether a name's first word ends the title before it ("Minister of Mines and Energy
    Subroto", "Secretary of Trade and Industry X"): right after "and", "&" or "of", an English
    common word that no list knows as a given name."""
    doc = tok.doc
    if not (tok.i > 0 and doc[tok.i - 1].lower_ in ("and", "&", "of") and english_word(tok.lower_) and not is_first_name(tok.text)):
        return False
    # the run before is a title's ("Minister of Mines and"), not a list of people ("Jones … and De Marigny")
    for j in range(tok.i - 2, max(-1, tok.i - 8), -1):
        word = doc[j]
        if word.lower_.rstrip(".") in TITLE_WORDS:
            return True
        if not (word.text[:1].isupper() or word.lower_ in ("and", "&", "of", "for")):
            return False
    return False


# Prepositions that place a thing ("a plant at …", "a port near …").
_PLACING_PREPOSITIONS = frozenset(["at", "in", "near", "outside"])


def _places_a_thing(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is the one object of a preposition placing a thing ("an ammonia complex
    at [Lazaro Cardenas]", "the refinery near [San Martin]"): a noun's place, not a verb's
    target ("attacks aimed at Clinton")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj" and prep.lower_ in _PLACING_PREPOSITIONS and prep.head.pos_ == "NOUN"
        and not any(t.dep_ == "case" for t in root.children)
        # one object: "an event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed"
        # hangs a second on "in", the subject of the next clause the parse ran into the place
        and sum(c.dep_ == "pobj" for c in prep.children) == 1
    )


def _firm_names(doc: Doc) -> list[str]:
    """The names of companies the text writes with a legal form ("Mark IV Industries Inc."):
    a person mention that opens one ("Mark IV", j76: the tagger's person) is its short name."""
    out = []
    for ent in doc.ents:
        words = POSSESSIVE.sub("", ent.text).split()  # "Dome Petroleum Ltd's 23.2 pct stake" (j102)
        if ent.label_ == "ORG" and len(words) > 1 and legal_form(words[-1]):
            out.append(" ".join(words))
    return out


def _opens_a_firm(name: str, firms: list[str]) -> bool:
    """Whether a name is the first words of a company's name the text writes in full."""
    return any(f.startswith(name + " ") for f in firms)


def _split_surname_mentions(
    doc: Doc, surnames: set[str], covered: set[int], skipped: list[tuple[int, int]]
) -> list[Mention]:
    """Mentions of a hyphened surname the tokenizer splits ("Kilroy-Silk": "Kilroy", "-",
    "Silk"), of a person the article names in full: "Mr Kilroy-Silk said", which the tagger may
    call an organisation or nothing. The token-by-token look for surnames cannot see them (BBC
    dev: the words of "Mr Kilroy-Silk" went to the man named before him)."""
    found = []
    for family in sorted(surnames):
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(family) + r"(?![\w-])", doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or m.start() in covered or any(s <= m.start() < e for s, e in skipped):
                continue
            if span[0].pos_ != "PROPN" or span[-1].pos_ != "PROPN":
                continue
            found.append(Mention(name=family, start=m.start(), end=m.end()))
    return found


def _joined_people(doc: Doc) -> list[Span]:
    """The tagger's people, two spans that touch with nothing but a space between them read as
    one name ("[Jan-Hendrik Du] [Marchie Sarvaas]", j94: the second taken for a "Hendrik Du
    Marchie Sarvaas" of its own): a name the tagger split, not two people."""
    out: list[Span] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        last = out[-1] if out else None
        if (
            last is not None and ent.start == last.end and last[-1].whitespace_ == " "
            and ent[0].sent == last[-1].sent and ent[0].text[:1].isupper()
        ):
            out[-1] = doc[last.start : ent.end]
            continue
        out.append(ent)
    return [_after_a_company(_through_a_nickname(ent)) for ent in out]


def _through_a_nickname(ent: Span) -> Span:
    """A person's span carried through a nickname in quotation marks to the surname after it:
    "service Director R.D. “Tex” Alles urged …" (j216) is tagged "[R.D.]" alone, and "he"
    after it had been given to the speaker named before. One capitalised word between the
    marks, a capitalised word after them, as the tagger reads "John “Bud” Frazier" whole."""
    doc = ent.doc
    at = ent.end
    if at + 3 >= len(doc):
        return ent
    opening, nick, closing, family = doc[at], doc[at + 1], doc[at + 2], doc[at + 3]
    if not (
        opening.text in ("“", '"') and closing.text in ("”", '"') and not opening.whitespace_ and not nick.whitespace_
        and nick.is_alpha and nick.text[:1].isupper() and family.is_alpha and family.text[:1].isupper()
        and family.pos_ == "PROPN" and ent[-1].sent == family.sent
    ):
        return ent
    end = at + 4
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
        end += 1
    return doc[ent.start : end]


def _two_surnames_cut(ent: Span) -> Span:
    """A full name run into the next person's surname, as one span of the tagger's ("former
    President [Bill Clinton Obama]'s closer", j165): the last word is cut off when the text
    calls both it and the word before it by themselves elsewhere ("Clinton said", "Obama
    inherited"): two people's surnames, while a middle name is never used alone ("Martin
    Luther King" → "King said")."""
    words = [t for t in ent if t.text not in ("'s", "’s", "'", "’")]
    if len(words) < 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words) or not is_first_name(words[0].text):
        return ent  # "John "Bud" Frazier": a nickname in quotation marks is his
    text = ent.doc.text
    last, middle = words[-1].text, words[-2].text

    def alone(word: str, beside: str) -> int:
        return len(re.findall(rf"(?<![\w-])(?<!{re.escape(beside)} ){re.escape(word)}(?![\w-])(?! {re.escape(beside)})", text))

    if alone(last, middle) >= 2 and alone(middle, last) >= 2:
        return ent.doc[ent.start : words[-1].i]
    return ent


def _after_a_company(ent: Span) -> Span:
    """The person of a span the tagger ran on from a company's name ("chairman of Belgian starch
    producer [Amylum NV Pierre Callebaut]", j101): the words after the span's last legal form,
    when they open with a capitalised word. A name ending in a legal form is a company's, which
    ``names_a_company`` reads."""
    forms = [k for k, t in enumerate(ent[:-1]) if legal_form(t.text) and t.text[:1].isupper()]
    if not forms:
        return ent
    rest = ent[forms[-1] + 1 :]
    if not rest[0].text[:1].isupper() or rest[0].pos_ != "PROPN":
        return ent
    return rest


# Relatives whom "X's <kin>, <Given>" names by the possessor's surname ("Trump's wife, Melania").
_SURNAME_KIN = frozenset(["wife", "husband", "son", "daughter", "brother", "sister", "father"])


def _kin_given_name(tok: Token) -> str | None:
    """The full name of a relative named by a given name alone in apposition to a kinship word
    with a named possessor: "Trump's wife, Melania" → "Melania Trump" (the tagger may call
    her a place); None for anything else."""
    head = tok.head
    if (
        tok.dep_ != "appos"
        or tok.pos_ != "PROPN"
        or not tok.text[:1].isupper()
        or tok.text.isupper()
        or head.lower_ not in _SURNAME_KIN
        or tok.i < head.i
        or any(c.dep_ in ("compound", "flat") for c in tok.children)
        or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"
    ):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    # the tagger may take a possessive surname for a noun or an organisation ("Reyes's wife")
    if owner is None or owner.pos_ not in ("PROPN", "NOUN") or not owner.text[:1].isupper() or owner.ent_type_ not in ("PERSON", "ORG", ""):
        return None
    family = surname(POSSESSIVE.sub("", owner.text))
    if not family or family == tok.text or not could_be_a_name(f"{tok.text} {family}"):
        return None
    return f"{tok.text} {family}"


def _unlabelled_names(doc: Doc, *, family: frozenset[str] = frozenset()) -> Iterator[Span]:
    """Runs of proper nouns the tagger did not call PERSON but that start with a known first
    name ("Spokeswoman [Haley Morris]" tagged ORG), or that end with the surname of a person
    the article names in full, after words that can be given names ("[Barack Obama]'s 2008 campaign"
    tagged ORG in a story about Michelle Obama: a member of her family, whatever Faker's
    lists of first names hold)."""
    genders = known_first_names()
    i = 0
    while i < len(doc):
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.text[:1].isupper():
            j = i + 1
            while j < len(doc):
                if _glued_hyphen(doc, j):
                    j += 2  # "Jean-Pierre Chevenement": a hyphened given name is one name (j50)
                elif (
                    doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() and doc[j].ent_type_ != "PERSON"
                    and doc[j].lower_.rstrip(".") not in TITLE_WORDS
                ):
                    j += 1  # a title ends the run: "Lilly Chairman Richard Wood" (j144) names no "Lilly Chairman"
                else:
                    break
            known_first = j - i >= 2 and tok.lower_ in genders
            of_the_family = 2 <= j - i <= 3 and doc[j - 1].text in family and all(could_be_a_given_name(t.text) for t in doc[i : j - 1])
            if known_first or of_the_family:
                yield doc[i:j]
            i = j
        else:
            i += 1


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` is a hyphen written without spaces between two capitalised proper
    nouns ("Jean-Pierre", "Abdel-Aziz"), none of them tagged a person."""
    if not (0 < j < len(doc) - 1) or doc[j].text not in ("-", "‐") or doc[j - 1].whitespace_ or doc[j].whitespace_:
        return False
    after = doc[j + 1]
    return doc[j - 1].pos_ == "PROPN" and after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ != "PERSON"


_KIN_WORDS = "|".join(KIN_GENDERS)


DENYING_PRONOUNS = 2  # he/she words right after a name, all of one gender, that overrule its first name's list


# Words that join a role's words or set it in time ("Secretary of State", "former President"): two
# roles sharing only these share no title.
_ROLE_LINK_WORDS = frozenset(["of", "the", "for", "and", "a", "an", "to", "in", "at", "on", "former", "then", "late", "acting"])


class PersonIndex:
    """Resolves partial names to the fullest name the article gives for that person."""

    def __init__(self, mentions: list[Mention], *, text: str = "", headline: str = ""):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.headline = headline  # the article's title: whom the story is about, named there in full
        # Where each person is first named in full: a family's "Mr. Khan" means one named before.
        self._first_named: dict[str, int] = {}
        for m in self.mentions:
            if len(m.name.split()) > 1:
                self._first_named.setdefault(m.name, m.start)
        self._couples = couples_named(text, self.mentions)
        for first, first_at, second, second_at in self._couples:
            self._first_named.setdefault(first, first_at)
            self._first_named.setdefault(second, second_at)
        self._from_couples: dict[str, str] | None = None
        self.full_names = sorted(self._first_named)
        self.text = text  # the article body, for names the parser did not tag as people
        self._honorifics: dict[str, list[tuple[int, str]]] | None = None
        self._honorific_matches: list[re.Match[str]] | None = None
        self._pronoun_genders: dict[str, str] | None = None
        self._pronoun_votes: dict[str, dict[str, int]] = {}  # full name → he/she words right after it
        self._shown_dead: dict[str, bool] = {}  # full name → whether the article shows them dead
        # One-word names the article gives a monarch's title ("King Hussein"): a whole name,
        # never the surname of another person the article names in full (Saddam Hussein).
        self._regnal = {m.name for m in self.mentions if len(m.name.split()) == 1 and regnal(m.role)}

    def gender(self, full: str) -> str:
        """'m', 'f' or '?': "Mr."/"Ms." before the surname after the person is named, or a
        kinship word before the name, first — Faker's lists put some first names under both
        genders, lack many, and err ("Lindsey Graham" is "Mr. Graham") —, then the first name,
        then a gendered role noun ("Chairwoman …", "…, the union's spokeswoman": after the first
        name, since a role read from a misparsed coordination may be a neighbour's: "Bill
        Clinton and Melania Trump, Donald Trump's wife"), then the couple's naming, then the
        pronouns that follow the person's name in the article."""
        found = self._honorific_gender(full)
        if found != "?":
            # "first lady Michelle Obama" … "Mr. Obama said" (j168): a role noun or a kinship
            # word written of the person herself outweighs an honorific of her surname, which
            # is then her husband's, never named in full
            own = self.kin_gender(full)
            own = own if own != "?" else self.role_gender(full)
            return own if own != "?" else found
        found = self.kin_gender(full)
        if found != "?":
            return found
        found = gender_of(full)
        if found != "?":
            # a first name Faker's lists give one gender that the pronouns after the name deny
            # ("Lindsey Graham … his colleagues", j177: "he said" went to Jeb Bush): unknown
            return "?" if self._pronouns_deny(full, found) else found
        found = self.role_gender(full)
        if found != "?":
            return found
        if self._from_couples is None:
            self._from_couples = {}  # set first: the couple's own reading asks these genders
            self._from_couples = couple_genders(self.text, self._couples, self._told_gender)
        found = self._from_couples.get(full, "?")
        if found != "?":
            return found
        return self._pronoun_gender(full)

    def _honorific_gender(self, full: str) -> str:
        """The gender "Mr."/"Mrs."/"Ms." before the surname tells, when every such honorific
        after the person is first named agrees, no one else of that surname is named in full
        ("Mr. Khan" tells Khizr's gender only when no other Khan is; a "Mr. Obama" written before
        Michelle Obama is named is her husband). The pronouns after a name are not asked here:
        read by pattern, "Mrs. Clinton, who did not say that Mr. Sanders …, said that he …" counts
        a "he" for her."""
        if self._honorifics is None:
            self._honorifics = {}
            for m in _HONORIFIC.finditer(self.text):
                self._honorifics.setdefault(m.group(2), []).append((m.start(), HONORIFIC_GENDERS[m.group(1).lower()]))
        family = surname(full)
        since = self._first_named.get(full, -1)
        told = {g for at, g in self._honorifics.get(family, ()) if at > since}
        if len(told) != 1 or any(f != full and surname(f) == family for f in self.full_names):
            return "?"
        if told & {g for at, g in self._honorifics.get(family, ()) if at < since}:
            # "Mr. Obama" before Michelle Obama is named, and as often after (j165): the same
            # form before her is her husband's, and after her most likely still his
            return "?"
        return told.pop()

    def _pronouns_deny(self, full: str, gender: str) -> bool:
        """Whether the pronouns right after the person's name (``_genders_from_pronouns``) are
        only ever of the other gender than ``gender``, ``DENYING_PRONOUNS`` times or more (one
        "his" after "Theresa May said" may be the attacker's)."""
        if self._pronoun_genders is None:
            self._pronoun_gender(full)
        votes = self._pronoun_votes.get(full)
        return votes is not None and votes[gender] == 0 and votes["m" if gender == "f" else "f"] >= DENYING_PRONOUNS

    def _pronoun_gender(self, full: str) -> str:
        if self._pronoun_genders is None:
            self._pronoun_genders = {}  # set first: reading the pronouns resolves names, which asks genders
            self._pronoun_genders = self._genders_from_pronouns()
        return self._pronoun_genders.get(full, "?")

    def role_gender(self, full: str) -> str:
        """The gender a role noun the text gives the person tells ("Chairwoman Debbie Wasserman
        Schultz", "Rose Delaney, the union's spokeswoman", "Ann Reyes, his wife"), when every
        such noun agrees (``constants.GENDERED_ROLE_NOUNS``)."""
        told = set()
        for m in self.mentions:
            if m.role and m.name == full:
                # the role's own words, not a phrase bringing in another ("spokesman for …", "whose husband")
                role = _ROLE_PHRASE_END.split(m.role.lower(), maxsplit=1)[0]
                told |= {g for w, g in GENDERED_ROLE_NOUNS.items() if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", role)}
        return told.pop() if len(told) == 1 else "?"

    def _told_gender(self, full: str) -> str:
        """The gender the first name or a kinship word tells, without the couple's naming."""
        found = gender_of(full)
        return found if found != "?" else self.kin_gender(full)

    def kin_gender(self, full: str) -> str:
        """The gender a kinship word written just before the name gives ("her son, Humayun
        Khan", "his wife Ann Reyes", "his wife Lonnie"), when every such word agrees. A given name
        alone so told is a candidate for a pronoun, one that keeps it from someone named before
        (``speakers``: no speaker then)."""
        if not self.text:
            return "?"
        pattern = re.compile(rf"\b({_KIN_WORDS}),?\s+(?:the\s+late\s+)?{re.escape(full)}\b", re.IGNORECASE)
        genders = {KIN_GENDERS[m.group(1).lower()] for m in pattern.finditer(self.text)}
        return genders.pop() if len(genders) == 1 else "?"

    def _genders_from_pronouns(self) -> dict[str, str]:
        """Genders told by the text: the first he/his/him or she/her after a name, in its
        sentence and before anyone else is named ("Hillary Clinton said her plan …"), counted
        over the article; a person's gender when one kind wins at least twice and three to one."""
        votes: dict[str, dict[str, int]] = {}
        for m, after in zip(self.mentions, [*self.mentions[1:], None]):
            stop = min(m.end + 80, after.start if after is not None else len(self.text))
            window = _SENTENCE_STOP.split(self.text[m.end : stop], maxsplit=1)[0]
            pronoun = _GENDERED_PRONOUN.search(window)
            full = self.of_mention(m)
            if pronoun is None or full is None:
                continue
            gender = _PRONOUN_GENDERS[pronoun.group().lower()]
            counts = votes.setdefault(full, {"m": 0, "f": 0})
            counts[gender] += 1
        self._pronoun_votes = votes
        return {
            full: gender
            for full, counts in votes.items()
            for gender, other in (("m", "f"), ("f", "m"))
            if counts[gender] >= 2 and counts[gender] >= 3 * counts[other]
        }

    def named_in_full(self, name: str, *, before: int) -> str | None:
        """"Palmer" → "Anna Palmer" where the text before gives a known first name with that
        surname, though the parser did not tag the person."""
        if not self.text or len(name.split()) != 1 or not name[:1].isupper():
            return None
        genders = known_first_names()
        pattern = re.compile(rf"\b([A-Z][a-z]+)(?: [A-Z]\.)? {re.escape(name)}\b")
        found = {m.group(1) for m in pattern.finditer(self.text, 0, before) if m.group(1).lower() in genders}
        return f"{found.pop()} {name}" if len(found) == 1 else None

    def _slip_of_named(self, name: str, *, before: int) -> str | None:
        """The one person named in full before whose surname ``name`` mistypes by a letter added,
        dropped or swapped with its neighbour (``key_slips.one_slip``: "Japsper said" after "Thomas
        Jasper", j110: the quotation went to "Japsper"). A letter changed is another name
        ("Hanson", "Hansen"), and so is a known first name, surname or English word."""
        if len(name) < 5 or not name.isalpha() or is_first_name(name) or name in known_surnames() or english_word(name.lower()):
            return None
        found = [
            f for f in self.full_names
            if self._first_named.get(f, before) < before and one_slip(name, surname(f))
        ]
        return found[0] if len(found) == 1 else None

    def of_mention(self, mention: Mention, *, settled: bool = False) -> str | None:
        """The full name a mention means, its "Mr."/"Ms." telling the gender ("Mr. Khan" is
        not his wife); ``settled`` as for ``full_name``."""
        return self.full_name(mention.name, before=mention.start + 1, gender=title_gender(mention, "?"), settled=settled)

    def full_name(self, name: str, *, before: int, gender: str = "?", settled: bool = False) -> str | None:
        """The full name ``name`` stands for, or None if two people could be meant; ``gender``
        ("m"/"f", from "Mr."/"Ms." before the name) rules out people of the other one.
        ``settled``: of several people sharing a surname, only one the text tells apart
        (``_settled_family_member``), never the one the article names most — a quotation
        credited by that guess goes to the wrong one of a family ("Gonzalez said" in a story
        about his son)."""
        name = clean_name(name) or name
        if len(name.split()) > 1:
            longer = [f for f in self.full_names if f != name and f.endswith(" " + name)]
            if len(longer) == 1:
                return longer[0]
            return firm_before_surname(name, self.text, self.full_names) or name
        by_surname = self.family(name)
        kin = [f for f in by_surname if self._kin_of(f, name)]
        if kin and len(kin) == len(by_surname):
            return None  # "President Reagan" beside "Reagan's wife Nancy" (j93): the one the text names only so
        by_surname = [f for f in by_surname if f not in kin]
        by_first = [f for f in self.full_names if f.split()[0] == name]
        if name in self._regnal:
            # "King Hussein" beside "Saddam Hussein": a bare "Hussein" may be either
            return None if by_surname or by_first else name
        candidates = by_surname or by_first
        # the article's one form of address for the bare surname ("Mr. Obama", twelve times,
        # beside "first lady Michelle Obama", j165) tells every bare "Obama" of it
        told = gender if gender != "?" or len(by_surname) != 1 or not self.text else addressed_as(self.text, name, uses=2)
        if told != "?" and len(by_surname) == 1 and self.gender(by_surname[0]) not in ("?", told):
            # "Mr. Clinton" where the only Clinton named in full is Hillary: her husband, never named in full
            return name
        if len(by_surname) == 1 and self._titled_otherwise(name, by_surname[0]):
            # "President Trump" three times beside "first lady Melania Trump" (j172): the bare
            # "Trump" the article titles so is not the one it names in full with another office
            return name
        if len(by_surname) > 1:
            # A family ("Mr. Khan" among Khizr, Ghazala and their late son Humayun Khan): only
            # the living, of the honorific's gender; nobody when none of them fits.
            named_before = [f for f in by_surname if self._first_named.get(f, 0) < before]
            candidates = self._family_member(named_before or by_surname, gender)
            if not candidates:
                return None
            if len(candidates) > 1 and gender != "?" and not _one_person(candidates):
                # "Mrs. Clinton" is whom the article already calls so, not the Clinton named last
                owner = self._honorific_owner(name, before=before, gender=gender, family=by_surname)
                if owner is not None:
                    return owner
                if settled:
                    return None  # two of the honorific's gender, and the text never says which
        if len(candidates) > 1 and len(by_surname) > 1 and gender == "?":
            owner = self._surname_owner(name, before=before, family=by_surname)
            if owner in candidates:
                return owner
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            return self.named_in_full(name, before=before) or self._slip_of_named(name, before=before) or name
        # Several people share the name (Donald and Eric Trump): the one named in full just
        # before, else the one the article mentions most; a tie is not resolved.
        # Only a name written in full counts: "Trump's wife, Melania, … Trump said" is him.
        recent = [
            m for m in self.mentions
            if m.start < before and m.name in candidates and (not self.text or self.text.startswith(m.name, m.start))
        ]
        if settled and len(by_surname) > 1:
            return self._settled_family_member(candidates, recent, before=before)
        if recent and before - recent[-1].start <= RECENT_FULL_NAME:
            return recent[-1].name
        counts = {c: sum(1 for m in self.mentions if m.name in self._forms(c)) for c in candidates}
        best = sorted(counts.items(), key=lambda kv: -kv[1])
        if best[0][1] > best[1][1]:
            return best[0][0]
        # A tie: the one of the tied named in full last (never a third, less named, person).
        tied = {c for c, n in best if n == best[0][1]}
        recent = [m for m in recent if m.name in tied]
        return recent[-1].name if recent else None

    def _surname_owner(self, name: str, *, before: int, family: list[str]) -> str | None:
        """Whom a bare surname at ``before`` stands for when the article has made it one person's
        before naming another of the family, and keeps naming the others in full: a profile calls
        Paul Ryan "Ryan" from its lede on, and his brother, named later, "Tobin Ryan" each time
        (fresh103: "said Ryan" after "Tobin Ryan said" went to the brother). The surname is the
        first one's when it was written bare at least ``SURNAME_OWNER_USES`` times while he was
        the only one of the family named in full, and every other one named before ``before`` is
        named in full again after being introduced; else None."""
        if not self.text or len(family) < 2:
            return None
        introduced = sorted((self._first_named.get(f, before), f) for f in family)
        first_at, first = introduced[0]
        others = [(at, f) for at, f in introduced[1:] if at < before]
        if not others:
            return None
        second_at = others[0][0]
        bare = [
            m for m in self.mentions
            if m.name == name and first_at < m.start < second_at and self.text.startswith(name, m.start)
        ]
        if len(bare) < SURNAME_OWNER_USES:
            return None
        for at, other in others:
            again = [m for m in self.mentions if m.name == other and at < m.start < before and self.text.startswith(other, m.start)]
            if not again:
                return None  # named once and then by the surname alone, perhaps: which one, the text leaves open
        return first

    def _honorific_owner(self, name: str, *, before: int, gender: str, family: list[str]) -> str | None:
        """Whom an honorific and surname ("Mrs. Clinton") at ``before`` stands for when several
        of the family are of the honorific's gender: the one the article has already called by
        that same form when only one such person was named in full before it (a story calls
        Hillary Clinton "Mrs. Clinton" from the start; "Chelsea Clinton", named later, does not
        take the form over), the one it was so used for most; None when the form's uses never
        told them apart, or the honorific is not written just before the name."""
        here = next(
            (m for m in self._honorific_uses() if m.group(2) == name and m.start() <= before <= m.start(2) + 1),
            None,
        )
        if here is None or HONORIFIC_GENDERS[here.group(1).lower()] != gender:
            return None
        word = here.group(1).lower()
        uses: dict[str, int] = {}
        for m in self._honorific_uses():
            if m.start() >= here.start():
                break
            if m.group(2) != name or m.group(1).lower() != word:
                continue
            meant = self._family_member([f for f in family if self._first_named.get(f, 0) < m.start()], gender)
            if meant and _one_person(meant):
                first = min(meant, key=lambda f: self._first_named.get(f, 0))
                uses[first] = uses.get(first, 0) + 1
        ranked = sorted(uses.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None
        return ranked[0][0]

    def _honorific_uses(self) -> list[re.Match[str]]:
        """Every "Mr."/"Mrs."/"Ms."/"Miss" and surname in the text, in order."""
        if self._honorific_matches is None:
            self._honorific_matches = list(_HONORIFIC.finditer(self.text))
        return self._honorific_matches

    def _titled_otherwise(self, name: str, full: str) -> bool:
        """Whether the article titles the bare surname ``name`` ("President Trump") with an
        office that is not that of ``full``, another's family ("first lady Melania Trump",
        ``resolve.another_of_the_family``): two people, of whom only ``full`` is named in full."""
        titles = written_titles(m.role for m in self.mentions if m.name == name and m.role)
        return another_of_the_family(titles, {m.role for m in self.mentions if m.name == full and m.role})

    def _kin_of(self, full: str, name: str) -> bool:
        """``names.named_as_kin`` in this article."""
        return bool(self.text) and named_as_kin(self.text, name, full)

    def family(self, name: str) -> list[str]:
        """The full names the article gives whose surname is ``name``, the family name written
        first too ("Liu" of Liu Chunhong and Liu Haixia, j52: two women the one-word "Liu" may
        mean, not the one the article names most). A Chinese name whose order cannot be known
        from its words ("Li Peng": both are family names) is family name first when the article
        writes its first word alone ("Li said", j118: the card's answer was "Li")."""
        return [
            f for f in self.full_names
            if name in surname_forms(f) or (f.split()[0] == name and family_name_first(f) is not False)
        ]

    def _settled_family_member(self, candidates: list[str], recent: list[Mention], *, before: int) -> str | None:
        """Which of a family a bare surname means without a guess: the one named in full just
        before, when only one is ("Pablo Ruiz … his son Marco Ruiz. … Ruiz said" could be
        either); else the one the story is about, as news names them: first in full and then
        by the surname, never by the given name alone (a story calls the boy "Elian" because
        "Gonzalez" is his father); else the one the article names in full far more often than
        each other (``SURNAME_DOMINANCE``: Donald Trump beside Melania)."""
        near = {m.name for m in recent if before - m.start <= RECENT_FULL_NAME}
        if len(near) == 1:
            return near.pop()
        # the one the headline names in full ("Michael Reagan: Trump Has My Dad's 'Passion'",
        # j177: the lede names "President Ronald Reagan" first, his father) is whom it is about
        headlined = [c for c in candidates if re.search(rf"(?<!\w){re.escape(c)}(?!\w)", self.headline)]
        if len(headlined) == 1:
            return headlined[0]
        # "the brother of Simon Cowell" (j67): one named first only as another's kin is not whom
        # the story is about
        about = [c for c in candidates if not self._first_named_as_kin(c)] or candidates
        first = min(about, key=lambda c: self._first_named.get(c, before))
        given = first.split()[0]
        if not any(m.name == given for m in self.mentions):
            return first
        written = {
            c: sum(1 for m in self.mentions if m.name == c and (not self.text or self.text.startswith(c, m.start)))
            for c in candidates
        }
        ranked = sorted(written.items(), key=lambda kv: -kv[1])
        if ranked[0][1] >= SURNAME_DOMINANCE * max(1, ranked[1][1]):
            return ranked[0][0]
        return None

    def _first_named_as_kin(self, full: str) -> bool:
        """Whether the article first names ``full`` as someone's relative ("the brother of
        Simon Cowell", "the son of …")."""
        at = self._first_named.get(full)
        if at is None or not self.text:
            return False
        return re.search(rf"\b(?:{_KIN_WORDS})\s+of\s+(?:the\s+late\s+)?$", self.text[max(0, at - 40) : at], re.IGNORECASE) is not None

    def _family_member(self, family: list[str], gender: str) -> list[str]:
        """Who of several people sharing a surname a bare or "Mr."/"Ms." surname may mean: not
        one the article shows dead ("the late …", "…, who died"), not one of the other gender
        than ``gender``; those whose gender is known to be ``gender`` before the one of unknown
        gender ("Ms. Khan": Ghazala, whom the article calls "she", not Khizr, whom it never
        genders); none when several of unknown gender are left."""
        living = [f for f in family if not self.dead(f)]
        if gender == "?":
            return living
        known = [f for f in living if self.gender(f) == gender]
        unknown = [f for f in living if self.gender(f) == "?"]
        # Of several whose gender the article never tells, "Mr. Khan" could be any: nobody.
        return known or (unknown if len(unknown) == 1 else [])

    def _forms(self, full: str) -> list[str]:
        """How the article writes ``full``: in full, and by the given name alone when no one
        else it names in full has that given name ("his brother Freddy, who died" is Freddy
        Trump beside Donald J. Trump)."""
        given = full.split()[0]
        if len(full.split()) < 2 or not is_first_name(given) or any(
            f != full and f.split()[0] == given for f in self.full_names
        ):
            return [full]
        return [full, given]

    def dead(self, full: str) -> bool:
        """Whether the article shows ``full`` dead (``facts.deaths``), by full or given name."""
        if full not in self._shown_dead:
            before_starts = [m.start() for m in BEFORE_STARTS.finditer(self.text)]
            cued = cued_after(self.text)
            self._shown_dead[full] = bool(before_starts or cued) and said_dead(
                self.text, self._forms(full), before_starts, cued
            )
        return self._shown_dead[full]

    def role(self, full: str) -> str | None:
        # a monarch's one name is no surname: "King Hussein"'s title is not Saddam Hussein's
        # nor is a bare surname's title this person's when another of the surname, named in full,
        # holds that title: "President Bush" beside Neil Bush and "his father, former President
        # George H.W. Bush" (j192: Neil Bush's quote was accepted as "President Bush's")
        kin = [f for f in self.full_names if f != full and surname(f) == surname(full)]
        kin_titles = {w.lower() for m in self.mentions if m.name in kin and m.role for w in m.role.split()} - _ROLE_LINK_WORDS
        roles = [
            (m.name == full, m.role) for m in self.mentions
            if m.role and (
                m.name == full
                or full.endswith(" " + m.name) and m.name not in self._regnal and not {w.lower() for w in m.role.split()} & kin_titles
            )
            and not all(w.lower().rstrip(".") in ADDRESS_HONORIFICS for w in m.role.split())  # "Ms.": no role
        ]
        own = {m.role for m in self.mentions if m.name == full and m.role}
        # "President Trump" is not "first lady Melania Trump"'s title (j172): a title of the bare
        # surname counts only when it agrees with those the full name has ("lady" among them)
        roles = [r for whole, r in roles if whole or not another_of_the_family({r}, own)]
        return roles[0] if roles else None

"""Cards whose question writes their answer again in another form, for every kind of card.

Each builder refuses a question that holds its answer as written (``wording.contains``). A
reader gives the answer away as surely from another form of the same name: "____'s takeover …,
Dresdner Bank said" for "Dresdner Bank AG", "the FBI's list" for "Federal Bureau of
Investigation", "Mr. Peck said" for "Robert Peck". Here the forms the deck's own name index knows
for an answer are gathered in one place, and a card whose question holds one is dropped:

- the accepted answers (``Item.accept``) and every spelling the deck's name mappings send to the
  answer's canonical name (``facts.resolve.canonical_names`` for people, ``canonical_entities``
  for organisations and places: case, dots, "the", an acronym an article defines);
- a person's surname alone, when it means that person in the card's article (its reading of
  one-word names, ``deck.person_names``) or nobody else in the deck bears it; and the given name,
  capitalised, when nobody else the card's article names bears it ("'Little Marco,' he said" of
  Marco Rubio);
- an organisation's shorter name that its card's article writes as an organisation ("Nashua's
  shares" of "Nashua Corp.": some of the name's words, never another word);
- an organisation's name without its legal suffix ("Dresdner Bank" of "Dresdner Bank AG"), and the
  initials of a name of three or more capitalised words ("FBI"), matched in capitals only.

A one-word form inside another known name ("Clinton" in "Bill Clinton" for Hillary Clinton, or in
"Clinton Foundation") is no give-away: those names are blanked out of the question first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizgen.constants import LEGAL_FORMS
from quizgen.facts.names import fold, surname, written_surname
from quizgen.items.distractors import stands_in
from quizgen.items.entity_names import CORPORATE_WORDS, named_alone

_INITIAL_WORDS = frozenset(["of", "and", "for", "the", "&"])
_NUMERIC = re.compile(r"^[\d$£€.,%\s-]")


def without_legal_form(name: str) -> str | None:
    """ "Dresdner Bank AG" → "Dresdner Bank", "Dow Jones & Co." → "Dow Jones"; None when the name
    ends on no legal form or nothing of a name would be left."""
    words = name.split()
    cut = list(words)
    while len(cut) > 1 and cut[-1].rstrip(",").replace(".", "").lower() in LEGAL_FORMS:
        cut.pop()
    while cut and cut[-1].endswith(","):
        cut[-1] = cut[-1].rstrip(",")
    if cut == words or not cut:
        return None
    short = " ".join(cut)
    return short if len(cut) > 1 or len(short) > 3 else None


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s.,\-]+", fold(name)) if w and w not in CORPORATE_WORDS and w not in LEGAL_FORMS)


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s,]+", fold(name)) if w and w != "the")


def initials(name: str, least: int = 3) -> str | None:
    """The capitals a name of ``least`` or more capitalised words is abbreviated to: "Federal
    Bureau of Investigation" → "FBI"; None for a shorter or lower-case name."""
    words = [w for w in re.split(r"[\s\-]+", name.removeprefix("the ")) if w and w.lower() not in _INITIAL_WORDS]
    if len(words) < least or not all(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


class AnswerForms:
    """The deck's name index, read for the forms of one answer. ``names`` and ``entities`` map
    every spelling of a person, organisation or place to its canonical name; ``short`` is each
    article's reading of one-word person names ((article id, word) → full name)."""

    def __init__(
        self,
        names: dict[str, str],
        entities: dict[str, str],
        short: dict[tuple[str, str], str],
        mentions: dict[str, set[str]] | None = None,
        people: dict[str, set[str]] | None = None,
    ):
        # ``people``: by article id, the full (canonical) names of the people it names
        # ``mentions``: by article id, the organisations its entities name as written
        self.mentions = mentions or {}
        self.people = people
        self.names = names
        self.entities = entities
        self.short = short
        self.spellings: dict[str, set[str]] = {}
        for mapping in (names, entities):
            for spelling, canonical in mapping.items():
                self.spellings.setdefault(canonical, {canonical}).add(spelling)
        self.bearers: dict[str, set[str]] = {}
        self.given: dict[str, set[str]] = {}
        for canonical in set(names.values()):
            if len(canonical.split()) > 1:
                self.bearers.setdefault(surname(canonical), set()).add(canonical)
                self.given.setdefault(canonical.split()[0], set()).add(canonical)
        # every known name by its words, to blank out a longer name holding a one-word form
        self.by_word: dict[str, list[tuple[str, str]]] = {}
        for mapping in (names, entities):
            for spelling, canonical in mapping.items():
                if len(spelling.split()) > 1:
                    for w in set(fold(spelling).split()):
                        self.by_word.setdefault(w, []).append((fold(spelling), canonical))

    def canonical(self, name: str) -> str:
        bare = name.removeprefix("the ")
        return self.names.get(name) or self.entities.get(name) or self.entities.get(bare) or name

    def forms(self, answer: str, accept: Iterable[str], article_id: str) -> tuple[set[str], set[str]]:
        """(forms matched in any case, forms matched only as written: acronyms, given names) of
        ``answer``."""
        written = {a for a in [answer, *accept] if a}
        given: set[str] = set()
        canon = {self.canonical(a) for a in written}
        any_case: set[str] = set(written) | canon
        for c in canon:
            any_case |= self.spellings.get(c, set())
            if c in self.bearers.get(surname(c), ()):  # a person's full name
                last = written_surname(c)
                if self.short.get((article_id, last)) == c or self.short.get((article_id, surname(c))) == c or self.bearers[surname(c)] == {c}:
                    any_case.add(last)
                first = c.split()[0]
                named = self.given[first] if self.people is None else {p for p in self.people.get(article_id, ()) if p.split()[0] == first}
                if len(first) > 2 and first.isalpha() and first[0].isupper() and named <= {c}:
                    given.add(first)  # "Marco" of Marco Rubio, the article's one Marco
        if any(c in self.entities for c in canon) and not any(c in self.bearers.get(surname(c), ()) for c in canon):
            # an organisation's shorter name its own article writes ("Nashua" of "Nashua Corp."),
            # each of its words one of the answer's ("NCNB Corp." is no form of "NCNB Texas
            # National Bank": its parent)
            whole = set().union(*(_words(c) for c in written | canon))
            any_case |= {
                m for m in self.mentions.get(article_id, ()) if named_alone(m) and _name_words(m) and _words(m) < whole
            }
        for f in list(any_case):
            short = without_legal_form(f)
            if short:
                any_case.add(short)
        capitals = {i for f in any_case if (i := initials(f))}
        # "US", "UN": an acronym without dots is a word in any other case ("us")
        capitals |= {f for f in any_case if f.isalpha() and f.isupper()} | given
        capitals |= {m for w in written if (m := _member_form(w))}  # "Tory deputy chairman" gives away "Tories"
        any_case = {f.removeprefix("the ") for f in any_case if f and not _NUMERIC.match(f) and f not in capitals}
        return any_case, capitals

    def given_away(self, question: str, answer: str, accept: Iterable[str], article_id: str) -> str | None:
        """The form of the answer the question writes, or None."""
        if not answer or _NUMERIC.match(answer):
            return None
        any_case, capitals = self.forms(answer, accept, article_id)
        mine = {self.canonical(a) for a in [answer, *accept] if a}
        for form in sorted(any_case, key=lambda f: (-len(f), f)):
            key = fold(form)
            if key and stands_in(key, fold(self._others_blanked(question, key, mine))):
                return form
        for form in sorted(capitals):
            if re.search(rf"(?<![\w.]){re.escape(form)}(?!\w)", self._others_blanked(question, fold(form), mine)):
                return form
        return None

    def _others_blanked(self, question: str, key: str, mine: set[str]) -> str:
        """The question with every other known name holding the one-word form ``key`` blanked
        out ("Bill Clinton", "Clinton Foundation" for Hillary Clinton's "Clinton")."""
        if len(key.split()) > 1:
            return question
        for other, canonical in sorted(self.by_word.get(key, ()), key=lambda p: (-len(p[0]), p[0])):
            if canonical not in mine:
                question = re.sub(rf"(?<!\w){re.escape(other)}(?!\w)", " ", question, flags=re.IGNORECASE)
        return question


def _member_form(answer: str) -> str | None:
    """The singular of a one-word group a name makes plural ("Tory" of "Tories", "Democrat" of
    "Democrats"): a question that writes it ("quit as Tory deputy chairman after suggesting the
    ____ planned cuts") names the group blanked."""
    if " " in answer or not answer[:1].isupper() or not answer.isalpha() or len(answer) < 5 or not answer.endswith("s"):
        return None
    if answer.endswith("ies"):
        return answer[:-3] + "y"
    return None if answer.endswith("ss") else answer[:-1]

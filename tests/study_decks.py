"""Small decks built in code for the study-app tests (one item of each kind, plus hostile text)."""

from __future__ import annotations

import hashlib

from quizgen.models import (
    DateItem,
    Deck,
    DeckInfo,
    Evidence,
    NumberItem,
    PersonItem,
    QuoteItem,
    Source,
)

BODY = (
    'NATO Secretary General Jens Stoltenberg said: "We will stand together." '
    "The coalition was formed in September 2014. "
    "Some 22 countries sent troops. "
    "Recep Tayyip Erdoğan is the President of Turkey. "
    "A reader wrote <script>alert(1)</script> & left."
)


def _ev(text: str) -> Evidence:
    start = BODY.index(text)
    return Evidence(source="s1", start=start, end=start + len(text), text=text)


def make_deck(deck_id: str = "test-deck", title: str = "Test deck") -> Deck:
    quote_sentence = 'NATO Secretary General Jens Stoltenberg said: "We will stand together."'
    items = [
        QuoteItem(
            id="q-stoltenberg",
            question='Who said: "We will stand together."?',
            answer="Jens Stoltenberg",
            accept=["Stoltenberg"],
            choices=["Jens Stoltenberg", "Recep Tayyip Erdoğan", "Barack Obama"],
            evidence=[_ev(quote_sentence)],
            quote="We will stand together.",
            role="NATO Secretary General",
        ),
        DateItem(
            id="d-coalition",
            question="When was the coalition formed?",
            answer="September 2014",
            accept=["2014-09"],
            choices=["September 2014", "June 2015", "March 2013"],
            evidence=[_ev("The coalition was formed in September 2014.")],
            value="2014-09",
        ),
        NumberItem(
            id="n-countries",
            question="Some ____ countries sent troops.",
            style="cloze",
            answer="22",
            accept=["twenty-two"],
            choices=["22", "12", "40"],
            evidence=[_ev("Some 22 countries sent troops.")],
            value=22,
            unit="countries",
        ),
        PersonItem(
            id="p-erdogan",
            question="Who is the President of Turkey?",
            answer="Recep Tayyip Erdoğan",
            accept=["Erdoğan", "Erdogan"],
            choices=["Recep Tayyip Erdoğan", "Jens Stoltenberg", "Barack Obama"],
            evidence=[_ev("Recep Tayyip Erdoğan is the President of Turkey.")],
            person="Recep Tayyip Erdoğan",
            role="President of Turkey",
        ),
        QuoteItem(
            id="q-hostile",
            question="Who wrote <script>alert(1)</script> & left?",
            answer="A reader",
            choices=["A reader", "Jens Stoltenberg", "Barack Obama"],
            evidence=[_ev("A reader wrote <script>alert(1)</script> & left.")],
            quote="<script>alert(1)</script>",
        ),
    ]
    source = Source(
        id="s1",
        title="Allies meet in Brussels",
        published="2014-09-05",
        outlet="Example News",
        path="seeds/example.txt",
        sha256=hashlib.sha256(BODY.encode()).hexdigest(),
    )
    return Deck(deck=DeckInfo(id=deck_id, title=title), sources=[source], items=items)

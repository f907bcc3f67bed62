"""Decks built in code for export tests: every item kind, and the nastiest text we know."""

from __future__ import annotations

import datetime as dt

from quizgen.models import (
    DateItem,
    Deck,
    DeckInfo,
    EventItem,
    Evidence,
    NumberItem,
    PersonItem,
    QuoteItem,
    Source,
)

NASTY = "<script>alert(1)</script> & ~ = # { } : \\ “curly” ‘single’ – —"

BODY_A = (
    "Jürgen Müller said: “We will not yield & we won't stop.” <script>alert(1)</script>\n"
    "NATO sent 3,000 troops in 2014. José Ñúñez is the head of the {mission}: a #1 ~priority~ = \\path."
)
BODY_B = (
    "Between 40 and 60 aircraft flew on 11 February 2016 — said the spokesperson – again. "
    "The Rail & <Transit> Authority announced that it will close 40 “rural” lines because of {costs}."
)
EVENT_SENTENCE = "The Rail & <Transit> Authority announced that it will close 40 “rural” lines because of {costs}."


def _ev(source: str, body: str, fragment: str) -> Evidence:
    start = body.index(fragment)
    return Evidence(source=source, start=start, end=start + len(fragment), text=fragment)


def make_deck(
    *,
    deck_id: str = "nasty-deck",
    title: str = "Nasty “news” & <tests>",
    answer_override: dict[str, str] | None = None,
) -> Deck:
    """A deck with one item of each kind plus choices, cloze, a range and true/false."""
    answers = answer_override or {}
    src_a = Source(
        id="art-a",
        title="Müller & the <b>alliance</b>",
        published=dt.date(2014, 9, 5),
        outlet="The Daily ~ Gazette",
        url="https://example.org/a?x=1&y=2",
        path="seeds/a.txt",
        sha256="a" * 64,
    )
    src_b = Source(
        id="art-b",
        title="Air war — February",
        outlet=None,
        url="javascript:alert(1)",
        path="seeds/b.txt",
        sha256="b" * 64,
    )
    quote_text = "We will not yield & we won't stop."
    items = [
        QuoteItem(
            id="q-muller",
            question=f"Who said “{quote_text}” <script>alert(1)</script>?",
            answer=answers.get("q-muller", "Jürgen Müller"),
            accept=["Müller", "J. Müller"],
            choices=[answers.get("q-muller", "Jürgen Müller"), "José Ñúñez", "Anne O'Hara"],
            quote=quote_text,
            role=None,
            evidence=[
                _ev(
                    "art-a",
                    BODY_A,
                    "Jürgen Müller said: “We will not yield & we won't stop.” "
                    "<script>alert(1)</script>\nNATO",
                )
            ],
            tags=["conflict"],
        ),
        DateItem(
            id="d-troops",
            question="In which year did NATO send 3,000 troops?",
            answer=answers.get("d-troops", "2014"),
            value="2014",
            evidence=[_ev("art-a", BODY_A, "NATO sent 3,000 troops in 2014.")],
        ),
        NumberItem(
            id="n-troops",
            question="How many troops did NATO send in 2014?",
            answer="3,000",
            accept=["3000", "three thousand"],
            value=3000,
            unit="troops",
            evidence=[_ev("art-a", BODY_A, "NATO sent 3,000 troops in 2014.")],
        ),
        NumberItem(
            id="n-aircraft",
            question="How many aircraft flew on 11 February 2016?",
            answer="40–60",
            value=(40, 60),
            unit="aircraft",
            qualifier="between",
            evidence=[_ev("art-b", BODY_B, "Between 40 and 60 aircraft flew on 11 February 2016")],
        ),
        PersonItem(
            id="p-head",
            question="Who is the head of the {mission}: a #1 ~priority~ = \\path?",
            answer="José Ñúñez",
            accept=["Ñúñez"],
            person="José Ñúñez",
            role="head of the mission",
            evidence=[
                _ev(
                    "art-a",
                    BODY_A,
                    "José Ñúñez is the head of the {mission}: a #1 ~priority~ = \\path.",
                )
            ],
        ),
        PersonItem(
            id="p-cloze",
            question="____ is the head of the {mission}: ~ = # \\ “x” – —.",
            answer="José Ñúñez",
            style="cloze",
            person="José Ñúñez",
            role="head of the mission",
            evidence=[_ev("art-a", BODY_A, "José Ñúñez is the head")],
        ),
        DateItem(
            id="d-tf",
            question="True or false: the aircraft flew in February 2016 — “on the 11th”?",
            answer="True",
            choices=["False", "True"],
            value="2016-02-11",
            evidence=[_ev("art-b", BODY_B, "on 11 February 2016")],
        ),
        QuoteItem(
            id="q-nasty",
            question=f"Which outlet printed {NASTY}?",
            answer="= Gazette + {x}",
            choices=["= Gazette + {x}", "@Herald", "-Times", "+Post", "Tribune"],
            quote="x",
            evidence=[_ev("art-b", BODY_B, "said the spokesperson")],
        ),
        EventItem(
            id="e-what",
            question="What did the Rail & <Transit> Authority announce?",
            answer="that it will close 40 “rural” lines",
            choices=["that it will close 40 “rural” lines", "that it will open #2 lines", "that it will sell {x}", "that fares rise ~5%"],
            actor="Rail & <Transit> Authority",
            verb="announce",
            verb_class="announce",
            asks="what",
            evidence=[_ev("art-b", BODY_B, EVENT_SENTENCE)],
            tags=["event", "what"],
            siblings="s-rail",
            importance=0.8,
        ),
        EventItem(
            id="e-who",
            question="Which organisation announced that it will close 40 “rural” lines?",
            answer="Rail & <Transit> Authority",
            actor="Rail & <Transit> Authority",
            verb="announce",
            verb_class="announce",
            asks="who",
            evidence=[_ev("art-b", BODY_B, EVENT_SENTENCE)],
            tags=["event", "who"],
            siblings="s-rail",
        ),
        EventItem(
            id="e-why",
            question="Why did the Rail & <Transit> Authority announce that it will close 40 “rural” lines?",
            answer="because of {costs}",
            actor="Rail & <Transit> Authority",
            verb="announce",
            verb_class="announce",
            asks="why",
            reason="because of {costs}",
            evidence=[_ev("art-b", BODY_B, EVENT_SENTENCE)],
            tags=["event", "why"],
            siblings="s-rail",
        ),
    ]
    return Deck(
        deck=DeckInfo(
            id=deck_id, title=title, description="Test deck <i>&</i>", tags=["news", "nato isil"]
        ),
        sources=[src_a, src_b],
        items=items,
    )

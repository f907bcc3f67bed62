"""People a story shows dead or of history are no living speaker's wrong choice."""

import datetime as dt
import random
import re
from itertools import product

from quizgen.facts.deaths import _AFTER, _BEFORE
from quizgen.facts.names import surname
from quizgen.items.departed import _SENTENCE, _YEAR, HISTORY_YEARS, departed_in, departed_of
from quizgen.items.person_choices import Cast, Story, Use

MAY = dt.date(2016, 5, 10)
BODY = (
    "The late Walter Brandt built the bridge. Nora Quill, who died in March, had opposed it. "
    "Victor Hale was shot dead outside the hall. Ulysses Penrose signed the charter in 1871. "
    "Ada Lind said on Monday the 1968 riots still shaped the town. Tom Grady recalled the death of "
    "Grady's father. Ray Tillman praised the plan in 2015."
)
NAMES = [
    "Walter Brandt",
    "Nora Quill",
    "Victor Hale",
    "Ulysses Penrose",
    "Ada Lind",
    "Tom Grady",
    "Ray Tillman",
]


def test_a_story_shows_who_is_dead_or_of_history():
    departed = departed_in(BODY, NAMES, published=MAY, speakers=["Ada Lind"])
    assert departed == {"Walter Brandt", "Nora Quill", "Victor Hale", "Ulysses Penrose"}


def test_a_living_speaker_gets_no_dead_choice():
    story = Story(MAY, "US", departed=frozenset(["Walter Brandt", "Nora Quill"]))
    people = [
        "Ada Lind",
        "Tom Grady",
        "Ray Tillman",
        "Walter Brandt",
        "Nora Quill",
        "Gina Ford",
        "Pia Noor",
    ]
    cast = Cast([Use(n, "us", None, True) for n in people], {"us": story})
    for key in ("a", "b", "c", "d"):
        choices = cast.who(
            "Ada Lind",
            key=key,
            question="Who said: “The bridge will stand”?",
            article="us",
            quote=True,
        )
        assert len(choices) == 4 and not {"Walter Brandt", "Nora Quill"} & set(choices), choices


# The definition departed_in keeps, as one pattern per name (what it compiled before it read each
# story's cues once): a name is dead when either pattern finds it.
def _dead_by_pattern(body: str, name: str) -> bool:
    import re

    from quizgen.facts.deaths import _AFTER, _BEFORE
    from quizgen.facts.names import surname

    forms = [re.escape(name)] + ([re.escape(surname(name))] if surname(name) != name else [])
    said = "|".join(forms)
    return bool(
        re.search(rf"(?:{_BEFORE})(?:{said})(?!\w|['’]s)", body) or re.search(rf"\b(?:{said})(?!['’])\s*{_AFTER}", body)
    )


PIECES = [
    "The late Walter Brandt built it.", "the late Dr. Nora Quill", "the death of the late Lord Ross",
    "the funeral of Ross", "Ross's funeral", "the late Rossi", "Ross, who had died", "Ross ,who died",
    "Ross (1920–1999)", "Ross, c. 1850-1901", "Ross’ death", "Ross' widow died", "Ross  passed away",
    "Ross was shot dead", "Ross was shot", "Brandtross died", "McRoss died", "the memory of Ann Ross's", "in memory of Ann Ross.",
    "Nora Quill was killed", "Quill\npassed   away", "The latest Ann Ross poll", "killing of Sam Ross,",
    "Ann Ross said.", "death of A B C D Ross", "death of A B C Ross", "Ross, who has passed away", "Ross:",
]
NAMED = ["Ann Ross", "Nora Quill", "Walter Brandt", "Ross", "Sam Ross", "Ann Rossi"]


def test_the_story_is_read_once_with_the_same_verdicts_as_a_pattern_per_name():
    import random

    rng = random.Random(7)
    bodies = [" ".join(rng.sample(PIECES, rng.randint(1, 5))) for _ in range(400)] + PIECES
    for body in bodies:
        found = departed_in(body, NAMED)
        assert found == {n for n in NAMED if _dead_by_pattern(body, n)}, body
    assert any(departed_in(b, NAMED) for b in bodies) and any(not departed_in(b, NAMED) for b in bodies)


# --- the indexed search gives what a search of the whole body per name gave --------------------

def scanned_departed(body, names, *, published=None, speakers=()):
    """The search before the index: two regular expressions over the whole body per name, and
    every sentence tested for the name."""
    out = set()
    sentences = _SENTENCE.findall(body) if published else []
    for name in names:
        forms = [re.escape(name)] + ([re.escape(surname(name))] if surname(name) != name else [])
        said = "|".join(forms)
        dead = re.search(rf"(?:{_BEFORE})(?:{said})(?!\w|['’]s)", body) or re.search(
            rf"\b(?:{said})(?!['’])\s*{_AFTER}", body
        )
        years = [int(y) for s in sentences if name in s for y in _YEAR.findall(s)]
        history = published is not None and name not in speakers and bool(years) and max(years) <= published.year - HISTORY_YEARS
        if dead or history:
            out.add(name)
    return frozenset(out)


SCAN_PIECES = [
    "The late Ann Ross founded the mill.",
    "Ann Ross's brother, who died in 1990, ran it.",
    "Ross, who died in 1911, is buried here.",
    "Ben Cole said the 1890 flood mattered.",
    "The death of Ben Cole's dog saddened the town.",
    "the late mayor Kim Park was shot dead in 1902.",
    "Kim Parker spoke on Monday.",
    "Lee Wu (1850-1921) wrote it.",
    "Lee Wu.Lee Wu was killed.",
    "Memory of  the late Jo March lives on in 2015.",
    "Jo March (c. 1840 – 1901) sang",
    "Ross’ men arrived in 1875!",
    "Nobody else came.",
    "In 1850 Al B. Stone sang.",  # a name across a sentence end is in no sentence
]
CANDIDATES = ["Ann Ross", "Ben Cole", "Kim Park", "Kim Parker", "Lee Wu", "Jo March", "Wu", "Ross", "Al B. Stone"]


def test_the_indexed_search_finds_what_a_whole_body_scan_finds():
    rng = random.Random(7)
    seen = set()
    for trial, (published, joiner) in enumerate(product([None, MAY, dt.date(1960, 1, 1)], [" ", "\n\n", ""])):
        pieces = [rng.choice(SCAN_PIECES) for _ in range(40)]
        body = joiner.join(pieces)
        speakers = rng.sample(CANDIDATES, 2)
        got = departed_in(body, CANDIDATES, published=published, speakers=speakers)
        assert got == scanned_departed(body, CANDIDATES, published=published, speakers=speakers), trial
        seen |= got
    assert {"Ann Ross", "Lee Wu", "Jo March", "Kim Park"} <= seen  # the texts do name the dead


def test_an_era_a_story_names_dates_a_figure_as_a_year_would():
    body = "The slogan was coined by WWII general Otto Reinholt. Mia Sand praised World War II films in 2015."
    assert departed_in(body, ["Otto Reinholt", "Mia Sand"], published=MAY) == frozenset(["Otto Reinholt"])
    assert departed_in("Critics likened Lena Ward to the radicals of the 1960s.", ["Lena Ward"], published=MAY)
    assert not departed_in("Lena Ward recalled the 2000s boom.", ["Lena Ward"], published=MAY)



def test_an_answer_one_story_misreads_as_of_history_gets_no_dead_choices():
    # A profile of senators dates the living Ada Lind by an era ("post-World War II", read as
    # 1945): that story alone shows her of history, beside four long-dead senators. Two stories
    # of the campaign quote her: her quote cards are not given the dead as choices (the giveaway
    # main made) but asked typed.
    profile = (
        "Walter Brandt was one of the strongest senators of the post-World War II era (think Ada Lind). "
        "Nora Quill, Otto Reinholt and Ulysses Penrose served in the 1940s."
    )
    dead = ["Walter Brandt", "Nora Quill", "Otto Reinholt", "Ulysses Penrose"]
    departed = departed_in(profile, [*dead, "Ada Lind"], published=MAY)
    assert departed == {*dead, "Ada Lind"}
    stories = {
        "profile": Story(MAY, "US", departed=departed),
        "us": Story(MAY, "US"),
        "us2": Story(MAY + dt.timedelta(days=2), "US"),
    }
    living = ("Tom Grady", "Ray Tillman", "Gina Ford", "Pia Noor")
    senator = "U.S. Senator"  # everyone of the same office and country: only life tells them apart
    quotes = [Use(n, a, senator, True) for a in ("us", "us2") for n in ("Ada Lind", *living)]
    # the profile quotes the dead senators' letters (as stories quote Reagan)
    cast = Cast([Use(n, "profile", senator, True) for n in dead] + [Use("Ada Lind", "profile", senator)] + quotes, stories)
    question = "Who said: “The bridge will stand”?"
    for key in ("a", "b", "c", "d"):
        assert cast.who("Ada Lind", key=key, question=question, article="us", quote=True) == []
        # a living speaker of the same story still gets the living, never the one story's "history"
        choices = cast.who("Tom Grady", key=key, question=question, article="us", quote=True)
        assert sorted(choices) == ["Gina Ford", "Pia Noor", "Ray Tillman", "Tom Grady"], choices
        # a dead senator's words get the dead, never the living Ada Lind the profile misread
        choices = cast.who("Walter Brandt", key=key, question=question, article="profile", quote=True)
        assert sorted(choices) == sorted(dead), choices
    # Quoted in no more stories than show them of history, a person is departed for the deck.
    assert departed_of(quotes[:1], stories) == {*dead, "Ada Lind"}  # each quoted by no story
    assert departed_of(quotes, stories) == set(dead)

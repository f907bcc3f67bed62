"""People a story shows dead or of history are no living speaker's wrong choice."""

import datetime as dt

from quizgen.items.departed import departed_in
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

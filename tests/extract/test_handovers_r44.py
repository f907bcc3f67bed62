"""(round 44) A post changing hands: the new holder sworn in or taking office, titled
"incoming", or named as someone's predecessor or successor gives no role "as of" the month
(the month fits the one leaving and the one arriving; ``extract.departures.handing_over``)."""

from __future__ import annotations

import pytest

from tests.articles import facts_of, make_article


def _roles(nlp, text: str) -> dict[str, str]:
    return {f.person: f.role for f in facts_of(nlp, make_article(text)).roles}


@pytest.mark.parametrize(
    "text",
    [
        (
            "Flooding closed roads across the north as new Norwegian Fisheries Minister Carla Brandt prepared to "
            "take office in the capital on Monday."
        ),
        (
            "Norwegian Fisheries Minister Carla Brandt will be sworn in on Friday, three days after her predecessor "
            "Otto Lind was given a farewell dinner."
        ),
        "Norwegian Fisheries Minister Carla Brandt, who was sworn in on Monday, toured the harbour.",
        "Incoming Norwegian Fisheries Minister Carla Brandt toured the harbour on Monday.",
    ],
)
def test_a_holder_at_a_handover_gives_no_current_role(nlp, text):
    assert "Carla Brandt" not in _roles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian Fisheries Minister Carla Brandt toured the harbour on Monday.",
        "Norwegian Fisheries Minister Carla Brandt toured the harbour on Monday. Brandt was sworn in in 2009.",
        "Norwegian Fisheries Minister Carla Brandt did not take office lightly, she told reporters on Monday.",
        "Norwegian Fisheries Minister Carla Brandt toured the harbour on Monday. Otto Lind is Brandt's favorite predecessor.",
    ],
)
def test_a_holder_without_a_handover_now_keeps_the_role(nlp, text):
    assert _roles(nlp, text).get("Carla Brandt") == "Norwegian Fisheries Minister"


def test_the_predecessor_named_holds_the_post_no_more(nlp):
    text = "Norwegian Fisheries Minister Otto Lind, her predecessor, toured the harbour with Carla Brandt on Monday."
    assert "Otto Lind" not in _roles(nlp, text)

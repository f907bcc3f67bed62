"""A relative named by a given name alone after a kinship word ("left it to his wife Lonnie to
speak") is who a following "she said" may mean: j50 credited the words to the last woman named
in full before her (the society's president), a wrong speaker."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

TEXT = """# Boxing legend receives peace prize

Boxing legend Marcus Hale arrived in Berlin on Friday to receive a German peace prize for his work for civil rights.

Hale has been selected "for his lifelong engagement in the civil rights movement," Christine Kalb, the regional president of the society, told a press conference.

The 63-year-old Hale, who suffers from Parkinson's disease, attended the conference but left it to his wife Lonnie to speak to journalists.

"Boxing allowed him to travel the world. Even then he was already an ambassador for peace," she said, adding that her husband was doing well.
"""


def test_she_after_his_wife_lonnie_is_not_the_woman_named_before(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert not any(s == "Christine Kalb" for q, s in speakers.items() if "Boxing allowed him" in q), speakers


def test_the_woman_named_in_full_keeps_her_own_words(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert [s for q, s in speakers.items() if "lifelong engagement" in q] == ["Christine Kalb"], speakers


def test_a_relative_known_by_a_given_name_alone_is_no_speaker_either(nlp):
    # no card can name her in full: the words get no speaker ("Jane" beside Sanders, PolNeAR dev)
    speakers = speakers_by_quote(TEXT, nlp)
    assert not any(s == "Lonnie" for s in speakers.values()), speakers

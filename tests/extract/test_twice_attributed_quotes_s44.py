"""A quotation its sentence gives two sources — an organisation as a reporting verb's subject and an
"according to" another — is nobody's for a "Who said …?" card: one relays what the other wrote (j48: "According
to the April 24 directive, “…,” the Communist party's official mouthpiece Nhan Dan said"). A person who "said, according to"
an account of it is still the speaker."""

from __future__ import annotations

from tests.quote_helpers import speakers_by_quote

TEXT = """# Laos to tighten rules on foreign grants

Prime Minister Somsack Vongsa has issued a directive calling on all ministries to report foreign grants, reports said Saturday.

According to the March 12 directive, portions of which were published in all daily newspapers, "the reporting of foreign grants in a number of provinces is still far too slow," the Lao People's Revolutionary Party's official mouthpiece Pasaxon said.

Somsack Vongsa told a meeting of governors on Friday: "Every grant must be reported within thirty days of its signing."

"Some provinces have not reported a single grant since 2019," Somsack Vongsa said, according to a recording obtained by the newspaper.
"""


def test_words_given_two_sources_make_no_quote_card(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert not any("far too slow" in quote for quote in speakers), speakers


def test_words_given_one_source_keep_their_speaker(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert [s for q, s in speakers.items() if "thirty days" in q] == ["Somsack Vongsa"], speakers


def test_a_person_who_said_according_to_an_account_is_still_the_speaker(nlp):
    speakers = speakers_by_quote(TEXT, nlp)
    assert [s for q, s in speakers.items() if "single grant" in q] == ["Somsack Vongsa"], speakers

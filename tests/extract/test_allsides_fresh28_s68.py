"""From the j179 sample (stop 68: AllSides fresh28, read after scoring): a caption with no verb
("Immigration activists in Miami last month.") dates nothing, the "last" of a date being no
verb; the one a verb of saying holds the words for speaks them, not the agency "according to"
which they were reported; a client's lawyers' words are not the client's; a state's head or
its deputy is no wrong choice for a minister's office; a newspaper is no person."""

from __future__ import annotations

from quizgen.items.cast_names import is_person_name
from tests.articles import deck_of_text


def test_a_verbless_caption_dates_nothing(nlp):
    text = (
        "The White House is circulating an immigration bill that offers a path to residency.\n\n"
        "Immigration activists in Miami last month. (Photo: Alan Diaz, AP) Story Highlights An administration "
        "official said the plan is being distributed to agencies."
    )
    deck = deck_of_text(nlp, text, date="2013-02-16", title="White House immigration bill offers path to residency")
    assert not [i for i in deck.items if "Miami" in i.question], [i.question for i in deck.items]


def test_the_speaker_is_the_verb_s_subject_not_the_reporting_agency(nlp):
    text = (
        "North Korean leader Kim Jong Un visited a front-line unit on Wednesday.\n\n"
        'Kim told officers the North should "destroy the enemies without mercy so that not a single man can '
        'survive to sign a document of surrender when a battle starts," according to the official Korean Central '
        "News Agency."
    )
    deck = deck_of_text(nlp, text, date="2013-03-20", title="North Korea threatens the South")
    speakers = {i.answer for i in deck.items if i.kind == "quote" and "without mercy" in i.question}
    assert "Korean Central News Agency" not in speakers and speakers <= {"Kim Jong Un"}, speakers


def test_a_client_s_lawyers_words_are_not_the_client_s(nlp):
    text = (
        "Michael Cohen, the former lawyer for President Trump, will be sentenced on Wednesday.\n\n"
        "Cohen has asked for no prison time, and his lawyers argued in a court filing that instead \"he took "
        'personal responsibility for his own wrongdoing and contributed to an investigation that he views as '
        'thoroughly legitimate and vital."'
    )
    deck = deck_of_text(nlp, text, date="2018-12-12", title="Trump's former fixer awaits sentencing")
    assert not [i for i in deck.items if i.kind == "quote" and "personal responsibility" in i.question]


def test_a_newspaper_is_no_person():
    assert not is_person_name("Christian Science Monitor")
    assert not is_person_name("New York Times")


def test_a_minister_s_office_gets_no_head_of_state_as_a_choice():
    from quizgen.items.cast_members import Story
    from quizgen.items.role_choices import HeldRole, role_choices

    roles = [HeldRole(r, p, "a1") for r, p in [
        ("President", "Donald Trump"), ("Vice President", "Mike Pence"), ("Secretary of State", "Rex Tillerson"),
        ("Secretary of Defense", "Jim Mattis"), ("Homeland Security Secretary", "John Kelly"),
        ("Treasury Secretary", "Steven Mnuchin"),
    ]]
    choices = role_choices("Attorney General", roles, key="k", article="a1", stories={"a1": Story(scope="US")}, mine=lambda r: False)
    assert choices and not {"President", "Vice President"} & set(choices), choices


def test_according_to_inside_the_quoted_clause_still_names_the_speaker(nlp):
    text = (
        "MEXICO CITY, March 20 - Latin American sugar producers are studying new uses for cane.\n\n"
        "At a meeting of GEPLACEA in Brazil last October officials stressed the need to find alternative uses for "
        'sugar cane which, according to the group\'s executive-secretary Eduardo Latorre, "grows like a weed" '
        "throughout the region."
    )
    deck = deck_of_text(nlp, text, date="1987-03-20", title="SUGAR PRODUCERS SEEK NEW USES", outlet="Reuters")
    assert [i.answer for i in deck.items if i.kind == "quote" and "weed" in i.question] == ["Eduardo Latorre"]

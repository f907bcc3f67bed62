"""From the j68 and j69 samples (stops 49 and 50, BBC News stories nobody had read, read after
scoring): a role keeps the whole name of its body ("British and Irish Lions coach", not "Irish
Lions coach"); an amount that changed is the figures' card, not an event's ("What did the Dow
lose?"); no answer ends on a joining word ("Whitbread Book of"); a one-word name pointing back to
a longer one ("The Bill now faces …") is not blanked."""

from __future__ import annotations

from quizgen.items.form_gate import form_problems
from tests.articles import deck_of


def test_a_role_keeps_the_whole_name_of_its_body(tmp_path):
    lions = (
        "British and Irish Lions coach Martin Keogh says he is unlikely to pick any players who miss the spring "
        "championship through injury.\n\n"
        "Keogh said the touring side would be picked from all four home nations. \"Fitness comes first,\" said Keogh."
    )
    fire = (
        "Association of Chief Fire Officers president Linda Crane said the new rules on unsafe buildings did not go "
        "far enough.\n\n"
        "Ms Crane said councils needed the power to close unsafe buildings within a day. \"The rules are too weak,\" "
        "said Ms Crane."
    )
    roles = {}
    for n, (body, title) in enumerate([(lions, "Lions coach sets out terms"), (fire, "Fire chief wants closure powers")]):
        folder = tmp_path / str(n)
        folder.mkdir()
        deck = deck_of(folder, body, title=title, date=None, events=False)
        roles.update({i.person: i.role for i in deck.items if i.kind == "person"})
    assert roles.get("Martin Keogh") == "British and Irish Lions coach"
    assert roles.get("Linda Crane") == "Association of Chief Fire Officers president"


def test_an_amount_that_changed_is_asked_by_its_figure_not_as_an_event(tmp_path):
    body = (
        "Harbour Air is weighing up moving cabin crew jobs overseas, the airline said.\n\n"
        "Early this year, Harbour Air increased the number of cabin crew based in Dublin from 240 to 610.\n\n"
        "The Nikkei lost 7% of its value in the four weeks after the vote, when it was unclear who would govern.\n\n"
        "Harbour Air bought the rival carrier Skyline for an undisclosed sum last week."
    )
    deck = deck_of(tmp_path, body, title="Harbour Air weighs offshore move", date=None, events=True)
    events = [i for i in deck.items if i.kind == "event"]
    assert not [i for i in events if i.asks == "what" and any(c.isdigit() for c in i.answer)]
    assert any(i.asks == "what" and "Skyline" in i.answer for i in events)  # an act on a thing stays an event


def test_no_answer_ends_on_a_joining_word():
    assert "the answer ends on a joining word" in form_problems(
        "All the category winners go on to compete for the ____ the Year title.", "Whitbread Book of", []
    )
    assert not form_problems("The rate was set on Thursday by ____ in London.", "the Bank of England", [])


def test_a_one_word_name_pointing_back_to_a_longer_one_is_not_blanked(tmp_path):
    body = (
        "MPs voted in favour of the Prevention of Flooding Bill after Mr Hart agreed to key changes - but the majority "
        "was cut to 12. The Bill now faces opposition from peers angry at house building proposals.\n\n"
        "The Tories have already accused the minister of rushing the plans through."
    )
    deck = deck_of(tmp_path, body, title="Flood plans clear Commons", date=None, events=True)
    answers = {i.answer for i in deck.items}
    assert "Bill" not in answers
    assert "Tories" in answers  # a name of its own stays


def test_more_than_a_share_leaves_room_above_it_so_no_choice_reaches_all_of_the_whole(nlp):
    from quizgen.items import figures, number_choices
    from tests.articles import facts_of, make_article

    body = (
        "Kestrel dominates the handheld market, with more than a 90% share of the market in Canada alone.\n\n"
        "Rival maker Osprey holds a 7% share of the market."
    )
    found = {f.text: f for f in facts_of(nlp, make_article(body, date=None)).figures}
    more_than = figures._share_bounds(found["90%"], body)
    assert not number_choices.within(100.0, more_than) and number_choices.within(99.0, more_than)
    plain = figures._share_bounds(found["7%"], body)
    assert not number_choices.within(101.0, plain)  # a share of one whole: never more than all of it

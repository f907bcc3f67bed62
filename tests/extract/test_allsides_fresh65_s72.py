"""From the j216 sample (stop 72: AllSides fresh65, at stop 71's last code, read after scoring): a
nickname in quotation marks inside a name, a "the" outside a scare quote, an "it" that cannot be its
own verb's subject, a party's nominee in a state's race, a photo's bracketed credit, the AP's roll of
contributors, a passive's goal cut away, and a weekday modifying another event's noun."""

from __future__ import annotations

from quizgen.ingest.credits import is_credit_line
from tests.articles import deck_of


def _items(tmp_path, date, title, body):
    return deck_of(tmp_path, body, title=title, date=date).items


def test_a_nickname_in_quotation_marks_does_not_hide_the_writer(tmp_path):
    items = _items(tmp_path, "2019-01-11", "Shutdown strains agents", (
        "“It really wears on our members,” said Nathan Catura, the national president of the Federal Law "
        "Enforcement Officers Association.\n\n"
        "“You feel like a pawn in this big political windstorm. You feel like you’re not worth anything,” he said.\n\n"
        "In a memo to U.S. Secret Service agents that was seen by Reuters, service Director R.D. “Tex” Alles urged "
        "employees to “keep an eye out for warning signs of trouble.”\n\n"
        "He wrote, “A quick internet search will validate that financial stress is often the precursor to greater "
        "issues, including depression, anxiety and worse.”"
    ))
    wrote = [i.answer for i in items if i.kind == "quote" and "quick internet search" in i.question]
    assert "Nathan Catura" not in wrote, wrote
    assert all("Alles" in a for a in wrote), wrote


def test_an_epithet_with_a_party_names_no_one(tmp_path):
    items = _items(tmp_path, "2018-07-29", "Path to House majority comes into focus", (
        "Democrats need 23 seats to win the House, and a dozen races moved toward them this week.\n\n"
        "FL-13: Democratic Rep. Charlie Crist looks to be coasting to re-election in the St. Petersburg-based 13th "
        "District. The one-time GOP governor has more than $2.1 million in the bank at last check, far outpacing "
        "potential Republican challengers Brad Sostack and George Buck."
    ))
    assert not [i.question for i in items if "one-time GOP governor" in i.question]


def test_a_scare_quoted_thing_and_its_it_are_the_story_before(tmp_path):
    items = _items(tmp_path, "2019-08-23", "Justice Ruth Bader Ginsburg treated for malignant tumor on pancreas", (
        "Supreme Court Justice Ruth Bader Ginsburg has just completed treatment for a malignant tumor that was "
        "discovered on her pancreas.\n\n"
        "The Supreme Court announced Friday she \"completed a three-week course\" of radiation therapy that started "
        "on August 5. The \"abnormality,\" was first detected during a routine blood test in early July. A biopsy on "
        "July 31 found it to be a malignant tumor."
    ))
    questions = [i.question for i in items]
    assert not [q for q in questions if "abnormality" in q or "found it to be" in q], questions


def test_a_party_nominee_in_a_state_race_is_not_asked_alone(tmp_path):
    items = _items(tmp_path, "2015-06-09", "Kentucky election could blot an Obamacare bright spot", (
        "Kentucky's health exchange has been a success, officials said on Monday.\n\n"
        "Yet, Republican gubernatorial nominee Matt Bevin, a tea party favorite who narrowly won a brutal primary "
        "last month, has made eliminating the exchange a central plank of his platform."
    ))
    assert "Who was the Republican gubernatorial nominee (June 2015)?" not in [i.question for i in items]


def test_a_bracketed_photo_credit_makes_its_paragraph_a_caption(tmp_path):
    items = _items(tmp_path, "2013-05-03", "Obama doesn't foresee U.S. boots on the ground in Syria", (
        "President Obama said Friday he does not foresee sending American troops into Syria, even if the government "
        "there used chemical weapons.\n\n"
        "US President Barack Obama waves as he steps off Air Force One upon arrival at Juan Santamaría International "
        "Airport Friday in San Jose, Costa Rica. (Photo: Mandel Ngan, AFP/Getty Images) Story Highlights White House "
        "has said it's likely chemical weapons were used"
    ))
    assert not [i.question for i in items if "Air Force One" in i.question or "waves as he steps" in i.question]


def test_the_aps_roll_of_contributors_is_a_credit_line():
    assert is_credit_line(
        "Jon Gambrell and Elena Becatoros in Dubai, United Arab Emirates, Jan M. Olsen in Copenhagen, Denmark and "
        "Jill Lawless in London contributed."
    )
    assert is_credit_line("Contributing: Jason Gonzales")
    assert not is_credit_line("Donors in Ohio contributed.")
    assert not is_credit_line("Obama and Biden contributed.")


def test_a_passive_keeps_its_goal(tmp_path):
    items = _items(tmp_path, "2018-04-22", "4 dead in shooting at Tennessee Waffle House", (
        "Four people were killed early Sunday when a gunman opened fire at a Waffle House near Nashville.\n\n"
        "Metro police released the details Sunday afternoon, as a manhunt continued for the suspect, Travis "
        "Reinking, 29, of Morton, Illinois.\n\n"
        "The Tennessee Bureau of Investigation announced Sunday afternoon Reinking was added to the agency's top 10 "
        "most wanted list."
    ))
    assert not [i.question for i in items if i.question.endswith("was added?")]


def test_a_weekday_modifying_another_events_noun_keeps_its_word(tmp_path):
    items = _items(tmp_path, "2018-04-22", "4 dead in shooting at Tennessee Waffle House", (
        "Four people were killed early Sunday when a gunman opened fire at a Waffle House near Nashville.\n\n"
        "Sunday's violence took place less than two miles from the September mass shooting at an Antioch church, "
        "where one person died and nine were injured after Emanuel Samson opened fire during Sunday morning services."
    ))
    services = [i.question for i in items if "services" in i.question]
    assert not [q for q in services if "[the morning of 22 April 2018] services" in q], services

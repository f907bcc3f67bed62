import pytest

from quizgen.study.answers import allowed_edits, check_answer, edit_distance, normalise


@pytest.mark.parametrize(
    ("typed", "answer", "accept", "verdict"),
    [
        ("Jens Stoltenberg", "Jens Stoltenberg", [], "correct"),
        ("jens stoltenberg", "Jens Stoltenberg", [], "correct"),
        ("  JENS  STOLTENBERG. ", "Jens Stoltenberg", [], "correct"),
        ("Secretary General Jens Stoltenberg", "Jens Stoltenberg", [], "correct"),
        ("President Erdogan", "Recep Tayyip Erdoğan", ["Erdoğan"], "correct"),
        ("erdogan", "Recep Tayyip Erdoğan", ["Erdoğan"], "correct"),
        ("Dr. Smith", "Smith", [], "correct"),
        ("the Pentagon", "Pentagon", [], "correct"),
        ("jens stoltenbreg", "Jens Stoltenberg", [], "close"),  # transposition
        ("Stoltenbrg", "Jens Stoltenberg", ["Stoltenberg"], "close"),
        ("Obamma", "Obama", [], "close"),
        ("Obmaa", "Obama", [], "close"),
        ("Obxxa", "Obama", [], "wrong"),
        ("Stoltenbxxx", "Stoltenberg", [], "wrong"),
        ("Bush", "Obama", [], "wrong"),
        ("twenty-two", "22", [], "correct"),
        ("22", "twenty-two", [], "correct"),
        ("1,000", "1000", [], "correct"),
        ("one hundred and five", "105", [], "correct"),
        ("1999", "1998", [], "wrong"),
        ("September 2014", "September 2014", [], "correct"),
        ("Septembr 2014", "September 2014", [], "wrong"),
        ("ISIL", "ISIL", [], "correct"),
        ("ISIS", "ISIL", [], "close"),
        ("IRA", "IRS", [], "wrong"),  # three letters: no typo allowance
        ("", "ISIL", [], "wrong"),
        ("?!", "ISIL", [], "wrong"),
    ],
)
def test_check_answer(typed, answer, accept, verdict):
    result = check_answer(typed, answer, accept)
    assert result.verdict == verdict, result
    assert result.accepted == (verdict != "wrong")


def test_a_title_alone_is_not_stripped_to_nothing():
    assert normalise("President") == "president"


def test_verdict_message_names_the_answer():
    assert "Jens Stoltenberg" in check_answer("x", "Jens Stoltenberg").message


def test_edit_distance_counts_transpositions_once():
    assert edit_distance("abcd", "abdc") == 1
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3


@pytest.mark.parametrize(("length", "edits"), [(3, 0), (4, 1), (7, 1), (8, 2), (30, 2)])
def test_allowed_edits_scale_with_length(length, edits):
    assert allowed_edits(length) == edits

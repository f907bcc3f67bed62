import re

from quizgen.deck.generate import build_deck
from quizgen.deck.io import dump_deck
from quizgen.facts.merge import group_facts, same_event
from tests.articles import facts_of, make_article


def test_same_event_needs_shared_content_words():
    assert same_event(("gdp", "member", "nato", "pledge", "spending"), ("gdp", "member", "spending", "target"))
    assert not same_event(("gdp", "member"), ("gdp", "member", "spending"))  # too few shared
    assert not same_event((), ("gdp",))


def test_group_facts_by_key_and_event():
    facts = [("a", 1, ("x", "y", "z")), ("b", 1, ("x", "y", "z", "w")), ("c", 2, ("x", "y", "z"))]
    groups = group_facts(facts, key=lambda f: f[1], event=lambda f: f[2])
    assert sorted(sorted(f[0] for f in g) for g in groups) == [["a", "b"], ["c"]]


ARTICLES = [
    ("a", "2017-05-24", ("The Manchester bombing on Monday killed 22 people at the arena concert. "
     "NATO Secretary General Jens Stoltenberg said allies must do more. "
     "In May 2017, NATO members pledged to increase defence spending to 2 percent of GDP.")),
    ("b", "2017-05-25", ("The Manchester bombing at the arena concert killed 23 people. "
     "Jens Stoltenberg, the secretary-general of NATO, said allies agreed. "
     "NATO members pledged in May 2017 to increase their defence spending to 2 percent of GDP.")),
]


def _deck(nlp, limit=None):
    facts = [facts_of(nlp, make_article(text, date=date, article_id=aid)) for aid, date, text in ARTICLES]
    return build_deck(facts, deck_id="t", title="T", limit=limit)


def test_deck_merges_same_facts_and_flags_conflicts(nlp):
    deck = _deck(nlp)
    by_kind = {}
    for item in deck.items:
        by_kind.setdefault(item.kind, []).append(item)
    # (a year long past would be background, even in a one-paragraph lede: background_cards._recalled_in_the_lede)
    pledge = [i for i in by_kind["date"] if i.value == "2017-05"]
    assert len(pledge) == 1 and {e.source for e in pledge[0].evidence} == {"a", "b"}
    target = [i for i in by_kind["number"] if i.unit == "percent of GDP"]
    assert len(target) == 1 and {e.source for e in target[0].evidence} == {"a", "b"}
    toll = sorted((i for i in by_kind["number"] if i.unit == "people killed"), key=lambda i: i.value)
    assert [(i.value, "conflict" in i.tags) for i in toll] == [(22, True), (23, True)]
    assert [e.source for e in toll[0].evidence] == ["a"] and [e.source for e in toll[1].evidence] == ["b"]


def test_deck_rules_hold_for_every_item(nlp):
    deck = _deck(nlp)
    questions = [i.question for i in deck.items]
    assert len(questions) == len(set(questions))
    for item in deck.items:
        # a day written out ("on [22 May 2017] killed ____ people") holds a date, not the count
        undated = re.sub(r"\[(?:on )?\d{1,2} \w+ \d{4}\]", "", item.question, flags=re.IGNORECASE)
        assert item.answer.casefold() not in undated.casefold()
        if item.choices:
            assert len(item.choices) == 4 and item.choices.count(item.answer) == 1
            assert len({c.casefold() for c in item.choices}) == 4


def test_deck_is_deterministic(nlp):
    assert dump_deck(_deck(nlp)) == dump_deck(_deck(nlp))


def test_limit_keeps_the_best_per_article(nlp):
    full, limited = _deck(nlp), _deck(nlp, limit=2)
    assert len(limited.items) < len(full.items)
    for source in ("a", "b"):
        assert sum(1 for i in limited.items if any(e.source == source for e in i.evidence)) >= 2
    merged = {i.id for i in full.items if len({e.source for e in i.evidence}) == 2}
    assert merged & {i.id for i in limited.items}


def test_equal_values_of_different_events_stay_apart(nlp):
    a = make_article("Jobless claims in Ohio fell 10 percent in March, the labor department said.", article_id="a")
    b = make_article("Support for the mayor among young voters fell 10 percent in March, the poll said.", article_id="b")
    c = make_article("The county fair opened on Monday with a parade through the town center.", article_id="c",
                     date="2017-05-23")
    d = make_article("Senators voted on Monday to confirm the new trade envoy after a long debate.", article_id="d",
                     date="2017-05-23")
    deck = build_deck([facts_of(nlp, x) for x in (a, b, c, d)], deck_id="t", title="T")
    for item in deck.items:
        if item.kind in ("number", "date"):
            assert len({e.source for e in item.evidence}) == 1, item


def test_reporting_verbs_and_the_unit_are_no_shared_event():
    assert not same_event(("say", "trump", "unit:percent", "voter"), ("say", "trump", "unit:percent", "poll"))


def test_sharing_pairs_are_every_pair_same_event_can_accept():
    """The index by word finds exactly the pairs sharing enough words that a pair-by-pair
    comparison would (so grouping and conflicts are found as before, without comparing every
    pair of a long article's facts)."""
    import random

    from quizgen.facts.merge import MIN_SHARED_WORDS, event_content, sharing_pairs

    rng = random.Random(7)
    vocabulary = ["nato", "troops", "riga", "vote", "said", "percent", "budget", "senate", "year", "pledge"]
    events = [tuple(rng.sample(vocabulary, rng.randint(0, 7))) for _ in range(120)]
    contents = [event_content(e) for e in events]
    expected = [
        (i, j)
        for i in range(len(contents))
        for j in range(i + 1, len(contents))
        if len(contents[i] & contents[j]) >= MIN_SHARED_WORDS
    ]
    assert list(sharing_pairs(contents)) == expected
    accepted = {(i, j) for i in range(len(events)) for j in range(i + 1, len(events)) if same_event(events[i], events[j])}
    assert accepted <= set(expected)


def test_family_members_one_letter_apart_stay_two_people():
    from quizgen.extract.name_lists import gender_of
    from quizgen.facts.resolve import NameUse, canonical_names

    uses = [NameUse("Jane Sanders", "a"), NameUse("Jake Sanders", "a"), NameUse("Eric Trump", "b"), NameUse("Erica Trump", "c")]
    names = canonical_names(uses, surnames=False, gender=gender_of)
    assert names["Jake Sanders"] == "Jake Sanders"  # a woman and a man of one family
    assert names["Eric Trump"] == "Eric Trump"  # a man's and a woman's first name
    # a misspelling in another story is still one person
    assert canonical_names([NameUse("Mark Kelly", "a"), NameUse("Marc Kelly", "b")], surnames=False, gender=gender_of)["Marc Kelly"] == "Mark Kelly"


def test_a_namesake_son_is_not_a_spelling_of_his_father():
    from quizgen.facts.resolve import NameUse, SpellingIndex, canonical_names

    uses = [NameUse("Walter Pruitt", "a"), NameUse("Walter Pruitt Jr.", "a"), NameUse("Walter K. Pruitt", "b")]
    names = canonical_names(uses, surnames=False)
    assert names["Walter Pruitt Jr."] == "Walter Pruitt Jr."
    assert names["Walter K. Pruitt"] == names["Walter Pruitt"]  # a middle initial is still him
    assert "Walter Pruitt Jr." not in SpellingIndex(names).of(names["Walter Pruitt"])


def test_a_formal_name_with_a_suffix_is_still_one_person():
    from quizgen.facts.resolve import NameUse, canonical_names

    uses = [NameUse("Harold B. Pruitt Jr.", "a"), NameUse("Harold B. Pruitt", "b"), NameUse("Harold Pruitt", "c")]
    names = canonical_names(uses, surnames=False)
    assert len(set(names.values())) == 1
    # … unless one article names both: a father and his son
    uses.append(NameUse("Harold B. Pruitt", "a"))
    assert canonical_names(uses, surnames=False)["Harold B. Pruitt Jr."] == "Harold B. Pruitt Jr."


def test_a_surname_alone_is_accepted_only_for_whom_it_means_in_the_deck():
    from quizgen.facts.resolve import SpellingIndex

    names = {"Carl Reyes": "Carl Reyes", "Lena Reyes": "Lena Reyes", "Tom Becker": "Tom Becker", "Reyes": "Reyes"}
    index = SpellingIndex(names, mentions={"Carl Reyes": 4, "Lena Reyes": 3, "Tom Becker": 1})
    assert index.surname_alias("Carl Reyes") == [] and index.surname_alias("Lena Reyes") == []  # a close call
    assert index.surname_alias("Tom Becker") == ["Becker"]
    index = SpellingIndex(names, mentions={"Carl Reyes": 40, "Lena Reyes": 2})
    assert index.surname_alias("Carl Reyes") == ["Reyes"]  # the family's much-named candidate
    assert index.surname_alias("Lena Reyes") == []  # never his daughter


def test_a_misspelt_given_name_is_joined_but_never_accepted():
    from quizgen.extract.name_lists import gender_of, is_first_name
    from quizgen.facts.resolve import NameUse, SpellingIndex, canonical_names

    uses = [NameUse("Marco Rubio", a, "Florida Sen.") for a in ("a", "b", "c")] + [NameUse("Mario Rubio", "d", "Sen.")]
    uses += [NameUse("Jens Stoltenberg", a, "Secretary General") for a in ("a", "b")] + [NameUse("Jens Stoltenberg", "c")]
    uses += [NameUse("Jans Stoltenberg", "d", "Secretary General")]
    names = canonical_names(uses, gender=gender_of)
    assert names["Mario Rubio"] == "Marco Rubio"  # one person: no "Mario Rubio" among the choices
    index = SpellingIndex(names, given_name=is_first_name)
    assert index.of("Marco Rubio") == []  # Mario is another man's name, not one Marco Rubio goes by
    assert index.of("Jens Stoltenberg") == ["Jans Stoltenberg"]  # no other man's name: a typed slip to accept


def test_the_short_form_is_the_word_the_article_writes_alone():
    from quizgen.facts.names import written_alone
    from quizgen.facts.resolve import SpellingIndex

    text = (
        "Marshal Kotoko Manu Sefa will meet the rebels on Friday, the envoy said. "
        "Kotoko did not appear after the meeting. Aides said Kotoko would leave on Thursday."
    )
    names = {"Kotoko Manu Sefa": "Kotoko Manu Sefa", "Ada Lind": "Ada Lind"}
    index = SpellingIndex(names, mentions={"Kotoko Manu Sefa": 3, "Ada Lind": 2})
    # the family name first, which no list of names knows: never "Sefa", which the article never writes alone
    assert index.surname_alias("Kotoko Manu Sefa", [text]) == ["Kotoko"]
    assert index.surname_alias("Kotoko Manu Sefa") == ["Sefa"]  # no article to read: the last word
    # a surname the article writes alone stays the short form, whatever other word it writes
    assert written_alone("Ada Lind", ["Ada Lind spoke first. Lind left early; Ada came back. Ada sat."]) is None
    assert index.surname_alias("Ada Lind", ["Ada Lind spoke first. Lind left early."]) == ["Lind"]
    # a word written alone once (a headline's shorthand) is no short form
    assert written_alone("Kotoko Manu Sefa", ["Kotoko to meet rebels. Marshal Kotoko Manu Sefa will meet them."]) is None


def test_a_name_without_a_family_name_is_short_for_the_end_the_article_writes_alone():
    """j51: "Kyi" was accepted for Aung San Suu Kyi, whose articles write "Suu Kyi" and never
    "Kyi" alone (a Burmese name has no family name)."""
    from quizgen.facts.names import written_alone
    from quizgen.facts.resolve import SpellingIndex

    text = (
        "Opposition leader Aung San Suu Kyi met the envoy on Friday. Suu Kyi said the talks were useful, "
        "and aides said Suu Kyi would meet him again."
    )
    assert written_alone("Aung San Suu Kyi", [text]) == "Suu Kyi"
    index = SpellingIndex({"Aung San Suu Kyi": "Aung San Suu Kyi"}, mentions={"Aung San Suu Kyi": 3})
    assert index.surname_alias("Aung San Suu Kyi", [text]) == ["Suu Kyi"]
    # a surname the article writes alone is still the short form
    assert written_alone("Mary Ann Lind", ["Mary Ann Lind spoke. Lind left; Ann Lind's aide stayed."]) is None
